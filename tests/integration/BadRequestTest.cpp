// Bad request bodies — garbage, wrong types, oversized, missing headers —
// answer a 4xx problem document, never a 5xx. They break the contract on
// purpose, so they go through the observing proxy, which still checks the
// responses against the contract.
#include "integration/ContractFixture.h"

#include <QJsonDocument>

using namespace OpsDesk::Contract;

namespace {

class BadRequests : public ContractTest
{
protected:
    // A 4xx problem+json whose body has the contract's fields.
    static void expectProblem(const Response &response, const QString &what)
    {
        EXPECT_GE(response.status, 400)
            << qPrintable(what) << ": " << qPrintable(response.describe());
        EXPECT_LT(response.status, 500)
            << qPrintable(what) << ": " << qPrintable(response.describe());
        EXPECT_TRUE(response.header("content-type").startsWith("application/problem+json"))
            << qPrintable(what) << ": " << qPrintable(response.describe());
        const QJsonObject problem = response.json();
        EXPECT_TRUE(problem.value(QStringLiteral("type"))
                        .toString()
                        .startsWith(QStringLiteral("https://opsdesk.example/problems/")))
            << qPrintable(what) << ": " << qPrintable(response.describe());
        EXPECT_FALSE(problem.value(QStringLiteral("title")).toString().isEmpty());
        EXPECT_FALSE(problem.value(QStringLiteral("detail")).toString().isEmpty());
        EXPECT_EQ(problem.value(QStringLiteral("status")).toInt(), response.status);
    }

    struct Target
    {
        QByteArray method;
        QString path;
        QString user;
        bool command = false;
        std::optional<qint64> version;
    };
    static QList<Target> targets()
    {
        QList<Target> list{
            {"POST", QStringLiteral("/auth/login"), {}, false, {}},
            {"PUT", QStringLiteral("/admin/faults"), QStringLiteral("admin"), true, {}},
        };
        if (serverHasRoute("POST", QStringLiteral("/orders/X/notes"))) {
            static const QJsonObject order =
                claimRecord(QStringLiteral("orders"), [](const QJsonObject &) { return true; });
            if (!order.isEmpty())
                list.append({"POST",
                             QStringLiteral("/orders/%1/notes")
                                 .arg(order.value(QStringLiteral("id")).toString()),
                             QStringLiteral("dispatcher"), true,
                             order.value(QStringLiteral("version")).toInteger()});
        }
        if (serverHasRoute("POST", QStringLiteral("/refunds/X/approve")))
            list.append({"POST", QStringLiteral("/refunds/R-none/approve"),
                         QStringLiteral("finance"), true, 1});
        return list;
    }
    static Call callFor(const Target &target, const QByteArray &body,
                        const QByteArray &contentType = "application/json")
    {
        Call call;
        call.method = target.method;
        call.path = target.path;
        call.body = body;
        call.contentType = contentType;
        if (!target.user.isEmpty())
            call.token = token(target.user);
        if (target.command)
            call.idempotencyKey = newKey();
        if (target.version)
            call.ifMatch = quotedVersion(*target.version);
        return call;
    }
};

} // namespace

TEST_F(BadRequests, GarbageBodiesAre400)
{
    for (const Target &target : targets()) {
        for (const QByteArray &garbage :
             {QByteArray("{"), QByteArray("[]"), QByteArray("\"text\""), QByteArray("null"),
              QByteArray("\xff\xfe\x00\x01", 4), QByteArray("{\"a\":1}}")}) {
            const QString what = QString::fromLatin1(target.method) + QLatin1Char(' ') +
                                 target.path + QStringLiteral(" with ") +
                                 QString::fromLatin1(garbage.toHex());
            // As text the proxy forwards it untouched...
            const Response asText = send(callFor(target, garbage, "text/plain"), Route::Observing);
            expectProblem(asText, what);
            EXPECT_EQ(asText.status, 400) << qPrintable(what);
            // ...as JSON only the server itself takes it (Prism parses JSON
            // bodies first and answers malformed ones on its own).
            const Response asJson = send(callFor(target, garbage), Route::Direct);
            expectProblem(asJson, what);
            EXPECT_EQ(asJson.status, 400) << qPrintable(what);
        }
    }
}

TEST_F(BadRequests, WrongTypesAre400WithTheFields)
{
    struct Case
    {
        QByteArray method;
        QString path;
        QString user;
        QByteArray body;
        QString field;
        std::optional<qint64> version;
    };
    QList<Case> cases{
        {"POST",
         QStringLiteral("/auth/login"),
         {},
         R"({"username":5,"password":[]})",
         QStringLiteral("username"),
         {}},
        {"PUT",
         QStringLiteral("/admin/faults"),
         QStringLiteral("admin"),
         R"({"latency_ms":"slow","error_rate":2})",
         QStringLiteral("latency_ms"),
         {}},
    };
    for (const Target &target : targets()) {
        if (target.path.endsWith(QLatin1String("/notes")))
            cases.append({target.method, target.path, target.user, R"({"text":42})",
                          QStringLiteral("text"), target.version});
        if (target.path.endsWith(QLatin1String("/approve")))
            cases.append({target.method, target.path, target.user,
                          R"({"amount_cents":"12.50","note":7})", QStringLiteral("amount_cents"),
                          target.version});
    }
    for (const Case &c : cases) {
        Target target{c.method, c.path, c.user, !c.user.isEmpty(), c.version};
        const Response response = send(callFor(target, c.body), Route::Observing);
        const QString what = QString::fromLatin1(c.method) + QLatin1Char(' ') + c.path;
        expectProblem(response, what);
        EXPECT_EQ(response.status, 400) << qPrintable(what);
        EXPECT_EQ(response.problemType(), QStringLiteral("validation")) << qPrintable(what);
        EXPECT_TRUE(QString::fromUtf8(response.body).contains(c.field))
            << qPrintable(what) << " does not name " << qPrintable(c.field);
    }
}

TEST_F(BadRequests, OversizedBodiesAre413)
{
    QByteArray huge = R"({"text":")";
    huge += QByteArray(1024 * 1024 + 16, 'x');
    huge += R"("})";
    for (const Target &target : targets()) {
        const Response response = send(callFor(target, huge), Route::Observing);
        const QString what = QString::fromLatin1(target.method) + QLatin1Char(' ') + target.path;
        expectProblem(response, what);
        EXPECT_EQ(response.status, 413) << qPrintable(what);
        EXPECT_EQ(response.problemType(), QStringLiteral("payload-too-large"));
    }
}

TEST_F(BadRequests, CommandsWithoutAUsableIdempotencyKeyOrIfMatchAre400)
{
    for (const Target &target : targets()) {
        if (!target.command)
            continue;
        const QString what = QString::fromLatin1(target.method) + QLatin1Char(' ') + target.path;
        const QByteArray body =
            target.path.endsWith(QLatin1String("/faults"))
                ? QByteArray(
                      R"({"latency_ms":0,"error_rate":0,"drop_after_commit":0,"slow_body_ms":0,"truncate_json_next":0})")
            : target.path.endsWith(QLatin1String("/notes"))
                ? QByteArray(R"({"text":"no key"})")
                : QByteArray(R"({"amount_cents":100,"note":"no key"})");
        Call missing = callFor(target, body);
        missing.idempotencyKey.clear();
        const Response noKey = send(missing, Route::Observing);
        expectProblem(noKey, what + QStringLiteral(" without Idempotency-Key"));
        EXPECT_EQ(noKey.status, 400);
        Call notUuid = callFor(target, body);
        notUuid.idempotencyKey = "not-a-uuid";
        const Response badKey = send(notUuid, Route::Observing);
        expectProblem(badKey, what + QStringLiteral(" with a malformed Idempotency-Key"));
        EXPECT_EQ(badKey.status, 400);
        if (target.version && target.path.endsWith(QLatin1String("/notes"))) {
            Call noIfMatch = callFor(target, body);
            noIfMatch.ifMatch.clear();
            const Response response = send(noIfMatch, Route::Observing);
            expectProblem(response, what + QStringLiteral(" without If-Match"));
            EXPECT_EQ(response.status, 400);
        }
    }
}
