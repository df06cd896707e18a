#pragma once

#include "models/Role.h"
#include "server/http/HttpTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace OpsDesk::Server {

class Store;
class EventHub;

// The signed-in staff member behind a request.
struct StaffIdentity
{
    QString id;
    QString username;
    QString displayName;
    QList<Role> roles;
    QStringList cities; // empty = every city

    bool hasRole(Role role) const { return roles.contains(role); }
    bool hasAnyRole(const QList<Role> &anyOf) const;
    bool isAdmin() const { return hasRole(Role::Admin); }
    // True when the staff member may see and change records of `city`
    // (records without a city are visible to everyone).
    bool mayAccessCity(const QString &city) const;
};

// What a route handler gets: the request, who sent it, the database, the
// request's time, and (for commands) the parsed JSON body.
struct RequestContext
{
    HttpRequest &request;
    const StaffIdentity *staff = nullptr;
    Store &store;
    QString now;      // RFC 3339 UTC, the same for the whole request
    QJsonObject body; // parsed body of POST/PUT/PATCH (empty otherwise)
    EventHub *events = nullptr;

    QString param(const char *name) const
    {
        return request.params.value(QString::fromLatin1(name));
    }
};

} // namespace OpsDesk::Server
