#include "ui/dispatch/DispatchWorkspace.h"

#include "models/dispatch/LocationCheck.h"
#include "models/dispatch/TimeoutRules.h"
#include "models/orders/OrderStatusText.h"
#include "resources/CityBasemaps.h"
#include "services/orders/OrderCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/dispatch/DayScheduleView.h"
#include "ui/map/MapView.h"
#include "ui/orders/OrderText.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/style/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

constexpr int OrderIdRole = Qt::UserRole + 1;

// The alert thresholds of the settings.
TimeoutThresholds thresholdsFromSettings()
{
    const SettingsDialog::Values settings = SettingsDialog::load();
    TimeoutThresholds thresholds;
    thresholds.notDispatchedMinutes = settings.dispatchTimeoutMinutes;
    thresholds.overrunMinutes = settings.overdueMinutes;
    thresholds.notAcceptedMinutes = settings.notAcceptedMinutes;
    thresholds.notDepartedMinutes = settings.notDepartedMinutes;
    thresholds.lateMinutes = settings.lateMinutes;
    return thresholds;
}

Timeout timeoutOf(const DispatchOrder &order, qint64 now, const TimeoutThresholds &thresholds)
{
    return TimeoutRules::evaluate(
        {order.status, order.statusSince, order.need.appointmentStart, order.need.appointmentEnd},
        now, thresholds);
}

QString localTime(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("MM-dd HH:mm"));
}

// The queue hands out its selected orders as a drag (MapView's payload).
class OrderQueueList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {MapView::ordersMimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        QStringList ids;
        for (const QListWidgetItem *item : items)
            ids.append(item->data(OrderIdRole).toString());
        return MapView::ordersMimeData(ids);
    }
};

bool isReassignable(const QString &status)
{
    return status == QLatin1String("assigned") || status == QLatin1String("accepted") ||
           status == QLatin1String("en_route");
}

QString workStatusText(const QString &status)
{
    if (status == QLatin1String("online"))
        return DispatchWorkspace::tr("online");
    if (status == QLatin1String("busy"))
        return DispatchWorkspace::tr("busy");
    return DispatchWorkspace::tr("offline");
}

} // namespace

DispatchWorkspace::DispatchWorkspace(const Staff &staff, const QString &cachePath,
                                     SyncSession *sync, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_queueTitle(new QLabel(this))
    , m_queue(new OrderQueueList(this))
    , m_map(new MapView(this))
    , m_candidatesTitle(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_customWeights(new QWidget(this))
    , m_candidates(new QTreeWidget(this))
    , m_assign(new QPushButton(this))
    , m_suggest(new QPushButton(this))
    , m_heat(new QCheckBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("dispatchWorkspace"));
    m_queue->setObjectName(QStringLiteral("dispatchQueue"));
    m_map->setObjectName(QStringLiteral("dispatchMap"));
    m_mode->setObjectName(QStringLiteral("rankingMode"));
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_assign->setObjectName(QStringLiteral("assignCandidate"));
    m_suggest->setObjectName(QStringLiteral("suggestAll"));
    m_message->setObjectName(QStringLiteral("dispatchMessage"));
    m_heat->setObjectName(QStringLiteral("heatMapToggle"));
    const bool mayDispatch = m_sync && OrderCommands::mayDispatch(m_staff);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long lines end in "…"
    m_queue->setTextElideMode(Qt::ElideRight);
    m_queue->setDragEnabled(mayDispatch);
    m_queue->setDragDropMode(QAbstractItemView::DragOnly);
    m_map->setOrdersDraggable(mayDispatch);
    m_map->setAcceptDrops(mayDispatch);
    m_candidates->viewport()->setAcceptDrops(mayDispatch);
    m_candidates->viewport()->installEventFilter(this);
    m_queue->installEventFilter(this);
    m_message->setWordWrap(true);
    m_queueTitle->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_candidatesTitle->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_candidatesTitle->setWordWrap(true);
    m_candidates->setColumnCount(4);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->header()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_queueTitle);
    leftLayout->addWidget(m_queue, 1);
    leftLayout->addWidget(m_suggest);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_candidatesTitle);
    rightLayout->addWidget(m_mode);
    rightLayout->addWidget(m_customWeights);
    rightLayout->addWidget(m_candidates, 1);
    rightLayout->addWidget(m_assign);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_heat);
    middleLayout->addWidget(m_map, 1);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({320, 660, 400});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // The day schedule of the candidates under the three panes.
    m_schedule = new DayScheduleView(staff, cachePath, sync, this);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    vertical->addWidget(m_schedule);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({580, 230});
    layout->addWidget(vertical);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = m_candidates->indexOfTopLevelItem(item);
        if (row >= 0 && row < int(m_ranked.size()))
            m_schedule->setCurrentTechnician(
                m_technicians[size_t(m_ranked[size_t(row)].technician)].id);
    });
    connect(m_map, &MapView::technicianClicked, this, [this](const QString &technicianId) {
        m_scheduleTechnician = technicianId;
        showSchedule();
    });

    connect(m_queue, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectOrder(item->data(OrderIdRole).toString());
    });
    connect(m_map, &MapView::orderClicked, this, &DispatchWorkspace::selectOrder);
    connect(m_map, &MapView::technicianClicked, this, &DispatchWorkspace::showTechnician);
    connect(m_map, &MapView::ordersDropped, this, &DispatchWorkspace::assignOrders);
    connect(m_map, &MapView::ordersLassoed, this, [this](const QStringList &ids) {
        const QSet<QString> lassoed(ids.begin(), ids.end());
        const QSignalBlocker block(m_queue);
        m_queue->clearSelection();
        QListWidgetItem *first = nullptr;
        for (int row = 0; row < m_queue->count(); ++row) {
            QListWidgetItem *item = m_queue->item(row);
            if (!lassoed.contains(item->data(OrderIdRole).toString()))
                continue;
            item->setSelected(true);
            first = first ? first : item;
        }
        if (first) {
            m_queue->setCurrentItem(first, QItemSelectionModel::NoUpdate);
            m_selected = first->data(OrderIdRole).toString();
            m_map->selectOrder(m_selected);
            showCandidates();
        }
        m_message->setText(tr("%n order(s) in the lasso; %1 awaiting dispatch selected. Drop them "
                              "on a technician or pick a candidate.",
                              nullptr, int(ids.size()))
                               .arg(m_queue->selectedItems().size()));
    });
    connect(m_queue, &QListWidget::itemSelectionChanged, this, &DispatchWorkspace::showCandidates);
    connect(m_queue, &QListWidget::itemActivated, this, [this] {
        m_candidates->setFocus(); // Enter in the queue: on to the candidates
    });
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = m_candidates->indexOfTopLevelItem(item);
        if (row >= 0 && row < int(m_ranked.size()))
            showTechnician(m_technicians[size_t(m_ranked[size_t(row)].technician)].id);
    });
    connect(m_heat, &QCheckBox::toggled, m_map, &MapView::setHeatMapVisible);
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { assignCandidate(n - 1); });
    }
    // Custom weights: distance, rating, star level, workload, 0–100 each
    // (relative), kept in the settings; shown only in the custom mode.
    {
        auto *grid = new QHBoxLayout(m_customWeights);
        grid->setContentsMargins(0, 0, 0, 0);
        QSettings settings;
        const RankingWeights start = RankingWeights::distanceFirst();
        const double defaults[] = {start.distance, start.rating, start.star, start.workload};
        const char *keys[] = {"distance", "rating", "star", "workload"};
        for (int i = 0; i < 4; ++i) {
            auto *label = new QLabel(m_customWeights);
            auto *box = new QSpinBox(m_customWeights);
            box->setObjectName(QStringLiteral("weight_") + QLatin1String(keys[i]));
            box->setRange(0, 100);
            box->setValue(settings
                              .value(QStringLiteral("dispatch/weights/") + QLatin1String(keys[i]),
                                     int(defaults[i] * 100))
                              .toInt());
            label->setBuddy(box);
            grid->addWidget(label);
            grid->addWidget(box);
            m_weightLabels.append(label);
            m_weightBoxes.append(box);
            connect(box, &QSpinBox::valueChanged, this,
                    [this, key = QLatin1String(keys[i])](int v) {
                        QSettings().setValue(QStringLiteral("dispatch/weights/") + key, v);
                        showCandidates();
                    });
        }
        m_customWeights->setVisible(false);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_customWeights->setVisible(mode == 2);
        showCandidates();
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        assignCandidate(m_candidates->indexOfTopLevelItem(m_candidates->currentItem()));
    });
    connect(m_suggest, &QPushButton::clicked, this, [this] { suggestAll(); });
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        assignCandidate(m_candidates->indexOfTopLevelItem(item));
    });

    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &DispatchWorkspace::reload);
    m_minute.start();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(400);
    connect(&m_reloadSoon, &QTimer::timeout, this, &DispatchWorkspace::reload);
    if (m_sync) {
        connect(m_sync.data(), &SyncSession::ready, this, [this](bool ok, const QString &) {
            if (ok)
                m_reloadSoon.start();
        });
        connect(m_sync.data(), &SyncSession::cacheChanged, this,
                [this](const QStringList &collections) {
                    if (collections.contains(QLatin1String("orders")) ||
                        collections.contains(QLatin1String("technicians")))
                        m_reloadSoon.start();
                });
    }
    retranslate();
    reload();
}

void DispatchWorkspace::reload()
{
    if (!m_cache.isOpen()) {
        QString error;
        if (!QFileInfo::exists(m_cachePath) || !m_cache.open(m_cachePath, &error))
            return;
    }
    m_queueOrders = m_cache.queue();
    m_technicians = m_cache.technicians();
    m_openOrders = m_cache.openOrders();
    m_openIndex.clear();
    std::vector<MapOrder> markers;
    markers.reserve(m_openOrders.size());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TimeoutThresholds thresholds = thresholdsFromSettings();
    GeoRect bounds;
    for (const DispatchOrder &o : m_openOrders) {
        m_openIndex.insert(o.need.id, int(&o - m_openOrders.data()));
        const Timeout timeout = timeoutOf(o, now, thresholds);
        QString label = tr("%1 · %2\n%3 · %4")
                            .arg(o.need.id, o.serviceItemName, orderStatusTitle(o.status),
                                 localTime(o.need.appointmentStart));
        if (timeout != Timeout::None)
            label += QLatin1Char('\n') + TimeoutRules::text(timeout);
        markers.push_back({o.need.id, o.need.place, o.status, timeout != Timeout::None, label});
        bounds.extend(o.need.place);
    }
    watchTimeouts(m_openOrders);
    const bool first = m_map->orders().empty();
    m_map->setOrders(std::move(markers));

    // Technicians on the way: a line to the job they are heading to.
    QHash<QString, GeoPoint> headingTo;
    for (const DispatchOrder &o : m_openOrders)
        if (o.status == QLatin1String("en_route") && !o.technicianId.isEmpty())
            headingTo.insert(o.technicianId, o.need.place);
    std::vector<MapTechnician> techs;
    techs.reserve(m_technicians.size());
    m_anomalies.clear();
    QStringList newAnomalies;
    for (const TechnicianProfile &t : m_technicians) {
        const LocationCheck::Result check = LocationCheck::check(t, cityBasemap(t.city));
        QString label = tr("%1 · %2 · ★%3 · rating %4")
                            .arg(t.name, workStatusText(t.workStatus))
                            .arg(t.starLevel)
                            .arg(QLocale().toString(t.rating, 'f', 1));
        if (check.anomaly) {
            const QString warning = LocationCheck::text(check, t);
            m_anomalies.insert(t.id, warning);
            label += QLatin1Char('\n') + warning;
            if (!m_anomaliesSeen.contains(t.id)) {
                m_anomaliesSeen.insert(t.id);
                newAnomalies.append(tr("%1 (%2): %3").arg(t.name, t.id, warning));
            }
        } else {
            m_anomaliesSeen.remove(t.id); // back inside: a later excursion warns again
        }
        techs.push_back(
            {t.id, t.name, t.position, t.workStatus, t.starLevel, label, check.anomaly});
    }
    m_map->setTechnicians(std::move(techs));
    if (newAnomalies.size() > 3) // one line for many, as with timeouts
        newAnomalies = QStringList{
            tr("%n technician(s) reporting from outside their service "
               "area: %1",
               nullptr, int(newAnomalies.size()))
                .arg(newAnomalies.mid(0, 3).join(QStringLiteral("; ")) + QStringLiteral(" …"))};
    if (!newAnomalies.isEmpty()) // queued: whoever connects after the first load hears it
        QMetaObject::invokeMethod(
            this, [this, newAnomalies] { Q_EMIT locationAnomalies(newAnomalies); },
            Qt::QueuedConnection);
    if (first && !bounds.isEmpty())
        m_map->fitBounds(bounds);
    fillQueue();
    showCandidates();
}

void DispatchWorkspace::watchTimeouts(const std::vector<DispatchOrder> &open)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TimeoutThresholds thresholds = thresholdsFromSettings();
    QHash<QString, int> current;
    QMap<int, QStringList> raised; // rule → orders that newly broke it
    for (const DispatchOrder &o : open) {
        if (o.pending)
            continue;
        const Timeout timeout = timeoutOf(o, now, thresholds);
        if (timeout == Timeout::None)
            continue;
        current.insert(o.need.id, int(timeout));
        // Orders waiting too long for dispatch have their own summary alert
        // (the application's order watcher); the rules after it are ours.
        if (timeout != Timeout::NotDispatched &&
            m_timeoutsSeen.value(o.need.id, int(Timeout::None)) != int(timeout))
            raised[int(timeout)].append(o.need.id);
    }
    m_timeoutsSeen = current; // an order that recovers and breaks a rule again warns again
    QStringList lines;
    for (auto it = raised.cbegin(); it != raised.cend(); ++it) {
        const QString rule = TimeoutRules::text(Timeout(it.key()));
        const QStringList &ids = it.value();
        // A handful are named one by one; more are one line, so a start-up
        // with many late orders does not bury the other notifications.
        if (ids.size() <= 3) {
            for (const QString &id : ids)
                lines.append(tr("%1: %2").arg(id, rule));
        } else {
            lines.append(tr("%n order(s): %1 (%2 …)", nullptr, int(ids.size()))
                             .arg(rule, ids.mid(0, 5).join(QStringLiteral(", "))));
        }
    }
    if (!lines.isEmpty()) // queued: whoever connects after the first load hears it
        QMetaObject::invokeMethod(
            this, [this, lines] { Q_EMIT timeoutsRaised(lines); }, Qt::QueuedConnection);
}

const DispatchOrder *DispatchWorkspace::findOrder(const QString &orderId) const
{
    const auto it = m_openIndex.constFind(orderId);
    return it == m_openIndex.constEnd() ? nullptr : &m_openOrders[size_t(*it)];
}

int DispatchWorkspace::technicianIndex(const QString &technicianId) const
{
    for (size_t i = 0; i < m_technicians.size(); ++i)
        if (m_technicians[i].id == technicianId)
            return int(i);
    return -1;
}

RankingWeights DispatchWorkspace::weights() const
{
    if (m_mode->currentIndex() == 1)
        return RankingWeights::ratingFirst();
    if (m_mode->currentIndex() != 2)
        return RankingWeights::distanceFirst();
    RankingWeights custom{RankingWeights::Mode::Custom, m_weightBoxes[0]->value() / 100.0,
                          m_weightBoxes[1]->value() / 100.0, m_weightBoxes[2]->value() / 100.0,
                          m_weightBoxes[3]->value() / 100.0};
    if (custom.distance + custom.rating + custom.star + custom.workload <= 0)
        custom.distance = 1; // all zero: nothing to rank by but the distance
    return custom;
}

QDialog *DispatchWorkspace::pendingReassignDialog() const
{
    return m_reassignDialog;
}

QString DispatchWorkspace::message() const
{
    return m_message->text();
}

QStringList DispatchWorkspace::selectedOrders() const
{
    QStringList ids;
    for (int row = 0; row < m_queue->count(); ++row)
        if (m_queue->item(row)->isSelected())
            ids.append(m_queue->item(row)->data(OrderIdRole).toString());
    if (!m_selected.isEmpty() && !ids.contains(m_selected))
        ids.prepend(m_selected);
    return ids;
}

void DispatchWorkspace::showTechnician(const QString &technicianId)
{
    const int index = technicianIndex(technicianId);
    if (index < 0) {
        m_map->setServiceArea({});
        return;
    }
    const TechnicianProfile &tech = m_technicians[size_t(index)];
    // Their service area on the map: the districts they serve.
    QList<GeoPolygon> area;
    const Basemap &map = cityBasemap(tech.city);
    for (const District &district : map.districts())
        if (tech.districts.contains(district.name))
            area.append(district.polygons);
    m_map->setServiceArea(std::move(area));
    if (const QString warning = m_anomalies.value(tech.id); !warning.isEmpty())
        m_message->setText(tr("Location warning for %1: %2").arg(tech.name, warning));
}

void DispatchWorkspace::fillQueue()
{
    const QSignalBlocker block(m_queue);
    QSet<QString> wasSelected;
    for (const QListWidgetItem *item : m_queue->selectedItems())
        wasSelected.insert(item->data(OrderIdRole).toString());
    m_queue->clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TimeoutThresholds thresholds = thresholdsFromSettings();
    for (const DispatchOrder &o : m_queueOrders) {
        if (o.pending)
            continue; // a change of ours is on its way (an assignment)
        auto *item =
            new QListWidgetItem(tr("%1 · %2\n%3 · %4 %5")
                                    .arg(localTime(o.need.appointmentStart), o.serviceItemName,
                                         o.need.id, cityTitle(o.need.city), o.need.district),
                                m_queue);
        item->setData(OrderIdRole, o.need.id);
        if (const Timeout timeout = timeoutOf(o, now, thresholds); timeout != Timeout::None) {
            item->setForeground(Theme::danger()); // a timeout rule fired
            item->setToolTip(TimeoutRules::text(timeout));
        }
        if (o.need.id == m_selected)
            m_queue->setCurrentItem(item);
        else if (wasSelected.contains(o.need.id))
            item->setSelected(true);
    }
    m_queueTitle->setText(tr("Awaiting dispatch (%L1)").arg(m_queue->count()));
}

void DispatchWorkspace::selectOrder(const QString &orderId)
{
    m_selected = orderId;
    m_map->selectOrder(orderId);
    bool inQueue = false;
    for (int row = 0; row < m_queue->count(); ++row)
        if (m_queue->item(row)->data(OrderIdRole).toString() == orderId) {
            inQueue = true;
            if (m_queue->currentRow() != row) {
                const QSignalBlocker block(m_queue);
                m_queue->setCurrentRow(row);
            }
        }
    if (!inQueue) { // an order under way, picked on the map: the queue's picks are not part of it
        const QSignalBlocker block(m_queue);
        m_queue->clearSelection();
    }
    m_message->clear();
    showCandidates();
}

void DispatchWorkspace::selectFirstInQueue()
{
    if (m_queue->count() > 0)
        m_queue->setCurrentRow(0);
}

void DispatchWorkspace::showCandidates()
{
    m_candidates->clear();
    m_ranked.clear();
    const DispatchOrder *order = findOrder(m_selected);
    const bool waiting = order && order->status == QLatin1String("awaiting_dispatch");
    const bool reassigning = order && !order->pending && isReassignable(order->status);
    if (!order || order->pending || (!waiting && !reassigning)) {
        m_candidatesTitle->setText(
            tr("Select an order awaiting dispatch to see who can take it, or an assigned one "
               "to reassign it."));
        m_assign->setEnabled(false);
        m_map->setCandidateLines({});
        showSchedule();
        return;
    }
    m_ranked = CandidateRanking::rank(order->need, m_technicians, weights(), 30);
    if (waiting) {
        m_candidatesTitle->setText(
            tr("Candidates for %1 (%2)").arg(order->need.id, order->serviceItemName));
    } else {
        const int current = technicianIndex(order->technicianId);
        m_candidatesTitle->setText(
            tr("Reassign %1 (%2), now with %3")
                .arg(order->need.id, order->serviceItemName,
                     current >= 0 ? m_technicians[size_t(current)].name : order->technicianId));
    }
    const QLocale locale;
    QStringList lines;
    for (const CandidateScore &score : m_ranked) {
        const TechnicianProfile &tech = m_technicians[size_t(score.technician)];
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setData(0, OrderIdRole, tech.id);
        const int rank = m_candidates->topLevelItemCount();
        item->setText(0, rank <= 9 && score.eligible() ? tr("%1. %2").arg(rank).arg(tech.name)
                                                       : tech.name);
        item->setText(1, score.eligible() ? locale.toString(score.total, 'f', 0) : tr("excluded"));
        item->setText(2, tr("%1 km").arg(locale.toString(score.distanceKm, 'f', 1)));
        QString why = CandidateRanking::explain(score, tech);
        if (const QString warning = m_anomalies.value(tech.id); !warning.isEmpty())
            why += tr(" · ⚠ %1").arg(warning);
        if (tech.id == order->technicianId)
            why = tr("has it now · ") + why;
        item->setText(3, why);
        item->setToolTip(3, why);
        if (!score.eligible() || tech.id == order->technicianId)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        if (score.eligible() && lines.size() < 5)
            lines.append(tech.id);
    }
    m_map->setCandidateLines(lines);
    // The best who can take it (when reassigning, not the one who has it).
    for (int row = 0; row < int(m_ranked.size()); ++row) {
        const TechnicianProfile &tech = m_technicians[size_t(m_ranked[size_t(row)].technician)];
        if (m_ranked[size_t(row)].eligible() && tech.id != order->technicianId) {
            m_candidates->setCurrentItem(m_candidates->topLevelItem(row));
            break;
        }
    }
    m_assign->setText(reassigning ? tr("Reassign…") : tr("Assign"));
    if (waiting && m_queue->selectedItems().size() > 1)
        m_assign->setText(tr("Assign %n orders", nullptr, int(m_queue->selectedItems().size())));
    m_assign->setEnabled(m_sync && OrderCommands::mayDispatch(m_staff) && !m_ranked.empty() &&
                         m_ranked.front().eligible());
    showSchedule();
}

void DispatchWorkspace::showSchedule()
{
    if (!m_schedule)
        return;
    const auto it =
        std::find_if(m_queueOrders.begin(), m_queueOrders.end(),
                     [this](const DispatchOrder &o) { return o.need.id == m_selected; });
    const QString orderId = it == m_queueOrders.end() ? QString() : it->need.id;
    QDate date; // kept unless the order changed
    if (orderId != m_scheduleOrder) {
        m_scheduleOrder = orderId;
        if (!orderId.isEmpty()) {
            m_scheduleTechnician.clear();
            date = DaySchedule::localDate(it->need.appointmentStart);
        }
    }
    std::vector<TechnicianProfile> rows;
    for (const CandidateScore &score : m_ranked)
        rows.push_back(m_technicians[size_t(score.technician)]);
    if (!m_scheduleTechnician.isEmpty() &&
        std::none_of(rows.begin(), rows.end(),
                     [this](const TechnicianProfile &t) { return t.id == m_scheduleTechnician; }))
        for (const TechnicianProfile &t : m_technicians)
            if (t.id == m_scheduleTechnician)
                rows.insert(rows.begin(), t);
    if (rows.empty()) {
        m_schedule->showPlaceholder(tr("Select an order to compare its candidates' days, or a "
                                       "technician on the map to see theirs."));
        return;
    }
    if (orderId.isEmpty())
        m_schedule->setProposal({}, 0, 0);
    else
        m_schedule->setProposal(orderId, it->need.appointmentStart, it->need.appointmentEnd);
    m_schedule->showTechnicians(std::move(rows), date);
    const int row = m_candidates->indexOfTopLevelItem(m_candidates->currentItem());
    if (!m_scheduleTechnician.isEmpty())
        m_schedule->setCurrentTechnician(m_scheduleTechnician);
    else if (row >= 0 && row < int(m_ranked.size()))
        m_schedule->setCurrentTechnician(
            m_technicians[size_t(m_ranked[size_t(row)].technician)].id);
}

void DispatchWorkspace::assignCandidate(int row)
{
    if (row < 0 || row >= int(m_ranked.size()) || !m_sync)
        return;
    const CandidateScore &score = m_ranked[size_t(row)];
    const TechnicianProfile &tech = m_technicians[size_t(score.technician)];
    if (!score.eligible()) {
        m_message->setText(tr("%1 cannot take this order: %2")
                               .arg(tech.name, CandidateRanking::explain(score, tech)));
        return;
    }
    assignOrders(selectedOrders(), tech.id);
}

void DispatchWorkspace::assignOrders(const QStringList &orderIds, const QString &technicianId)
{
    if (!m_sync || !OrderCommands::mayDispatch(m_staff)) {
        m_message->setText(tr("Your role may not assign orders."));
        return;
    }
    const int index = technicianIndex(technicianId);
    if (index < 0 || orderIds.isEmpty())
        return;
    QStringList waiting;
    QStringList assigned;
    QStringList refused;
    for (const QString &id : orderIds) {
        const QJsonObject order = m_cache.order(id);
        if (OrderCommands::mayAssign(m_staff, order))
            waiting.append(id);
        else if (OrderCommands::mayReassign(m_staff, order))
            assigned.append(id);
        else
            refused.append(tr("%1: no longer open for dispatch").arg(id));
    }
    if (!assigned.isEmpty()) {
        // Moving work from one technician to another needs a reason; the
        // waiting ones go in the same step once it is given.
        if (!refused.isEmpty())
            m_message->setText(refused.join(QLatin1Char('\n')));
        askReassignReason(waiting + assigned, technicianId);
        return;
    }
    if (!refused.isEmpty() && waiting.isEmpty()) {
        m_message->setText(refused.join(QLatin1Char('\n')));
        return;
    }
    submitAssignments(waiting, technicianId, {});
    if (!refused.isEmpty())
        m_message->setText(m_message->text() + QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
}

void DispatchWorkspace::submitAssignments(const QStringList &orderIds, const QString &technicianId,
                                          const QString &reason)
{
    const int index = technicianIndex(technicianId);
    if (index < 0 || !m_sync)
        return;
    // Each order checked against the technician as they will be once the
    // earlier ones of this step are theirs: nobody is double-booked.
    TechnicianProfile tech = m_technicians[size_t(index)];
    QStringList sent;
    QStringList refused;
    for (const QString &id : orderIds) {
        const DispatchOrder *order = findOrder(id);
        const QJsonObject doc = m_cache.order(id);
        if (!order || doc.isEmpty()) {
            refused.append(tr("%1: not in the local cache").arg(id));
            continue;
        }
        if (order->technicianId == technicianId && !order->technicianId.isEmpty()) {
            refused.append(tr("%1: already with %2").arg(id, tech.name));
            continue;
        }
        const CandidateScore score = CandidateRanking::score(order->need, tech, index, weights());
        if (!score.eligible()) {
            refused.append(tr("%1: %2").arg(id, CandidateRanking::explain(score, tech)));
            continue;
        }
        const bool reassign = OrderCommands::mayReassign(m_staff, doc);
        m_sync->submit(reassign ? OrderCommands::reassign(m_staff, doc, technicianId, reason)
                                : OrderCommands::assign(m_staff, doc, technicianId, reason),
                       [](const QString &, const QString &) {});
        tech.jobs.push_back(
            {id, order->need.appointmentStart, order->need.appointmentEnd, order->need.place});
        sent.append(id);
    }
    QString text;
    if (!sent.isEmpty())
        text = tr("%n order(s) sent to %1 (%2); waiting for the server.", nullptr, int(sent.size()))
                   .arg(tech.name, sent.join(QStringLiteral(", ")));
    if (!refused.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Not assigned to %1:\n%2").arg(tech.name, refused.join(QLatin1Char('\n')));
    m_message->setText(text);
    if (!sent.isEmpty()) {
        if (sent.contains(m_selected))
            m_selected.clear();
        reload();
    }
}

void DispatchWorkspace::askReassignReason(const QStringList &orderIds, const QString &technicianId)
{
    const int index = technicianIndex(technicianId);
    if (index < 0)
        return;
    delete m_reassignDialog.data();
    auto *dialog = new QDialog(this);
    m_reassignDialog = dialog;
    dialog->setObjectName(QStringLiteral("reassignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reassign"));
    auto *label =
        new QLabel(tr("Move %1 to %2. Why? The reason goes into the order's history.")
                       .arg(orderIds.join(QStringLiteral(", ")), m_technicians[size_t(index)].name),
                   dialog);
    label->setWordWrap(true);
    auto *reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("reassignReason"));
    reason->setEditable(true);
    reason->addItems({tr("Technician unavailable (illness, vehicle, emergency)"),
                      tr("Technician running late for the appointment"),
                      tr("Customer asked for another technician"),
                      tr("A closer or better-suited technician is free"),
                      tr("Balancing the day's workload")});
    reason->setCurrentIndex(-1);
    reason->lineEdit()->setPlaceholderText(tr("Pick or type a reason"));
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("reassignError"));
    error->setStyleSheet(QStringLiteral("color: %1").arg(Theme::danger().name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, reason, error, orderIds, technicianId] {
                const QString why = reason->currentText().trimmed();
                if (why.isEmpty()) {
                    error->setText(tr("Give a reason: the technicians and the customer see it."));
                    return;
                }
                if (why.size() > 500) {
                    error->setText(tr("Keep the reason under 500 characters."));
                    return;
                }
                dialog->accept();
                submitAssignments(orderIds, technicianId, why);
            });
    dialog->open();
}

bool DispatchWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // Orders dropped on a candidate row go to that technician.
    if (watched == m_candidates->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        QTreeWidgetItem *item = m_candidates->itemAt(drop->position().toPoint());
        const int row = m_candidates->indexOfTopLevelItem(item);
        const QStringList ids = MapView::ordersFromMimeData(drop->mimeData());
        if (ids.isEmpty() ||
            (event->type() != QEvent::DragEnter && (row < 0 || row >= int(m_ranked.size())))) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            assignOrders(ids, m_technicians[size_t(m_ranked[size_t(row)].technician)].id);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QDialog *DispatchWorkspace::suggestAll()
{
    std::vector<OrderNeed> needs;
    QHash<QString, QString> items;
    for (const DispatchOrder &o : m_queueOrders)
        if (!o.pending) {
            needs.push_back(o.need);
            items.insert(o.need.id, o.serviceItemName);
        }
    const auto suggestions = CandidateRanking::suggestAll(needs, m_technicians, weights());

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("suggestAllDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Suggested assignments"));
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("suggestions"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Order"), tr("Technician"), tr("Why")});
    int placed = 0;
    for (const CandidateRanking::Suggestion &s : suggestions) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, s.orderId + QStringLiteral(" · ") + items.value(s.orderId));
        item->setData(0, OrderIdRole, s.orderId);
        item->setText(2, s.reason);
        item->setToolTip(2, s.reason);
        if (s.technician >= 0) {
            const TechnicianProfile &tech = m_technicians[size_t(s.technician)];
            item->setText(1, tech.name);
            item->setData(1, OrderIdRole, tech.id);
            item->setCheckState(0, Qt::Checked);
            ++placed;
        } else {
            item->setText(1, tr("nobody"));
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        }
    }
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    auto *summary = new QLabel(tr("%1 of %2 orders can be placed. Untick what you do not want.")
                                   .arg(placed)
                                   .arg(int(suggestions.size())),
                               dialog);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *accept = buttons->addButton(tr("Assign the ticked"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptSuggestions"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        if (!m_sync) {
            dialog->reject();
            return;
        }
        int sent = 0;
        int skipped = 0;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            if (item->checkState(0) != Qt::Checked)
                continue;
            const QJsonObject order = m_cache.order(item->data(0, OrderIdRole).toString());
            if (!OrderCommands::mayAssign(m_staff, order)) {
                ++skipped; // taken meanwhile
                continue;
            }
            m_sync->submit(OrderCommands::assign(m_staff, order,
                                                 item->data(1, OrderIdRole).toString(),
                                                 item->text(2)),
                           [](const QString &, const QString &) {});
            ++sent;
        }
        m_message->setText(
            skipped == 0
                ? tr("%n assignment(s) sent; waiting for the server.", nullptr, sent)
                : tr("%n assignment(s) sent; %1 order(s) were no longer waiting.", nullptr, sent)
                      .arg(skipped));
        dialog->accept();
        m_reloadSoon.start();
    });
    dialog->open();
    return dialog;
}

void DispatchWorkspace::retranslate()
{
    const int mode = m_mode->currentIndex();
    {
        const QSignalBlocker block(m_mode);
        m_mode->clear();
        m_mode->addItem(tr("Distance first"));
        m_mode->addItem(tr("Rating first"));
        m_mode->addItem(tr("Custom weights"));
        m_mode->setCurrentIndex(std::max(0, mode));
    }
    m_candidates->setHeaderLabels({tr("Technician"), tr("Score"), tr("Distance"), tr("Why")});
    m_suggest->setText(tr("Suggest all…"));
    const QString weightNames[] = {tr("&Distance"), tr("R&ating"), tr("S&tar"), tr("&Workload")};
    for (int i = 0; i < m_weightLabels.size(); ++i)
        m_weightLabels[i]->setText(weightNames[i]);
    m_heat->setText(tr("Hot areas (heat map of open orders)"));
    m_suggest->setEnabled(m_sync && OrderCommands::mayDispatch(m_staff));
    fillQueue();
    showCandidates();
}

void DispatchWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
