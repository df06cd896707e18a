#include "models/Workspace.h"

namespace OpsDesk {

QString workspaceId(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Dispatch:
        return QStringLiteral("dispatch");
    case Workspace::Orders:
        return QStringLiteral("orders");
    case Workspace::Audit:
        return QStringLiteral("audit");
    case Workspace::Finance:
        return QStringLiteral("finance");
    case Workspace::Dashboards:
        return QStringLiteral("dashboards");
    case Workspace::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Workspace> workspaceFromId(const QString &id)
{
    const QString normalized = id.trimmed().toLower();
    for (const Workspace workspace : allWorkspaces())
        if (workspaceId(workspace) == normalized)
            return workspace;
    return std::nullopt;
}

QList<Workspace> allWorkspaces()
{
    return {Workspace::Dispatch, Workspace::Orders,     Workspace::Audit,
            Workspace::Finance,  Workspace::Dashboards, Workspace::Admin};
}

} // namespace OpsDesk
