#include "server/http/Router.h"
#include "server/api/RequestContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

TEST(Router, MatchesPathParameters)
{
    Router router;
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/assign"), {},
               [](RequestContext &) { return HttpResponse::noContent(); });
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/orders/O42/assign");
    const Router::Match match = router.find(request);
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(request.params.value(QStringLiteral("id")), QStringLiteral("O42"));
}

TEST(Router, DistinguishesUnknownPathFromWrongMethod)
{
    Router router;
    router.add("GET", QStringLiteral("/api/v1/health"), {.authenticated = false},
               [](RequestContext &) { return HttpResponse::noContent(); });
    HttpRequest missing;
    missing.method = "GET";
    missing.path = QStringLiteral("/api/v1/nothing");
    const auto notFound = router.find(missing);
    EXPECT_EQ(notFound.route, nullptr);
    EXPECT_FALSE(notFound.pathMatched);

    HttpRequest wrongMethod;
    wrongMethod.method = "DELETE";
    wrongMethod.path = QStringLiteral("/api/v1/health");
    const auto methodMismatch = router.find(wrongMethod);
    EXPECT_EQ(methodMismatch.route, nullptr);
    EXPECT_TRUE(methodMismatch.pathMatched);
}

TEST(Problem, HasTheProblemJsonShape)
{
    Problem problem =
        Problem::validation({{QStringLiteral("amount_cents"), QStringLiteral("must be positive")}});
    const HttpResponse response = problem.toResponse();
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(response.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    EXPECT_EQ(body.value(QStringLiteral("type")).toString(),
              QStringLiteral("https://opsdesk.example/problems/validation"));
    EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), 400);
    EXPECT_EQ(
        body.value(QStringLiteral("errors")).toArray().first()[QStringLiteral("field")].toString(),
        QStringLiteral("amount_cents"));
}
