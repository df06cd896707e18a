#include "models/Staff.h"

#include <QJsonArray>

namespace OpsDesk {

std::optional<Staff> Staff::fromJson(const QJsonObject &json)
{
    Staff staff;
    staff.id = json.value(QStringLiteral("id")).toString();
    staff.username = json.value(QStringLiteral("username")).toString();
    staff.displayName = json.value(QStringLiteral("display_name")).toString();
    if (staff.id.isEmpty() || staff.username.isEmpty())
        return std::nullopt;
    const QJsonArray roles = json.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : roles) {
        const auto role = roleFromId(value.toString());
        if (!role)
            return std::nullopt;
        staff.roles.append(*role);
    }
    if (staff.roles.isEmpty())
        return std::nullopt;
    for (const QJsonValue &city : json.value(QStringLiteral("cities")).toArray())
        staff.cities.append(city.toString());
    return staff;
}

QJsonObject Staff::toJson() const
{
    QJsonArray roleArray;
    for (const Role role : roles)
        roleArray.append(roleId(role));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("roles"), roleArray},
                       {QStringLiteral("cities"), QJsonArray::fromStringList(cities)}};
}

} // namespace OpsDesk
