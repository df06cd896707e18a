#include "server/api/ReadAccess.h"

namespace OpsDesk::Server {

bool mayReadCollection(const StaffIdentity &staff, const QString &collection)
{
    if (staff.isAdmin())
        return true;
    static const QStringList everyone{
        QStringLiteral("orders"),        QStringLiteral("customers"), QStringLiteral("technicians"),
        QStringLiteral("service_items"), QStringLiteral("reviews"),   QStringLiteral("complaints"),
        QStringLiteral("staff")};
    if (everyone.contains(collection))
        return true;
    if (collection == QLatin1String("applications"))
        return staff.hasRole(Role::Auditor);
    // refunds, coupons, redemptions, commission_rates, settlements, withdrawals
    return staff.hasRole(Role::Finance);
}

QString onlyReadableId(const StaffIdentity &staff, const QString &collection)
{
    if (collection == QLatin1String("staff") && !staff.isAdmin())
        return staff.id;
    return {};
}

bool mayReadRecord(const StaffIdentity &staff, const QString &collection, const QString &id,
                   const QString &city)
{
    if (!mayReadCollection(staff, collection))
        return false;
    const QString only = onlyReadableId(staff, collection);
    if (!only.isEmpty() && only != id)
        return false;
    return city.isEmpty() || staff.mayAccessCity(city);
}

} // namespace OpsDesk::Server
