#pragma once

#include "models/Role.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace OpsDesk {

// The signed-in staff member as the server describes them (GET /me).
struct Staff
{
    QString id;
    QString username;
    QString displayName;
    QList<Role> roles;
    QStringList cities; // empty = every city

    bool hasRole(Role role) const { return roles.contains(role); }
    QList<Workspace> workspaces() const { return workspacesForRoles(roles); }

    // Nothing when a required field is missing or a role is unknown.
    static std::optional<Staff> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace OpsDesk
