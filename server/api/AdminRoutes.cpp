#include "server/ApiServer.h"
#include "server/api/CommandSupport.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"

namespace OpsDesk::Server {

namespace {

HttpResponse faultsDisabled()
{
    Problem problem = Problem::notFound(
        QStringLiteral("Fault injection is only available on servers started with --demo or "
                       "--test-faults."));
    problem.type = QStringLiteral("faults-disabled");
    return problem.toResponse();
}

// The status of injected errors: 503 (the default) or 429.
int errorStatus(BodyReader &in)
{
    if (!in.has("error_status"))
        return 503;
    const int status = int(in.integer("error_status", {.min = 429, .max = 503}));
    if (status != 429 && status != 503)
        in.addError(QStringLiteral("error_status"), QStringLiteral("must be 429 or 503"));
    return status;
}

} // namespace

void registerAdminRoutes(ApiServer &server, Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/admin/faults"), {.roles = {Role::Admin}},
               [&server](RequestContext &) {
                   if (!server.faultsEnabled())
                       return faultsDisabled();
                   return HttpResponse::json(200, server.faults().toJson());
               });
    router.add("PUT", QStringLiteral("/api/v1/admin/faults"),
               {.roles = {Role::Admin}, .command = true, .jsonBody = true},
               [&server](RequestContext &context) {
                   if (!server.faultsEnabled())
                       return faultsDisabled();
                   BodyReader in(context.body);
                   Faults faults;
                   faults.latencyMs =
                       int(in.integer("latency_ms", {.required = false, .max = 60000}));
                   faults.errorRate = in.number("error_rate", 0, 1, false);
                   faults.errorStatus = errorStatus(in);
                   faults.dropAfterCommit =
                       int(in.integer("drop_after_commit", {.required = false, .max = 1000}));
                   faults.slowBodyMs =
                       int(in.integer("slow_body_ms", {.required = false, .max = 60000}));
                   faults.truncateJsonNext =
                       int(in.integer("truncate_json_next", {.required = false, .max = 1000}));
                   if (!in.ok())
                       return in.problem().toResponse();
                   server.faults() = faults;
                   return HttpResponse::json(200, faults.toJson());
               });
    // Test-only: turns a record into a tombstone, so that clients' handling
    // of deletions can be tested (there is no deleting command otherwise).
    router.add(
        "DELETE", QStringLiteral("/api/v1/admin/records/{collection}/{id}"),
        {.roles = {Role::Admin}, .command = true}, [&server](RequestContext &context) {
            if (!server.faultsEnabled())
                return faultsDisabled();
            const QString collection = context.param("collection");
            const QString id = context.param("id");
            if (!Store::isCollection(collection))
                return Problem::notFound(
                           QStringLiteral("There is no collection \"%1\".").arg(collection))
                    .toResponse();
            if (!context.store.remove(collection, id, context.now))
                return Problem::notFound(
                           QStringLiteral("There is no %1 record \"%2\".").arg(collection, id))
                    .toResponse();
            return HttpResponse::noContent();
        });
    // Test-only: writes a record as given (the next version), so that tests
    // can set up states the demo data may lack, e.g. an open refund request.
    router.add("PUT", QStringLiteral("/api/v1/admin/records/{collection}/{id}"),
               {.roles = {Role::Admin}, .command = true, .jsonBody = true},
               [&server](RequestContext &context) {
                   if (!server.faultsEnabled())
                       return faultsDisabled();
                   const QString collection = context.param("collection");
                   if (!Store::isCollection(collection))
                       return Problem::notFound(
                                  QStringLiteral("There is no collection \"%1\".").arg(collection))
                           .toResponse();
                   QJsonObject doc = context.body;
                   doc.insert(QStringLiteral("id"), context.param("id"));
                   return recordResponse(200, context.store.put(collection, doc, context.now));
               });
}

} // namespace OpsDesk::Server
