// orders.filter_first_rows: with 1,000,000 cached orders, the time from a
// filter change to the first screen of rows being available in the orders
// table model (count + the first page, as the view asks for them).
//
// The cache is synthetic: 1,000,000 rows inserted straight into the cache
// schema's `orders` projection and its text index (the table reads nothing
// else), built once and kept under the system temp folder.
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "models/orders/OrdersTableModel.h"
#include "services/cache/CacheDatabase.h"
#include "services/cache/CacheSchema.h"
#include "services/orders/OrderCache.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace OpsDesk;

namespace {

const QStringList Statuses{QStringLiteral("pending_payment"), QStringLiteral("awaiting_dispatch"),
                           QStringLiteral("assigned"),        QStringLiteral("accepted"),
                           QStringLiteral("en_route"),        QStringLiteral("arrived"),
                           QStringLiteral("in_service"),      QStringLiteral("completed"),
                           QStringLiteral("cancelled")};

QString cityId(int i)
{
    return QStringLiteral("city%1").arg(i, 2, 10, QLatin1Char('0'));
}

QString buildCache()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("opsdesk-bench-orders-1m"));
    const QString path = dir + QStringLiteral("/cache.sqlite");
    if (QFile::exists(dir + QStringLiteral("/complete")))
        return path;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::fprintf(stderr, "orders bench: building a synthetic cache of %d orders in %s\n",
                 Bench::Orders, qPrintable(dir));
    CacheDatabase db;
    QString error;
    if (!db.open(path, CacheDatabase::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "orders bench: %s\n", qPrintable(error));
        return {};
    }
    QSqlQuery query(db.database());
    for (const QString &name : CacheSchema::ordersIndexNames())
        query.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name);
    static const char16_t surnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static const char16_t given[] = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
    static const char16_t roads[] = u"人民中山解放建设和平新华长江黄河滨江光明";
    QRandomGenerator rng(20261122);
    const qint64 end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = 730LL * 86400;
    db.transaction([&] {
        QSqlQuery insert(db.database());
        insert.prepare(QStringLiteral(
            "INSERT INTO orders(rk, id, status, city, district, service_item_id, customer_id,"
            " customer_type, technician_id, created_at, appointment_start, appointment_end,"
            " price_cents, paid_cents, refunded_cents, coupon_discount_cents, has_refund,"
            " has_complaint, lat, lng, address, customer_name, phone_tail, pending)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"));
        for (int i = 1; i <= Bench::Orders; ++i) {
            const qint64 created = end - span + qint64(i) * span / Bench::Orders;
            const qint64 start = created + 3600 * (2 + rng.bounded(72));
            const int roll = rng.bounded(100);
            const QString status = roll < 70   ? Statuses[7]
                                   : roll < 78 ? Statuses[8]
                                               : Statuses[rng.bounded(7)];
            const int city = rng.bounded(30);
            const qint64 price = 5000 + rng.bounded(50000);
            const bool business = rng.bounded(100) < 20;
            const QString name = QString(QChar(surnames[rng.bounded(20)])) +
                                 QChar(given[rng.bounded(24)]) + QChar(given[rng.bounded(24)]);
            const int road = rng.bounded(10);
            const QString address =
                cityId(city) + QString(QChar(roads[road * 2])) + QChar(roads[road * 2 + 1]) +
                QStringLiteral("路%1号%2室").arg(rng.bounded(1, 999)).arg(rng.bounded(101, 2999));
            const QVariantList values{
                i,
                QStringLiteral("O%1").arg(i, 9, 10, QLatin1Char('0')),
                status,
                cityId(city),
                QStringLiteral("district%1").arg(rng.bounded(12)),
                QStringLiteral("SI%1").arg(rng.bounded(20), 3, 10, QLatin1Char('0')),
                QStringLiteral("C%1").arg(rng.bounded(300000)),
                business ? QStringLiteral("business") : QStringLiteral("consumer"),
                QStringLiteral("T%1").arg(rng.bounded(5000), 5, 10, QLatin1Char('0')),
                QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate),
                QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(Qt::ISODate),
                QDateTime::fromSecsSinceEpoch(start + 7200, Qt::UTC).toString(Qt::ISODate),
                price,
                price,
                0,
                0,
                rng.bounded(100) < 5 ? 1 : 0,
                rng.bounded(100) < 2 ? 1 : 0,
                31.2,
                121.4,
                address,
                name,
                QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'))};
            for (int v = 0; v < values.size(); ++v)
                insert.bindValue(v, values.at(v));
            if (!insert.exec())
                return false;
        }
        return true;
    });
    for (const QString &statement : CacheSchema::ordersIndexes())
        query.exec(statement);
    query.exec(QStringLiteral("INSERT INTO orders_fts(rowid, order_id, address, customer_name,"
                              " phone_tail, notes) SELECT rk, id, address, customer_name,"
                              " phone_tail, '' FROM orders"));
    query.exec(QStringLiteral("ANALYZE"));
    db.close();
    QFile complete(dir + QStringLiteral("/complete"));
    complete.open(QIODevice::WriteOnly);
    return path;
}

struct FilterBench
{
    OrderCache cache;
    std::unique_ptr<OrdersTableModel> model;
    QList<OrderFilter> filters;
    int next = 0;
    bool ok = false;

    FilterBench()
    {
        const QString path = buildCache();
        QString error;
        if (path.isEmpty() || !cache.open(path, &error))
            return;
        model = std::make_unique<OrdersTableModel>(&cache);
        auto add = [this](auto change) {
            OrderFilter filter;
            change(filter);
            filters.append(filter);
        };
        add([](OrderFilter &f) { f.statuses = {QStringLiteral("awaiting_dispatch")}; });
        add([](OrderFilter &f) { f.city = cityId(7); });
        add([](OrderFilter &f) {
            f.city = cityId(3);
            f.district = QStringLiteral("district4");
        });
        add([](OrderFilter &f) { f.serviceItemId = QStringLiteral("SI007"); });
        add([](OrderFilter &f) {
            f.customerType = QStringLiteral("business");
            f.from = QDate(2026, 6, 1);
            f.to = QDate(2026, 6, 30);
        });
        add([](OrderFilter &f) { f.technicianId = QStringLiteral("T01234"); });
        add([](OrderFilter &f) { f.hasComplaint = true; });
        add([](OrderFilter &f) { f.overdue = true; });
        add([](OrderFilter &f) { f.text = QStringLiteral("中山路12"); });
        add([](OrderFilter &f) {
            f.city = cityId(11);
            f.statuses = {QStringLiteral("completed")};
            f.dateField = OrderFilter::DateField::Appointment;
            f.from = QDate(2026, 1, 1);
            f.to = QDate(2026, 3, 31);
        });
        add([](OrderFilter &) {});
        ok = true;
    }

    double run()
    {
        if (!ok)
            return -1;
        const OrderFilter filter = filters.at(next++ % filters.size());
        QElapsedTimer timer;
        timer.start();
        model->setFilter(filter);
        // The rows a table shows on one screen.
        const int visible = qMin(model->rowCount(), 40);
        for (int row = 0; row < visible; ++row)
            for (int column = 0; column < OrdersTableModel::ColumnCount; ++column)
                model->data(model->index(row, column));
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

FilterBench &bench()
{
    static FilterBench instance;
    return instance;
}

} // namespace

OPSDESK_BENCHMARK(
        .name = QStringLiteral("orders.filter_first_rows"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "1,000,000 cached orders (synthetic): a filter change until the first "
            "screen of rows is available in the orders table model"),
        .repetitions = 33, .run = [] { return bench().run(); });
