#pragma once

#include "models/Workspace.h"

#include <QList>
#include <QString>

#include <optional>

namespace OpsDesk {

// The staff roles of BRIEF.md. A staff member may hold several.
enum class Role
{
    Dispatcher,
    Finance,
    Auditor,
    Admin
};

QString roleId(Role role);                         // "dispatcher"
std::optional<Role> roleFromId(const QString &id); // case-insensitive
QList<Role> allRoles();

// The workspaces a role may open. Admin sees all of them.
QList<Workspace> workspacesForRole(Role role);
QList<Workspace> workspacesForRoles(const QList<Role> &roles);

} // namespace OpsDesk
