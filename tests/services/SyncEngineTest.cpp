// The sync engine against the real reference server process and a real
// SQLite cache file.
#include "services/sync/SyncEngine.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/cache/CacheDatabase.h"
#include "services/cache/CacheSchema.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class Sync : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                       {QStringLiteral("--demo"), QStringLiteral("--test-faults"),
                        QStringLiteral("--orders"), QStringLiteral("400"),
                        QStringLiteral("--technicians"), QStringLiteral("20")});
        ASSERT_TRUE(m_server.waitForReady(120000)) << qPrintable(m_server.errorString());
        m_api = std::make_unique<ApiClient>(m_server.baseUrl());
        m_keychain = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk-test"));
        m_session = std::make_unique<SessionManager>(m_api.get(), m_keychain.get());
        m_session->setRemember(false);
        bool done = false, ok = false;
        QEventLoop loop;
        m_session->login(QStringLiteral("admin"), QStringLiteral("opsdesk-demo"),
                         [&](bool success, const QString &) {
                             ok = success;
                             done = true;
                             loop.quit();
                         });
        if (!done)
            loop.exec();
        ASSERT_TRUE(ok);
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_engine = std::make_unique<SyncEngine>(m_api.get(), &m_connection, m_cachePath);
        m_engine->setCollections(readableCollections({Role::Admin}));
        m_engine->setPageSize(97); // many pages even with little data
        QSignalSpy ready(m_engine.get(), &SyncEngine::ready);
        m_engine->start();
        ASSERT_TRUE(ready.wait(10000));
        ASSERT_TRUE(ready.first().first().toBool()) << qPrintable(ready.first().at(1).toString());
    }

    bool runSync(QString *error = nullptr)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::runFinished);
        m_engine->syncNow();
        if (!finished.wait(120000))
            return false;
        if (error)
            *error = finished.first().at(1).toString();
        return finished.first().first().toBool();
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

    QHash<QString, qint64> serverRecords(const QString &collection)
    {
        return TestSupport::serverVersions(m_server.baseUrl(), m_api->accessToken().toLatin1(),
                                           collection);
    }

    QHash<QString, qint64> localRecords(const QString &collection)
    {
        CacheDatabase cache;
        QString error;
        EXPECT_TRUE(cache.open(m_cachePath, CacheDatabase::Mode::ReadOnly, &error))
            << qPrintable(error);
        QHash<QString, qint64> records;
        QSqlQuery query(cache.database());
        query.prepare(QStringLiteral("SELECT id, version FROM records WHERE collection = ?"));
        query.addBindValue(collection);
        query.exec();
        while (query.next())
            records.insert(query.value(0).toString(), query.value(1).toLongLong());
        return records;
    }

    void expectConverged()
    {
        for (const QString &collection : readableCollections({Role::Admin}))
            EXPECT_EQ(localRecords(collection), serverRecords(collection))
                << qPrintable(collection);
    }

    QTemporaryDir m_dir;
    LocalServerProcess m_server;
    ConnectionState m_connection;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_cachePath;
};

} // namespace

TEST_F(Sync, FirstSyncConvergesForEveryCollection)
{
    QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
    QString error;
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    EXPECT_GT(progress.count(), 3);
    EXPECT_GT(localRecords(QStringLiteral("orders")).size(), 0);
    expectConverged();

    CacheDatabase cache;
    ASSERT_TRUE(cache.open(m_cachePath, CacheDatabase::Mode::ReadOnly, &error));
    EXPECT_TRUE(cache.checkIntegrity());
    QSqlQuery orders(cache.database());
    orders.exec(QStringLiteral("SELECT COUNT(*) FROM orders"));
    orders.next();
    EXPECT_EQ(orders.value(0).toInt(), localRecords(QStringLiteral("orders")).size());

    // The first pass loaded the orders in bulk; their text index follows
    // once the run is over, and then covers every order.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QSqlQuery pending(cache.database());
            pending.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'orders_%'"));
            return pending.next() && pending.value(0).toInt() == 0;
        },
        30000));
    QSqlQuery fts(cache.database());
    fts.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM orders_fts), (SELECT COUNT(*) FROM "
                            "orders), (SELECT COUNT(*) FROM meta WHERE key LIKE 'orders_%')"));
    ASSERT_TRUE(fts.next());
    EXPECT_EQ(fts.value(0).toInt(), fts.value(1).toInt());
    EXPECT_EQ(fts.value(2).toInt(), 0);
    // Every secondary index is back.
    QSqlQuery indexes(cache.database());
    indexes.exec(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND "
        "name LIKE 'orders_%'"));
    ASSERT_TRUE(indexes.next());
    EXPECT_EQ(indexes.value(0).toInt(), CacheSchema::ordersIndexNames().size());
}

namespace {

// record_facts as it is, then as the triggers make it again from every
// record (each row's facts deleted, each record's doc rewritten): equal rows.
void expectFactsAsTheTriggersGiveThem(const QString &cachePath)
{
    CacheDatabase cache;
    QString error;
    ASSERT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadWrite, &error)) << qPrintable(error);
    QSqlQuery query(cache.database());
    const auto count = [&query](const QString &sql) {
        EXPECT_TRUE(query.exec(sql)) << qPrintable(sql);
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const QString kinds = QStringLiteral("('reviews', 'complaints', 'refunds', 'redemptions')");
    EXPECT_GT(count(QStringLiteral("SELECT count(*) FROM record_facts WHERE collection = "
                                   "'reviews'")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM record_facts")),
              count(QStringLiteral("SELECT count(*) FROM records WHERE collection IN ") + kinds));
    ASSERT_TRUE(query.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TEMP TABLE loaded AS SELECT * FROM "
                                          "record_facts")));
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM record_facts")));
    ASSERT_TRUE(
        query.exec(QStringLiteral("UPDATE records SET doc = doc WHERE collection IN ") + kinds));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM record_facts")),
              count(QStringLiteral("SELECT count(*) FROM temp.loaded")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM record_facts EXCEPT "
                                   "SELECT * FROM temp.loaded)")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM temp.loaded EXCEPT "
                                   "SELECT * FROM record_facts)")),
              0);
    ASSERT_TRUE(query.exec(QStringLiteral("ROLLBACK")));
}

// The technician indexes there are, and the bulk loads left unfinished.
std::pair<int, int> technicianIndexesAndUnfinished(const QString &cachePath)
{
    CacheDatabase cache;
    QString error;
    EXPECT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadOnly, &error));
    QSqlQuery query(cache.database());
    query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                              "AND name LIKE 'records\\_%\\_technician' ESCAPE '\\'), (SELECT "
                              "count(*) FROM meta WHERE key LIKE 'bulk\\_load:%' ESCAPE '\\')"));
    if (!query.next())
        return {-1, -1};
    return {query.value(0).toInt(), query.value(1).toInt()};
}

} // namespace

TEST_F(Sync, FirstPassBuildsRecordFactsAndTechnicianIndexesAsTheTriggersWould)
{
    // Reviews, complaints, refunds and redemptions get their facts, and
    // settlements, withdrawals and refunds their technician index, once at
    // the end of their first pass: the same rows as row-by-row triggers.
    QString error;
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    expectConverged();
    EXPECT_EQ(technicianIndexesAndUnfinished(m_cachePath), std::make_pair(3, 0));
    expectFactsAsTheTriggersGiveThem(m_cachePath);

    // Later pulls keep the facts by trigger: a review deleted at the server
    // loses its facts.
    const QString victim = serverRecords(QStringLiteral("reviews")).keys().value(0);
    ApiRequest remove;
    remove.method = "DELETE";
    remove.path = QStringLiteral("/api/v1/admin/records/reviews/") + victim;
    remove.headers.append(
        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    ASSERT_EQ(call(remove).status, 204);
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    expectFactsAsTheTriggersGiveThem(m_cachePath);
}

TEST_F(Sync, AnInterruptedFirstPassIsFinishedWhenTheCacheOpensAgain)
{
    QString error;
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    m_engine.reset();
    {
        // As a stop in the middle of the first passes of reviews and
        // settlements leaves the cache: no facts, no index, no triggers, the
        // marks.
        CacheDatabase cache;
        ASSERT_TRUE(cache.open(m_cachePath, CacheDatabase::Mode::ReadWrite, &error));
        QSqlQuery query(cache.database());
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM record_facts WHERE collection = "
                                              "'reviews'")));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP INDEX records_settlements_technician")));
        for (const char *trigger :
             {"record_facts_insert", "record_facts_update", "record_facts_delete"})
            ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES "
                                              "('bulk_load:reviews', '1'), "
                                              "('bulk_load:settlements', '1')")));
    }
    EXPECT_EQ(technicianIndexesAndUnfinished(m_cachePath), std::make_pair(2, 2));
    m_engine = std::make_unique<SyncEngine>(m_api.get(), &m_connection, m_cachePath);
    m_engine->setCollections(readableCollections({Role::Admin}));
    QSignalSpy ready(m_engine.get(), &SyncEngine::ready);
    m_engine->start();
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(technicianIndexesAndUnfinished(m_cachePath), std::make_pair(3, 0));
    expectFactsAsTheTriggersGiveThem(m_cachePath);
}

TEST_F(Sync, IncrementalSyncPicksUpChangesAndDeletions)
{
    ASSERT_TRUE(runSync());
    // A change on the server: a deletion through the test endpoint.
    const QString victim = serverRecords(QStringLiteral("reviews")).keys().value(0);
    ASSERT_FALSE(victim.isEmpty());
    ApiRequest remove;
    remove.method = "DELETE";
    remove.path = QStringLiteral("/api/v1/admin/records/reviews/") + victim;
    remove.headers.append(
        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    const ApiResponse removed = call(remove);
    ASSERT_EQ(removed.status, 204) << removed.body.constData();

    ASSERT_TRUE(runSync());
    EXPECT_FALSE(localRecords(QStringLiteral("reviews")).contains(victim));
    expectConverged();
}

TEST_F(Sync, ExpiredCursorFallsBackToAFullPass)
{
    ASSERT_TRUE(runSync());
    {
        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(m_cachePath, CacheDatabase::Mode::ReadWrite, &error));
        QSqlQuery(cache.database())
            .exec(QStringLiteral("UPDATE sync_state SET cursor = 'bm90LWEtY3Vyc29y'"));
    }
    // A fresh engine reads the tampered cursors.
    m_engine = std::make_unique<SyncEngine>(m_api.get(), &m_connection, m_cachePath);
    m_engine->setCollections(readableCollections({Role::Admin}));
    QSignalSpy ready(m_engine.get(), &SyncEngine::ready);
    m_engine->start();
    ASSERT_TRUE(ready.wait(10000));
    QString error;
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    expectConverged();
}

TEST_F(Sync, ATruncatedPageWritesNothingAndTheNextRunConverges)
{
    ApiRequest faults = ApiRequest::put(QStringLiteral("/api/v1/admin/faults"),
                                        QJsonObject{{QStringLiteral("truncate_json_next"), 1}});
    faults.headers.append(
        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    ASSERT_EQ(call(faults).status, 200);
    QString error;
    EXPECT_FALSE(runSync(&error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(runSync(&error)) << qPrintable(error);
    expectConverged();
}

TEST_F(Sync, AServerThatGoesAwayMakesTheRunFailAndTheStateOffline)
{
    m_server.stop();
    QString error;
    EXPECT_FALSE(runSync(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(m_connection.status(), ConnectionState::Status::Offline);
}
