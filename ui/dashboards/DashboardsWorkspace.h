#pragma once

#include "models/Staff.h"
#include "models/dashboard/DashboardFigures.h"
#include "models/export/DataTable.h"
#include "models/orders/OrderFilter.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QWidget>

#include <array>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace OpsDesk {

class OrderCache;
class SyncSession;
class KpiTile;

// What the worker hands back: the figures, or why there are none.
struct DashboardResult
{
    Dashboard::Figures figures;
    QString error;
};

// The dashboards (数据分析看板): a filter bar shared by every chart (city,
// district, service item, customer type, date range with presets, bucket),
// the KPI tiles with their change against the period before, and the
// charts — order volume with the previous period dashed, orders by service
// item and by district, the funnel, new vs returning customers, complaints
// and praise with the average rating, refunds by reason, coupon campaigns
// and the technicians' leaderboard.
//
// The figures are computed from the local cache by DashboardQueries on a
// worker thread (QtConcurrent) after the filter or the cache changed
// (debounced); the GUI never waits. Clicking a bar, slice, point, tile or
// leaderboard row emits openOrders() with the orders it counts.
class DashboardsWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum class Chart
    {
        Volume,
        Services,
        Districts,
        Funnel,
        Customers,
        Quality,
        Refunds,
        Coupons,
        Count
    };

    DashboardsWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                        QWidget *parent = nullptr);
    ~DashboardsWorkspace() override;

    Dashboard::Filter dashboardFilter() const;
    void setDashboardFilter(const Dashboard::Filter &filter);
    // The figures shown; valid once hasFigures().
    const Dashboard::Figures &figures() const { return m_figures; }
    bool hasFigures() const { return m_hasFigures; }
    // True while a computation runs or one is due.
    bool isBusy() const;
    // Recomputes now (no debounce).
    void refresh();

    // Every chart (for exports: PNG/SVG of each, a PDF of the whole), and
    // the numbers behind a chart or the leaderboard.
    QList<QChartView *> chartViews() const;
    QChartView *chartView(Chart chart) const { return m_views[size_t(chart)]; }
    DataTable chartTable(Chart chart) const { return m_tables[size_t(chart)]; }
    DataTable chartTable(QChartView *view) const;
    DataTable leaderboardTable() const { return m_leaderboardTable; }
    DataTable kpiTable() const;
    // Every table above, in the dashboard's order.
    QList<DataTable> tables() const;
    QTableWidget *leaderboard() const { return m_leaderboard; }

    // Where exports plug in: the toolbar's "Export" button opens this menu.
    QMenu *exportMenu() const { return m_exportMenu; }
    // Where the hot-area heat map plugs in: a tab of its own.
    void setHeatMapWidget(QWidget *widget);
    QTabWidget *tabs() const { return m_tabs; }

    // The drill-down of a chart element (as a click would emit it).
    OrderFilter drillDown(Chart chart, int index) const;

Q_SIGNALS:
    // New figures are on screen.
    void refreshed();
    // The orders a clicked element counts; the orders workspace shows them.
    void openOrders(const OrderFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilterBar();
    void buildCharts();
    void retranslate();
    void reopen();
    void fillPickers();
    void fillDistricts();
    void applyPreset();
    void scheduleRefresh();
    void startComputation();
    void showFigures();
    void showKpis();
    void showVolume();
    void showServices();
    void showDistricts();
    void showFunnel();
    void showCustomers();
    void showQuality();
    void showRefunds();
    void showCoupons();
    void showLeaderboard();
    void drill(Chart chart, int index);

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    bool m_finance = false;
    std::unique_ptr<OrderCache> m_names; // pickers' values and names
    bool m_updatingControls = false;

    QComboBox *m_city = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_customerType = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_bucket = nullptr;
    QToolButton *m_export = nullptr;
    QMenu *m_exportMenu = nullptr;
    QLabel *m_status = nullptr;
    QList<KpiTile *> m_tiles;
    QTabWidget *m_tabs = nullptr;
    QList<QWidget *> m_pages;
    QWidget *m_heatMap = nullptr;
    std::array<QChartView *, size_t(Chart::Count)> m_views{};
    std::array<DataTable, size_t(Chart::Count)> m_tables{};
    QTableWidget *m_leaderboard = nullptr;
    DataTable m_leaderboardTable;

    QTimer m_debounce;
    QFutureWatcher<DashboardResult> m_watcher;
    bool m_running = false; // until its result is shown
    bool m_again = false;   // the filter or the cache changed during a run
    Dashboard::Figures m_figures;
    bool m_hasFigures = false;
};

} // namespace OpsDesk
