// dashboard.heat_map_1m: with the 1,000,000 orders of the reference server
// synced into a console cache (Bench::syncedClientCache), the time from a
// filter change in the dashboards' heat map (DashboardHeatMap::setFilter) to
// the heat layer being coloured and painted: the positions read in its worker
// (its own read-only connection), the grid computed, the frame drawn. The
// filters cycle through a year of one city, a year of one city and one
// service item, 90 days of every city, and a year of one district.
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "ui/dashboards/DashboardHeatMap.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QElapsedTimer>

#include <memory>

using namespace OpsDesk;

namespace {

struct HeatMapBench
{
    struct Filter
    {
        QString city, district, item;
        int days = 365;
    };
    std::unique_ptr<DashboardHeatMap> widget;
    QList<Filter> filters;
    int next = 0;
    bool ok = false;

    HeatMapBench()
    {
        const QString path = Bench::syncedClientCache();
        if (path.isEmpty())
            return;
        widget = std::make_unique<DashboardHeatMap>();
        widget->resize(1400, 850);
        widget->show();
        widget->setCachePath(path);
        if (!widget->waitForData(120000))
            return;
        const QString city = QStringLiteral("shanghai");
        const QString district =
            Bench::sampleValue(path, QStringLiteral("SELECT district FROM orders WHERE city = "
                                                    "'shanghai' LIMIT 1 OFFSET 1000"));
        const QString item = Bench::sampleValue(
            path, QStringLiteral("SELECT service_item_id FROM orders LIMIT 1 OFFSET 5000"));
        filters = {{city, {}, {}, 365},
                   {city, {}, item, 365},
                   {{}, {}, {}, 90},
                   {city, district, {}, 365}};
        ok = true;
    }

    double refresh()
    {
        if (!ok)
            return -1;
        const Filter &f = filters.at(next++ % filters.size());
        const QDate today = QDate::currentDate();
        QElapsedTimer clock;
        clock.start();
        widget->setFilter(f.city, f.district, f.item, {}, today.addDays(1 - f.days), today);
        if (!widget->waitForData(120000))
            return -1;
        widget->map()->repaint();
        return double(clock.nsecsElapsed()) / 1e6;
    }
};

HeatMapBench &bench()
{
    static HeatMapBench b;
    return b;
}

} // namespace

OPSDESK_BENCHMARK(
        .name = QStringLiteral("dashboard.heat_map_1m"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "1,000,000 synced orders: a filter change in the dashboards' heat map until the "
            "orders' squares are coloured and painted"),
        .repetitions = 12, .run = [] { return bench().refresh(); });
