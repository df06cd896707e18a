// The dashboards' hot-area heat map on a cache synced from the real server:
// the count shown is the cache's count of the filter's orders, the service
// item and the shared filter change it, the squares add up, a click on a
// square names its orders.
#include "ui/dashboards/DashboardHeatMap.h"
#include "models/geo/WebMercator.h"
#include "services/cache/CacheDatabase.h"
#include "services/orders/OrderCache.h"
#include "ui/map/MapView.h"

#include "common/SyncedDemo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

using namespace OpsDesk;

namespace {

class DashboardHeatMapTest : public TestSupport::SyncedDemoSuite
{
protected:
    void SetUp() override
    {
        SyncedDemoSuite::SetUp();
        ASSERT_TRUE(m_db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
    }

    // Orders with a position, counted straight from the cache.
    qint64 located(const QString &where, const QVariantList &values = {})
    {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE lat IS NOT NULL AND lng IS "
                                     "NOT NULL") +
                      (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    std::unique_ptr<DashboardHeatMap> heatMap()
    {
        auto widget = std::make_unique<DashboardHeatMap>();
        widget->resize(1100, 700);
        widget->show();
        widget->setCachePath(env->cachePath);
        return widget;
    }

    CacheDatabase m_db;
};

void keepGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPSDESK_TEST_KEEP_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_F(DashboardHeatMapTest, TheCountIsTheCachesAndFollowsTheServiceItem)
{
    auto widget = heatMap();
    widget->setPeriod({}, {}); // all time
    ASSERT_TRUE(widget->waitForData());
    const qint64 all = located(QString());
    ASSERT_GT(all, 100);
    EXPECT_EQ(widget->shownOrders(), all);
    auto *count = widget->findChild<QLabel *>(QStringLiteral("heatCount"));
    ASSERT_TRUE(count);
    EXPECT_TRUE(count->text().contains(QLocale().toString(all))) << count->text().toStdString();
    // The map was fitted to the orders: every one of them is in the grid.
    EXPECT_EQ(widget->map()->heatGrid().points, all);
    EXPECT_FALSE(widget->map()->heatStepThresholds().empty());

    // Another service item through the picker.
    auto *service = widget->findChild<QComboBox *>(QStringLiteral("heatServiceItem"));
    ASSERT_TRUE(service);
    ASSERT_GT(service->count(), 2) << "the service items were loaded";
    service->setCurrentIndex(1);
    const QString item = service->currentData().toString();
    ASSERT_TRUE(widget->waitForData());
    const qint64 ofItem = located(QStringLiteral("service_item_id = ?"), {item});
    EXPECT_EQ(widget->filter().serviceItemId, item);
    EXPECT_EQ(widget->shownOrders(), ofItem);
    EXPECT_NE(ofItem, all);
    EXPECT_GT(ofItem, 0);
    service->setCurrentIndex(2);
    ASSERT_TRUE(widget->waitForData());
    EXPECT_EQ(widget->shownOrders(),
              located(QStringLiteral("service_item_id = ?"), {service->currentData()}));
    keepGrab(widget.get(), QStringLiteral("heat-map-item.png"));

    // A period typed backwards is said, and shows nothing until it is fixed.
    auto *from = widget->findChild<QDateEdit *>(QStringLiteral("heatFrom"));
    auto *to = widget->findChild<QDateEdit *>(QStringLiteral("heatTo"));
    ASSERT_TRUE(from && to);
    widget->setPeriod(QDate::currentDate().addDays(-30), QDate::currentDate());
    ASSERT_TRUE(widget->waitForData());
    from->setDate(QDate::currentDate().addDays(5));
    ASSERT_TRUE(widget->waitForData());
    EXPECT_EQ(widget->shownOrders(), 0);
    EXPECT_TRUE(widget->countText().contains(QStringLiteral("ends before it begins")))
        << widget->countText().toStdString();
    EXPECT_EQ(from->date(), QDate::currentDate().addDays(5)) << "what was typed stays";
    from->setDate(QDate::currentDate().addDays(-365));
    ASSERT_TRUE(widget->waitForData());
    EXPECT_GT(widget->shownOrders(), 0);
    EXPECT_FALSE(widget->countText().contains(QStringLiteral("ends before")));
}

TEST_F(DashboardHeatMapTest, TheSharedFilterIsTheOrdersWorkspaceCount)
{
    auto widget = heatMap();
    // A city, a customer type and the last 90 days, as the dashboard sets them.
    QSqlQuery cities(m_db.database());
    ASSERT_TRUE(cities.exec(QStringLiteral("SELECT city, count(*) c FROM orders GROUP BY city "
                                           "ORDER BY c DESC LIMIT 1")) &&
                cities.next());
    const QString city = cities.value(0).toString();
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-89);
    widget->setFilter(city, QString(), QString(), QStringLiteral("consumer"), from, to);
    ASSERT_TRUE(widget->waitForData());
    OrderFilter expected;
    expected.city = city;
    expected.customerType = QStringLiteral("consumer");
    expected.from = from;
    expected.to = to;
    EXPECT_EQ(widget->filter(), expected);
    // The orders workspace's own count of the same filter (what a drill-down
    // shows); every demo order has a position.
    OrderCache orders;
    ASSERT_TRUE(orders.open(env->cachePath, nullptr));
    const qint64 matching = orders.count(expected);
    EXPECT_GT(matching, 0);
    EXPECT_EQ(widget->matchingOrders(), matching);
    EXPECT_EQ(widget->shownOrders(), qint64(orders.positions(expected).size()));
    EXPECT_EQ(widget->shownOrders(),
              located(QStringLiteral("city = ? AND customer_type = 'consumer' AND created_at >= ? "
                                     "AND created_at < ?"),
                      {city, QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODate),
                       QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate)}));
    // The period picker shows the preset the range is.
    auto *period = widget->findChild<QComboBox *>(QStringLiteral("heatPeriod"));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->currentIndex(), 2); // last 90 days

    // The squares add up to the orders shown.
    const HeatGrid &grid = widget->map()->heatGrid();
    double sum = 0;
    for (float d : grid.density)
        sum += d;
    EXPECT_EQ(qint64(std::lround(sum)), widget->shownOrders());

    // A click on the busiest square names its count and the filter.
    int best = 0;
    for (int i = 1; i < int(grid.density.size()); ++i)
        if (grid.density[size_t(i)] > grid.density[size_t(best)])
            best = i;
    const QRectF cell = grid.cellRect(best % grid.columns, best / grid.columns);
    MapView *map = widget->map();
    const GeoPoint centre =
        map->fromDisplay(WebMercator::fromWorldPixel(cell.center(), map->zoom()));
    const QPoint at = map->toWidget(centre).toPoint();
    ASSERT_TRUE(map->rect().contains(at));
    // Hovering says how many orders the square holds.
    QHelpEvent help(QEvent::ToolTip, at, map->mapToGlobal(at));
    QCoreApplication::sendEvent(map, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QString::number(int(grid.peak))))
        << QToolTip::text().toStdString();
    QSignalSpy clicked(widget.get(), &DashboardHeatMap::cellClicked);
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<OrderFilter>(), expected);
    EXPECT_EQ(clicked.at(0).at(2).toInt(), int(grid.peak));
    const auto bounds = clicked.at(0).at(1).value<GeoRect>();
    int inside = 0;
    for (const GeoPoint &p : orders.positions(expected))
        inside += bounds.contains(p) ? 1 : 0;
    EXPECT_EQ(inside, int(grid.peak));
    keepGrab(widget.get(), QStringLiteral("heat-map.png"));
}

TEST(DashboardHeatMap, ACacheThatCannotBeReadIsSaidAndShowsNothing)
{
    QTemporaryDir dir;
    DashboardHeatMap widget;
    widget.resize(900, 600);
    widget.show();
    widget.setCachePath(dir.filePath(QStringLiteral("missing/cache.sqlite")));
    ASSERT_TRUE(widget.waitForData());
    EXPECT_EQ(widget.shownOrders(), 0);
    EXPECT_TRUE(widget.countText().contains(QStringLiteral("could not be read")))
        << widget.countText().toStdString();
    EXPECT_TRUE(widget.map()->heatStepThresholds().empty());
    // No cache at all: nothing, quietly.
    widget.setCachePath(QString());
    ASSERT_TRUE(widget.waitForData());
    EXPECT_EQ(widget.shownOrders(), 0);
    EXPECT_FALSE(widget.countText().contains(QStringLiteral("could not be read")));
}
