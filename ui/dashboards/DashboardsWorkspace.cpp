#include "ui/dashboards/DashboardsWorkspace.h"

#include "ui/dashboards/DashboardExport.h"

#include "models/Money.h"
#include "models/SyncCollections.h"
#include "services/dashboard/DashboardQueries.h"
#include "services/orders/OrderCache.h"
#include "services/sync/SyncSession.h"
#include "ui/orders/OrderPickers.h"
#include "ui/orders/OrderText.h"
#include "ui/style/Theme.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <functional>

namespace OpsDesk {

using namespace Dashboard;

// A KPI tile: title, value, and the change against the period before (▲/▼,
// a sign and a colour); a click drills down.
class KpiTile : public QFrame
{
public:
    explicit KpiTile(QWidget *parent)
        : QFrame(parent)
    {
        setFrameShape(QFrame::StyledPanel);
        setObjectName(QStringLiteral("kpiTile"));
        setStyleSheet(QStringLiteral("QFrame#kpiTile { background: white; border: 1px solid "
                                     "#d8dee8; border-radius: 6px; }"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(2);
        title = new QLabel(this);
        title->setStyleSheet(QStringLiteral("color: #4b5563;"));
        title->setWordWrap(true);
        value = new QLabel(this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        change = new QLabel(this);
        change->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(value);
        layout->addWidget(change);
        layout->addStretch();
        setCursor(Qt::PointingHandCursor);
    }
    QLabel *title = nullptr;
    QLabel *value = nullptr;
    QLabel *change = nullptr;
    std::function<void()> clicked;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && clicked && rect().contains(event->pos()))
            clicked();
        QFrame::mouseReleaseEvent(event);
    }
};

namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

QString shortened(const QString &text, int length = 18)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(const QString &title, double maximum)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1.0, maximum * 1.12));
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    return axis;
}

QString bucketLabel(const QDate &start, Bucket bucket)
{
    return bucket == Bucket::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                   : start.toString(QStringLiteral("MM-dd"));
}

// The chart's ranks: the first `limit` rows, the largest on top of a
// horizontal bar chart (which draws its first category at the bottom).
template<typename Row>
QList<Row> topRows(const QList<Row> &rows, int limit)
{
    QList<Row> top = rows.mid(0, limit);
    std::reverse(top.begin(), top.end());
    return top;
}

QString refundReasonTitle(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *text;
    } reasons[] = {
        {"service_not_completed", QT_TRANSLATE_NOOP("Dashboards", "Service not completed")},
        {"poor_quality", QT_TRANSLATE_NOOP("Dashboards", "Poor quality")},
        {"overcharged", QT_TRANSLATE_NOOP("Dashboards", "Overcharged")},
        {"damage", QT_TRANSLATE_NOOP("Dashboards", "Damage")},
        {"technician_late", QT_TRANSLATE_NOOP("Dashboards", "Technician late")},
        {"order_cancelled", QT_TRANSLATE_NOOP("Dashboards", "Order cancelled")},
    };
    for (const auto &reason : reasons)
        if (code == QLatin1String(reason.code))
            return QCoreApplication::translate("Dashboards", reason.text);
    return code.isEmpty() ? QCoreApplication::translate("Dashboards", "No reason given") : code;
}

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF()));
    chart->setTitleFont(titleFont);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

// Higher is better (▲ in green), lower is better, or neither.
int goodDirection(Kpi kpi)
{
    switch (kpi) {
    case Kpi::OrdersToday:
    case Kpi::TechniciansActive:
    case Kpi::OnTimeRate:
    case Kpi::RevenueToday:
        return 1;
    case Kpi::AwaitingDispatch:
    case Kpi::Overdue:
    case Kpi::RefundsPending:
        return -1;
    case Kpi::InService:
    case Kpi::Count:
        break;
    }
    return 0;
}

} // namespace

DashboardsWorkspace::DashboardsWorkspace(const Staff &staff, const QString &cachePath,
                                         SyncSession *sync, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_finance(readableCollections(staff.roles).contains(QStringLiteral("refunds")))
    , m_names(std::make_unique<OrderCache>())
{
    setObjectName(QStringLiteral("dashboardsWorkspace"));
    reopen();
    buildFilterBar();
    buildCharts();
    DashboardExport::attach(this, cachePath);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardsWorkspace::startComputation);
    connect(&m_watcher, &QFutureWatcher<DashboardResult>::finished, this, [this] {
        m_running = false;
        const DashboardResult result = m_watcher.result();
        if (result.error.isEmpty()) {
            m_figures = result.figures;
            m_hasFigures = true;
            showFigures();
            m_status->setText(
                tr("Updated %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        } else {
            m_status->setText(tr("No figures yet: %1").arg(result.error));
        }
        if (m_again) {
            m_again = false;
            startComputation();
            return;
        }
        Q_EMIT refreshed();
    });

    if (m_sync) {
        connect(m_sync.data(), &SyncSession::ready, this, [this](bool ok, const QString &) {
            if (!ok)
                return;
            reopen();
            fillPickers();
            scheduleRefresh();
        });
        connect(m_sync.data(), &SyncSession::cacheChanged, this,
                [this](const QStringList &collections) {
                    static const QStringList used{
                        QStringLiteral("orders"),      QStringLiteral("reviews"),
                        QStringLiteral("complaints"),  QStringLiteral("refunds"),
                        QStringLiteral("redemptions"), QStringLiteral("coupons"),
                        QStringLiteral("technicians"), QStringLiteral("service_items")};
                    for (const QString &collection : collections)
                        if (used.contains(collection)) {
                            if (!m_debounce.isActive())
                                m_debounce.start(1500); // a burst of pages: once at its end
                            return;
                        }
                });
    }

    retranslate();
    fillPickers();
    applyPreset();
    refresh();
}

DashboardsWorkspace::~DashboardsWorkspace()
{
    m_watcher.waitForFinished(); // its result refers to nothing of ours, but ends first
}

void DashboardsWorkspace::reopen()
{
    QString error;
    if (QFileInfo::exists(m_cachePath))
        m_names->open(m_cachePath, &error);
}

void DashboardsWorkspace::buildFilterBar()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("dashboardCity"));
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("dashboardDistrict"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("dashboardService"));
    m_customerType = new QComboBox(this);
    m_customerType->setObjectName(QStringLiteral("dashboardCustomerType"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("dashboardPreset"));
    const QDate today = businessDay(QDateTime::currentDateTimeUtc());
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("dashboardBucket"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_exportMenu = new QMenu(m_export);
    m_exportMenu->setObjectName(QStringLiteral("dashboardExportMenu"));
    m_export->setMenu(m_exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #4b5563;"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_city, 1);
    bar->addWidget(m_district, 1);
    bar->addWidget(m_service, 1);
    bar->addWidget(m_customerType, 1);
    bar->addSpacing(8);
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_bucket);
    bar->addSpacing(8);
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(6);
    for (int k = 0; k < int(Kpi::Count); ++k) {
        auto *tile = new KpiTile(this);
        tile->setObjectName(QStringLiteral("kpi%1").arg(k));
        const Kpi kpi = Kpi(k);
        tile->clicked = [this, kpi] {
            if (const auto filter = ordersOfKpi(dashboardFilter(), kpi))
                Q_EMIT openOrders(*filter);
        };
        if (kpi == Kpi::RefundsPending && !m_finance)
            tile->hide();
        m_tiles.append(tile);
        tiles->addWidget(tile, 1);
    }
    layout->addLayout(tiles);

    for (QComboBox *combo : {m_service, m_customerType, m_district, m_bucket})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingControls)
                scheduleRefresh();
        });
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingControls)
            return;
        fillDistricts();
        scheduleRefresh();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingControls)
            return;
        applyPreset();
        scheduleRefresh();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updatingControls)
                return;
            m_updatingControls = true;
            m_preset->setCurrentIndex(m_preset->count() - 1); // custom
            m_updatingControls = false;
            scheduleRefresh();
        });
}

void DashboardsWorkspace::buildCharts()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    static const char *names[] = {"volumeChart",  "servicesChart",  "districtsChart",
                                  "funnelChart",  "customersChart", "qualityChart",
                                  "refundsChart", "couponsChart"};
    for (int c = 0; c < int(Chart::Count); ++c)
        m_views[size_t(c)] = makeView(this, QLatin1String(names[c]));

    const auto page = [this](const QList<QWidget *> &widgets, int wideFirst) {
        auto *widget = new QWidget(m_tabs);
        auto *grid = new QGridLayout(widget);
        grid->setContentsMargins(0, 6, 0, 0);
        grid->setSpacing(6);
        int cell = 0;
        for (int i = 0; i < widgets.size(); ++i) {
            if (i < wideFirst) {
                grid->addWidget(widgets[i], cell / 2, 0, 1, 2);
                cell += 2;
            } else {
                grid->addWidget(widgets[i], cell / 2, cell % 2);
                ++cell;
            }
        }
        m_pages.append(widget);
        return widget;
    };
    const auto view = [this](Chart chart) -> QWidget * {
        return m_views[size_t(chart)];
    };

    m_leaderboard = new QTableWidget(this);
    m_leaderboard->setObjectName(QStringLiteral("leaderboard"));
    m_leaderboard->setColumnCount(5);
    m_leaderboard->verticalHeader()->hide();
    m_leaderboard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaderboard->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leaderboard->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leaderboard->horizontalHeader()->setStretchLastSection(true);
    connect(m_leaderboard, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_figures.leaderboard.size())
            Q_EMIT openOrders(
                ordersCompletedBy(m_figures.filter, m_figures.leaderboard[row].technicianId));
    });
    auto *leaderboardBox = new QWidget(this);
    auto *leaderboardLayout = new QVBoxLayout(leaderboardBox);
    leaderboardLayout->setContentsMargins(4, 4, 4, 4);
    auto *leaderboardTitle = new QLabel(leaderboardBox);
    leaderboardTitle->setObjectName(QStringLiteral("leaderboardTitle"));
    QFont bold = leaderboardTitle->font();
    bold.setBold(true);
    leaderboardTitle->setFont(bold);
    leaderboardLayout->addWidget(leaderboardTitle);
    leaderboardLayout->addWidget(m_leaderboard);

    m_tabs->addTab(page({view(Chart::Volume), view(Chart::Funnel), view(Chart::Services),
                         view(Chart::Districts)},
                        0),
                   QString());
    m_tabs->addTab(page({view(Chart::Quality), view(Chart::Customers), leaderboardBox}, 1),
                   QString());
    QWidget *finance = page({view(Chart::Refunds), view(Chart::Coupons)}, 0);
    m_tabs->addTab(finance, QString());
    if (!m_finance)
        m_tabs->setTabVisible(m_tabs->indexOf(finance), false);
    layout()->addWidget(m_tabs);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_tabs, 1);
}

void DashboardsWorkspace::setHeatMapWidget(QWidget *widget)
{
    if (m_heatMap) {
        m_tabs->removeTab(m_tabs->indexOf(m_heatMap));
        m_heatMap->deleteLater();
    }
    m_heatMap = widget;
    if (widget)
        m_tabs->addTab(widget, tr("Heat map"));
}

void DashboardsWorkspace::fillPickers()
{
    m_updatingControls = true;
    fillCityPicker(m_city, *m_names);
    fillDistricts();
    fillServicePicker(m_service, *m_names);
    m_updatingControls = false;
}

void DashboardsWorkspace::fillDistricts()
{
    const bool updating = m_updatingControls;
    m_updatingControls = true;
    fillDistrictPicker(m_district, *m_names, comboValue(m_city));
    m_updatingControls = updating;
}

void DashboardsWorkspace::applyPreset()
{
    const QDate today = businessDay(QDateTime::currentDateTimeUtc());
    QDate from;
    switch (m_preset->currentIndex()) {
    case 0:
        from = today;
        break;
    case 1:
        from = today.addDays(-6);
        break;
    case 2:
        from = today.addDays(-29);
        break;
    case 3:
        from = QDate(today.year(), today.month(), 1);
        break;
    case 4:
        from = today.addDays(-89);
        break;
    case 5:
        from = today.addYears(-1).addDays(1);
        break;
    default:
        return; // custom: the dates as they are
    }
    const bool updating = m_updatingControls;
    m_updatingControls = true;
    m_from->setDate(from);
    m_to->setDate(today);
    m_updatingControls = updating;
}

Filter DashboardsWorkspace::dashboardFilter() const
{
    Filter f;
    f.city = comboValue(m_city);
    f.district = comboValue(m_district);
    f.serviceItemId = comboValue(m_service);
    f.customerType = comboValue(m_customerType);
    f.from = std::min(m_from->date(), m_to->date());
    f.to = std::max(m_from->date(), m_to->date());
    switch (m_bucket->currentIndex()) {
    case 1:
        f.bucket = Bucket::Day;
        break;
    case 2:
        f.bucket = Bucket::Week;
        break;
    case 3:
        f.bucket = Bucket::Month;
        break;
    default:
        f.bucket = bucketFor(f.from, f.to);
    }
    f.now = QDateTime::currentDateTimeUtc();
    return f;
}

void DashboardsWorkspace::setDashboardFilter(const Filter &filter)
{
    m_updatingControls = true;
    selectValue(m_city, filter.city);
    fillDistricts();
    selectValue(m_district, filter.district);
    selectValue(m_service, filter.serviceItemId);
    selectValue(m_customerType, filter.customerType);
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_bucket->setCurrentIndex(
        filter.bucket == bucketFor(filter.from, filter.to) ? 0 : 1 + int(filter.bucket));
    m_updatingControls = false;
    scheduleRefresh();
}

bool DashboardsWorkspace::isBusy() const
{
    return m_debounce.isActive() || m_running || m_again;
}

void DashboardsWorkspace::scheduleRefresh()
{
    m_debounce.start(250);
}

void DashboardsWorkspace::refresh()
{
    m_debounce.stop();
    startComputation();
}

void DashboardsWorkspace::startComputation()
{
    if (m_running) {
        m_again = true; // the newest filter once this run is done
        return;
    }
    m_running = true;
    m_status->setText(tr("Updating…"));
    const QString path = m_cachePath;
    const Filter filter = dashboardFilter();
    m_watcher.setFuture(QtConcurrent::run([path, filter] {
        DashboardResult result;
        if (!QFileInfo::exists(path)) {
            result.error = QCoreApplication::translate("Dashboards", "the cache is not there yet");
            return result;
        }
        DashboardQueries queries;
        if (!queries.open(path, &result.error))
            return result;
        if (!queries.compute(filter, &result.figures))
            result.error = queries.error();
        return result;
    }));
}

void DashboardsWorkspace::showFigures()
{
    showKpis();
    showVolume();
    showServices();
    showDistricts();
    showFunnel();
    showCustomers();
    showQuality();
    showLeaderboard();
    showRefunds();
    showCoupons();
}

namespace {

// A tile's value as the tile shows it (revenue in yuan, the on-time rate in
// per cent, counts with thousands separators).
QString kpiText(Kpi kpi, qint64 value)
{
    if (kpi == Kpi::RevenueToday)
        return money(value);
    if (kpi == Kpi::OnTimeRate)
        return QStringLiteral("%1%").arg(double(value) / 100.0, 0, 'f', 1);
    return QStringLiteral("%L1").arg(value);
}

} // namespace

void DashboardsWorkspace::showKpis()
{
    for (int k = 0; k < int(Kpi::Count); ++k) {
        KpiTile *tile = m_tiles[k];
        const Kpi kpi = Kpi(k);
        const KpiValue v = m_figures.kpis[size_t(k)];
        const auto text = [kpi](qint64 value) {
            return kpiText(kpi, value);
        };
        tile->value->setText(text(v.current));
        const qint64 delta = v.current - v.previous;
        QString arrow = QStringLiteral("■");
        if (delta > 0)
            arrow = QStringLiteral("▲");
        else if (delta < 0)
            arrow = QStringLiteral("▼");
        QString change;
        if (kpi == Kpi::OnTimeRate)
            change = QStringLiteral("%1 %2%3 pp")
                         .arg(arrow, delta > 0 ? QStringLiteral("+") : QString())
                         .arg(double(delta) / 100.0, 0, 'f', 1);
        else {
            const QString sign = delta > 0 ? QStringLiteral("+") : QString();
            const QString amount =
                kpi == Kpi::RevenueToday ? money(delta) : QStringLiteral("%L1").arg(delta);
            change = QStringLiteral("%1 %2%3").arg(arrow, sign, amount);
            if (v.previous != 0)
                change += QStringLiteral(" (%1%2%)")
                              .arg(sign)
                              .arg(100.0 * double(delta) / double(std::abs(v.previous)), 0, 'f', 1);
        }
        QString since;
        switch (kpi) {
        case Kpi::OrdersToday:
        case Kpi::TechniciansActive:
        case Kpi::RevenueToday:
            since = tr("vs yesterday at this time");
            break;
        case Kpi::OnTimeRate:
            since = tr("vs the previous period");
            break;
        default:
            since = tr("vs 24 hours ago");
        }
        QString line = change + QLatin1Char(' ') + since;
        if (kpi == Kpi::TechniciansActive)
            line += QLatin1Char('\n') + tr("%L1 online now").arg(m_figures.techniciansOnline);
        tile->change->setText(line);
        const int direction = goodDirection(kpi) * (delta > 0 ? 1 : delta < 0 ? -1 : 0);
        const QColor colour = direction > 0   ? Theme::better()
                              : direction < 0 ? Theme::worse()
                                              : Theme::muted();
        tile->change->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
        tile->setToolTip(
            tr("Now: %1 · before: %2").arg(text(v.current), text(v.previous)) +
            (kpi == Kpi::TechniciansActive ? QString() : tr("\nClick to list these orders.")));
    }
}

void DashboardsWorkspace::showVolume()
{
    QChart *chart = m_views[size_t(Chart::Volume)]->chart();
    clearChart(chart);
    const Figures &f = m_figures;
    const Bucket bucket = f.filter.bucket;
    auto *current = new QLineSeries;
    current->setName(tr("This period"));
    QPen pen(Theme::chartColor(3), 2.5);
    current->setPen(pen);
    current->setPointsVisible(true);
    auto *previous = new QLineSeries;
    previous->setName(tr("Previous period (dashed)"));
    QPen dashed(Theme::chartColor(0), 2.0, Qt::DashLine);
    previous->setPen(dashed);
    previous->setPointsVisible(true);
    double top = 0;
    qint64 total = 0, previousTotal = 0;
    DataTable table;
    table.columns = {{tr("Period starting"), ExportColumnKind::Date},
                     {tr("Orders"), ExportColumnKind::Integer},
                     {tr("Previous period starting"), ExportColumnKind::Date},
                     {tr("Orders in the previous period"), ExportColumnKind::Integer}};
    for (int i = 0; i < f.volume.size(); ++i) {
        current->append(i, double(f.volume[i]));
        top = std::max(top, double(f.volume[i]));
        total += f.volume[i];
        QVariantList row{f.buckets[i], f.volume[i]};
        if (i < f.previousVolume.size()) {
            previous->append(i, double(f.previousVolume[i]));
            top = std::max(top, double(f.previousVolume[i]));
            row << f.previousBuckets[i] << f.previousVolume[i];
        }
        table.rows.append(row);
    }
    for (qint64 v : f.previousVolume)
        previousTotal += v;
    chart->addSeries(previous);
    chart->addSeries(current);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(f.buckets.size());
    const int step = std::max(1, int(std::ceil(n / 10.0)));
    for (int i = 0; i < n; i += step)
        x->append(bucketLabel(f.buckets[i], bucket), i);
    x->setRange(n > 1 ? 0 : -0.5, n > 1 ? n - 1 : 0.5);
    x->setTitleText(bucket == Bucket::Day    ? tr("Day (China time)")
                    : bucket == Bucket::Week ? tr("Week starting (Monday)")
                                             : tr("Month"));
    auto *y = countAxis(tr("Orders"), top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {current, previous}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(
        tr("Order volume: %L1 orders (previous period %L2)").arg(total).arg(previousTotal));
    table.title = chart->title();
    m_tables[size_t(Chart::Volume)] = table;
    connect(current, &QLineSeries::clicked, this,
            [this](const QPointF &p) { drill(Chart::Volume, qRound(p.x())); });
    connect(previous, &QLineSeries::clicked, this, [this](const QPointF &p) {
        Q_EMIT openOrders(ordersInPreviousBucket(m_figures.filter, qRound(p.x())));
    });
}

namespace {

// A horizontal bar chart of `labels` (bottom to top) with one or more sets.
struct BarSpec
{
    QString name;
    QList<double> values;
    QColor colour;
};

QHorizontalBarSeries *horizontalBars(QChart *chart, const QStringList &labels,
                                     const QList<BarSpec> &sets, const QString &valueTitle)
{
    auto *series = new QHorizontalBarSeries;
    double top = 0;
    for (const BarSpec &spec : sets) {
        auto *set = new QBarSet(spec.name);
        for (double v : spec.values) {
            set->append(v);
            top = std::max(top, v);
        }
        set->setColor(spec.colour);
        set->setBorderColor(spec.colour);
        set->setLabelColor(QColor(0x1f, 0x2a, 0x3d));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(sets.size() > 1 ? 0.8 : 0.6);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels.isEmpty() ? QStringList{QString()} : labels);
    y->setTruncateLabels(false); // names are shortened before, never to "…" alone
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    y->setLabelsFont(small);
    auto *x = countAxis(valueTitle, top * 1.1);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(sets.size() > 1);
    return series;
}

} // namespace

void DashboardsWorkspace::showServices()
{
    QChart *chart = m_views[size_t(Chart::Services)]->chart();
    clearChart(chart);
    const QList<CountRow> top = topRows(m_figures.byService, 10);
    QStringList labels;
    QList<double> values;
    DataTable table;
    table.columns = {{tr("Service item"), ExportColumnKind::Text},
                     {tr("Orders"), ExportColumnKind::Integer}};
    for (const CountRow &row : top) {
        labels.append(shortened(row.label));
        values.append(double(row.count));
    }
    for (const CountRow &row : m_figures.byService)
        table.rows.append({row.label, row.count});
    auto *series =
        horizontalBars(chart, labels, {{tr("Orders"), values, Theme::chartColor(3)}}, tr("Orders"));
    chart->setTitle(m_figures.byService.size() > top.size()
                        ? tr("Orders by service item (top %1 of %2)")
                              .arg(top.size())
                              .arg(m_figures.byService.size())
                        : tr("Orders by service item"));
    table.title = tr("Orders by service item");
    m_tables[size_t(Chart::Services)] = table;
    const int count = int(top.size());
    connect(series->barSets().constFirst(), &QBarSet::clicked, this,
            [this, count](int index) { drill(Chart::Services, count - 1 - index); });
}

void DashboardsWorkspace::showDistricts()
{
    QChart *chart = m_views[size_t(Chart::Districts)]->chart();
    clearChart(chart);
    const QList<CountRow> top = topRows(m_figures.byDistrict, 10);
    const bool oneCity = !m_figures.filter.city.isEmpty();
    const auto label = [oneCity](const CountRow &row) -> QString {
        return oneCity ? row.label
                       : cityTitle(row.key.section(QLatin1Char('/'), 0, 0)) +
                             QStringLiteral(" · ") + row.label;
    };
    QStringList labels;
    QList<double> values;
    for (const CountRow &row : top) {
        labels.append(shortened(label(row), 20));
        values.append(double(row.count));
    }
    DataTable table;
    table.title = tr("Orders by district");
    table.columns = {{tr("City"), ExportColumnKind::Text},
                     {tr("District"), ExportColumnKind::Text},
                     {tr("Orders"), ExportColumnKind::Integer}};
    for (const CountRow &row : m_figures.byDistrict)
        table.rows.append(
            {cityTitle(row.key.section(QLatin1Char('/'), 0, 0)), row.label, row.count});
    auto *series =
        horizontalBars(chart, labels, {{tr("Orders"), values, Theme::chartColor(2)}}, tr("Orders"));
    chart->setTitle(m_figures.byDistrict.size() > top.size()
                        ? tr("Orders by district (top %1 of %2)")
                              .arg(top.size())
                              .arg(m_figures.byDistrict.size())
                        : tr("Orders by district"));
    m_tables[size_t(Chart::Districts)] = table;
    const int count = int(top.size());
    connect(series->barSets().constFirst(), &QBarSet::clicked, this,
            [this, count](int index) { drill(Chart::Districts, count - 1 - index); });
}

void DashboardsWorkspace::showFunnel()
{
    QChart *chart = m_views[size_t(Chart::Funnel)]->chart();
    clearChart(chart);
    const Figures &f = m_figures;
    const qint64 stages[] = {f.created, f.paid, f.dispatched, f.completed};
    const QString names[] = {tr("Created"), tr("Paid"), tr("Dispatched"), tr("Completed")};
    QStringList labels;
    QList<double> values;
    DataTable table;
    table.columns = {{tr("Stage"), ExportColumnKind::Text},
                     {tr("Orders"), ExportColumnKind::Integer},
                     {tr("Share of created (%)"), ExportColumnKind::Decimal}};
    for (int i = 3; i >= 0; --i) {
        const double share = f.created ? 100.0 * double(stages[i]) / double(f.created) : 0.0;
        labels.append(QStringLiteral("%1 (%2%)").arg(names[i]).arg(share, 0, 'f', 1));
        values.append(double(stages[i]));
    }
    for (int i = 0; i < 4; ++i)
        table.rows.append(
            {names[i], stages[i], f.created ? 100.0 * double(stages[i]) / double(f.created) : 0.0});
    auto *series =
        horizontalBars(chart, labels, {{tr("Orders"), values, Theme::chartColor(1)}}, tr("Orders"));
    series->setBarWidth(0.75);
    chart->setTitle(tr("Conversion funnel: created → paid → dispatched → completed"));
    table.title = tr("Conversion funnel");
    m_tables[size_t(Chart::Funnel)] = table;
    connect(series->barSets().constFirst(), &QBarSet::clicked, this,
            [this](int index) { drill(Chart::Funnel, 3 - index); });
}

void DashboardsWorkspace::showCustomers()
{
    QChart *chart = m_views[size_t(Chart::Customers)]->chart();
    clearChart(chart);
    const Figures &f = m_figures;
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.7);
    auto *fresh = series->append(
        tr("New: %L1 orders from %L2 customers").arg(f.ordersByNew).arg(f.newCustomers),
        double(f.ordersByNew));
    auto *returning = series->append(tr("Returning: %L1 orders from %L2 customers")
                                         .arg(f.ordersByReturning)
                                         .arg(f.returningCustomers),
                                     double(f.ordersByReturning));
    fresh->setColor(Theme::chartColor(0));
    returning->setColor(Theme::chartColor(3));
    for (QPieSlice *slice : series->slices()) {
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const qint64 customers = f.newCustomers + f.returningCustomers;
    chart->setTitle(tr("Orders per customer: %1 on average (new vs returning)")
                        .arg(customers ? double(f.created) / double(customers) : 0.0, 0, 'f', 2));
    DataTable table;
    table.title = tr("Orders per customer");
    table.columns = {{tr("Customers"), ExportColumnKind::Text},
                     {tr("Customers (count)"), ExportColumnKind::Integer},
                     {tr("Orders"), ExportColumnKind::Integer},
                     {tr("Orders per customer"), ExportColumnKind::Decimal}};
    table.rows.append({tr("New"), f.newCustomers, f.ordersByNew,
                       f.newCustomers ? double(f.ordersByNew) / double(f.newCustomers) : 0.0});
    table.rows.append(
        {tr("Returning"), f.returningCustomers, f.ordersByReturning,
         f.returningCustomers ? double(f.ordersByReturning) / double(f.returningCustomers) : 0.0});
    m_tables[size_t(Chart::Customers)] = table;
    connect(fresh, &QPieSlice::clicked, this, [this] { drill(Chart::Customers, 0); });
    connect(returning, &QPieSlice::clicked, this, [this] { drill(Chart::Customers, 1); });
}

void DashboardsWorkspace::showQuality()
{
    QChart *chart = m_views[size_t(Chart::Quality)]->chart();
    clearChart(chart);
    const Figures &f = m_figures;
    auto *complaints = new QBarSet(tr("Complaints"));
    auto *praise = new QBarSet(tr("Praise (rated 4–5)"));
    complaints->setColor(Theme::chartColor(4));
    praise->setColor(Theme::chartColor(2));
    auto *rating = new QLineSeries;
    rating->setName(tr("Average rating"));
    rating->setPen(QPen(Theme::chartColor(3), 2.5));
    rating->setPointsVisible(true);
    auto *previousRating = new QLineSeries;
    previousRating->setName(tr("Average rating, previous period (dashed)"));
    previousRating->setPen(QPen(Theme::chartColor(0), 2.0, Qt::DashLine));
    QStringList labels;
    double top = 0;
    qint64 totalComplaints = 0, totalPraise = 0;
    DataTable table;
    table.columns = {{tr("Period starting"), ExportColumnKind::Date},
                     {tr("Complaints"), ExportColumnKind::Integer},
                     {tr("Praise"), ExportColumnKind::Integer},
                     {tr("Reviews"), ExportColumnKind::Integer},
                     {tr("Average rating"), ExportColumnKind::Decimal},
                     {tr("Average rating, previous period"), ExportColumnKind::Decimal}};
    for (int i = 0; i < f.quality.size(); ++i) {
        const QualityBucket &q = f.quality[i];
        complaints->append(double(q.complaints));
        praise->append(double(q.praises));
        top = std::max({top, double(q.complaints), double(q.praises)});
        totalComplaints += q.complaints;
        totalPraise += q.praises;
        if (q.reviews)
            rating->append(i, q.averageRating());
        const double before =
            i < f.previousQuality.size() ? f.previousQuality[i].averageRating() : 0.0;
        if (i < f.previousQuality.size() && f.previousQuality[i].reviews)
            previousRating->append(i, before);
        labels.append(i < f.buckets.size() ? bucketLabel(f.buckets[i], f.filter.bucket)
                                           : QString());
        table.rows.append({i < f.buckets.size() ? QVariant(f.buckets[i]) : QVariant(), q.complaints,
                           q.praises, q.reviews, q.averageRating(), before});
    }
    auto *bars = new QBarSeries;
    bars->append(complaints);
    bars->append(praise);
    chart->addSeries(bars);
    chart->addSeries(rating);
    chart->addSeries(previousRating);
    auto *x = new QBarCategoryAxis;
    x->append(labels.isEmpty() ? QStringList{QString()} : labels);
    if (labels.size() > 12)
        x->setLabelsAngle(-90);
    x->setTitleText(f.filter.bucket == Bucket::Day    ? tr("Day (China time)")
                    : f.filter.bucket == Bucket::Week ? tr("Week starting (Monday)")
                                                      : tr("Month"));
    auto *counts = countAxis(tr("Complaints / praise"), top);
    auto *stars = new QValueAxis;
    stars->setRange(0, 5);
    stars->setTickCount(6);
    stars->setLabelFormat(QStringLiteral("%.0f"));
    stars->setTitleText(tr("Average rating (1–5)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(stars, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(counts);
    for (QLineSeries *s : {rating, previousRating}) {
        s->attachAxis(x);
        s->attachAxis(stars);
    }
    chart->legend()->setVisible(true);
    chart->setTitle(totalPraise
                        ? tr("Complaints and praise: %1 complaints per 100 praises")
                              .arg(100.0 * double(totalComplaints) / double(totalPraise), 0, 'f', 1)
                        : tr("Complaints and praise"));
    table.title = chart->title();
    m_tables[size_t(Chart::Quality)] = table;
    connect(complaints, &QBarSet::clicked, this, [this](int index) {
        Q_EMIT openOrders(ordersWithComplaints(m_figures.filter, index));
    });
    connect(praise, &QBarSet::clicked, this, [this](int index) { drill(Chart::Quality, index); });
}

void DashboardsWorkspace::showLeaderboard()
{
    const QList<TechnicianRow> &rows = m_figures.leaderboard;
    m_leaderboard->setRowCount(int(rows.size()));
    DataTable table;
    table.title = tr("Technician leaderboard (completed orders of the period)");
    table.columns = {{tr("Rank"), ExportColumnKind::Integer},
                     {tr("Technician"), ExportColumnKind::Text},
                     {tr("Completed"), ExportColumnKind::Integer},
                     {tr("Average rating"), ExportColumnKind::Decimal},
                     {tr("On time (%)"), ExportColumnKind::Decimal}};
    m_leaderboard->setHorizontalHeaderLabels(table.headers());
    for (int r = 0; r < rows.size(); ++r) {
        const TechnicianRow &t = rows[r];
        const QString ratingText =
            t.reviews ? QStringLiteral("%1 (%L2)").arg(t.averageRating(), 0, 'f', 2).arg(t.reviews)
                      : tr("no reviews");
        const QStringList cells{QString::number(r + 1), t.name,
                                QStringLiteral("%L1").arg(t.completed), ratingText,
                                QStringLiteral("%1%").arg(100.0 * t.onTimeRate(), 0, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_leaderboard->setItem(r, c, item);
        }
        table.rows.append({r + 1, t.name, t.completed,
                           t.reviews ? QVariant(t.averageRating()) : QVariant(),
                           100.0 * t.onTimeRate()});
    }
    m_leaderboardTable = table;
    if (auto *title = findChild<QLabel *>(QStringLiteral("leaderboardTitle")))
        title->setText(table.title + QStringLiteral(" — ") +
                       tr("double-click a row for the orders"));
}

void DashboardsWorkspace::showRefunds()
{
    QChart *chart = m_views[size_t(Chart::Refunds)]->chart();
    clearChart(chart);
    const QList<RefundReason> top = topRows(m_figures.refunds, 8);
    QStringList labels;
    QList<double> values;
    qint64 count = 0, requested = 0, approved = 0;
    DataTable table;
    table.columns = {{tr("Reason"), ExportColumnKind::Text},
                     {tr("Requests"), ExportColumnKind::Integer},
                     {tr("Requested (¥)"), ExportColumnKind::Money},
                     {tr("Approved (¥)"), ExportColumnKind::Money}};
    for (const RefundReason &r : m_figures.refunds) {
        count += r.count;
        requested += r.requestedCents;
        approved += r.approvedCents;
        table.rows.append(
            {refundReasonTitle(r.reason), r.count, r.requestedCents, r.approvedCents});
    }
    for (const RefundReason &r : top) {
        labels.append(shortened(refundReasonTitle(r.reason), 16) + QStringLiteral(" · ") +
                      money(r.requestedCents));
        values.append(double(r.count));
    }
    auto *series = horizontalBars(chart, labels, {{tr("Requests"), values, Theme::chartColor(4)}},
                                  tr("Refund requests"));
    chart->setTitle(tr("Refunds by reason: %L1 requests, %2 requested, %3 approved")
                        .arg(count)
                        .arg(money(requested), money(approved)));
    table.title = chart->title();
    m_tables[size_t(Chart::Refunds)] = table;
    const int shown = int(top.size());
    connect(series->barSets().constFirst(), &QBarSet::clicked, this,
            [this, shown](int index) { drill(Chart::Refunds, shown - 1 - index); });
}

void DashboardsWorkspace::showCoupons()
{
    QChart *chart = m_views[size_t(Chart::Coupons)]->chart();
    clearChart(chart);
    const QList<CouponRow> top = topRows(m_figures.coupons, 8);
    QStringList labels;
    QList<double> issued, orders;
    qint64 discount = 0, brought = 0;
    DataTable table;
    table.columns = {{tr("Coupon"), ExportColumnKind::Identifier},
                     {tr("Campaign"), ExportColumnKind::Text},
                     {tr("Issued"), ExportColumnKind::Integer},
                     {tr("Redeemed"), ExportColumnKind::Integer},
                     {tr("Discount cost (¥)"), ExportColumnKind::Money},
                     {tr("Orders brought"), ExportColumnKind::Integer},
                     {tr("Revenue of those orders (¥)"), ExportColumnKind::Money}};
    for (const CouponRow &c : m_figures.coupons) {
        discount += c.discountCents;
        brought += c.orders;
        table.rows.append({c.couponId, c.campaign, c.issued, c.redeemed, c.discountCents, c.orders,
                           c.revenueCents});
    }
    for (const CouponRow &c : top) {
        labels.append(shortened(c.campaign.isEmpty() ? c.couponId : c.campaign, 14) +
                      QStringLiteral(" · ") + money(c.discountCents));
        issued.append(double(c.issued));
        orders.append(double(c.orders));
    }
    auto *series = horizontalBars(chart, labels,
                                  {{tr("Issued"), issued, Theme::chartColor(1)},
                                   {tr("Orders brought"), orders, Theme::chartColor(3)}},
                                  tr("Coupons / orders"));
    chart->setTitle(tr("Coupon campaigns: discount cost %1, %L2 orders brought")
                        .arg(money(discount))
                        .arg(brought));
    table.title = chart->title();
    m_tables[size_t(Chart::Coupons)] = table;
    const int shown = int(top.size());
    for (QBarSet *set : series->barSets())
        connect(set, &QBarSet::clicked, this,
                [this, shown](int index) { drill(Chart::Coupons, shown - 1 - index); });
}

OrderFilter DashboardsWorkspace::drillDown(Chart chart, int index) const
{
    const Figures &f = m_figures;
    const Filter &filter = f.filter;
    switch (chart) {
    case Chart::Volume:
        return ordersInBucket(filter, index);
    case Chart::Services:
        return index >= 0 && index < f.byService.size()
                   ? ordersOfService(filter, f.byService[index].key)
                   : ordersOf(filter);
    case Chart::Districts:
        return index >= 0 && index < f.byDistrict.size()
                   ? ordersOfDistrict(filter, f.byDistrict[index].key)
                   : ordersOf(filter);
    case Chart::Funnel:
        return index == 0 ? ordersOf(filter) : ordersAtStage(filter, OrderFilter::Stage(index));
    case Chart::Customers:
        return ordersOfCustomers(filter, index == 0 ? OrderFilter::CustomerHistory::New
                                                    : OrderFilter::CustomerHistory::Returning);
    case Chart::Quality:
        return ordersWithPraise(filter, index);
    case Chart::Refunds:
        return index >= 0 && index < f.refunds.size()
                   ? ordersWithRefundReason(filter, f.refunds[index].reason)
                   : ordersOf(filter);
    case Chart::Coupons:
        return index >= 0 && index < f.coupons.size()
                   ? ordersWithCoupon(filter, f.coupons[index].couponId)
                   : ordersOf(filter);
    case Chart::Count:
        break;
    }
    return ordersOf(filter);
}

void DashboardsWorkspace::drill(Chart chart, int index)
{
    if (!m_hasFigures)
        return;
    Q_EMIT openOrders(drillDown(chart, index));
}

QList<QChartView *> DashboardsWorkspace::chartViews() const
{
    QList<QChartView *> views;
    for (int c = 0; c < int(Chart::Count); ++c)
        if (m_finance || (Chart(c) != Chart::Refunds && Chart(c) != Chart::Coupons))
            views.append(m_views[size_t(c)]);
    return views;
}

DataTable DashboardsWorkspace::chartTable(QChartView *view) const
{
    for (int c = 0; c < int(Chart::Count); ++c)
        if (m_views[size_t(c)] == view)
            return m_tables[size_t(c)];
    return {};
}

DataTable DashboardsWorkspace::kpiTable() const
{
    DataTable table;
    table.title = tr("Key figures");
    table.columns = {{tr("Figure"), ExportColumnKind::Text},
                     {tr("Now"), ExportColumnKind::Text},
                     {tr("Before"), ExportColumnKind::Text}};
    for (int k = 0; k < int(Kpi::Count); ++k) {
        if (Kpi(k) == Kpi::RefundsPending && !m_finance)
            continue;
        const KpiValue v = m_figures.kpis[size_t(k)];
        table.rows.append(
            {m_tiles[k]->title->text(), kpiText(Kpi(k), v.current), kpiText(Kpi(k), v.previous)});
    }
    return table;
}

QList<DataTable> DashboardsWorkspace::tables() const
{
    QList<DataTable> all{kpiTable()};
    for (QChartView *view : chartViews())
        all.append(chartTable(view));
    all.append(m_leaderboardTable);
    return all;
}

void DashboardsWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_city) {
        retranslate();
        fillPickers();
        if (m_hasFigures)
            showFigures();
    }
    QWidget::changeEvent(event);
}

void DashboardsWorkspace::retranslate()
{
    const bool updating = m_updatingControls;
    m_updatingControls = true;
    fillCustomerTypePicker(m_customerType);
    const int preset = m_preset->count() ? m_preset->currentIndex() : 2;
    m_preset->clear();
    m_preset->addItems({tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("This month"),
                        tr("Last 90 days"), tr("Last 12 months"), tr("Custom range")});
    m_preset->setCurrentIndex(preset);
    const int bucket = std::max(0, m_bucket->currentIndex());
    m_bucket->clear();
    m_bucket->addItems({tr("Automatic"), tr("By day"), tr("By week"), tr("By month")});
    m_bucket->setCurrentIndex(bucket);
    m_updatingControls = updating;
    m_preset->setToolTip(
        tr("Days are business days in China time (UTC+8), as the server counts them."));
    DashboardExport::fillMenu(this);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the charts and their numbers"));
    static const char *titles[] = {QT_TR_NOOP("Orders today"),
                                   QT_TR_NOOP("Awaiting dispatch"),
                                   QT_TR_NOOP("In service"),
                                   QT_TR_NOOP("Overdue"),
                                   QT_TR_NOOP("Active technicians"),
                                   QT_TR_NOOP("On-time rate"),
                                   QT_TR_NOOP("Refund requests pending"),
                                   QT_TR_NOOP("Revenue today")};
    for (int k = 0; k < m_tiles.size(); ++k)
        m_tiles[k]->title->setText(tr(titles[k]));
    m_tabs->setTabText(0, tr("Orders"));
    m_tabs->setTabText(1, tr("Customers and service"));
    m_tabs->setTabText(2, tr("Refunds and coupons"));
    if (m_heatMap)
        m_tabs->setTabText(m_tabs->indexOf(m_heatMap), tr("Heat map"));
}

} // namespace OpsDesk
