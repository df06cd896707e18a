// orders.filter_first_rows: with the 1,000,000 orders of the reference
// server synced into a console cache (Bench::syncedClientCache), the time from
// a filter change in the real orders workspace to its table having painted
// the first screen of rows (offscreen platform; the paint is forced with
// repaint(), so it is in the measurement). Filters cycle through the kinds a
// dispatcher uses: status, city, city + district, service item, customer type
// + date range, technician, complaint, overdue, free text, and none.
//
// orders.status_counts: the per-status counts the filter bar shows, which the
// workspace computes right after the table has painted.
//
// ui.startup_1m: opsdesk-startup-probe (bench/StartupProbe.cpp) started on
// that cache, from the process's start until it reports the window
// interactive (first rows painted, queued work done). The file is in the page
// cache (a warm start: the cache was just used).
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "models/Role.h"
#include "models/Staff.h"
#include "models/orders/OrdersTableModel.h"
#include "services/core/AppPaths.h"
#include "services/orders/OrderCache.h"
#include "ui/orders/OrdersWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>

#include <cstdio>
#include <memory>

using namespace OpsDesk;

namespace {

struct FilterBench
{
    std::unique_ptr<OrdersWorkspace> workspace;
    OrderCache counts;
    QList<OrderFilter> filters;
    int next = 0;
    int nextCount = 0;
    bool ok = false;

    FilterBench()
    {
        const QString path = Bench::syncedClientCache();
        QString error;
        if (path.isEmpty() || !counts.open(path, &error))
            return;
        Staff staff;
        staff.id = QStringLiteral("ST0002");
        staff.roles = {Role::Dispatcher};
        workspace = std::make_unique<OrdersWorkspace>(staff, path, nullptr);
        workspace->resize(1400, 850);
        workspace->show();
        QApplication::processEvents();

        const QString city = QStringLiteral("shanghai");
        const QString district = Bench::sampleValue(
            path, QStringLiteral("SELECT district FROM orders WHERE city = 'shanghai' "
                                 "LIMIT 1 OFFSET 1000"));
        const QString item = Bench::sampleValue(
            path, QStringLiteral("SELECT service_item_id FROM orders LIMIT 1 OFFSET 5000"));
        const QString technician = Bench::sampleValue(
            path, QStringLiteral("SELECT technician_id FROM orders WHERE technician_id "
                                 "<> '' LIMIT 1 OFFSET 20000"));
        const QString road = Bench::sampleValue(
            path, QStringLiteral("SELECT substr(address, 4, 4) FROM orders LIMIT 1 OFFSET 777"));
        auto add = [this](auto change) {
            OrderFilter filter;
            change(filter);
            filters.append(filter);
        };
        add([](OrderFilter &f) { f.statuses = {QStringLiteral("awaiting_dispatch")}; });
        add([&](OrderFilter &f) { f.city = city; });
        add([&](OrderFilter &f) {
            f.city = city;
            f.district = district;
        });
        add([&](OrderFilter &f) { f.serviceItemId = item; });
        add([](OrderFilter &f) {
            f.customerType = QStringLiteral("business");
            f.from = QDate::currentDate().addDays(-60);
            f.to = QDate::currentDate().addDays(-31);
        });
        add([&](OrderFilter &f) { f.technicianId = technician; });
        add([](OrderFilter &f) { f.hasComplaint = true; });
        add([](OrderFilter &f) { f.overdue = true; });
        add([&](OrderFilter &f) { f.text = road; });
        add([&](OrderFilter &f) {
            f.city = city;
            f.statuses = {QStringLiteral("completed")};
            f.dateField = OrderFilter::DateField::Appointment;
            f.from = QDate::currentDate().addDays(-120);
            f.to = QDate::currentDate().addDays(-30);
        });
        add([](OrderFilter &) {});
        ok = true;
    }

    double filterFirstRows()
    {
        if (!ok)
            return -1;
        const OrderFilter filter = filters.at(next++ % filters.size());
        QElapsedTimer timer;
        timer.start();
        workspace->setFilter(filter);
        workspace->table()->viewport()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("OPSDESK_BENCH_VERBOSE"))
            std::fprintf(stderr, "  filter %d: %.1f ms, %d rows (%s)\n",
                         (next - 1) % int(filters.size()), ms, workspace->model()->rowCount(),
                         QJsonDocument(workspace->filter().toJson())
                             .toJson(QJsonDocument::Compact)
                             .constData());
        // The deferred per-status counts run before the next change, as for a user.
        QApplication::processEvents();
        return ms;
    }

    double statusCounts()
    {
        if (!ok)
            return -1;
        const OrderFilter filter = filters.at(nextCount++ % filters.size());
        QElapsedTimer timer;
        timer.start();
        counts.statusCounts(filter);
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

FilterBench &bench()
{
    // Never destroyed: its widgets must not outlive the QApplication, which
    // ends before static objects do.
    static auto *instance = new FilterBench;
    return *instance;
}

double startup()
{
    const QString path = Bench::syncedClientCache();
    if (path.isEmpty())
        return -1;
    QProcess probe;
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    probe.start(AppPaths::siblingProgram(QStringLiteral("opsdesk-startup-probe")),
                {path, QStringLiteral("zh_CN")});
    QByteArray out;
    while (!out.contains("interactive ") && probe.state() != QProcess::NotRunning &&
           clock.elapsed() < 70000) {
        probe.waitForReadyRead(100);
        out += probe.readAllStandardOutput();
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.waitForFinished(10000);
    if (!out.contains("interactive ")) {
        std::fprintf(stderr, "ui bench: the probe did not report an interactive window\n");
        return -1;
    }
    return seconds;
}

} // namespace

OPSDESK_BENCHMARK(
        .name = QStringLiteral("orders.filter_first_rows"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "1,000,000 synced orders: a filter change in the orders workspace until its table "
            "has painted the first screen of rows"),
        .repetitions = 55, .run = [] { return bench().filterFirstRows(); });
OPSDESK_BENCHMARK(
        .name = QStringLiteral("orders.status_counts"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "1,000,000 synced orders: the per-status counts of a filter (computed after the "
            "table has painted)"),
        .repetitions = 22, .run = [] { return bench().statusCounts(); });
OPSDESK_BENCHMARK(
        .name = QStringLiteral("ui.startup_1m"), .unit = QStringLiteral("s"),
        .description = QStringLiteral(
            "1,000,000 synced orders: process start until the orders workspace has painted its "
            "first rows and is interactive (offline start, warm file cache)"),
        .repetitions = 7, .run = startup);
