#include "ui/shell/DisplayNames.h"

#include <QCoreApplication>

namespace OpsDesk {

QString workspaceTitle(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Dispatch:
        return QCoreApplication::translate("Workspace", "Dispatch");
    case Workspace::Orders:
        return QCoreApplication::translate("Workspace", "Orders");
    case Workspace::Audit:
        return QCoreApplication::translate("Workspace", "Audit");
    case Workspace::Finance:
        return QCoreApplication::translate("Workspace", "Finance");
    case Workspace::Dashboards:
        return QCoreApplication::translate("Workspace", "Dashboards");
    case Workspace::Admin:
        return QCoreApplication::translate("Workspace", "Admin");
    }
    return {};
}

QString workspaceDescription(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Dispatch:
        return QCoreApplication::translate(
            "Workspace", "Assign paid orders to technicians on the map, see ranked candidates "
                         "and act on service-timeout alerts.");
    case Workspace::Orders:
        return QCoreApplication::translate(
            "Workspace", "Search, filter and export every order, and follow each one from "
                         "payment to completion.");
    case Workspace::Audit:
        return QCoreApplication::translate(
            "Workspace", "Review technician applications, certificates and annual "
                         "re-reviews, online or offline.");
    case Workspace::Finance:
        return QCoreApplication::translate(
            "Workspace", "Approve refunds, configure coupons, settle technician earnings and "
                         "export reconciliations.");
    case Workspace::Dashboards:
        return QCoreApplication::translate(
            "Workspace", "Order volume, conversion, ratings and the hot-area heat map by day, "
                         "week and month.");
    case Workspace::Admin:
        return QCoreApplication::translate(
            "Workspace", "Staff accounts and roles, the service catalog, prices and "
                         "commission rates.");
    }
    return {};
}

QString workspaceIconPath(Workspace workspace)
{
    return QStringLiteral(":/icons/%1.svg").arg(workspaceId(workspace));
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QCoreApplication::translate("Role", "Dispatcher");
    case Role::Finance:
        return QCoreApplication::translate("Role", "Finance");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

QString collectionTitle(const QString &collection)
{
    static const struct
    {
        const char *id;
        const char *title;
    } names[] = {
        {"orders", QT_TRANSLATE_NOOP("Collection", "orders")},
        {"customers", QT_TRANSLATE_NOOP("Collection", "customers")},
        {"technicians", QT_TRANSLATE_NOOP("Collection", "technicians")},
        {"applications", QT_TRANSLATE_NOOP("Collection", "technician applications")},
        {"refunds", QT_TRANSLATE_NOOP("Collection", "refunds")},
        {"coupons", QT_TRANSLATE_NOOP("Collection", "coupons")},
        {"redemptions", QT_TRANSLATE_NOOP("Collection", "coupon redemptions")},
        {"service_items", QT_TRANSLATE_NOOP("Collection", "service items")},
        {"commission_rates", QT_TRANSLATE_NOOP("Collection", "commission rates")},
        {"settlements", QT_TRANSLATE_NOOP("Collection", "settlements")},
        {"withdrawals", QT_TRANSLATE_NOOP("Collection", "withdrawals")},
        {"reviews", QT_TRANSLATE_NOOP("Collection", "reviews")},
        {"complaints", QT_TRANSLATE_NOOP("Collection", "complaints")},
        {"staff", QT_TRANSLATE_NOOP("Collection", "staff")},
    };
    for (const auto &name : names)
        if (collection == QLatin1String(name.id))
            return QCoreApplication::translate("Collection", name.title);
    return collection;
}

} // namespace OpsDesk
