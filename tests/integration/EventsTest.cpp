// GET /api/v1/events against the real server (WebSocket frames cannot go
// through the HTTP validating proxy): token check, hello, change events,
// replay after a cursor and resync when the cursor is too old.
#include "integration/ContractFixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

using namespace OpsDesk::Contract;

namespace {

class EventClient
{
public:
    explicit EventClient(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        m_socket.open(url);
    }
    ~EventClient() { m_socket.abort(); }

    // Waits (bounded) until `done` holds; true when it did.
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired()) {
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return done();
    }
    // The first message of `type` after index `from`, waiting for it.
    QJsonObject next(const QString &type, qsizetype from = 0, int timeoutMs = 10000)
    {
        QJsonObject found;
        waitFor(
            [&] {
                for (qsizetype i = from; i < m_messages.size(); ++i)
                    if (m_messages.at(i).value(QStringLiteral("type")).toString() == type) {
                        found = m_messages.at(i);
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return found;
    }

    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
};

class Events : public ContractTest
{
protected:
    static QUrl eventsUrl(const QByteArray &token, const QString &cursor = {},
                          const QString &path = QStringLiteral("/api/v1/events"))
    {
        QUrl url = env().serverUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(path);
        QUrlQuery query;
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(token));
        if (!cursor.isNull())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
        return url;
    }
};

} // namespace

TEST_F(Events, BadTokensPathsAndCursorsAreClosedWithTheContractsCodes)
{
    struct Case
    {
        QUrl url;
        int code;
    };
    const QByteArray admin = token(QStringLiteral("admin"));
    for (const Case &c : {Case{eventsUrl({}), 4401}, Case{eventsUrl("made-up"), 4401},
                          Case{eventsUrl(admin, QStringLiteral("abc")), 4400}}) {
        EventClient client(c.url);
        ASSERT_TRUE(client.waitFor([&] { return client.m_closed; }))
            << qPrintable(c.url.toString());
        EXPECT_EQ(int(client.m_socket.closeCode()), c.code) << qPrintable(c.url.toString());
        EXPECT_TRUE(client.m_messages.isEmpty());
    }
    // Elsewhere there is no upgrade at all (404).
    EventClient elsewhere(eventsUrl(admin, {}, QStringLiteral("/api/v1/elsewhere")));
    ASSERT_TRUE(elsewhere.waitFor([&] { return elsewhere.m_closed; }));
    EXPECT_TRUE(elsewhere.m_messages.isEmpty());
}

TEST_F(Events, HelloThenChangesThenReplayAfterACursor)
{
    const QJsonObject order =
        claimRecord(QStringLiteral("orders"), [](const QJsonObject &) { return true; });
    OPSDESK_REQUIRE_RECORD(order, "order");
    const QString id = order.value(QStringLiteral("id")).toString();

    EventClient admin(eventsUrl(token(QStringLiteral("admin"))));
    EventClient dispatcher(eventsUrl(token(QStringLiteral("dispatcher"))));
    const QJsonObject hello = admin.next(QStringLiteral("hello"));
    ASSERT_FALSE(hello.isEmpty()) << "no hello";
    ASSERT_FALSE(dispatcher.next(QStringLiteral("hello")).isEmpty());
    const qint64 helloSeq = hello.value(QStringLiteral("seq")).toInteger();
    EXPECT_GT(helloSeq, 0);

    const Response deleted = command("DELETE", QStringLiteral("/admin/records/orders/") + id, {},
                                     QStringLiteral("admin"));
    ASSERT_EQ(deleted.status, 204) << qPrintable(deleted.describe());
    for (EventClient *client : {&admin, &dispatcher}) {
        const QJsonObject change = client->next(QStringLiteral("change"));
        ASSERT_FALSE(change.isEmpty()) << "no change event";
        EXPECT_EQ(change.value(QStringLiteral("collection")).toString(), QStringLiteral("orders"));
        EXPECT_EQ(change.value(QStringLiteral("id")).toString(), id);
        EXPECT_EQ(change.value(QStringLiteral("version")).toInteger(),
                  order.value(QStringLiteral("version")).toInteger() + 1);
        EXPECT_TRUE(change.value(QStringLiteral("deleted")).toBool());
        EXPECT_GT(change.value(QStringLiteral("seq")).toInteger(), helloSeq);
    }
    const qint64 changeSeq =
        admin.next(QStringLiteral("change")).value(QStringLiteral("seq")).toInteger();

    // A client that reconnects with the hello's seq gets what it missed…
    EventClient resumed(eventsUrl(token(QStringLiteral("admin")), QString::number(helloSeq)));
    const QJsonObject replayed = resumed.next(QStringLiteral("change"));
    EXPECT_EQ(replayed.value(QStringLiteral("seq")).toInteger(), changeSeq);
    EXPECT_EQ(replayed.value(QStringLiteral("id")).toString(), id);
    // …and so does one that sends a resume message.
    EventClient later(eventsUrl(token(QStringLiteral("admin"))));
    ASSERT_FALSE(later.next(QStringLiteral("hello")).isEmpty());
    later.m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("resume")},
                                  {QStringLiteral("cursor"), QString::number(helloSeq)}})
            .toJson(QJsonDocument::Compact)));
    EXPECT_EQ(later.next(QStringLiteral("change")).value(QStringLiteral("seq")).toInteger(),
              changeSeq);

    // A cursor from before the server's buffer gets resync.
    EventClient old(eventsUrl(token(QStringLiteral("admin")), QStringLiteral("0")));
    const QJsonObject resync = old.next(QStringLiteral("resync"));
    EXPECT_EQ(resync.value(QStringLiteral("reason")).toString(), QStringLiteral("cursor-expired"));
}
