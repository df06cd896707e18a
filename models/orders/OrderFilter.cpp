#include "models/orders/OrderFilter.h"

#include <QJsonArray>

namespace OpsDesk {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

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
    if (dateField == DateField::Appointment)
        json.insert(QStringLiteral("date_field"), QStringLiteral("appointment"));
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
    filter.dateField = get("date_field") == QLatin1String("appointment") ? DateField::Appointment
                                                                         : DateField::Created;
    filter.from = QDate::fromString(get("from"), Qt::ISODate);
    filter.to = QDate::fromString(get("to"), Qt::ISODate);
    filter.technicianId = get("technician_id");
    filter.hasRefund = json.value(QStringLiteral("has_refund")).toBool();
    filter.hasComplaint = json.value(QStringLiteral("has_complaint")).toBool();
    filter.overdue = json.value(QStringLiteral("overdue")).toBool();
    filter.text = get("text");
    return filter;
}

} // namespace OpsDesk
