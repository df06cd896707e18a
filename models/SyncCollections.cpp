#include "models/SyncCollections.h"

namespace OpsDesk {

QStringList syncCollections()
{
    return {QStringLiteral("staff"),
            QStringLiteral("service_items"),
            QStringLiteral("commission_rates"),
            QStringLiteral("coupons"),
            QStringLiteral("technicians"),
            QStringLiteral("customers"),
            QStringLiteral("applications"),
            QStringLiteral("orders"),
            QStringLiteral("refunds"),
            QStringLiteral("redemptions"),
            QStringLiteral("settlements"),
            QStringLiteral("withdrawals"),
            QStringLiteral("reviews"),
            QStringLiteral("complaints")};
}

QStringList readableCollections(const QList<Role> &roles)
{
    const bool admin = roles.contains(Role::Admin);
    const bool finance = admin || roles.contains(Role::Finance);
    const bool auditor = admin || roles.contains(Role::Auditor);
    static const QStringList financeOnly{
        QStringLiteral("refunds"),     QStringLiteral("coupons"),
        QStringLiteral("redemptions"), QStringLiteral("commission_rates"),
        QStringLiteral("settlements"), QStringLiteral("withdrawals")};
    QStringList result;
    for (const QString &collection : syncCollections()) {
        if (financeOnly.contains(collection) && !finance)
            continue;
        if (collection == QLatin1String("applications") && !auditor)
            continue;
        result.append(collection);
    }
    return result;
}

} // namespace OpsDesk
