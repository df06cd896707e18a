#include "services/finance/RefundCache.h"

#include "models/audit/ReviewQueue.h"
#include "models/finance/EarningsFacts.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace OpsDesk {

namespace {

// The fields a customer's or technician's history is looked up by (they go
// into the SQL text, so only these).
bool isPersonField(const QString &field)
{
    return field == QLatin1String("customer_id") || field == QLatin1String("technician_id");
}

} // namespace

bool RefundCache::open(const QString &cachePath, QString *error)
{
    return m_orders.open(cachePath, error) && m_records.open(cachePath, error);
}

void RefundCache::reloadNames()
{
    m_orders.reloadNames();
    m_records.reloadNames();
}

QList<Finance::RefundItem> RefundCache::items(const Staff &staff, const QDateTime &now,
                                              bool openOnly)
{
    QList<Finance::RefundItem> items;
    if (!isOpen())
        return items;
    // One row per request: the fields the queue needs (SQLite parses each
    // document once per row for all its json_extract calls), the days
    // waiting, and the order's money from the orders projection (its unique
    // id index) — no document is parsed on this side and no order document
    // is read.
    QSqlQuery query(m_records.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT r.id, r.pending, json_extract(r.doc, '$.order_id'),"
            " json_extract(r.doc, '$.customer_id'), json_extract(r.doc, '$.technician_id'),"
            " json_extract(r.doc, '$.city'), json_extract(r.doc, '$.status'),"
            " json_extract(r.doc, '$.reason_code'), json_extract(r.doc, '$.reason_text'),"
            " json_extract(r.doc, '$.amount_requested_cents'),"
            " json_extract(r.doc, '$.approved_amount_cents'), json_extract(r.doc, '$.created_at'),"
            " json_extract(r.doc, '$.approvals[#-1].by'),"
            " json_extract(r.doc, '$.approvals[#-1].amount_cents'),"
            " o.paid_cents, o.refunded_cents, o.service_item_id, o.technician_id, o.city,"
            " CAST(julianday(?) - julianday(json_extract(r.doc, '$.created_at')) AS INTEGER)"
            " FROM records r LEFT JOIN orders o ON o.id = json_extract(r.doc, '$.order_id')"
            " WHERE r.collection = 'refunds'%1")
            .arg(openOnly
                     ? QStringLiteral(" AND (r.pending = 1 OR instr(r.doc, '\"submitted\"') > 0"
                                      " OR instr(r.doc, '\"first_approved\"') > 0)")
                     : QString()));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return items;
    QHash<QString, qint64> pendingApproved; // order id → approvals of ours not on the server
    while (query.next()) {
        Finance::RefundItem item;
        item.id = query.value(0).toString();
        item.pending = query.value(1).toInt() != 0;
        item.orderId = query.value(2).toString();
        item.customerId = query.value(3).toString();
        item.technicianId = query.value(4).toString();
        item.city = query.value(5).toString();
        item.status = Finance::refundStatusFromId(query.value(6).toString())
                          .value_or(Finance::RefundStatus::Submitted);
        item.reasonCode = query.value(7).toString();
        item.reasonText = query.value(8).toString();
        item.requestedCents = query.value(9).toLongLong();
        item.approvedCents = query.value(10).toLongLong();
        item.createdAt = query.value(11).toString();
        if (item.status == Finance::RefundStatus::FirstApproved) {
            item.firstApproverId = query.value(12).toString();
            item.firstApprovalCents = query.value(13).toLongLong();
        }
        Finance::completeRefundItem(item, {query.value(14).toLongLong(),
                                           query.value(15).toLongLong(), query.value(16).toString(),
                                           query.value(17).toString(), query.value(18).toString()});
        item.daysWaiting = std::max(0, query.value(19).toInt());
        if (!Audit::staffMayAccessCity(staff, item.city))
            continue;
        if (openOnly && !item.pending && !Finance::isAwaitingDecision(item.status))
            continue; // the word was in its text, not its status
        if (item.pending && item.status == Finance::RefundStatus::Approved)
            pendingApproved[item.orderId] += item.approvedCents;
        items.append(item);
    }
    if (!pendingApproved.isEmpty())
        for (Finance::RefundItem &item : items) {
            qint64 extra = pendingApproved.value(item.orderId);
            if (item.pending && item.status == Finance::RefundStatus::Approved)
                extra -= item.approvedCents;
            item.refundedCents += extra;
        }
    // Newest first (ISO UTC times sort as text), then by id.
    std::sort(items.begin(), items.end(),
              [](const Finance::RefundItem &a, const Finance::RefundItem &b) {
                  return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
              });
    return items;
}

qint64 RefundCache::pendingApprovedCents(const QString &orderId, const QString &exceptRefundId)
{
    qint64 total = 0;
    for (const QJsonObject &refund : m_records.documents(
             QStringLiteral("SELECT doc FROM records WHERE collection = 'refunds'"
                            " AND pending = 1 AND json_extract(doc, '$.order_id') = ?"
                            " AND json_extract(doc, '$.status') = 'approved'"),
             {orderId}))
        if (refund.value(QStringLiteral("id")).toString() != exceptRefundId)
            total += refund.value(QStringLiteral("approved_amount_cents")).toInteger();
    return total;
}

qint64 RefundCache::refundedCents(const QJsonObject &order, const QString &exceptRefundId)
{
    return order.value(QStringLiteral("refunded_cents")).toInteger() +
           pendingApprovedCents(order.value(QStringLiteral("id")).toString(), exceptRefundId);
}

qint64 RefundCache::technicianEarnings(const QJsonObject &order, const QDate &day)
{
    const QString technicianId = order.value(QStringLiteral("technician_id")).toString();
    if (technicianId.isEmpty())
        return 0;
    // The rates of the day the order was completed (a settlement's day),
    // else of `day`.
    QDate rateDay = day;
    for (const QJsonValue &entry : order.value(QStringLiteral("status_history")).toArray())
        if (entry[QStringLiteral("status")].toString() == QLatin1String("completed"))
            rateDay = QDateTime::fromString(entry[QStringLiteral("at")].toString(), Qt::ISODate)
                          .toOffsetFromUtc(8 * 3600)
                          .date();
    const QJsonObject technician = m_orders.record(QStringLiteral("technicians"), technicianId);
    const int starLevel =
        technician.value(QStringLiteral("star_level")).toInt(Finance::DefaultStarLevel);
    const QString item = order.value(QStringLiteral("service_item_id")).toString();
    QList<QJsonObject> rates;
    const QStringList rateIds{QStringLiteral("CR-") + item,
                              QStringLiteral("CR-%1-%2").arg(item).arg(starLevel)};
    for (const QString &id : rateIds)
        if (const QJsonObject rate = m_orders.record(QStringLiteral("commission_rates"), id);
            !rate.isEmpty())
            rates.append(rate);
    bool technicianBears = false;
    if (const QString coupon = order.value(QStringLiteral("coupon_id")).toString();
        !coupon.isEmpty())
        technicianBears = m_orders.record(QStringLiteral("coupons"), coupon)
                              .value(QStringLiteral("cost_bearer"))
                              .toString() == QLatin1String("technician");
    return Finance::settlementOfOrder(order, technicianBears,
                                      Finance::commissionRateBpFrom(rates, starLevel, rateDay))
        .earningsCents;
}

QList<QJsonObject> RefundCache::refundsOf(const QString &field, const QString &id)
{
    if (id.isEmpty() || !isPersonField(field))
        return {};
    // instr() first: a substring search skips the JSON parse of the rows
    // that cannot match.
    return m_records.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'refunds'"
                       " AND instr(doc, ?) > 0 AND json_extract(doc, '$.%1') = ?"
                       " ORDER BY json_extract(doc, '$.created_at') DESC")
            .arg(field),
        {id, id});
}

QList<QJsonObject> RefundCache::complaintsOf(const QString &field, const QString &id)
{
    if (id.isEmpty() || !isPersonField(field))
        return {};
    return m_records.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'complaints'"
                       " AND instr(doc, ?) > 0 AND json_extract(doc, '$.%1') = ?"
                       " ORDER BY json_extract(doc, '$.created_at') DESC")
            .arg(field),
        {id, id});
}

} // namespace OpsDesk
