#include "models/Role.h"

namespace OpsDesk {

QString roleId(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QStringLiteral("dispatcher");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    const QString normalized = id.trimmed().toLower();
    for (const Role role : allRoles())
        if (roleId(role) == normalized)
            return role;
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Dispatcher, Role::Finance, Role::Auditor, Role::Admin};
}

QList<Workspace> workspacesForRole(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return {Workspace::Dispatch, Workspace::Orders, Workspace::Dashboards};
    case Role::Finance:
        return {Workspace::Finance, Workspace::Orders, Workspace::Dashboards};
    case Role::Auditor:
        return {Workspace::Audit, Workspace::Dashboards};
    case Role::Admin:
        return allWorkspaces();
    }
    return {};
}

QList<Workspace> workspacesForRoles(const QList<Role> &roles)
{
    QList<Workspace> result;
    // Keep the canonical order of allWorkspaces(), whatever the role order.
    for (const Workspace workspace : allWorkspaces()) {
        for (const Role role : roles) {
            if (workspacesForRole(role).contains(workspace)) {
                result.append(workspace);
                break;
            }
        }
    }
    return result;
}

} // namespace OpsDesk
