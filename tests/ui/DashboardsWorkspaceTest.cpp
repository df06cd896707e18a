// The dashboards workspace on a cache synced from the real server (admin):
// it fills with the demo's figures, a filter change recomputes them on the
// worker, and a click on a bar opens the orders workspace on exactly the
// charted orders.
#include "ui/dashboards/DashboardsWorkspace.h"
#include "common/SyncedDemo.h"
#include "models/Role.h"
#include "models/orders/OrdersTableModel.h"
#include "ui/dashboards/DashboardExport.h"
#include "ui/dashboards/DashboardHeatMap.h"
#include "ui/orders/OrdersWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class DashboardsWorkspaceTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite() { startSuite(QStringLiteral("admin")); }

    // Waits until the workspace shows the figures of its current filter.
    static bool settle(DashboardsWorkspace &w, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && (w.isBusy() || !w.hasFigures()))
            QTest::qWait(20);
        QApplication::processEvents();
        return w.hasFigures() && !w.isBusy();
    }
};

} // namespace

TEST_F(DashboardsWorkspaceTest, FillsWithTheDemoFigures)
{
    DashboardsWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1500, 950);
    w.show();
    ASSERT_TRUE(settle(w));
    const Dashboard::Figures &f = w.figures();
    EXPECT_GT(f.created, 0);
    EXPECT_GT(f.completed, 0);
    EXPECT_FALSE(f.byService.isEmpty());
    EXPECT_FALSE(f.leaderboard.isEmpty());
    qint64 volume = 0;
    for (qint64 v : f.volume)
        volume += v;
    EXPECT_EQ(volume, f.created);
    // Every chart (refunds and coupons too, for an admin) has a title and data.
    ASSERT_EQ(w.chartViews().size(), int(DashboardsWorkspace::Chart::Count));
    for (QChartView *view : w.chartViews()) {
        EXPECT_FALSE(view->chart()->title().isEmpty()) << qPrintable(view->objectName());
        EXPECT_FALSE(view->chart()->series().isEmpty()) << qPrintable(view->objectName());
        const DataTable table = w.chartTable(view);
        EXPECT_FALSE(table.headers().isEmpty()) << qPrintable(view->objectName());
        EXPECT_FALSE(table.rows.isEmpty()) << qPrintable(view->objectName());
    }
    EXPECT_GT(w.leaderboard()->rowCount(), 0);
    EXPECT_EQ(w.tables().size(), w.chartViews().size() + 2); // + KPIs and the leaderboard
    // The tiles say how much changed with an arrow and a sign, not by colour only.
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    int changes = 0;
    for (const QLabel *label : labels)
        if (label->text().contains(QStringLiteral("vs ")))
            ++changes;
    EXPECT_GE(changes, 7);
    // OPSDESK_TEST_GRAB_DIR: a picture of every tab, to look at.
    if (const QString grabs = qEnvironmentVariable("OPSDESK_TEST_GRAB_DIR"); !grabs.isEmpty())
        for (int tab = 0; tab < w.tabs()->count(); ++tab) {
            w.tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            w.grab().save(grabs + QStringLiteral("/dashboards-tab%1.png").arg(tab));
        }
    // The exports are in the menu and the heat map has its tab.
    ASSERT_NE(w.exportMenu(), nullptr);
    EXPECT_NE(w.exportMenu()->findChild<QAction *>(QStringLiteral("dashboardExportPdf")), nullptr);
    EXPECT_NE(w.exportMenu()->findChild<QAction *>(QStringLiteral("dashboardExportXlsx")), nullptr);
    EXPECT_NE(w.findChild<DashboardHeatMap *>(), nullptr);
    const int tabs = w.tabs()->count();
    w.setHeatMapWidget(new QLabel(QStringLiteral("map")));
    EXPECT_EQ(w.tabs()->count(), tabs); // replaced, not added
}

// The Export menu's report and workbook, and the heat map following the
// shared filter.
TEST_F(DashboardsWorkspaceTest, ExportsTheReportAndTheFigures)
{
    DashboardsWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1500, 950);
    w.show();
    ASSERT_TRUE(settle(w));
    auto *heat = w.findChild<DashboardHeatMap *>();
    ASSERT_NE(heat, nullptr);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && heat->filter().from != w.dashboardFilter().from)
        QTest::qWait(20);
    EXPECT_EQ(heat->filter().from, w.dashboardFilter().from);
    EXPECT_EQ(heat->filter().to, w.dashboardFilter().to);

    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(DashboardExport::writeReport(&w, pdf, &error)) << qPrintable(error);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    if (const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        !pdftoppm.isEmpty()) {
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                                pdf, dir.filePath(QStringLiteral("page"))});
        ASSERT_TRUE(render.waitForFinished(60000));
        EXPECT_EQ(render.exitCode(), 0);
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files);
        EXPECT_GE(pages.size(), 4) << "KPIs and eight charts, two a page";
    }

    const QString xlsx = dir.filePath(QStringLiteral("figures.xlsx"));
    ASSERT_TRUE(DashboardExport::writeFigures(&w, xlsx, &error)) << qPrintable(error);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK");

    // A folder that does not exist: a sentence, nothing written.
    const QString missing = dir.filePath(QStringLiteral("nope/report.pdf"));
    EXPECT_FALSE(DashboardExport::writeReport(&w, missing, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(DashboardsWorkspaceTest, ChangingAFilterRecomputes)
{
    DashboardsWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1500, 950);
    w.show();
    ASSERT_TRUE(settle(w));
    const qint64 all = w.figures().created;
    auto *type = w.findChild<QComboBox *>(QStringLiteral("dashboardCustomerType"));
    ASSERT_NE(type, nullptr);
    QSignalSpy refreshed(&w, &DashboardsWorkspace::refreshed);
    type->setCurrentIndex(type->findData(QStringLiteral("business")));
    EXPECT_TRUE(w.isBusy()); // debounced, then on the worker
    ASSERT_TRUE(refreshed.wait(30000));
    ASSERT_TRUE(settle(w));
    EXPECT_EQ(w.figures().filter.customerType, QStringLiteral("business"));
    EXPECT_GT(w.figures().created, 0);
    EXPECT_LT(w.figures().created, all);

    auto *preset = w.findChild<QComboBox *>(QStringLiteral("dashboardPreset"));
    ASSERT_NE(preset, nullptr);
    preset->setCurrentIndex(5); // last 12 months: by month
    ASSERT_TRUE(refreshed.wait(30000));
    ASSERT_TRUE(settle(w));
    EXPECT_EQ(w.figures().filter.bucket, Dashboard::Bucket::Month);
    EXPECT_GE(w.figures().buckets.size(), 12);
}

TEST_F(DashboardsWorkspaceTest, ClickingABarOpensExactlyItsOrders)
{
    DashboardsWorkspace w(env->staff, env->cachePath, env->sync.get());
    OrdersWorkspace orders(env->staff, env->cachePath, env->sync.get());
    QObject::connect(&w, &DashboardsWorkspace::openOrders, &orders, &OrdersWorkspace::showFilter);
    QSignalSpy opened(&w, &DashboardsWorkspace::openOrders);
    w.resize(1500, 950);
    w.show();
    ASSERT_TRUE(settle(w));
    const Dashboard::Figures f = w.figures();
    ASSERT_FALSE(f.byService.isEmpty());

    // A real click on a bar of "orders by service item" (the largest on top).
    QChartView *view = w.chartView(DashboardsWorkspace::Chart::Services);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(200); // the chart lays its series out
    QChart *chart = view->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().constFirst());
    ASSERT_NE(series, nullptr);
    QBarSet *set = series->barSets().constFirst();
    const int bars = int(set->count());
    int clicked = -1;
    QObject::connect(set, &QBarSet::clicked, [&clicked](int index) { clicked = index; });
    const QRectF plot = chart->plotArea();
    for (int y = int(plot.top()) + 2; clicked < 0 && y < plot.bottom(); y += 4) {
        const QPoint at = view->mapFromScene(chart->mapToScene(QPointF(plot.left() + 6, y)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }
    ASSERT_GE(clicked, 0);
    ASSERT_EQ(opened.count(), 1);
    const Dashboard::CountRow &row = f.byService.at(bars - 1 - clicked);
    EXPECT_EQ(set->at(clicked), double(row.count)); // the bar shows that count
    EXPECT_EQ(orders.filter().serviceItemId, row.key);
    EXPECT_EQ(orders.model()->rowCount(), row.count);

    // The funnel's "completed" bar, the returning customers' slice.
    const OrderFilter completed = w.drillDown(DashboardsWorkspace::Chart::Funnel, 3);
    orders.showFilter(completed);
    EXPECT_EQ(orders.model()->rowCount(), f.completed);
    EXPECT_EQ(orders.filter(), completed); // the criteria without controls stay
    auto *pie = qobject_cast<QPieSeries *>(
        w.chartView(DashboardsWorkspace::Chart::Customers)->chart()->series().constFirst());
    ASSERT_NE(pie, nullptr);
    Q_EMIT pie->slices().at(1)->clicked();
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(orders.model()->rowCount(), f.ordersByReturning);
    // "Remove" drops the dashboard's criteria and keeps the rest.
    auto *remove = orders.findChild<QWidget *>(QStringLiteral("clearDrillDown"));
    ASSERT_NE(remove, nullptr);
    EXPECT_TRUE(remove->isVisibleTo(&orders));
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(orders.filter().customers, OrderFilter::CustomerHistory::Any);
    EXPECT_EQ(orders.filter().from, f.filter.from);
}

TEST(DashboardsWorkspaceAlone, WithoutACacheItSaysSoAndShowsNothing)
{
    QTemporaryDir dir;
    Staff staff;
    staff.id = QStringLiteral("ST0001");
    staff.roles = {Role::Admin};
    DashboardsWorkspace w(staff, dir.filePath(QStringLiteral("none/cache.sqlite")), nullptr);
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && w.isBusy())
        QTest::qWait(20);
    EXPECT_FALSE(w.hasFigures());
    auto *status = w.findChild<QLabel *>(QStringLiteral("dashboardStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("No figures yet")))
        << qPrintable(status->text());
    // A click on an empty chart's tile opens nothing it cannot count.
    EXPECT_EQ(w.chartTable(DashboardsWorkspace::Chart::Volume).rows.size(), 0);
}
