#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OpsDesk {

// The console's workspaces, in the order the navigation shows them.
enum class Workspace
{
    Dispatch,
    Orders,
    Audit,
    Finance,
    Dashboards,
    Admin
};

QString workspaceId(Workspace workspace);                    // "dispatch"
std::optional<Workspace> workspaceFromId(const QString &id); // case-insensitive
QList<Workspace> allWorkspaces();

} // namespace OpsDesk
