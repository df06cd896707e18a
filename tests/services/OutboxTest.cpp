// The outbox against the real reference server process and a real SQLite
// cache: changes drain, survive the server being down, are applied once
// despite a dropped answer, and end up in the conflict or parked lists with
// the server's reasons.
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/OutboxRules.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/cache/CacheDatabase.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/OutboxReplayer.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

class Outbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        startServer(0);
        ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("admin")));
        m_cachePath = m_cacheDir.filePath(QStringLiteral("cache.sqlite"));
        ASSERT_NO_FATAL_FAILURE(openSession(readableCollections({Role::Admin})));
    }

    void TearDown() override { m_sync.reset(); }

    void startServer(quint16 port)
    {
        QStringList args{QStringLiteral("--demo"),        QStringLiteral("--test-faults"),
                         QStringLiteral("--orders"),      QStringLiteral("300"),
                         QStringLiteral("--technicians"), QStringLiteral("20"),
                         QStringLiteral("--no-simulator")};
        if (port)
            args += {QStringLiteral("--port"), QString::number(port)};
        m_server.start(TestSupport::program(QStringLiteral("opsdesk-server")), args,
                       m_serverDir.path());
        ASSERT_TRUE(m_server.waitForReady(120000)) << qPrintable(m_server.errorString());
    }

    void signIn(const QString &user)
    {
        if (!m_api)
            m_api = std::make_unique<ApiClient>(m_server.baseUrl());
        m_keychain = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk-test"));
        m_session = std::make_unique<SessionManager>(m_api.get(), m_keychain.get());
        m_session->setRemember(false);
        bool ok = false;
        QEventLoop loop;
        m_session->login(user, QStringLiteral("opsdesk-demo"), [&](bool success, const QString &) {
            ok = success;
            loop.quit();
        });
        loop.exec();
        ASSERT_TRUE(ok);
    }

    void openSession(const QStringList &collections)
    {
        m_sync =
            std::make_unique<SyncSession>(m_api.get(), &m_connection, m_cachePath, collections);
        m_sync->setLiveEventsEnabled(false);
        QSignalSpy ready(m_sync.get(), &SyncSession::ready);
        QSignalSpy synced(m_sync->engine(), &SyncEngine::runFinished);
        m_sync->start();
        ASSERT_TRUE(ready.wait(10000));
        ASSERT_TRUE(ready.first().first().toBool()) << qPrintable(ready.first().at(1).toString());
        ASSERT_TRUE(synced.wait(60000));
        ASSERT_TRUE(synced.first().first().toBool()) << qPrintable(synced.first().at(1).toString());
    }

    ApiResponse call(ApiRequest request)
    {
        ApiResponse result;
        QEventLoop loop;
        m_api->send(request, &loop, [&](const ApiResponse &response) {
            result = response;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    ApiResponse command(const QString &path, const QJsonObject &body, qint64 ifMatch = 0,
                        const QByteArray &key = newKey(), const QByteArray &method = "POST")
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.withHeader("Idempotency-Key", key);
        if (ifMatch > 0)
            request.withHeader("If-Match", '"' + QByteArray::number(ifMatch) + '"');
        return call(request);
    }

    QJsonObject serverRecord(const QString &collection, const QString &id)
    {
        return TestSupport::serverSnapshot(m_server.baseUrl(), m_api->accessToken().toLatin1(),
                                           collection)
            .value(id);
    }

    QSqlQuery local(const QString &sql, const QVariantList &binds = {})
    {
        if (!m_reader.isOpen()) {
            QString error;
            EXPECT_TRUE(m_reader.open(m_cachePath, CacheDatabase::Mode::ReadOnly, &error))
                << qPrintable(error);
        }
        QSqlQuery query(m_reader.database());
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec()) << qPrintable(sql);
        return query;
    }

    QJsonObject localRecord(const QString &collection, const QString &id, bool *pending = nullptr)
    {
        QSqlQuery query = local(
            QStringLiteral("SELECT doc, pending FROM records WHERE collection = ? AND id = ?"),
            {collection, id});
        if (!query.next())
            return {};
        if (pending)
            *pending = query.value(1).toBool();
        return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    }

    QString anyLocal(const QString &collection, const QString &where = QStringLiteral("1"))
    {
        QSqlQuery query = local(QStringLiteral("SELECT id FROM records WHERE collection = ? AND ") +
                                    where + QStringLiteral(" ORDER BY id LIMIT 1"),
                                {collection});
        return query.next() ? query.value(0).toString() : QString();
    }

    QString submit(const LocalChange &change)
    {
        QString error;
        const QString opId = TestSupport::submitAndWait(*m_sync, change, &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        return opId;
    }

    QList<OutboxEntry> outbox() { return TestSupport::outboxEntries(*m_sync); }

    bool waitForSettled(int timeoutMs = 30000)
    {
        return TestSupport::waitForOutboxSettled(*m_sync, timeoutMs);
    }

    LocalChange noteChange(const QString &orderId, const QString &text)
    {
        LocalChange change;
        change.collection = QStringLiteral("orders");
        change.recordId = orderId;
        change.path = QStringLiteral("/api/v1/orders/%1/notes").arg(orderId);
        change.body = {{QStringLiteral("text"), text}};
        QJsonObject doc = localRecord(QStringLiteral("orders"), orderId);
        QJsonArray notes = doc.value(QStringLiteral("notes")).toArray();
        notes.append(QJsonObject{{QStringLiteral("text"), text}});
        doc.insert(QStringLiteral("notes"), notes);
        change.optimisticDoc = doc;
        change.summary = QStringLiteral("Note on ") + orderId;
        return change;
    }

    LocalChange starChange(const QString &technicianId, int level)
    {
        LocalChange change;
        change.collection = QStringLiteral("technicians");
        change.recordId = technicianId;
        change.path = QStringLiteral("/api/v1/technicians/%1/star-level").arg(technicianId);
        change.body = {{QStringLiteral("star_level"), level},
                       {QStringLiteral("reason"), QStringLiteral("季度考评")}};
        QJsonObject doc = localRecord(QStringLiteral("technicians"), technicianId);
        doc.insert(QStringLiteral("star_level"), level);
        change.optimisticDoc = doc;
        change.summary = QStringLiteral("Star level of ") + technicianId;
        return change;
    }

    int notesWithText(const QJsonObject &order, const QString &text)
    {
        int n = 0;
        for (const QJsonValue &note : order.value(QStringLiteral("notes")).toArray())
            n += note[QStringLiteral("text")].toString() == text;
        return n;
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_cacheDir;
    LocalServerProcess m_server;
    ConnectionState m_connection;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<SyncSession> m_sync;
    CacheDatabase m_reader;
    QString m_cachePath;
};

} // namespace

TEST(OutboxRules, DispositionFollowsTheContract)
{
    EXPECT_EQ(outboxDisposition(200), OutboxDisposition::Done);
    EXPECT_EQ(outboxDisposition(201), OutboxDisposition::Done);
    EXPECT_EQ(outboxDisposition(412), OutboxDisposition::Conflict);
    for (int status : {400, 403, 404, 410, 422})
        EXPECT_EQ(outboxDisposition(status), OutboxDisposition::Park) << status;
    EXPECT_EQ(outboxDisposition(409, QStringLiteral("state-conflict")), OutboxDisposition::Park);
    EXPECT_EQ(outboxDisposition(409, QStringLiteral("idempotency-in-progress")),
              OutboxDisposition::Retry);
    for (int status : {0, 401, 429, 500, 502, 503})
        EXPECT_EQ(outboxDisposition(status), OutboxDisposition::Retry) << status;
}

TEST(OutboxRules, BackoffGrowsWithJitterAndHonoursRetryAfter)
{
    EXPECT_EQ(outboxBackoffMs(1, 0.0), 500);
    EXPECT_EQ(outboxBackoffMs(1, 1.0), 1000);
    EXPECT_EQ(outboxBackoffMs(3, 0.0), 2000);
    EXPECT_EQ(outboxBackoffMs(3, 1.0), 4000);
    EXPECT_EQ(outboxBackoffMs(30, 1.0), 5 * 60 * 1000); // capped
    EXPECT_EQ(outboxBackoffMs(1, 0.0, 30), 30000);      // Retry-After is a floor
    for (int attempt = 1; attempt < 12; ++attempt)
        EXPECT_LE(outboxBackoffMs(attempt, 0.99), outboxBackoffMs(attempt + 1, 0.99));
}

TEST_F(Outbox, ALocalChangeShowsAtOnceAndDrainsToTheServer)
{
    const QString technician =
        anyLocal(QStringLiteral("technicians"), QStringLiteral("json_extract(doc, '$.star_level') "
                                                               "< 5"));
    ASSERT_FALSE(technician.isEmpty());
    const int level =
        int(localRecord(QStringLiteral("technicians"), technician)[QStringLiteral("star_level")]
                .toInteger()) +
        1;
    m_sync->outbox()->stop(); // look at the local state before it is sent
    submit(starChange(technician, level));
    bool pending = false;
    EXPECT_EQ(localRecord(QStringLiteral("technicians"), technician, &pending)
                  .value(QStringLiteral("star_level"))
                  .toInt(),
              level);
    EXPECT_TRUE(pending);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection.pendingChanges(), 1, 5000);

    m_sync->outbox()->start();
    ASSERT_TRUE(waitForSettled());
    EXPECT_TRUE(outbox().isEmpty());
    EXPECT_EQ(serverRecord(QStringLiteral("technicians"), technician)
                  .value(QStringLiteral("star_level"))
                  .toInt(),
              level);
    const QJsonObject settled = localRecord(QStringLiteral("technicians"), technician, &pending);
    EXPECT_FALSE(pending);
    EXPECT_EQ(settled.value(QStringLiteral("star_level")).toInt(), level);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection.pendingChanges(), 0, 5000);
}

TEST_F(Outbox, DrainsAfterTheServerWasDown)
{
    const quint16 port = m_server.port();
    const QString order = anyLocal(QStringLiteral("orders"));
    m_server.stop();
    const QString text = QStringLiteral("离线时记录：客户改约到周末");
    submit(noteChange(order, text));
    submit(noteChange(order, text + QStringLiteral("（第二条）")));
    // Tries and fails: the entries wait with a growing pause, nothing lost.
    QDeadlineTimer deadline(15000);
    int attempts = 0;
    while (!deadline.hasExpired() && attempts < 2) {
        QTest::qWait(200);
        const QList<OutboxEntry> entries = outbox();
        ASSERT_EQ(entries.size(), 2);
        attempts = entries.first().attempts;
        EXPECT_TRUE(entries.first().isPending());
        EXPECT_EQ(entries.at(1).attempts, 0); // the record's later change waits its turn
    }
    EXPECT_GE(attempts, 2);
    EXPECT_FALSE(outbox().first().lastError.isEmpty());

    ASSERT_NO_FATAL_FAILURE(startServer(port));
    m_sync->outbox()->kick();
    ASSERT_TRUE(waitForSettled(60000));
    EXPECT_TRUE(outbox().isEmpty());
    const QJsonObject onServer = serverRecord(QStringLiteral("orders"), order);
    EXPECT_EQ(notesWithText(onServer, text), 1);
    EXPECT_EQ(notesWithText(onServer, text + QStringLiteral("（第二条）")), 1);
}

TEST_F(Outbox, ADroppedAnswerIsRetriedWithTheSameKeyAndAppliedOnce)
{
    const QString order = anyLocal(QStringLiteral("orders"));
    const ApiResponse fault =
        command(QStringLiteral("/api/v1/admin/faults"), {{QStringLiteral("drop_after_commit"), 1}},
                0, newKey(), "PUT");
    ASSERT_EQ(fault.status, 200) << fault.body.constData();
    QSignalSpy answered(m_sync->outbox(), &OutboxReplayer::answered);
    const QString text = QStringLiteral("提交后断线的备注");
    const QString opId = submit(noteChange(order, text));
    ASSERT_TRUE(waitForSettled(60000));
    // The connection was cut after the commit (the fault is used up); the
    // answer that counts came from sending the same key again — by the
    // network stack at once or by the outbox later — and the server replayed
    // the stored response instead of adding the note twice.
    const ApiResponse faults = call(ApiRequest::get(QStringLiteral("/api/v1/admin/faults")));
    EXPECT_EQ(faults.json().value(QStringLiteral("drop_after_commit")).toInt(), 0);
    ASSERT_GE(answered.count(), 1);
    EXPECT_EQ(answered.last().first().value<OutboxResult>().opId, opId);
    EXPECT_EQ(answered.last().first().value<OutboxResult>().status, 200);
    EXPECT_EQ(notesWithText(serverRecord(QStringLiteral("orders"), order), text), 1);
    EXPECT_EQ(notesWithText(localRecord(QStringLiteral("orders"), order), text), 1);
}

TEST_F(Outbox, AStaleVersionLandsInTheConflictListUntilAPersonDecides)
{
    const QString technician =
        anyLocal(QStringLiteral("technicians"), QStringLiteral("json_extract(doc, '$.star_level') "
                                                               "BETWEEN 2 AND 4"));
    ASSERT_FALSE(technician.isEmpty());
    const QJsonObject before = localRecord(QStringLiteral("technicians"), technician);
    const int level = int(before.value(QStringLiteral("star_level")).toInteger());
    // Someone else changes the technician first.
    const ApiResponse other =
        command(QStringLiteral("/api/v1/technicians/%1/star-level").arg(technician),
                {{QStringLiteral("star_level"), level - 1},
                 {QStringLiteral("reason"), QStringLiteral("另一位审核员")}},
                before.value(QStringLiteral("version")).toInteger());
    ASSERT_EQ(other.status, 200) << other.body.constData();

    submit(starChange(technician, level + 1)); // based on the old version
    ASSERT_TRUE(waitForSettled());
    QList<OutboxEntry> entries = outbox();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().isConflict());
    EXPECT_EQ(entries.first().httpStatus, 412);
    EXPECT_FALSE(entries.first().lastError.isEmpty());
    const QJsonObject current = QJsonDocument::fromJson(entries.first().serverRecord).object();
    EXPECT_EQ(current.value(QStringLiteral("star_level")).toInt(), level - 1);
    // The cache shows the server's record, not the refused local look.
    bool pending = true;
    EXPECT_EQ(localRecord(QStringLiteral("technicians"), technician, &pending)
                  .value(QStringLiteral("star_level"))
                  .toInt(),
              level - 1);
    EXPECT_FALSE(pending);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection.conflictingChanges(), 1, 5000);

    // The person applies the change again on top of the current version.
    m_sync->applyAgain(entries.first().opId);
    QTest::qWait(200);
    m_sync->outbox()->kick();
    ASSERT_TRUE(waitForSettled());
    EXPECT_TRUE(outbox().isEmpty());
    EXPECT_EQ(serverRecord(QStringLiteral("technicians"), technician)
                  .value(QStringLiteral("star_level"))
                  .toInt(),
              level + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection.conflictingChanges(), 0, 5000);
}

TEST_F(Outbox, ForbiddenAndInvalidChangesAreParkedWithTheServersReason)
{
    const QString technician = anyLocal(QStringLiteral("technicians"));
    const QString order = anyLocal(QStringLiteral("orders"));
    // 400: a star level the server refuses.
    LocalChange invalid = starChange(technician, 5);
    invalid.body.insert(QStringLiteral("star_level"), 9);
    const QString invalidId = submit(invalid);

    // 422: the key was used before with a different body.
    m_sync->outbox()->stop();
    const QString reusedId = submit(noteChange(order, QStringLiteral("这条会被拒")));
    const ApiResponse first = command(
        QStringLiteral("/api/v1/orders/%1/notes").arg(order),
        {{QStringLiteral("text"), QStringLiteral("先用了这个键")}},
        serverRecord(QStringLiteral("orders"), order).value(QStringLiteral("version")).toInteger(),
        reusedId.toLatin1());
    ASSERT_EQ(first.status, 200) << first.body.constData();
    m_sync->outbox()->start();
    ASSERT_TRUE(waitForSettled());

    QHash<QString, OutboxEntry> byId;
    for (const OutboxEntry &entry : outbox())
        byId.insert(entry.opId, entry);
    ASSERT_TRUE(byId.contains(invalidId));
    EXPECT_TRUE(byId.value(invalidId).isParked());
    EXPECT_EQ(byId.value(invalidId).httpStatus, 400);
    EXPECT_TRUE(byId.value(invalidId).lastError.contains(QStringLiteral("star_level")))
        << qPrintable(byId.value(invalidId).lastError);
    ASSERT_TRUE(byId.contains(reusedId));
    EXPECT_TRUE(byId.value(reusedId).isParked());
    EXPECT_EQ(byId.value(reusedId).httpStatus, 422);
    EXPECT_FALSE(byId.value(reusedId).lastError.isEmpty());
    // The refused local looks are gone again.
    bool pending = true;
    EXPECT_EQ(notesWithText(localRecord(QStringLiteral("orders"), order, &pending),
                            QStringLiteral("这条会被拒")),
              0);
    EXPECT_FALSE(pending);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection.parkedChanges(), 2, 5000);

    // A retry gets a new key; the record changed meanwhile (the other note),
    // so it meets the newer version, and applied again on top it goes through.
    m_sync->retry(reusedId);
    QTest::qWait(200);
    m_sync->outbox()->kick();
    ASSERT_TRUE(waitForSettled());
    OutboxEntry retried;
    for (const OutboxEntry &entry : outbox())
        if (entry.recordId == order)
            retried = entry;
    EXPECT_TRUE(retried.isConflict()) << qPrintable(retried.state);
    m_sync->applyAgain(retried.opId);
    QTest::qWait(200);
    m_sync->outbox()->kick();
    ASSERT_TRUE(waitForSettled());
    EXPECT_EQ(
        notesWithText(serverRecord(QStringLiteral("orders"), order), QStringLiteral("这条会被拒")),
        1);
    // Discarding removes the entry for good.
    m_sync->discard(invalidId);
    QTRY_COMPARE_WITH_TIMEOUT(outbox().size(), 0, 5000);
}

TEST_F(Outbox, ARoleTheServerRefusesIsParkedAs403)
{
    // The finance account may read orders but not dispatch them.
    m_sync.reset();
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("finance")));
    m_cachePath = m_cacheDir.filePath(QStringLiteral("finance.sqlite"));
    ASSERT_NO_FATAL_FAILURE(openSession(readableCollections({Role::Finance})));
    const QString order = anyLocal(QStringLiteral("orders"));
    ASSERT_FALSE(order.isEmpty());
    LocalChange cancel;
    cancel.collection = QStringLiteral("orders");
    cancel.recordId = order;
    cancel.path = QStringLiteral("/api/v1/orders/%1/status").arg(order);
    cancel.body = {{QStringLiteral("status"), QStringLiteral("cancelled")},
                   {QStringLiteral("reason"), QStringLiteral("财务无权取消订单")}};
    QJsonObject look = localRecord(QStringLiteral("orders"), order);
    const QString statusBefore = look.value(QStringLiteral("status")).toString();
    look.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    cancel.optimisticDoc = look;
    const QString opId = submit(cancel);
    ASSERT_TRUE(waitForSettled());
    const QList<OutboxEntry> entries = outbox();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().opId, opId);
    EXPECT_TRUE(entries.first().isParked());
    EXPECT_EQ(entries.first().httpStatus, 403);
    EXPECT_FALSE(entries.first().lastError.isEmpty());
    EXPECT_EQ(localRecord(QStringLiteral("orders"), order).value(QStringLiteral("status")),
              statusBefore);
}

TEST_F(Outbox, LiveEventsBringServerChangesWithoutBeingAsked)
{
    m_sync.reset();
    m_sync = std::make_unique<SyncSession>(m_api.get(), &m_connection, m_cachePath,
                                           readableCollections({Role::Admin}));
    m_sync->engine()->setPollIntervalMs(10 * 60 * 1000); // no polling: events only
    QSignalSpy synced(m_sync->engine(), &SyncEngine::runFinished);
    m_sync->start();
    ASSERT_TRUE(synced.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_connection.isLive(), 10000);

    const QString order = anyLocal(QStringLiteral("orders"));
    const QString text = QStringLiteral("服务端刚加的备注");
    ASSERT_EQ(command(QStringLiteral("/api/v1/orders/%1/notes").arg(order),
                      {{QStringLiteral("text"), text}},
                      localRecord(QStringLiteral("orders"), order)
                          .value(QStringLiteral("version"))
                          .toInteger())
                  .status,
              200);
    QTRY_COMPARE_WITH_TIMEOUT(notesWithText(localRecord(QStringLiteral("orders"), order), text), 1,
                              10000);
}

TEST_F(Outbox, TextWithEscapesIsStoredAndProjectedDecoded)
{
    const QString order = anyLocal(QStringLiteral("orders"));
    QJsonObject doc = localRecord(QStringLiteral("orders"), order);
    const QString address = QStringLiteral("武汉市\"锦绣\"家园 5\\6 栋\n2 单元");
    doc.insert(QStringLiteral("address"), address);
    const ApiResponse put =
        command(QStringLiteral("/api/v1/admin/records/orders/") + order, doc, 0, newKey(), "PUT");
    ASSERT_EQ(put.status, 200) << put.body.constData();
    QSignalSpy synced(m_sync->engine(), &SyncEngine::runFinished);
    m_sync->engine()->syncNow();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_EQ(localRecord(QStringLiteral("orders"), order).value(QStringLiteral("address")),
              address);
    QSqlQuery query = local(QStringLiteral("SELECT address FROM orders WHERE id = ?"), {order});
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), address);
}

// Technicians' positions arrive over the event stream and are written into
// the cached technicians without a pull: the server keeps positions out of
// its change sequence, so no pull could bring them.
TEST(LiveEvents, PositionsReachTheCacheWithoutAPull)
{
    LocalServerProcess server;
    server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                 {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("100"),
                  QStringLiteral("--technicians"), QStringLiteral("10"),
                  QStringLiteral("--simulator-speed"), QStringLiteral("60")});
    ASSERT_TRUE(server.waitForReady(120000)) << qPrintable(server.errorString());
    ApiClient api(server.baseUrl());
    CredentialStore keychain(QStringLiteral("OpsDesk-test"));
    SessionManager session(&api, &keychain);
    session.setRemember(false);
    QEventLoop loop;
    bool ok = false;
    session.login(QStringLiteral("admin"), QStringLiteral("opsdesk-demo"),
                  [&](bool success, const QString &) {
                      ok = success;
                      loop.quit();
                  });
    loop.exec();
    ASSERT_TRUE(ok);
    QTemporaryDir dir;
    ConnectionState connection;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    SyncSession sync(&api, &connection, path, readableCollections({Role::Admin}));
    QSignalSpy synced(sync.engine(), &SyncEngine::runFinished);
    sync.start();
    ASSERT_TRUE(synced.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(connection.isLive(), 10000);

    CacheDatabase reader;
    QString error;
    ASSERT_TRUE(reader.open(path, CacheDatabase::Mode::ReadOnly, &error)) << qPrintable(error);
    auto positions = [&] {
        QHash<QString, QString> at;
        QSqlQuery query(reader.database());
        query.exec(QStringLiteral("SELECT id, json_extract(doc, '$.last_position_at') FROM "
                                  "records WHERE collection = 'technicians'"));
        while (query.next())
            at.insert(query.value(0).toString(), query.value(1).toString());
        return at;
    };
    const QHash<QString, QString> before = positions();
    ASSERT_FALSE(before.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(positions() != before, 15000);
}
