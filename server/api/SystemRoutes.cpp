#include "server/ApiServer.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"

namespace OpsDesk::Server {

void registerSystemRoutes(ApiServer &server, Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/health"), {.authenticated = false},
               [&server](RequestContext &context) {
                   return HttpResponse::json(
                       200, QJsonObject{
                                {QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("service"), QStringLiteral("opsdesk-server")},
                                {QStringLiteral("version"), QStringLiteral(OPSDESK_VERSION_STRING)},
                                {QStringLiteral("api_version"), QStringLiteral("1")},
                                {QStringLiteral("time"), context.now},
                                {QStringLiteral("demo"), server.options().demo},
                            });
               });
}

} // namespace OpsDesk::Server
