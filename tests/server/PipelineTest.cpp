// The request pipeline of the reference server, driven in-process through
// ApiServer::handle (no socket): authentication, roles, JSON bodies,
// idempotency and the problem documents.
#include "server/ApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include "common/InProcessServer.h"

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

namespace {

class Pipeline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server = OpsDesk::TestSupport::startInProcessServer(m_dir.path());
        ASSERT_TRUE(m_server);
    }

    HttpResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QByteArray &token = {}, QHash<QByteArray, QByteArray> headers = {})
    {
        HttpRequest request;
        request.method = method;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        request.path = q < 0 ? path : path.left(q);
        if (q >= 0)
            request.query = QUrlQuery(path.mid(q + 1));
        request.body = body;
        request.headers = headers;
        if (!token.isEmpty())
            request.headers.insert("authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.headers.insert("content-type", "application/json");
        return m_server->handle(request);
    }

    QByteArray login(const char *user)
    {
        return OpsDesk::TestSupport::loginInProcess(*m_server, user);
    }

    static QJsonObject json(const HttpResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiServer> m_server;
};

QHash<QByteArray, QByteArray> withKey(const QByteArray &key)
{
    return {{"idempotency-key", key}};
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace

TEST_F(Pipeline, LoginGivesTokensAndMe)
{
    const HttpResponse response = call("POST", QStringLiteral("/api/v1/auth/login"),
                                       R"({"username":"finance","password":"opsdesk-demo"})");
    ASSERT_EQ(response.status, 200);
    const QJsonObject body = json(response);
    EXPECT_FALSE(body.value(QStringLiteral("access_token")).toString().isEmpty());
    EXPECT_FALSE(body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    EXPECT_EQ(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(body[QStringLiteral("staff")][QStringLiteral("roles")].toArray().first().toString(),
              QStringLiteral("finance"));

    const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();
    const HttpResponse me = call("GET", QStringLiteral("/api/v1/me"), {}, token);
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(json(me).value(QStringLiteral("username")).toString(), QStringLiteral("finance"));
}

TEST_F(Pipeline, WrongPasswordAndMissingTokenAre401)
{
    const HttpResponse wrong = call("POST", QStringLiteral("/api/v1/auth/login"),
                                    R"({"username":"finance","password":"nope"})");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.header("Content-Type"), QByteArray("application/problem+json"));
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/me")).status, 401);
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/me"), {}, "made-up-token").status, 401);
}

TEST_F(Pipeline, RefreshRotatesAndLogoutRevokes)
{
    const HttpResponse first = call("POST", QStringLiteral("/api/v1/auth/login"),
                                    R"({"username":"auditor","password":"opsdesk-demo"})");
    const QString refresh = json(first).value(QStringLiteral("refresh_token")).toString();
    const QByteArray body = QByteArray(R"({"refresh_token":")") + refresh.toLatin1() + "\"}";
    const HttpResponse second = call("POST", QStringLiteral("/api/v1/auth/refresh"), body);
    ASSERT_EQ(second.status, 200);
    // The old refresh token was rotated away.
    EXPECT_EQ(call("POST", QStringLiteral("/api/v1/auth/refresh"), body).status, 401);

    const QString newRefresh = json(second).value(QStringLiteral("refresh_token")).toString();
    const QByteArray access =
        json(second).value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray logoutBody =
        QByteArray(R"({"refresh_token":")") + newRefresh.toLatin1() + "\"}";
    EXPECT_EQ(call("POST", QStringLiteral("/api/v1/auth/logout"), logoutBody, access).status, 204);
    EXPECT_EQ(call("POST", QStringLiteral("/api/v1/auth/refresh"), logoutBody).status, 401);
}

TEST_F(Pipeline, GarbageBodiesAre400ProblemsNeverCrashes)
{
    for (const QByteArray &garbage :
         {QByteArray("{"), QByteArray("[]"), QByteArray("\"text\""), QByteArray("\xff\xfe"),
          QByteArray(R"({"username": 5, "password": []})")}) {
        const HttpResponse response = call("POST", QStringLiteral("/api/v1/auth/login"), garbage);
        EXPECT_EQ(response.status, 400) << garbage.constData();
        EXPECT_EQ(response.header("Content-Type"), QByteArray("application/problem+json"));
    }
    const QByteArray huge(ApiServer::MaxBodyBytes + 10, 'x');
    EXPECT_EQ(call("POST", QStringLiteral("/api/v1/auth/login"), huge).status, 413);
}

TEST_F(Pipeline, RolesAreEnforced)
{
    const QByteArray dispatcher = login("dispatcher");
    const HttpResponse response = call("PUT", QStringLiteral("/api/v1/admin/faults"),
                                       R"({"latency_ms":0})", dispatcher, withKey(newKey()));
    EXPECT_EQ(response.status, 403);
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/sync/refunds"), {}, dispatcher).status, 403);
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/sync/orders"), {}, dispatcher).status, 200);
}

TEST_F(Pipeline, IdempotentReplayAndKeyReuse)
{
    const QByteArray admin = login("admin");
    const QByteArray key = newKey();
    const HttpResponse first = call("PUT", QStringLiteral("/api/v1/admin/faults"),
                                    R"({"latency_ms":0,"error_rate":0})", admin, withKey(key));
    ASSERT_EQ(first.status, 200) << first.body.constData();
    const HttpResponse again = call("PUT", QStringLiteral("/api/v1/admin/faults"),
                                    R"({"latency_ms":0,"error_rate":0})", admin, withKey(key));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Idempotent-Replayed"), QByteArray("true"));

    const HttpResponse reused = call("PUT", QStringLiteral("/api/v1/admin/faults"),
                                     R"({"latency_ms":5})", admin, withKey(key));
    EXPECT_EQ(reused.status, 422);
    EXPECT_TRUE(json(reused)
                    .value(QStringLiteral("type"))
                    .toString()
                    .endsWith(QStringLiteral("idempotency-key-reuse")));

    EXPECT_EQ(call("PUT", QStringLiteral("/api/v1/admin/faults"), R"({})", admin).status, 400);
    EXPECT_EQ(
        call("PUT", QStringLiteral("/api/v1/admin/faults"), R"({})", admin, withKey("not-a-uuid"))
            .status,
        400);
}

TEST_F(Pipeline, SyncPagesStaffWithCursorAndRejectsForeignCursors)
{
    const QByteArray admin = login("admin");
    const HttpResponse page = call("GET", QStringLiteral("/api/v1/sync/staff?limit=3"), {}, admin);
    ASSERT_EQ(page.status, 200);
    const QJsonObject body = json(page);
    EXPECT_EQ(body.value(QStringLiteral("items")).toArray().size(), 3);
    EXPECT_TRUE(body.value(QStringLiteral("has_more")).toBool());

    QStringList ids;
    QString cursor = body.value(QStringLiteral("next_cursor")).toString();
    for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
        ids.append(item[QStringLiteral("id")].toString());
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonObject next = json(
            call("GET", QStringLiteral("/api/v1/sync/staff?limit=3&cursor=") + cursor, {}, admin));
        for (const QJsonValue &item : next.value(QStringLiteral("items")).toArray())
            ids.append(item[QStringLiteral("id")].toString());
        cursor = next.value(QStringLiteral("next_cursor")).toString();
        if (!next.value(QStringLiteral("has_more")).toBool())
            break;
    }
    EXPECT_EQ(ids.size(), 8);
    EXPECT_EQ(QSet<QString>(ids.cbegin(), ids.cend()).size(), 8);

    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/sync/staff?cursor=bm9wZQ"), {}, admin).status,
              410);
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/sync/staff?limit=0"), {}, admin).status, 400);
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/sync/nothing"), {}, admin).status, 404);

    // Non-admins see only their own staff record.
    const QByteArray finance = login("finance");
    const QJsonObject own = json(call("GET", QStringLiteral("/api/v1/sync/staff"), {}, finance));
    ASSERT_EQ(own.value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(
        own.value(QStringLiteral("items")).toArray().first()[QStringLiteral("username")].toString(),
        QStringLiteral("finance"));
}
