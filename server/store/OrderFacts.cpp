#include "server/store/OrderFacts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>

namespace OpsDesk::Server {

namespace {

// The business day (UTC+8, as the contract's dashboards count) of an RFC 3339
// UTC time such as "2026-11-22T17:05:00Z".
QString businessDayOf(const QString &isoUtc)
{
    if (isoUtc.size() < 13 || isoUtc.mid(11, 2).toInt() < 16)
        return isoUtc.left(10);
    return QDate::fromString(isoUtc.left(10), Qt::ISODate).addDays(1).toString(Qt::ISODate);
}

QByteArray text(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().toUtf8(); // absent: null, stored as NULL
}

// Absent or empty: null.
QByteArray optionalText(const QJsonObject &o, QLatin1String key)
{
    const QString value = o.value(key).toString();
    return value.isEmpty() ? QByteArray() : value.toUtf8();
}

} // namespace

OrderFacts OrderFacts::fromDocument(const QJsonObject &o)
{
    OrderFacts f;
    f.id = text(o, QLatin1String("id"));
    f.city = text(o, QLatin1String("city"));
    f.district = text(o, QLatin1String("district"));
    f.serviceItemId = text(o, QLatin1String("service_item_id"));
    const QString status = o.value(QLatin1String("status")).toString();
    f.status = status.toUtf8();
    f.customerId = text(o, QLatin1String("customer_id"));
    f.customerType = text(o, QLatin1String("customer_type"));
    f.technicianId = optionalText(o, QLatin1String("technician_id"));
    f.createdDay = businessDayOf(o.value(QLatin1String("created_at")).toString()).toUtf8();
    f.paid = !o.value(QLatin1String("paid_at")).toString().isEmpty();
    f.completed = status == QLatin1String("completed");
    const QJsonArray history = o.value(QLatin1String("status_history")).toArray();
    for (const QJsonValue &entry : history) {
        const QString s = entry.toObject().value(QLatin1String("status")).toString();
        if (s == QLatin1String("assigned"))
            f.dispatched = true;
        if (s == QLatin1String("completed"))
            f.completed = true;
    }
    f.priceCents = o.value(QLatin1String("price_cents")).toInteger();
    f.paidCents = o.value(QLatin1String("paid_cents")).toInteger();
    f.refundedCents = o.value(QLatin1String("refunded_cents")).toInteger();
    f.couponId = optionalText(o, QLatin1String("coupon_id"));
    f.couponDiscountCents = o.value(QLatin1String("coupon_discount_cents")).toInteger();
    f.lat = o.value(QLatin1String("lat")).toDouble();
    f.lng = o.value(QLatin1String("lng")).toDouble();
    f.hasComplaint = o.value(QLatin1String("has_complaint")).toBool();
    const QJsonValue rating = o.value(QLatin1String("rating"));
    if (rating.isDouble())
        f.rating = rating.toInt();
    return f;
}

} // namespace OpsDesk::Server
