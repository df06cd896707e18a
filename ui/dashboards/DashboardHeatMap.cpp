#include "ui/dashboards/DashboardHeatMap.h"

#include "models/geo/WebMercator.h"
#include "services/orders/OrderCache.h"
#include "ui/map/MapView.h"
#include "ui/style/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace OpsDesk {

namespace {

// The heat layer of the dashboard: plain counts in squares, five steps.
constexpr HeatMapStyle kHeatStyle{24, 0, 5};

enum Preset
{
    Last7,
    Last30,
    Last90,
    Last365,
    AllTime,
    Custom
};

// The range of a preset, ending today (local days).
std::pair<QDate, QDate> presetRange(int preset)
{
    const QDate today = QDate::currentDate();
    switch (preset) {
    case Last7:
        return {today.addDays(-6), today};
    case Last30:
        return {today.addDays(-29), today};
    case Last90:
        return {today.addDays(-89), today};
    case Last365:
        return {today.addDays(-364), today};
    default:
        return {};
    }
}

QString distanceText(double meters)
{
    if (meters >= 1000)
        return DashboardHeatMap::tr("%1 km").arg(QLocale().toString(meters / 1000.0, 'f', 1));
    return DashboardHeatMap::tr("%1 m").arg(int(std::lround(meters / 10.0) * 10));
}

} // namespace

// The legend beside the map: the count of each colour step and the size of
// a square.
class HeatLegend : public QWidget
{
public:
    explicit HeatLegend(MapView *map, QWidget *parent)
        : QWidget(parent)
        , m_map(map)
    {
        setObjectName(QStringLiteral("heatLegend"));
        setMinimumWidth(170);
        connect(map, &MapView::heatMapChanged, this, qOverload<>(&QWidget::update));
        connect(map, &MapView::viewChanged, this, qOverload<>(&QWidget::update));
    }

    // "1–2", "3–5", …, "40–112": the counts of each step of the grid shown.
    QStringList stepLabels() const
    {
        QStringList labels;
        const std::vector<int> &t = m_map->heatStepThresholds();
        const int peak = int(std::floor(m_map->heatGrid().peak + 1e-4f));
        for (size_t k = 0; k < t.size(); ++k) {
            const int lo = t[k];
            const int hi = k + 1 < t.size() ? t[k + 1] - 1 : peak;
            labels.append(lo == hi ? QLocale().toString(lo)
                                   : DashboardHeatMap::tr("%1–%2").arg(QLocale().toString(lo),
                                                                       QLocale().toString(hi)));
        }
        return labels;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm(font());
        const int line = fm.height() + 6;
        int y = 4;
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         DashboardHeatMap::tr("Orders per square"));
        y += line;
        painter.setFont(font());
        const double meters = m_map->heatMapStyle().cellPixels *
                              WebMercator::metersPerPixel(m_map->center().lat, m_map->zoom());
        painter.setPen(Theme::muted());
        painter.drawText(
            QRect(0, y, width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            DashboardHeatMap::tr("A square is about %1 wide").arg(distanceText(meters)));
        y += line + 4;
        const QStringList labels = stepLabels();
        if (labels.isEmpty()) {
            painter.drawText(QRect(0, y, width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             DashboardHeatMap::tr("No orders to show"));
            return;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        for (int k = 0; k < labels.size(); ++k) {
            const QRect swatch(0, y + 3, 28, line - 6);
            painter.fillRect(swatch, Qt::white);
            painter.fillRect(swatch, MapView::heatStepColour(k, int(labels.size())));
            painter.setPen(QColor(0, 0, 0, 60));
            painter.drawRect(swatch.adjusted(0, 0, -1, -1));
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(38, y, width() - 38, line), Qt::AlignLeft | Qt::AlignVCenter,
                             labels.at(k));
            y += line;
        }
    }

    QSize sizeHint() const override
    {
        const int line = fontMetrics().height() + 6;
        return {190, line * 8 + 12};
    }

private:
    MapView *m_map;
};

DashboardHeatMap::DashboardHeatMap(QWidget *parent)
    : QWidget(parent)
{
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("heatPeriod"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("heatFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("heatTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_serviceLabel = new QLabel(this);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("heatServiceItem"));
    m_service->setMinimumContentsLength(12);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("heatCount"));
    m_count->setWordWrap(true);

    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("heatMapView"));
    m_map->setHeatMapStyle(kHeatStyle);
    m_map->setHeatMapVisible(true);
    m_map->setZoom(10);
    m_legend = new HeatLegend(m_map, this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_serviceLabel);
    bar->addWidget(m_service, 1);
    bar->addStretch();

    auto *side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addWidget(m_count);
    side->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_map, 1);
    body->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(50);
    connect(m_debounce, &QTimer::timeout, this, &DashboardHeatMap::start);
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &DashboardHeatMap::onAnswer);

    retranslate();
    m_period->setCurrentIndex(Last30);
    applyPreset(Last30);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updatingPickers)
            applyPreset(index);
    });
    const auto onDateEdited = [this] {
        if (m_updatingPickers)
            return;
        m_fromDate = m_from->date();
        m_toDate = m_to->date();
        m_updatingPickers = true;
        m_period->setCurrentIndex(Custom);
        m_updatingPickers = false;
        schedule();
    };
    connect(m_from, &QDateEdit::dateChanged, this, onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, onDateEdited);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingPickers || index < 0)
            return;
        m_serviceItemId = m_service->itemData(index).toString();
        schedule();
    });
    connect(m_map, &MapView::heatCellClicked, this, [this](const GeoRect &bounds, int count) {
        Q_EMIT cellClicked(filter(), bounds, count);
    });
}

DashboardHeatMap::~DashboardHeatMap()
{
    m_watcher.waitForFinished();
}

void DashboardHeatMap::retranslate()
{
    m_periodLabel->setText(tr("Period:"));
    m_serviceLabel->setText(tr("Service item:"));
    const int preset = m_period->currentIndex();
    m_updatingPickers = true;
    m_period->clear();
    m_period->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                        tr("Last 365 days"), tr("All time"), tr("Custom")});
    m_period->setCurrentIndex(preset < 0 ? Last30 : preset);
    if (m_service->count() == 0)
        m_service->addItem(tr("All service items"), QString());
    else
        m_service->setItemText(0, tr("All service items"));
    m_updatingPickers = false;
    m_legend->setToolTip(tr("Where orders were created: the darker a square, the more orders. "
                            "Click a square to see its orders."));
    updateCountLine();
    m_legend->update();
}

void DashboardHeatMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardHeatMap::applyPreset(int index)
{
    if (index == Custom)
        return;
    const auto [from, to] = presetRange(index);
    showPeriod(index, from, to);
}

void DashboardHeatMap::setPeriod(QDate from, QDate to)
{
    int preset = Custom;
    if (!from.isValid() && !to.isValid())
        preset = AllTime;
    for (int p : {Last7, Last30, Last90, Last365})
        if (presetRange(p) == std::pair(from, to))
            preset = p;
    showPeriod(preset, from, to);
}

void DashboardHeatMap::showPeriod(int preset, QDate from, QDate to)
{
    m_fromDate = from;
    m_toDate = to;
    m_updatingPickers = true;
    m_period->setCurrentIndex(preset);
    m_from->setEnabled(preset != AllTime);
    m_to->setEnabled(preset != AllTime);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_updatingPickers = false;
    schedule();
}

void DashboardHeatMap::setServiceItem(const QString &serviceItemId)
{
    m_serviceItemId = serviceItemId;
    const int index = m_service->findData(serviceItemId);
    m_updatingPickers = true;
    m_service->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingPickers = false;
    schedule();
}

void DashboardHeatMap::setFilter(const QString &city, const QString &district,
                                 const QString &serviceItemId, const QString &customerType,
                                 QDate from, QDate to)
{
    m_city = city;
    m_district = district;
    m_customerType = customerType;
    setServiceItem(serviceItemId);
    setPeriod(from, to);
}

void DashboardHeatMap::setCachePath(const QString &cachePath)
{
    m_cachePath = cachePath;
    m_itemsLoaded = false;
    schedule();
}

void DashboardHeatMap::refresh()
{
    schedule();
}

OrderFilter DashboardHeatMap::filter() const
{
    OrderFilter f;
    f.city = m_city;
    f.district = m_district;
    f.serviceItemId = m_serviceItemId;
    f.customerType = m_customerType;
    f.dateField = OrderFilter::DateField::Created;
    f.from = m_fromDate;
    f.to = m_toDate;
    return f;
}

void DashboardHeatMap::schedule()
{
    ++m_generation;
    m_debounce->start();
}

DashboardHeatMap::Answer DashboardHeatMap::read(const QString &cachePath, const OrderFilter &filter,
                                                int generation, bool withItems)
{
    Answer answer;
    answer.generation = generation;
    OrderCache cache; // this thread's own read-only connection
    if (!cache.open(cachePath, &answer.error, OrderCache::Names::Skip))
        return answer;
    answer.points = cache.positions(filter, &answer.matching);
    for (const GeoPoint &p : answer.points)
        answer.bounds.extend(p);
    if (withItems) {
        cache.reloadNames();
        answer.serviceItems = cache.serviceItems();
    }
    return answer;
}

void DashboardHeatMap::start()
{
    if (m_watcher.isRunning()) {
        m_rerun = true; // the newest filter goes next
        return;
    }
    m_rerun = false;
    const bool backwards = m_fromDate.isValid() && m_toDate.isValid() && m_fromDate > m_toDate;
    if (m_cachePath.isEmpty() || backwards) {
        // Nothing to read: no cache yet, or a period that ends before it
        // begins (said in the count line; the pickers keep what was typed).
        m_shownGeneration = m_generation;
        m_error = backwards ? tr("The period ends before it begins.") : QString();
        m_shown = m_matching = 0;
        m_map->setHeatPoints({});
        updateCountLine();
        Q_EMIT loaded();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&DashboardHeatMap::read, m_cachePath, filter(),
                                          m_generation, !m_itemsLoaded));
}

void DashboardHeatMap::onAnswer()
{
    Answer answer = m_watcher.result();
    if (!answer.serviceItems.isEmpty() && !m_itemsLoaded) {
        m_itemsLoaded = true;
        fillServiceItems(answer.serviceItems);
    }
    if (m_rerun || answer.generation != m_generation) {
        // A newer filter was chosen meanwhile: this answer is not shown.
        m_rerun = false;
        start();
        return;
    }
    m_error = answer.error.isEmpty() ? QString()
                                     : tr("The orders could not be read: %1").arg(answer.error);
    m_matching = answer.matching;
    m_shown = qint64(answer.points.size());
    const QString place = m_city + QLatin1Char('/') + m_district;
    if (!answer.bounds.isEmpty() && place != m_fittedPlace) {
        m_fittedPlace = place;
        m_map->fitBounds(answer.bounds);
    }
    m_map->setHeatPoints(std::move(answer.points));
    m_shownGeneration = answer.generation;
    updateCountLine();
    Q_EMIT loaded();
}

void DashboardHeatMap::fillServiceItems(const QList<QPair<QString, QString>> &items)
{
    m_updatingPickers = true;
    while (m_service->count() > 1)
        m_service->removeItem(1);
    for (const auto &[id, name] : items)
        m_service->addItem(name, id);
    const int index = m_service->findData(m_serviceItemId);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingPickers = false;
}

QString DashboardHeatMap::countText() const
{
    return m_count->text();
}

void DashboardHeatMap::updateCountLine()
{
    if (!m_error.isEmpty()) {
        m_count->setText(m_error);
        return;
    }
    QString text = tr("%Ln order(s) shown", nullptr, int(std::min<qint64>(m_shown, INT_MAX)));
    if (m_matching > m_shown)
        text += QLatin1Char('\n') + tr("%Ln without a location", nullptr,
                                       int(std::min<qint64>(m_matching - m_shown, INT_MAX)));
    m_count->setText(text);
}

bool DashboardHeatMap::waitForData(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_shownGeneration != m_generation || m_debounce->isActive() || m_watcher.isRunning()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_map->waitForLayers();
    return true;
}

} // namespace OpsDesk
