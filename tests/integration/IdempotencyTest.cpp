// Idempotency and optimistic concurrency over HTTP, through the validating
// proxy: replays, key reuse, a key still executing, stale versions, and a
// connection dropped after the commit.
#include "integration/ContractFixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUuid>

using namespace OpsDesk::Contract;

namespace {

class Idempotency : public ContractTest
{
protected:
    void TearDown() override
    {
        if (m_faultsChanged)
            setFaults({});
    }
    bool faults(const QJsonObject &settings)
    {
        m_faultsChanged = true;
        return setFaults(settings);
    }

    static QString notesPath(const QJsonObject &order)
    {
        return QStringLiteral("/orders/%1/notes").arg(order.value(QStringLiteral("id")).toString());
    }
    static qint64 versionOf(const QJsonObject &record)
    {
        return record.value(QStringLiteral("version")).toInteger();
    }
    static QJsonObject note(const QString &text) { return {{QStringLiteral("text"), text}}; }
    static int countNotes(const QJsonObject &order, const QString &text)
    {
        int n = 0;
        for (const QJsonValue &entry : order.value(QStringLiteral("notes")).toArray())
            n += entry[QStringLiteral("text")].toString() == text;
        return n;
    }

    bool m_faultsChanged = false;
};

bool anyOrder(const QJsonObject &)
{
    return true;
}

// Dispatchers may cancel these (the contract's /orders/{id}/status).
bool cancellable(const QJsonObject &order)
{
    static const QStringList early{QStringLiteral("pending_payment"),
                                   QStringLiteral("awaiting_dispatch"), QStringLiteral("assigned"),
                                   QStringLiteral("accepted")};
    return early.contains(order.value(QStringLiteral("status")).toString());
}

// Sends a request on its own connection and reports whether any response
// byte came back before the server closed it (bounded by timeoutMs).
struct RawOutcome
{
    bool connected = false;
    bool closedByServer = false;
    QByteArray received;
};
RawOutcome rawRequest(const QUrl &server, const QByteArray &request, int timeoutMs)
{
    RawOutcome outcome;
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    outcome.connected = socket.waitForConnected(5000);
    if (!outcome.connected)
        return outcome;
    socket.write(request);
    socket.flush();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        outcome.received += socket.readAll();
    }
    outcome.received += socket.readAll();
    outcome.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return outcome;
}

} // namespace

TEST_F(Idempotency, SameKeyTwiceHasOneEffectAndTheIdenticalResponse)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/orders/X/notes"));
    const QJsonObject order = claimRecord(QStringLiteral("orders"), anyOrder);
    OPSDESK_REQUIRE_RECORD(order, "order");
    const QString text = QStringLiteral("replay ") + QUuid::createUuid().toString();
    const QByteArray key = newKey();
    const Response first = command("POST", notesPath(order), note(text),
                                   QStringLiteral("dispatcher"), versionOf(order), key);
    ASSERT_EQ(first.status, 200) << qPrintable(first.describe());
    EXPECT_TRUE(first.header("idempotent-replayed").isEmpty());
    EXPECT_EQ(versionOf(first.json()), versionOf(order) + 1);

    const Response again = command("POST", notesPath(order), note(text),
                                   QStringLiteral("dispatcher"), versionOf(order), key);
    EXPECT_EQ(again.status, 200) << qPrintable(again.describe());
    EXPECT_EQ(again.header("idempotent-replayed"), QByteArray("true"));
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("etag"), first.header("etag"));

    // One effect: the version moved once, the note is there once.
    const Response next = command("POST", notesPath(order), note(text + QStringLiteral(" (next)")),
                                  QStringLiteral("dispatcher"), versionOf(order) + 1);
    ASSERT_EQ(next.status, 200) << qPrintable(next.describe());
    EXPECT_EQ(countNotes(next.json(), text), 1);
}

TEST_F(Idempotency, SameKeyWithAnotherBodyIs422)
{
    // The admin settings command exists on every test server.
    const QByteArray key = newKey();
    const QJsonObject off{{QStringLiteral("latency_ms"), 0},
                          {QStringLiteral("error_rate"), 0},
                          {QStringLiteral("drop_after_commit"), 0},
                          {QStringLiteral("slow_body_ms"), 0},
                          {QStringLiteral("truncate_json_next"), 0}};
    const Response first =
        command("PUT", QStringLiteral("/admin/faults"), off, QStringLiteral("admin"), {}, key);
    ASSERT_EQ(first.status, 200) << qPrintable(first.describe());
    QJsonObject other = off;
    other.insert(QStringLiteral("slow_body_ms"), 5);
    const Response reused =
        command("PUT", QStringLiteral("/admin/faults"), other, QStringLiteral("admin"), {}, key);
    EXPECT_EQ(reused.status, 422) << qPrintable(reused.describe());
    EXPECT_EQ(reused.problemType(), QStringLiteral("idempotency-key-reuse"));

    if (!serverHasRoute("POST", QStringLiteral("/orders/X/notes")))
        return;
    const QJsonObject order = claimRecord(QStringLiteral("orders"), anyOrder);
    if (order.isEmpty())
        return;
    const QByteArray noteKey = newKey();
    const Response noted = command("POST", notesPath(order), note(QStringLiteral("first body")),
                                   QStringLiteral("dispatcher"), versionOf(order), noteKey);
    ASSERT_EQ(noted.status, 200) << qPrintable(noted.describe());
    const Response changed = command("POST", notesPath(order), note(QStringLiteral("second body")),
                                     QStringLiteral("dispatcher"), versionOf(order), noteKey);
    EXPECT_EQ(changed.status, 422) << qPrintable(changed.describe());
    EXPECT_EQ(changed.problemType(), QStringLiteral("idempotency-key-reuse"));
}

TEST_F(Idempotency, SameKeyWhileTheFirstStillRunsIs409InProgress)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/orders/X/notes"));
    const QJsonObject order = claimRecord(QStringLiteral("orders"), anyOrder);
    OPSDESK_REQUIRE_RECORD(order, "order");
    token(QStringLiteral("dispatcher")); // log in before the latency
    ASSERT_TRUE(faults({{QStringLiteral("latency_ms"), 1500}}));

    const QString text = QStringLiteral("concurrent ") + QUuid::createUuid().toString();
    Call call;
    call.method = "POST";
    call.path = notesPath(order);
    call.body = QJsonDocument(note(text)).toJson(QJsonDocument::Compact);
    call.token = token(QStringLiteral("dispatcher"));
    call.idempotencyKey = newKey();
    call.ifMatch = quotedVersion(versionOf(order));
    const QList<Response> both = env().sendConcurrently({call, call});
    ASSERT_EQ(both.size(), 2);
    for (qsizetype i = 0; i < both.size(); ++i)
        checkContract(both.at(i), Route::Strict, call);
    QList<int> statuses{both.at(0).status, both.at(1).status};
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, (QList<int>{200, 409})) << qPrintable(both.at(0).describe()) << "\n"
                                                << qPrintable(both.at(1).describe());
    const Response &conflict = both.at(0).status == 409 ? both.at(0) : both.at(1);
    const Response &done = both.at(0).status == 409 ? both.at(1) : both.at(0);
    EXPECT_EQ(conflict.problemType(), QStringLiteral("idempotency-in-progress"));
    EXPECT_FALSE(conflict.header("retry-after").isEmpty());

    ASSERT_TRUE(faults({}));
    // The retry the client makes later gets the stored answer.
    const Response retry = env().send(call);
    EXPECT_EQ(retry.status, 200) << qPrintable(retry.describe());
    EXPECT_EQ(retry.header("idempotent-replayed"), QByteArray("true"));
    EXPECT_EQ(retry.body, done.body);
    EXPECT_EQ(countNotes(retry.json(), text), 1);
}

TEST_F(Idempotency, StaleVersionIs412WithTheCurrentRecord)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/orders/X/notes"));
    const QJsonObject order = claimRecord(QStringLiteral("orders"), anyOrder);
    OPSDESK_REQUIRE_RECORD(order, "order");
    // Someone else changes the order first…
    const Response other = command("POST", notesPath(order), note(QStringLiteral("other desk")),
                                   QStringLiteral("dispatcher2"), versionOf(order));
    ASSERT_EQ(other.status, 200) << qPrintable(other.describe());
    // …then this desk sends the version it saw.
    const Response stale = command("POST", notesPath(order), note(QStringLiteral("this desk")),
                                   QStringLiteral("dispatcher"), versionOf(order));
    EXPECT_EQ(stale.status, 412) << qPrintable(stale.describe());
    EXPECT_EQ(stale.problemType(), QStringLiteral("precondition-failed"));
    const QJsonObject current = stale.json().value(QStringLiteral("current")).toObject();
    EXPECT_EQ(current.value(QStringLiteral("id")).toString(),
              order.value(QStringLiteral("id")).toString());
    EXPECT_EQ(versionOf(current), versionOf(order) + 1);
}

TEST_F(Idempotency, ConnectionDroppedAfterCommitThenRetriedHasOneEffect)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/orders/X/status"));
    const QJsonObject order = claimRecord(QStringLiteral("orders"), cancellable);
    OPSDESK_REQUIRE_RECORD(order, "cancellable order");
    const QString id = order.value(QStringLiteral("id")).toString();
    const int historyBefore = int(order.value(QStringLiteral("status_history")).toArray().size());
    const QByteArray token = ContractTest::token(QStringLiteral("dispatcher"));
    ASSERT_TRUE(faults({{QStringLiteral("drop_after_commit"), 1}}));

    const QByteArray key = newKey();
    const QByteArray body = R"({"status":"cancelled","reason":"Customer cancelled by phone"})";
    // The dropped request goes straight to the server on its own connection:
    // a proxy would turn the drop into an answer of its own.
    const QByteArray raw =
        "POST /api/v1/orders/" + id.toUtf8() +
        "/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
        "\r\nIdempotency-Key: " + key +
        "\r\nIf-Match: " + quotedVersion(order.value(QStringLiteral("version")).toInteger()) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    const RawOutcome dropped = rawRequest(env().serverUrl(), raw, 15000);
    ASSERT_TRUE(dropped.connected);
    EXPECT_TRUE(dropped.closedByServer);
    EXPECT_TRUE(dropped.received.isEmpty()) << dropped.received.constData();

    const Response faultsNow = get(QStringLiteral("/admin/faults"));
    EXPECT_EQ(faultsNow.json().value(QStringLiteral("drop_after_commit")).toInt(), 0);

    // The client retries the same intent with the same key.
    Call retry;
    retry.method = "POST";
    retry.path = QStringLiteral("/orders/%1/status").arg(id);
    retry.body = body;
    retry.token = token;
    retry.idempotencyKey = key;
    retry.ifMatch = quotedVersion(order.value(QStringLiteral("version")).toInteger());
    const Response replay = send(retry);
    ASSERT_EQ(replay.status, 200) << qPrintable(replay.describe());
    EXPECT_EQ(replay.header("idempotent-replayed"), QByteArray("true"));
    const QJsonObject after = replay.json();
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(after.value(QStringLiteral("version")).toInteger(),
              order.value(QStringLiteral("version")).toInteger() + 1);
    const QJsonArray history = after.value(QStringLiteral("status_history")).toArray();
    EXPECT_EQ(history.size(), historyBefore + 1);
    int cancellations = 0;
    for (const QJsonValue &entry : history)
        cancellations += entry[QStringLiteral("status")].toString() == QLatin1String("cancelled");
    EXPECT_EQ(cancellations, 1);
}
