#include "server/ApiServer.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/demo/Simulator.h"
#include "server/http/BodyReader.h"

namespace OpsDesk::Server {

void registerSimulatorRoutes(ApiServer &server, Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/admin/simulator"),
               {.roles = {Role::Admin}, .command = true, .jsonBody = true},
               [&server](RequestContext &context) {
                   if (!server.faultsEnabled()) {
                       Problem problem = Problem::notFound(QStringLiteral(
                           "The simulator is only available on servers started with --demo or "
                           "--test-faults."));
                       problem.type = QStringLiteral("faults-disabled");
                       return problem.toResponse();
                   }
                   const QJsonValue running = context.body.value(QStringLiteral("running"));
                   if (!running.isBool())
                       return Problem::validation({{QStringLiteral("running"),
                                                    QStringLiteral("required, true or false")}})
                           .toResponse();
                   server.simulator()->setRunning(running.toBool());
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("running"),
                                                               server.simulator()->isRunning()}});
               });
}

} // namespace OpsDesk::Server
