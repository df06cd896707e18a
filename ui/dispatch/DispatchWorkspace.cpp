#include "ui/dispatch/DispatchWorkspace.h"

#include "models/dispatch/TimeoutRules.h"
#include "services/orders/OrderCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/dispatch/DayScheduleView.h"
#include "ui/map/MapView.h"
#include "ui/orders/OrderText.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/style/Theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

constexpr int OrderIdRole = Qt::UserRole + 1;

// The alert thresholds of the settings (the rest are the rules' defaults).
TimeoutThresholds thresholdsFromSettings()
{
    const SettingsDialog::Values settings = SettingsDialog::load();
    TimeoutThresholds thresholds;
    thresholds.notDispatchedMinutes = settings.dispatchTimeoutMinutes;
    thresholds.overrunMinutes = settings.overdueMinutes;
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

} // namespace

DispatchWorkspace::DispatchWorkspace(const Staff &staff, const QString &cachePath,
                                     SyncSession *sync, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_queueTitle(new QLabel(this))
    , m_queue(new QListWidget(this))
    , m_map(new MapView(this))
    , m_candidatesTitle(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_candidates(new QTreeWidget(this))
    , m_assign(new QPushButton(this))
    , m_suggest(new QPushButton(this))
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
    rightLayout->addWidget(m_candidates, 1);
    rightLayout->addWidget(m_assign);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_map);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({260, 700, 380});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // The day schedule of the candidates under the three panes.
    m_schedule = new DayScheduleView(staff, cachePath, sync, this);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    vertical->addWidget(m_schedule);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({500, 300});
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
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DispatchWorkspace::showCandidates);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        assignCandidate(m_candidates->indexOfTopLevelItem(m_candidates->currentItem()));
    });
    connect(m_suggest, &QPushButton::clicked, this, [this] { suggestAll(); });
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        assignCandidate(m_candidates->indexOfTopLevelItem(item));
    });

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
    std::vector<MapOrder> markers;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TimeoutThresholds thresholds = thresholdsFromSettings();
    GeoRect bounds;
    for (const DispatchOrder &o : m_cache.openOrders()) {
        const bool late = timeoutOf(o, now, thresholds) != Timeout::None; // drawn red
        markers.push_back({o.need.id, o.need.place, o.status, late});
        bounds.extend(o.need.place);
    }
    const bool first = m_map->orders().empty();
    m_map->setOrders(std::move(markers));
    std::vector<MapTechnician> techs;
    techs.reserve(m_technicians.size());
    for (const TechnicianProfile &t : m_technicians)
        techs.push_back({t.id, t.name, t.position, t.workStatus, t.starLevel});
    m_map->setTechnicians(std::move(techs));
    if (first && !bounds.isEmpty())
        m_map->fitBounds(bounds);
    fillQueue();
    showCandidates();
}

void DispatchWorkspace::fillQueue()
{
    const QSignalBlocker block(m_queue);
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
    }
    m_queueTitle->setText(tr("Awaiting dispatch (%L1)").arg(m_queue->count()));
}

void DispatchWorkspace::selectOrder(const QString &orderId)
{
    m_selected = orderId;
    m_map->selectOrder(orderId);
    for (int row = 0; row < m_queue->count(); ++row)
        if (m_queue->item(row)->data(OrderIdRole).toString() == orderId) {
            const QSignalBlocker block(m_queue);
            m_queue->setCurrentRow(row);
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
    const auto it =
        std::find_if(m_queueOrders.begin(), m_queueOrders.end(),
                     [this](const DispatchOrder &o) { return o.need.id == m_selected; });
    if (it == m_queueOrders.end()) {
        m_candidatesTitle->setText(tr("Select an order awaiting dispatch to see who can take it."));
        m_assign->setEnabled(false);
        showSchedule();
        return;
    }
    const RankingWeights weights = m_mode->currentIndex() == 1 ? RankingWeights::ratingFirst()
                                                               : RankingWeights::distanceFirst();
    m_ranked = CandidateRanking::rank(it->need, m_technicians, weights, 30);
    m_candidatesTitle->setText(tr("Candidates for %1 (%2)").arg(it->need.id, it->serviceItemName));
    const QLocale locale;
    for (const CandidateScore &score : m_ranked) {
        const TechnicianProfile &tech = m_technicians[size_t(score.technician)];
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, tech.name);
        item->setText(1, score.eligible() ? locale.toString(score.total, 'f', 0) : tr("excluded"));
        item->setText(2, tr("%1 km").arg(locale.toString(score.distanceKm, 'f', 1)));
        item->setText(3, CandidateRanking::explain(score, tech));
        item->setToolTip(3, item->text(3));
        if (!score.eligible())
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_candidates->topLevelItemCount() > 0 && m_ranked.front().eligible())
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
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
    const QJsonObject order = m_cache.order(m_selected);
    if (!OrderCommands::mayAssign(m_staff, order)) {
        m_message->setText(tr("This order is no longer awaiting dispatch."));
        return;
    }
    const QString orderId = m_selected;
    m_message->setText(tr("Assigning %1 to %2…").arg(orderId, tech.name));
    QPointer<DispatchWorkspace> self(this);
    const QString name = tech.name;
    m_sync->submit(OrderCommands::assign(m_staff, order, tech.id, {}),
                   [self, orderId, name](const QString &, const QString &error) {
                       if (!self)
                           return;
                       self->m_message->setText(
                           error.isEmpty()
                               ? tr("%1 assigned to %2; waiting for the server.").arg(orderId, name)
                               : tr("The assignment could not be saved: %1").arg(error));
                       self->m_selected.clear();
                       self->reload();
                   });
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
    const RankingWeights weights = m_mode->currentIndex() == 1 ? RankingWeights::ratingFirst()
                                                               : RankingWeights::distanceFirst();
    const auto suggestions = CandidateRanking::suggestAll(needs, m_technicians, weights);

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
        m_mode->setCurrentIndex(std::max(0, mode));
    }
    m_candidates->setHeaderLabels({tr("Technician"), tr("Score"), tr("Distance"), tr("Why")});
    m_assign->setText(tr("Assign"));
    m_suggest->setText(tr("Suggest all…"));
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
