#include "server/tiles/TileRoutes.h"

#include "server/api/RequestContext.h"
#include "server/http/Router.h"
#include "server/tiles/TileRenderer.h"

#include <optional>

namespace OpsDesk::Server {

namespace {

const QByteArray CacheControl = QByteArrayLiteral("public, max-age=86400");

// A tile coordinate: 1 to 9 ASCII digits (anything longer is out of range at
// every zoom we serve).
std::optional<int> parseCoordinate(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly.
bool noneMatchHits(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

HttpResponse tile(TileRenderer &renderer, const HttpRequest &request)
{
    QString ySegment = request.params.value(QStringLiteral("y"));
    if (!ySegment.endsWith(QLatin1String(".png")))
        return Problem::badRequest(
                   QStringLiteral("The tile address must end in <y>.png, not \"%1\".")
                       .arg(ySegment))
            .toResponse();
    ySegment.chop(4);
    const std::optional<int> z = parseCoordinate(request.params.value(QStringLiteral("z")));
    const std::optional<int> x = parseCoordinate(request.params.value(QStringLiteral("x")));
    const std::optional<int> y = parseCoordinate(ySegment);
    if (!z || !x || !y)
        return Problem::badRequest(
                   QStringLiteral("z, x and y must be non-negative integers: /tiles/%1/%2/%3.png")
                       .arg(request.params.value(QStringLiteral("z")),
                            request.params.value(QStringLiteral("x")), ySegment))
            .toResponse();

    QString error;
    switch (renderer.validate(*z, *x, *y, &error)) {
    case TileRenderer::Validity::Invalid:
        return Problem::badRequest(error).toResponse();
    case TileRenderer::Validity::OutOfCoverage:
        return Problem::notFound(error).toResponse();
    case TileRenderer::Validity::Valid:
        break;
    }

    const QByteArray etag = TileRenderer::etag(*z, *x, *y);
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && noneMatchHits(ifNoneMatch, etag)) {
        HttpResponse notModified;
        notModified.status = 304;
        notModified.setHeader("ETag", etag);
        notModified.setHeader("Cache-Control", CacheControl);
        return notModified;
    }

    const std::optional<QByteArray> png = renderer.render(*z, *x, *y);
    if (!png)
        return Problem::internal(QStringLiteral("The tile could not be rendered.")).toResponse();
    HttpResponse response;
    response.status = 200;
    response.body = *png;
    response.setHeader("Content-Type", "image/png");
    response.setHeader("Cache-Control", CacheControl);
    response.setHeader("ETag", etag);
    return response;
}

} // namespace

void registerTileRoutes(Router &router, TileRenderer &renderer)
{
    router.add("GET", QStringLiteral("/api/v1/tiles/{z}/{x}/{y}"), {.authenticated = false},
               [&renderer](RequestContext &context) { return tile(renderer, context.request); });
}

} // namespace OpsDesk::Server
