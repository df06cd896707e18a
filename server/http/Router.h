#pragma once

#include "models/Role.h"
#include "server/http/HttpTypes.h"

#include <QList>

#include <functional>

namespace OpsDesk::Server {

struct RequestContext;

// Who may call a route and how the pipeline treats it.
struct RouteOptions
{
    bool authenticated = true; // false: no bearer token needed
    QList<Role> roles;         // empty: any signed-in staff member
    bool command = false;      // needs Idempotency-Key; replayed from the store
    bool jsonBody = false;     // the body must be a JSON object
};

// Maps "METHOD /path/{param}/..." to handlers. Paths are matched segment by
// segment; a {name} segment captures one path segment into request.params.
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        RouteOptions options;
        Handler handler;
    };

    void add(const QByteArray &method, const QString &pattern, RouteOptions options,
             Handler handler);

    struct Match
    {
        const Route *route = nullptr; // null: no route
        bool pathMatched = false;     // a route has this path, with another method
    };
    // Finds the route and fills request.params.
    Match find(HttpRequest &request) const;

    // For tests and the documentation check: every registered route.
    QStringList routes() const;

private:
    static bool match(const Route &route, const QStringList &segments,
                      QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace OpsDesk::Server
