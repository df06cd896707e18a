// Reconciliation figures:
//   finance.reconcile_month_100k           a month of 100,000 orders (with their
//                                          settlements, refunds and coupons) from
//                                          a console cache to the seven-sheet XLSX (s)
//   finance.reconcile_month_100k_cpu       its CPU time (s): the wall time of a
//                                          machine whose cores are free
//   finance.reconcile_month_100k_rss_start resident memory when that export starts (MB)
//   finance.reconcile_month_100k_rss_peak  the process's peak resident memory
//                                          during it (MB): flat when it stays
//                                          near the start
//
// The cache is written once through CacheRecords (the path sync writes
// with) and kept under the system temp folder; a marker file says it is
// complete.
#include "bench/Bench.h"
#include "services/cache/CacheDatabase.h"
#include "services/finance/Reconciliation.h"
#include "services/sync/CacheRecords.h"
#include "services/sync/FlatJson.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

using namespace OpsDesk;

constexpr int kOrders = 100000;
constexpr int kCustomers = 20000;
constexpr int kTechnicians = 2000;
constexpr int kCoupons = 20;

void complain(const QString &message)
{
    std::fprintf(stderr, "finance bench: %s\n", qPrintable(message));
}

QByteArray iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate).toUtf8();
}

// June 2026 (China time) with kOrders orders, 95 % completed and settled, 3 %
// with an approved refund, one in four with a coupon (half of them borne by
// technicians), one in 500 with a note that looks like a formula.
bool writeFixture(const QString &path)
{
    CacheDatabase cache;
    QString error;
    if (!cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) {
        complain(error);
        return false;
    }
    CacheRecords records(cache.database());
    records.setBulkLoad(true);
    const auto store = [&records](const char *collection, const QByteArray &id,
                                  const QByteArray &json, bool order = false) {
        if (order) {
            const FlatJson flat(json);
            records.storeServer(QString::fromLatin1(collection), id, 1, "shanghai", json, 1, &flat);
        } else {
            records.storeServer(QString::fromLatin1(collection), id, 1, "shanghai", json, 1,
                                nullptr);
        }
    };
    const QStringList items = {QStringLiteral("S0001"), QStringLiteral("S0002"),
                               QStringLiteral("S0003"), QStringLiteral("S0004")};
    const bool ok = cache.transaction([&] {
        for (int i = 0; i < items.size(); ++i)
            store(
                "service_items", items.at(i).toUtf8(),
                QStringLiteral("{\"id\":\"%1\",\"name_en\":\"Service %2\",\"name_zh\":\"服务%2\"}")
                    .arg(items.at(i))
                    .arg(i + 1)
                    .toUtf8());
        for (int i = 0; i < kCustomers; ++i) {
            const QByteArray id = "C" + QByteArray::number(i).rightJustified(6, '0');
            store("customers", id,
                  "{\"id\":\"" + id + "\",\"name\":\"客户" + QByteArray::number(i) +
                      "\",\"phone\":\"139" +
                      QByteArray::number(i * 7919 % 100000000).rightJustified(8, '0') + "\"}");
        }
        for (int i = 0; i < kTechnicians; ++i) {
            const QByteArray id = "T" + QByteArray::number(i).rightJustified(5, '0');
            store("technicians", id,
                  "{\"id\":\"" + id + "\",\"name\":\"师傅" + QByteArray::number(i) + "\"}");
        }
        for (int i = 0; i < kCoupons; ++i) {
            const QByteArray id = "CP" + QByteArray::number(i).rightJustified(4, '0');
            store("coupons", id,
                  "{\"id\":\"" + id + "\",\"name\":\"券" + QByteArray::number(i) +
                      "\",\"cost_bearer\":\"" + (i % 2 ? "technician" : "platform") + "\"}");
        }
        const QDateTime start(QDate(2026, 5, 31), QTime(16, 0), Qt::UTC);
        const qint64 step = 30LL * 24 * 3600 * 1000 / kOrders; // ms
        for (int i = 0; i < kOrders; ++i) {
            const QByteArray id = "O202606" + QByteArray::number(i).rightJustified(7, '0');
            const QDateTime created = start.addMSecs(step * i);
            const qint64 price = 8800 + (i % 40) * 500;
            const bool withCoupon = i % 4 == 0;
            const int coupon = (i / 4) % kCoupons;
            const qint64 discount = withCoupon ? 500 + (i % 3) * 500 : 0;
            const qint64 paid = price - discount;
            const bool completed = i % 20 != 0;
            const bool refunded = i % 33 == 0 && completed;
            const qint64 refund = refunded ? paid / 2 : 0;
            const QByteArray technician =
                "T" + QByteArray::number(i % kTechnicians).rightJustified(5, '0');
            const QByteArray customer =
                "C" + QByteArray::number(i % kCustomers).rightJustified(6, '0');
            QByteArray notes = "[]";
            if (i % 500 == 0)
                notes = "[{\"at\":\"" + iso(created) +
                        "\",\"by\":\"ST0002\",\"text\":\"=SUM(A1:A9)\"}]";
            QByteArray json = "{\"id\":\"" + id +
                              "\",\"version\":1,\"city\":\"shanghai\",\"district\":\"浦东新区\","
                              "\"service_item_id\":\"" +
                              items.at(i % items.size()).toUtf8() + "\",\"customer_id\":\"" +
                              customer + "\",\"customer_type\":\"consumer\",\"status\":\"" +
                              (completed ? "completed" : "awaiting_dispatch") +
                              "\",\"address\":\"上海市浦东新区世纪大道" +
                              QByteArray::number(i % 900) +
                              "号\",\"lat\":31.2,\"lng\":121.5,\"appointment_start\":\"" +
                              iso(created.addDays(1)) + "\",\"appointment_end\":\"" +
                              iso(created.addDays(1).addSecs(7200)) + "\",\"created_at\":\"" +
                              iso(created) + "\",\"paid_at\":\"" + iso(created.addSecs(120)) +
                              "\",\"price_cents\":" + QByteArray::number(price);
            if (withCoupon)
                json += ",\"coupon_id\":\"CP" + QByteArray::number(coupon).rightJustified(4, '0') +
                        "\"";
            json += ",\"coupon_discount_cents\":" + QByteArray::number(discount) +
                    ",\"paid_cents\":" + QByteArray::number(paid) +
                    ",\"refunded_cents\":" + QByteArray::number(refund);
            if (completed)
                json += ",\"technician_id\":\"" + technician + "\"";
            json += ",\"notes\":" + notes + ",\"status_history\":[],\"has_complaint\":false," +
                    "\"has_refund\":" + (refunded ? "true" : "false") + "}";
            store("orders", id, json, true);
            if (completed) {
                const qint64 commission = price * 15 / 100;
                const bool technicianCoupon = withCoupon && coupon % 2 == 1;
                const qint64 earnings = price - commission - (technicianCoupon ? discount : 0);
                const QByteArray se = "SE-" + id;
                store("settlements", se,
                      "{\"id\":\"" + se + "\",\"order_id\":\"" + id + "\",\"technician_id\":\"" +
                          technician + "\",\"price_cents\":" + QByteArray::number(price) +
                          ",\"commission_cents\":" + QByteArray::number(commission) +
                          ",\"coupon_cost_platform_cents\":" +
                          QByteArray::number(withCoupon && !technicianCoupon ? discount : 0) +
                          ",\"earnings_cents\":" + QByteArray::number(earnings) +
                          ",\"settled_at\":\"" + iso(created.addDays(1)) + "\"}");
            }
            if (refunded) {
                const QByteArray rid = "R" + QByteArray::number(i).rightJustified(7, '0');
                store("refunds", rid,
                      "{\"id\":\"" + rid + "\",\"order_id\":\"" + id +
                          "\",\"status\":\"approved\",\"reason_text\":\"服务不满意\","
                          "\"approved_amount_cents\":" +
                          QByteArray::number(refund) +
                          ",\"technician_share_cents\":" + QByteArray::number(refund / 2) +
                          ",\"created_at\":\"" + iso(created.addDays(2)) + "\",\"decided_at\":\"" +
                          iso(created.addDays(3)) + "\"}");
            }
        }
        return true;
    });
    if (!ok) {
        complain(QStringLiteral("the fixture could not be written"));
        return false;
    }
    QSqlQuery(cache.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QString fixture()
{
    static QString made;
    if (!made.isEmpty())
        return made;
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("opsdesk-bench-cache"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        // the schema in the name: a cache of an older build is not reused
        QStringLiteral("finance-month-100k-schema%1.sqlite").arg(CacheDatabase::latestVersion()));
    const QString marker = path + QStringLiteral(".complete");
    if (QFile::exists(marker) && QFile::exists(path))
        return made = path;
    CacheDatabase::removeFiles(path);
    std::fprintf(stderr, "finance bench: writing a month of %d orders into %s (once)\n", kOrders,
                 qPrintable(path));
    if (!writeFixture(path))
        return {};
    QFile complete(marker);
    if (!complete.open(QIODevice::WriteOnly))
        return {};
    return made = path;
}

struct Memory
{
    std::vector<double> start, peak, cpu;
};

// CPU seconds this thread has used (user + system).
double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

Memory &memory()
{
    static Memory m;
    return m;
}

double reconcileMonth()
{
    const QString cache = fixture();
    if (cache.isEmpty())
        return -1;
    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("OPSDESK_KEEP_RECONCILIATION"));
    ReconciliationRequest request;
    request.cachePath = cache;
    request.period = Finance::ReconciliationPeriod::month(2026, 6);
    request.targetPath = dir.filePath(QStringLiteral("reconciliation-2026-06.xlsx"));
    std::atomic_bool cancel{false};
    Finance::ReconciliationTotals totals;
    Bench::resetPeakRss();
    const double before = Bench::currentRssMb();
    const double cpuBefore = threadCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const ExportResult result = Reconciliation::run(request, {}, cancel, &totals);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = threadCpuSeconds() - cpuBefore;
    if (!result.ok || totals.orders != kOrders || totals.differenceCents() != 0) {
        complain(QStringLiteral("export failed (%1 orders, difference %2): %3")
                     .arg(totals.orders)
                     .arg(totals.differenceCents())
                     .arg(result.error));
        return -1;
    }
    memory().start.push_back(before);
    memory().peak.push_back(Bench::peakRssMb());
    memory().cpu.push_back(cpu);
    return seconds;
}

double memoryFigure(std::vector<double> Memory::*samples)
{
    if ((memory().*samples).empty() && reconcileMonth() < 0)
        return -1;
    std::vector<double> values = memory().*samples;
    if (samples == &Memory::cpu)
        return Bench::median(values);
    return *std::max_element(values.begin(), values.end());
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("finance.reconcile_month_100k"), QStringLiteral("s"),
                  QStringLiteral("A month of 100,000 orders from the cache to the seven-sheet "
                                 "reconciliation XLSX (target ≤ 5 s)"),
                  3, reconcileMonth);
OPSDESK_BENCHMARK(QStringLiteral("finance.reconcile_month_100k_cpu"), QStringLiteral("s"),
                  QStringLiteral("CPU time of finance.reconcile_month_100k (median of its runs; "
                                 "the wall time on a machine whose cores are busy elsewhere)"),
                  1, [] { return memoryFigure(&Memory::cpu); });
OPSDESK_BENCHMARK(QStringLiteral("finance.reconcile_month_100k_rss_start"), QStringLiteral("MB"),
                  QStringLiteral("Resident memory when finance.reconcile_month_100k starts (the "
                                 "largest of its runs)"),
                  1, [] { return memoryFigure(&Memory::start); });
OPSDESK_BENCHMARK(QStringLiteral("finance.reconcile_month_100k_rss_peak"), QStringLiteral("MB"),
                  QStringLiteral("Peak resident memory during finance.reconcile_month_100k (the "
                                 "largest of its runs): flat when close to the start"),
                  1, [] { return memoryFigure(&Memory::peak); });
