#pragma once

#include "server/http/HttpTypes.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace OpsDesk::Server {

// Maps "METHOD /path/{param}/..." to handlers. Paths are matched segment by
// segment; a {name} segment captures one path segment into request.params.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    // Finds the handler and fills request.params. Returns 404 or 405
    // problems (as responses) when nothing matches.
    HttpResponse dispatch(HttpRequest &request) const;

    // For tests and the documentation check: every registered route.
    QStringList routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &segments,
                      QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace OpsDesk::Server
