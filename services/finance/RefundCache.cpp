#include "services/finance/RefundCache.h"

#include "models/audit/ReviewQueue.h"
#include "models/finance/EarningsFacts.h"

#include <QHash>
#include <QJsonArray>

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

QList<Finance::RefundItem> RefundCache::items(const Staff &staff, const QDateTime &now)
{
    // One row per request: its document with the order's money and the
    // pending flag folded in, so each row is parsed once.
    const QList<QJsonObject> rows = m_records.docs(
        QStringLiteral("SELECT json_set(r.doc, '$._pending', r.pending, '$._order', json_object("
                       "'paid_cents', json_extract(o.doc, '$.paid_cents'),"
                       " 'refunded_cents', json_extract(o.doc, '$.refunded_cents'),"
                       " 'service_item_id', json_extract(o.doc, '$.service_item_id'),"
                       " 'technician_id', json_extract(o.doc, '$.technician_id'),"
                       " 'city', json_extract(o.doc, '$.city')))"
                       " FROM records r LEFT JOIN records o ON o.collection = 'orders'"
                       " AND o.id = json_extract(r.doc, '$.order_id')"
                       " WHERE r.collection = 'refunds'"
                       " ORDER BY json_extract(r.doc, '$.created_at') DESC, r.id DESC"),
        {});
    QList<Finance::RefundItem> items;
    items.reserve(rows.size());
    QHash<QString, qint64> pendingApproved; // order id → approvals of ours not on the server
    for (const QJsonObject &row : rows) {
        Finance::RefundItem item =
            Finance::refundItemFrom(row, row.value(QStringLiteral("_order")).toObject(), now);
        if (!Audit::staffMayAccessCity(staff, item.city))
            continue;
        item.pending = row.value(QStringLiteral("_pending")).toInt() != 0;
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
    return items;
}

qint64 RefundCache::pendingApprovedCents(const QString &orderId, const QString &exceptRefundId)
{
    qint64 total = 0;
    for (const QJsonObject &refund :
         m_records.docs(QStringLiteral("SELECT doc FROM records WHERE collection = 'refunds'"
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
    return m_records.docs(QStringLiteral("SELECT doc FROM records WHERE collection = 'refunds'"
                                         " AND json_extract(doc, '$.%1') = ?"
                                         " ORDER BY json_extract(doc, '$.created_at') DESC")
                              .arg(field),
                          {id});
}

QList<QJsonObject> RefundCache::complaintsOf(const QString &field, const QString &id)
{
    if (id.isEmpty() || !isPersonField(field))
        return {};
    return m_records.docs(QStringLiteral("SELECT doc FROM records WHERE collection = 'complaints'"
                                         " AND json_extract(doc, '$.%1') = ?"
                                         " ORDER BY json_extract(doc, '$.created_at') DESC")
                              .arg(field),
                          {id});
}

} // namespace OpsDesk
