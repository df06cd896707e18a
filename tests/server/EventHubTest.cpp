// The live event stream in-process: a real ApiServer on a loopback port and
// QWebSocket clients, with records written straight into the store. Checks
// who gets which change and position, replay, resync and token expiry.
#include "server/ApiServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace OpsDesk::Server;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

struct Client
{
    explicit Client(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(url);
    }
    ~Client() { socket.abort(); }

    bool has(const QString &type, const QString &id) const
    {
        for (const QJsonObject &m : messages) {
            const QString key = type == QLatin1String("position")
                                    ? m.value(QStringLiteral("technician_id")).toString()
                                    : m.value(QStringLiteral("id")).toString();
            if (m.value(QStringLiteral("type")).toString() == type && key == id)
                return true;
        }
        return false;
    }
    int count(const QString &type) const
    {
        int n = 0;
        for (const QJsonObject &m : messages)
            n += m.value(QStringLiteral("type")).toString() == type;
        return n;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;
};

class EventHubTest : public ::testing::Test
{
protected:
    void start(int accessTtl = 900)
    {
        ServerOptions options;
        options.dataDir = m_dir.path();
        options.demo = true;
        options.orders = 0;
        options.technicians = 0;
        options.accessTokenTtl = accessTtl;
        m_server = std::make_unique<ApiServer>(options);
        QString error;
        ASSERT_TRUE(m_server->initialize(&error)) << qPrintable(error);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        ASSERT_NE(m_port, 0);
    }

    QUrl url(const char *user, const QString &cursor = {})
    {
        const auto tokens =
            m_server->auth().login(QString::fromLatin1(user), QStringLiteral("opsdesk-demo"));
        EXPECT_TRUE(tokens.has_value()) << user;
        QUrl u;
        u.setScheme(QStringLiteral("ws"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_port);
        u.setPath(QStringLiteral("/api/v1/events"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"),
                           tokens ? tokens->accessToken : QString());
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        u.setQuery(query);
        return u;
    }

    qint64 put(const QString &collection, const QString &id, const QString &city)
    {
        QJsonObject doc{{QStringLiteral("id"), id}};
        if (!city.isEmpty())
            doc.insert(QStringLiteral("city"), city);
        Store &store = m_server->store();
        store.beginTransaction();
        const Record record = store.put(collection, doc, isoNow());
        store.commit();
        return record.seq;
    }

    static bool hello(Client &client)
    {
        return waitFor([&] { return client.count(QStringLiteral("hello")) == 1; });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
};

} // namespace

TEST_F(EventHubTest, ChangesFollowRolesCitiesAndOwnStaffRecord)
{
    start();
    Client dispatcher(url("dispatcher"));
    Client scoped(url("dispatcher_scoped")); // limited to beijing
    Client finance(url("finance"));
    Client auditor(url("auditor"));
    for (Client *c : {&dispatcher, &scoped, &finance, &auditor})
        ASSERT_TRUE(hello(*c));

    put(QStringLiteral("orders"), QStringLiteral("O-sh"), QStringLiteral("shanghai"));
    put(QStringLiteral("orders"), QStringLiteral("O-bj"), QStringLiteral("beijing"));
    put(QStringLiteral("refunds"), QStringLiteral("R-sh"), QStringLiteral("shanghai"));
    put(QStringLiteral("applications"), QStringLiteral("A-bj"), QStringLiteral("beijing"));
    put(QStringLiteral("staff"), QStringLiteral("ST0003"), {}); // finance's own record
    put(QStringLiteral("orders"), QStringLiteral("O-end"), {}); // everyone sees it
    for (Client *c : {&dispatcher, &scoped, &finance, &auditor})
        ASSERT_TRUE(
            waitFor([&] { return c->has(QStringLiteral("change"), QStringLiteral("O-end")); }));

    EXPECT_TRUE(dispatcher.has(QStringLiteral("change"), QStringLiteral("O-sh")));
    EXPECT_TRUE(dispatcher.has(QStringLiteral("change"), QStringLiteral("O-bj")));
    EXPECT_FALSE(dispatcher.has(QStringLiteral("change"), QStringLiteral("R-sh")));
    EXPECT_FALSE(dispatcher.has(QStringLiteral("change"), QStringLiteral("A-bj")));
    EXPECT_FALSE(dispatcher.has(QStringLiteral("change"), QStringLiteral("ST0003")));

    EXPECT_FALSE(scoped.has(QStringLiteral("change"), QStringLiteral("O-sh")));
    EXPECT_TRUE(scoped.has(QStringLiteral("change"), QStringLiteral("O-bj")));

    EXPECT_TRUE(finance.has(QStringLiteral("change"), QStringLiteral("R-sh")));
    EXPECT_FALSE(finance.has(QStringLiteral("change"), QStringLiteral("A-bj")));
    EXPECT_TRUE(finance.has(QStringLiteral("change"), QStringLiteral("ST0003")));

    EXPECT_TRUE(auditor.has(QStringLiteral("change"), QStringLiteral("A-bj")));
    EXPECT_FALSE(auditor.has(QStringLiteral("change"), QStringLiteral("R-sh")));

    const QJsonObject last = dispatcher.messages.constLast();
    EXPECT_EQ(last.value(QStringLiteral("collection")).toString(), QStringLiteral("orders"));
    EXPECT_EQ(last.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(last.value(QStringLiteral("seq")).toInteger(), m_server->store().currentSeq());
}

TEST_F(EventHubTest, ReplaysAfterACursorAndAsksForResyncBeyondTheBuffer)
{
    start();
    m_server->events().setBufferCapacity(3);
    QList<qint64> seqs;
    for (int i = 0; i < 5; ++i)
        seqs.append(put(QStringLiteral("orders"), QStringLiteral("O%1").arg(i), {}));

    Client recent(url("admin", QString::number(seqs.at(2))));
    ASSERT_TRUE(waitFor([&] { return recent.count(QStringLiteral("change")) == 2; }));
    EXPECT_TRUE(recent.has(QStringLiteral("change"), QStringLiteral("O3")));
    EXPECT_TRUE(recent.has(QStringLiteral("change"), QStringLiteral("O4")));
    EXPECT_EQ(recent.messages.constFirst().value(QStringLiteral("type")).toString(),
              QStringLiteral("hello"));

    Client old(url("admin", QString::number(seqs.at(0))));
    ASSERT_TRUE(waitFor([&] { return old.count(QStringLiteral("resync")) == 1; }));
    EXPECT_EQ(old.count(QStringLiteral("change")), 0);

    // The resume message does the same on an open stream.
    old.socket.sendTextMessage(
        QStringLiteral(R"({"type":"resume","cursor":"%1"})").arg(seqs.at(3)));
    ASSERT_TRUE(waitFor([&] { return old.has(QStringLiteral("change"), QStringLiteral("O4")); }));
    EXPECT_EQ(old.count(QStringLiteral("change")), 1);
}

TEST_F(EventHubTest, PositionsGoToWhoMaySeeTheTechnician)
{
    start();
    put(QStringLiteral("technicians"), QStringLiteral("T-sh"), QStringLiteral("shanghai"));
    put(QStringLiteral("technicians"), QStringLiteral("T-bj"), QStringLiteral("beijing"));
    Client dispatcher(url("dispatcher"));
    Client scoped(url("dispatcher_scoped"));
    ASSERT_TRUE(hello(dispatcher));
    ASSERT_TRUE(hello(scoped));
    for (const char *id : {"T-sh", "T-bj"})
        m_server->events().publishPosition({{QStringLiteral("technician_id"), QLatin1String(id)},
                                            {QStringLiteral("lat"), 31.2},
                                            {QStringLiteral("lng"), 121.5},
                                            {QStringLiteral("at"), isoNow()}});
    ASSERT_TRUE(waitFor([&] { return dispatcher.count(QStringLiteral("position")) == 2; }));
    ASSERT_TRUE(
        waitFor([&] { return scoped.has(QStringLiteral("position"), QStringLiteral("T-bj")); }));
    EXPECT_FALSE(scoped.has(QStringLiteral("position"), QStringLiteral("T-sh")));
}

TEST_F(EventHubTest, AnExpiredTokenClosesTheStreamWith4401)
{
    start(1); // access tokens live one second
    m_server->events().setPingIntervalMs(200);
    Client client(url("admin"));
    ASSERT_TRUE(hello(client));
    ASSERT_TRUE(waitFor([&] { return client.closed; }, 10000));
    EXPECT_EQ(int(client.socket.closeCode()), 4401);
}
