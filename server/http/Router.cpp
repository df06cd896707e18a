#include "server/http/Router.h"

namespace OpsDesk::Server {

void Router::add(const QByteArray &method, const QString &pattern, RouteOptions options,
                 Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.options = std::move(options);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

bool Router::match(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            if (segments.at(i).isEmpty())
                return false;
            captured.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

Router::Match Router::find(HttpRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        result.pathMatched = true;
        if (route.method != request.method)
            continue;
        request.params = std::move(params);
        result.route = &route;
        return result;
    }
    return result;
}

QStringList Router::routes() const
{
    QStringList result;
    for (const Route &route : m_routes)
        result.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
    return result;
}

} // namespace OpsDesk::Server
