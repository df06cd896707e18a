#include "bench/Bench.h"
#include "server/demo/DemoGenerator.h"
#include "server/store/Store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using namespace OpsDesk::Server;

// Generating the national demo data set: 1,000,000 orders and 5,000
// technicians over the seven basemap cities, into a fresh database.
double generateOneMillion()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.db")), &error))
        return -1;
    DemoGenerator::Options options;
    options.seed = 1;
    // OPSDESK_BENCH_ORDERS scales the run down for profiling.
    options.orders = qEnvironmentVariableIntValue("OPSDESK_BENCH_ORDERS");
    if (options.orders <= 0)
        options.orders = 1000000;
    options.technicians = options.orders / 200;
    options.cities = DemoGenerator::citiesFor(QStringLiteral("all"), options.orders);
    options.now = QDateTime(QDate(2026, 11, 22), QTime(4, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    const DemoGenerator::Summary summary = DemoGenerator::generate(store, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "generate_1m: %.1f s, %lld records\n", seconds, [&] {
        long long total = 0;
        for (const qint64 n : summary.counts)
            total += n;
        return total;
    }());
    return seconds;
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("server.generate_1m"), QStringLiteral("s"),
                  QStringLiteral("Demo data: 1,000,000 orders and 5,000 technicians into SQLite"),
                  3, generateOneMillion);
