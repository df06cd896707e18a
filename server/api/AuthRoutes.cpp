#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/auth/AuthService.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

namespace OpsDesk::Server {

namespace {

HttpResponse tokensResponse(const AuthService::Tokens &tokens)
{
    HttpResponse response = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), tokens.accessToken},
                         {QStringLiteral("refresh_token"), tokens.refreshToken},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("expires_in"), tokens.expiresIn},
                         {QStringLiteral("staff"), tokens.staff}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse invalidCredentials(const QString &detail)
{
    Problem problem = Problem::unauthorized(detail);
    problem.type = QStringLiteral("invalid-credentials");
    problem.title = QStringLiteral("Invalid credentials");
    return problem.toResponse();
}

} // namespace

void registerAuthRoutes(Router &router, AuthService &auth)
{
    router.add(
        "POST", QStringLiteral("/api/v1/auth/login"), {.authenticated = false, .jsonBody = true},
        [&auth](RequestContext &context) {
            BodyReader in(context.body);
            const QString username = in.string("username", {.maxLength = 100});
            const QString password = context.body.value(QStringLiteral("password")).toString();
            if (!context.body.value(QStringLiteral("password")).isString() || password.isEmpty())
                in.addError(QStringLiteral("password"), QStringLiteral("is required"));
            if (!in.ok())
                return in.problem().toResponse();
            const auto tokens = auth.login(username, password);
            if (!tokens)
                return invalidCredentials(QStringLiteral("The username or the password is wrong."));
            return tokensResponse(*tokens);
        });
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"),
               {.authenticated = false, .jsonBody = true}, [&auth](RequestContext &context) {
                   BodyReader in(context.body);
                   const QString token = in.string("refresh_token", {.maxLength = 200});
                   if (!in.ok())
                       return in.problem().toResponse();
                   const auto tokens = auth.refresh(token);
                   if (!tokens)
                       return invalidCredentials(QStringLiteral(
                           "The refresh token is unknown, expired or revoked; sign in again."));
                   return tokensResponse(*tokens);
               });
    router.add("POST", QStringLiteral("/api/v1/auth/logout"), {.jsonBody = true},
               [&auth](RequestContext &context) {
                   BodyReader in(context.body);
                   const QString token = in.string("refresh_token", {.maxLength = 200});
                   if (!in.ok())
                       return in.problem().toResponse();
                   auth.logout(token); // revoking twice is not an error
                   return HttpResponse::noContent();
               });
    router.add("GET", QStringLiteral("/api/v1/me"), {}, [](RequestContext &context) {
        const auto staff = context.store.get(QStringLiteral("staff"), context.staff->id);
        if (!staff)
            return Problem::notFound(QStringLiteral("The account no longer exists.")).toResponse();
        return HttpResponse::json(200, staff->doc);
    });
}

} // namespace OpsDesk::Server
