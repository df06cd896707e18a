// dashboard.refresh_1m (and _city, filtered to Shanghai): with the 1,000,000 orders of the
// reference server synced into a console cache (Bench::syncedClientCache, the dispatcher's), the
// time to recompute every figure of the dashboards for one year — what the workspace's worker does
// after a filter change: open a read-only connection, the KPI tiles, the period's and the previous
// period's passes, quality, refunds and coupons.
//
// The shared cache may have been made by an older console (an earlier
// schema): a copy of it, migrated once, is kept beside it, so the other
// benchmarks' file is never changed.
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "services/cache/CacheDatabase.h"
#include "services/dashboard/DashboardQueries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

using namespace OpsDesk;

namespace {

QString migratedCache()
{
    static QString made;
    if (!made.isEmpty())
        return made;
    const QString shared = Bench::syncedClientCache();
    if (shared.isEmpty())
        return {};
    const QString path = QFileInfo(shared).dir().filePath(
        QStringLiteral("client-dispatcher-1m-schema%1.sqlite").arg(CacheDatabase::latestVersion()));
    const QString marker = path + QStringLiteral(".complete");
    if (QFile::exists(marker) && QFile::exists(path))
        return made = path;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    std::fprintf(stderr, "dashboard bench: copying and migrating %s (once)\n", qPrintable(shared));
    if (!QFile::copy(shared, path)) {
        std::fprintf(stderr, "dashboard bench: cannot copy the cache\n");
        return {};
    }
    QElapsedTimer clock;
    clock.start();
    {
        CacheDatabase cache;
        QString error;
        if (!cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) {
            std::fprintf(stderr, "dashboard bench: %s\n", qPrintable(error));
            return {};
        }
    }
    std::fprintf(stderr, "dashboard bench: migrated in %.0f s\n", double(clock.elapsed()) / 1000);
    QFile complete(marker);
    if (!complete.open(QIODevice::WriteOnly))
        return {};
    return made = path;
}

double refreshYear(const QString &city)
{
    const QString path = migratedCache();
    if (path.isEmpty())
        return -1;
    Dashboard::Filter filter;
    filter.city = city;
    filter.now = QDateTime::currentDateTimeUtc();
    filter.to = Dashboard::businessDay(filter.now);
    filter.from = filter.to.addYears(-1).addDays(1);
    filter.bucket = Dashboard::bucketFor(filter.from, filter.to);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    timespec threadStart{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &threadStart);
    DashboardQueries queries;
    QString error;
    Dashboard::Figures figures;
    if (!queries.open(path, &error) || !queries.compute(filter, &figures)) {
        std::fprintf(stderr, "dashboard bench: %s\n",
                     qPrintable(error.isEmpty() ? queries.error() : error));
        return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("OPSDESK_BENCH_VERBOSE")) {
        // On a busy machine the wall time waits for the processor: the CPU
        // time of each thread says what a quiet one would take.
        timespec threadEnd{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &threadEnd);
        const double total = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const double calling = double(threadEnd.tv_sec - threadStart.tv_sec) * 1000.0 +
                               double(threadEnd.tv_nsec - threadStart.tv_nsec) / 1e6;
        std::fprintf(stderr,
                     "  %.1f ms; CPU %.0f ms on the calling thread, %.0f ms on the helper: "
                     "%lld orders in the year, %lld new customers\n",
                     ms, calling, total - calling, figures.created, figures.newCustomers);
    }
    return ms;
}

} // namespace

OPSDESK_BENCHMARK(
        .name = QStringLiteral("dashboard.refresh_1m"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "1,000,000 synced orders: every dashboard figure recomputed for one year "
            "(KPI tiles, volume with the previous year, services, districts, funnel, "
            "customers, quality, refunds, coupons, leaderboard)"),
        .repetitions = 7, .run = [] { return refreshYear({}); });

OPSDESK_BENCHMARK(
        .name = QStringLiteral("dashboard.refresh_1m_city"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "the same for one city (Shanghai): every figure for one year with the "
            "city filter (reviews, complaints and refunds joined to their orders)"),
        .repetitions = 7, .run = [] { return refreshYear(QStringLiteral("shanghai")); });
