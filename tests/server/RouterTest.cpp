#include "server/http/Router.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

TEST(Router, MatchesPathParameters)
{
    Router router;
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/assign"), [](HttpRequest &request) {
        return HttpResponse::json(
            200, {{QStringLiteral("id"), request.params.value(QStringLiteral("id"))}});
    });
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/orders/O42/assign");
    const HttpResponse response = router.dispatch(request);
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(response.body)[QStringLiteral("id")].toString(),
              QStringLiteral("O42"));
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithProblemBodies)
{
    Router router;
    router.add("GET", QStringLiteral("/api/v1/health"),
               [](HttpRequest &) { return HttpResponse::noContent(); });
    HttpRequest missing;
    missing.method = "GET";
    missing.path = QStringLiteral("/api/v1/nothing");
    const HttpResponse notFound = router.dispatch(missing);
    EXPECT_EQ(notFound.status, 404);
    EXPECT_EQ(notFound.header("Content-Type"), QByteArray("application/problem+json"));
    EXPECT_EQ(QJsonDocument::fromJson(notFound.body)[QStringLiteral("status")].toInt(), 404);

    HttpRequest wrongMethod;
    wrongMethod.method = "DELETE";
    wrongMethod.path = QStringLiteral("/api/v1/health");
    EXPECT_EQ(router.dispatch(wrongMethod).status, 405);
}
