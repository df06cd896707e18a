// finance.refund_queue_40k: the refund page's default view (awaiting a
// decision) read from a cache with 40,000 refund requests (what a million
// orders over two years bring: about one in fifty completed orders asks for
// a refund, and every paid order cancelled is refunded), each with its
// order's money, and its summary. finance.refund_queue_all_40k: the same
// with every request (the status filter set to all).
// finance.refund_select_40k: selecting one request in the decision panel on
// that cache — its order, customer and technician, the technician's
// earnings, the customer's and technician's earlier refunds and complaints
// (50,000 complaints), rendered.
//
// The cache is written directly (the records table and the orders
// projection, the schema the console migrates to), not synced: the figures
// are about the console's reads.
#include "bench/Bench.h"
#include "models/Staff.h"
#include "models/finance/RefundQueue.h"
#include "services/cache/CacheDatabase.h"
#include "services/finance/RefundCache.h"
#include "ui/finance/RefundDecisionPanel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace {

using namespace OpsDesk;

constexpr int Requests = 40000;
constexpr int Complaints = 50000;
constexpr int Technicians = 5000;
constexpr int Customers = 30000;
constexpr int Cities = 30;

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

struct FinanceEnv
{
    QTemporaryDir dir;
    QString path;
    Staff staff;
    QStringList openIds;
    bool ok = false;

    FinanceEnv()
    {
        staff.id = QStringLiteral("ST0003");
        staff.roles = {Role::Finance};
        path = dir.filePath(QStringLiteral("cache.sqlite"));
        CacheDatabase db;
        QString error;
        if (!db.open(path, CacheDatabase::Mode::ReadWrite, &error)) {
            std::fprintf(stderr, "finance bench: %s\n", qPrintable(error));
            return;
        }
        std::mt19937 rng(8);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ok = db.transaction([&] {
            QSqlQuery insert(db.database());
            insert.prepare(QStringLiteral("INSERT INTO records (collection, id, version, city, "
                                          "doc, pending) VALUES (?, ?, 1, ?, ?, 0)"));
            // The orders projection the sync keeps beside the documents.
            QSqlQuery project(db.database());
            project.prepare(QStringLiteral(
                "INSERT INTO orders (id, status, city, service_item_id, customer_id, "
                "technician_id, created_at, price_cents, paid_cents, refunded_cents, "
                "coupon_discount_cents, has_refund) VALUES (?, 'completed', ?, ?, ?, ?, ?, ?, ?, "
                "?, 0, 1)"));
            const auto put = [&](const QString &collection, const QString &id, const QString &city,
                                 const QJsonObject &doc) {
                insert.addBindValue(collection);
                insert.addBindValue(id);
                insert.addBindValue(city);
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
                return insert.exec();
            };
            for (int t = 0; t < Technicians; ++t)
                if (!put(QStringLiteral("technicians"),
                         QStringLiteral("T%1").arg(t, 5, 10, QLatin1Char('0')),
                         QStringLiteral("city%1").arg(t % Cities),
                         {{QStringLiteral("id"),
                           QStringLiteral("T%1").arg(t, 5, 10, QLatin1Char('0'))},
                          {QStringLiteral("name"), QStringLiteral("师傅%1").arg(t)},
                          {QStringLiteral("star_level"), 1 + t % 5}}))
                    return false;
            for (int c = 0; c < Customers; ++c)
                if (!put(QStringLiteral("customers"),
                         QStringLiteral("C%1").arg(c, 7, 10, QLatin1Char('0')),
                         QStringLiteral("city%1").arg(c % Cities),
                         {{QStringLiteral("id"),
                           QStringLiteral("C%1").arg(c, 7, 10, QLatin1Char('0'))},
                          {QStringLiteral("name"), QStringLiteral("客户%1").arg(c)},
                          {QStringLiteral("phone"),
                           QStringLiteral("1380000%1").arg(c, 4, 10, QLatin1Char('0'))}}))
                    return false;
            for (int r = 0; r < Requests; ++r) {
                const QString city = QStringLiteral("city%1").arg(r % Cities);
                const QString orderId = QStringLiteral("O%1").arg(r, 9, 10, QLatin1Char('0'));
                const QString customer =
                    QStringLiteral("C%1").arg(int(rng() % Customers), 7, 10, QLatin1Char('0'));
                const QString technician =
                    QStringLiteral("T%1").arg(int(rng() % Technicians), 5, 10, QLatin1Char('0'));
                const qint64 paid = 5000 + qint64(rng() % 60000);
                const QDateTime created = now.addSecs(-qint64(rng() % (730 * 86400)));
                QJsonArray history;
                for (const char *status :
                     {"pending_payment", "awaiting_dispatch", "assigned", "accepted", "en_route",
                      "arrived", "in_service", "completed"})
                    history.append(QJsonObject{{QStringLiteral("status"), QLatin1String(status)},
                                               {QStringLiteral("at"), iso(created)},
                                               {QStringLiteral("by"), technician}});
                const bool open = r % 25 == 0;
                for (const QVariant &value :
                     QVariantList{orderId, city, QStringLiteral("SI%1").arg(r % 22), customer,
                                  technician, iso(created), paid, paid, open ? 0 : paid / 2})
                    project.addBindValue(value);
                if (!project.exec())
                    return false;
                if (!put(QStringLiteral("orders"), orderId, city,
                         {{QStringLiteral("id"), orderId},
                          {QStringLiteral("city"), city},
                          {QStringLiteral("district"), QStringLiteral("district")},
                          {QStringLiteral("address"), QStringLiteral("某某路%1号").arg(r)},
                          {QStringLiteral("customer_id"), customer},
                          {QStringLiteral("technician_id"), technician},
                          {QStringLiteral("service_item_id"), QStringLiteral("SI%1").arg(r % 22)},
                          {QStringLiteral("status"), QStringLiteral("completed")},
                          {QStringLiteral("status_history"), history},
                          {QStringLiteral("price_cents"), paid},
                          {QStringLiteral("coupon_discount_cents"), 0},
                          {QStringLiteral("paid_cents"), paid},
                          {QStringLiteral("refunded_cents"), open ? 0 : paid / 2},
                          {QStringLiteral("created_at"), iso(created)}}))
                    return false;
                const QString id = QStringLiteral("R%1").arg(r, 7, 10, QLatin1Char('0'));
                QJsonObject refund{{QStringLiteral("id"), id},
                                   {QStringLiteral("order_id"), orderId},
                                   {QStringLiteral("customer_id"), customer},
                                   {QStringLiteral("technician_id"), technician},
                                   {QStringLiteral("city"), city},
                                   {QStringLiteral("amount_requested_cents"), paid / 2},
                                   {QStringLiteral("reason_code"), QStringLiteral("poor_quality")},
                                   {QStringLiteral("reason_text"), QStringLiteral("效果不满意")},
                                   {QStringLiteral("evidence"), QJsonArray()},
                                   {QStringLiteral("approvals"), QJsonArray()},
                                   {QStringLiteral("status"), open ? QStringLiteral("submitted")
                                                                   : QStringLiteral("paid_out")},
                                   {QStringLiteral("created_at"), iso(created.addDays(1))}};
                if (open)
                    openIds.append(id);
                else
                    refund.insert(QStringLiteral("approved_amount_cents"), paid / 2);
                if (!put(QStringLiteral("refunds"), id, city, refund))
                    return false;
            }
            for (int c = 0; c < Complaints; ++c) {
                const QString id = QStringLiteral("CM%1").arg(c, 7, 10, QLatin1Char('0'));
                if (!put(QStringLiteral("complaints"), id, QStringLiteral("city%1").arg(c % Cities),
                         {{QStringLiteral("id"), id},
                          {QStringLiteral("order_id"),
                           QStringLiteral("O%1").arg(c, 9, 10, QLatin1Char('0'))},
                          {QStringLiteral("customer_id"),
                           QStringLiteral("C%1").arg(int(rng() % Customers), 7, 10,
                                                     QLatin1Char('0'))},
                          {QStringLiteral("technician_id"),
                           QStringLiteral("T%1").arg(int(rng() % Technicians), 5, 10,
                                                     QLatin1Char('0'))},
                          {QStringLiteral("status"), QStringLiteral("resolved")},
                          {QStringLiteral("text"), QStringLiteral("服务质量差")},
                          {QStringLiteral("created_at"), iso(now)}}))
                    return false;
            }
            return true;
        });
        if (!ok)
            std::fprintf(stderr, "finance bench: could not write the cache\n");
    }
};

FinanceEnv &env()
{
    static FinanceEnv e;
    return e;
}

double queueLoad(bool openOnly)
{
    if (!env().ok)
        return -1;
    QElapsedTimer timer;
    timer.start();
    RefundCache cache;
    if (!cache.open(env().path, nullptr))
        return -1;
    const QList<Finance::RefundItem> items =
        cache.items(env().staff, QDateTime::currentDateTimeUtc(), openOnly);
    Finance::RefundFilter open;
    open.statuses = {Finance::RefundStatus::Submitted, Finance::RefundStatus::FirstApproved};
    open.keepPending = true;
    const QList<Finance::RefundItem> shown = Finance::filterRefunds(items, open);
    const Finance::RefundSummary summary = Finance::summarize(shown);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (items.size() != (openOnly ? env().openIds.size() : Requests) ||
        summary.count != env().openIds.size())
        return -1;
    return ms;
}

double selectOne()
{
    if (!env().ok)
        return -1;
    // A fresh reader and panel per run (the names loaded, one request shown
    // first); the figure is the next selection.
    static int next = 0;
    RefundCache cache;
    if (!cache.open(env().path, nullptr))
        return -1;
    RefundDecisionPanel panel(env().staff, &cache, nullptr);
    panel.resize(600, 900);
    const QStringList &ids = env().openIds;
    panel.showRefund(ids.at(next++ % ids.size()));
    const QString id = ids.at(next++ % ids.size());
    QElapsedTimer timer;
    timer.start();
    panel.showRefund(id);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return panel.refundId() == id && panel.approveButton()->isEnabled() ? ms : -1;
}

} // namespace

OPSDESK_BENCHMARK(
        .name = QStringLiteral("finance.refund_queue_40k"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "40,000 cached refund requests: the refund queue's default view (awaiting a "
            "decision) read with each order's money and summarised"),
        .repetitions = 9, .run = [] { return queueLoad(true); });
OPSDESK_BENCHMARK(
        .name = QStringLiteral("finance.refund_queue_all_40k"), .unit = QStringLiteral("ms"),
        .description = QStringLiteral(
            "40,000 cached refund requests: every request read with its order's money "
            "(the status filter set to all), filtered and summarised"),
        .repetitions = 9, .run = [] { return queueLoad(false); });
OPSDESK_BENCHMARK(.name = QStringLiteral("finance.refund_select_40k"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral(
                      "40,000 cached refund requests, 50,000 complaints: selecting a request "
                      "until the decision panel shows it with the customer's and technician's "
                      "history"),
                  .repetitions = 21, .run = selectOne);
