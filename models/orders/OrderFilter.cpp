#include "models/orders/OrderFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace OpsDesk {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const char *DateFieldIds[] = {"created", "appointment", "review", "complaint", "refund"};
const char *StageIds[] = {"", "paid", "dispatched", "completed"};
const char *HistoryIds[] = {"", "new", "returning"};

template<typename Enum, size_t N>
Enum fromId(const QString &id, const char *const (&ids)[N], Enum fallback)
{
    for (size_t i = 0; i < N; ++i)
        if (!id.isEmpty() && id == QLatin1String(ids[i]))
            return Enum(i);
    return fallback;
}
} // namespace

QString businessDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toUTC().toString(Qt::ISODate);
}

OrderFilter OrderFilter::extras() const
{
    OrderFilter e;
    e.businessDays = businessDays;
    e.stage = stage;
    e.customers = customers;
    e.minRating = minRating;
    e.refundReason = refundReason;
    e.couponId = couponId;
    e.refundPending = refundPending;
    return e;
}

OrderFilter OrderFilter::withoutExtras() const
{
    OrderFilter f = *this;
    const OrderFilter none;
    f.businessDays = none.businessDays;
    f.stage = none.stage;
    f.customers = none.customers;
    f.minRating = none.minRating;
    f.refundReason = none.refundReason;
    f.couponId = none.couponId;
    f.refundPending = none.refundPending;
    return f;
}

QJsonObject OrderFilter::toJson() const
{
    QJsonObject json;
    auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("city", city);
    put("district", district);
    put("service_item_id", serviceItemId);
    if (!statuses.isEmpty())
        json.insert(QStringLiteral("statuses"), QJsonArray::fromStringList(statuses));
    put("customer_type", customerType);
    if (dateField != DateField::Created)
        json.insert(QStringLiteral("date_field"), QLatin1String(DateFieldIds[int(dateField)]));
    put("from", dateText(from));
    put("to", dateText(to));
    put("technician_id", technicianId);
    if (hasRefund)
        json.insert(QStringLiteral("has_refund"), true);
    if (hasComplaint)
        json.insert(QStringLiteral("has_complaint"), true);
    if (overdue)
        json.insert(QStringLiteral("overdue"), true);
    put("text", text);
    if (businessDays)
        json.insert(QStringLiteral("business_days"), true);
    put("stage", QLatin1String(StageIds[int(stage)]));
    put("customers", QLatin1String(HistoryIds[int(customers)]));
    if (minRating > 0)
        json.insert(QStringLiteral("min_rating"), minRating);
    put("refund_reason", refundReason);
    put("coupon_id", couponId);
    if (refundPending)
        json.insert(QStringLiteral("refund_pending"), true);
    return json;
}

OrderFilter OrderFilter::fromJson(const QJsonObject &json)
{
    OrderFilter filter;
    auto get = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    filter.city = get("city");
    filter.district = get("district");
    filter.serviceItemId = get("service_item_id");
    for (const QJsonValue &status : json.value(QStringLiteral("statuses")).toArray())
        filter.statuses.append(status.toString());
    filter.customerType = get("customer_type");
    filter.dateField = fromId(get("date_field"), DateFieldIds, DateField::Created);
    filter.from = QDate::fromString(get("from"), Qt::ISODate);
    filter.to = QDate::fromString(get("to"), Qt::ISODate);
    filter.technicianId = get("technician_id");
    filter.hasRefund = json.value(QStringLiteral("has_refund")).toBool();
    filter.hasComplaint = json.value(QStringLiteral("has_complaint")).toBool();
    filter.overdue = json.value(QStringLiteral("overdue")).toBool();
    filter.text = get("text");
    filter.businessDays = json.value(QStringLiteral("business_days")).toBool();
    filter.stage = fromId(get("stage"), StageIds, Stage::Any);
    filter.customers = fromId(get("customers"), HistoryIds, CustomerHistory::Any);
    filter.minRating = std::clamp(json.value(QStringLiteral("min_rating")).toInt(), 0, 5);
    filter.refundReason = get("refund_reason");
    filter.couponId = get("coupon_id");
    filter.refundPending = json.value(QStringLiteral("refund_pending")).toBool();
    return filter;
}

} // namespace OpsDesk
