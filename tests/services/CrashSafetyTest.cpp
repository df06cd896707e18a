// Crash safety: the sync stack (opsdesk-sync-worker, a real process with a
// real SQLite cache) is killed with SIGKILL at random points — during full
// passes, incremental pulls, local writes and outbox replay — over and over.
// After every kill the cache must pass PRAGMA integrity_check; in the end
// every note that reached the outbox is on the server exactly once, and a
// final sync converges (local = server for every collection).
#include "common/TestSupport.h"
#include "services/cache/CacheDatabase.h"
#include "services/server/LocalServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <csignal>

using namespace OpsDesk;

namespace {

constexpr int Kills = 60;

struct Server
{
    LocalServerProcess process;
    QByteArray token;

    QHash<QString, QJsonObject> all(const QString &collection)
    {
        return TestSupport::serverSnapshot(process.baseUrl(), token, collection);
    }
};

QHash<QString, qint64> localVersions(const QString &cachePath, const QString &collection)
{
    CacheDatabase cache;
    QString error;
    EXPECT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadOnly, &error)) << qPrintable(error);
    QSqlQuery query(cache.database());
    query.prepare(QStringLiteral("SELECT id, version FROM records WHERE collection = ?"));
    query.addBindValue(collection);
    query.exec();
    QHash<QString, qint64> versions;
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toLongLong());
    return versions;
}

} // namespace

TEST(CrashSafety, KilledAtRandomPointsTheCacheStaysWholeAndTheOutboxExact)
{
    QTemporaryDir dir;
    Server server;
    server.process.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                         {QStringLiteral("--demo"), QStringLiteral("--orders"),
                          QStringLiteral("3000"), QStringLiteral("--technicians"),
                          QStringLiteral("60"), QStringLiteral("--no-simulator"),
                          QStringLiteral("--test-faults")});
    ASSERT_TRUE(server.process.waitForReady(120000)) << qPrintable(server.process.errorString());
    {
        QUrl url = server.process.baseUrl();
        url.setPath(QStringLiteral("/api/v1/auth/login"));
        const auto login = TestSupport::httpRequest(
            "POST", url, R"({"username":"admin","password":"opsdesk-demo"})",
            {{"Content-Type", "application/json"}});
        server.token = login.json()[QStringLiteral("access_token")].toString().toLatin1();
        ASSERT_FALSE(server.token.isEmpty());
        // Every answer a little late, as over a real network: the kills then
        // land inside requests as well as between them.
        url.setPath(QStringLiteral("/api/v1/admin/faults"));
        const auto faults =
            TestSupport::httpRequest("PUT", url, R"({"latency_ms":40})",
                                     {{"Content-Type", "application/json"},
                                      {"Authorization", "Bearer " + server.token},
                                      {"Idempotency-Key", "6f1c1a52-4c43-4c59-9a55-3f0d7c1d0e11"}});
        ASSERT_EQ(faults.status, 200) << faults.body.constData();
    }
    QStringList orders = server.all(QStringLiteral("orders")).keys();
    std::sort(orders.begin(), orders.end());
    ASSERT_GT(orders.size(), 100);

    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString worker = TestSupport::program(QStringLiteral("opsdesk-sync-worker"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPSDESK_PASSWORD"), QStringLiteral("opsdesk-demo"));
    QRandomGenerator random(20261122);
    QHash<QString, QString> noteOrder; // text → order, for every note asked for
    QSet<QString> committed;           // notes seen in the outbox after a kill
    int killedDuringPull = 0, killedDuringReplay = 0, killedWithOutboxWaiting = 0;

    auto runWorker = [&](const QStringList &extra, int killAfterMs, QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(worker,
                      QStringList{QStringLiteral("--server"), server.process.baseUrl().toString(),
                                  QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--cache"), cachePath,
                                  QStringLiteral("--page-size"), QStringLiteral("100")} +
                          extra);
        EXPECT_TRUE(process.waitForStarted(10000));
        const bool finished = process.waitForFinished(killAfterMs);
        if (!finished) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10000);
        }
        *output = process.readAllStandardOutput();
        return finished;
    };

    // The first sync completes: users change records they have on screen.
    {
        QByteArray output;
        ASSERT_TRUE(runWorker({}, 120000, &output)) << output.constData();
    }
    for (int round = 0; round < Kills; ++round) {
        QStringList extra;
        // Every third round starts over with full passes (long pulls).
        if (round % 3 == 0)
            extra.append(QStringLiteral("--full"));
        for (int k = 0; k < 12; ++k) {
            const QString order = orders.at(int(random.bounded(qsizetype(orders.size()))));
            const QString text = QStringLiteral("崩溃测试 %1-%2").arg(round).arg(k);
            noteOrder.insert(text, order);
            extra += {QStringLiteral("--note"), order + QLatin1Char('=') + text};
        }
        QByteArray output;
        const int killAfter = 40 + int(random.bounded(900));
        runWorker(extra, killAfter, &output);
        if (!output.contains("synced"))
            ++killedDuringPull;
        else if (!output.contains("drained"))
            ++killedDuringReplay;

        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadWrite, &error))
            << "round " << round << ": " << qPrintable(error);
        QString details;
        ASSERT_TRUE(cache.checkIntegrity(&details))
            << "round " << round << ": " << qPrintable(details);
        QSqlQuery query(cache.database());
        query.exec(QStringLiteral("SELECT body FROM outbox"));
        bool waiting = false;
        while (query.next() && (waiting = true))
            committed.insert(QJsonDocument::fromJson(query.value(0).toByteArray())
                                 .object()
                                 .value(QStringLiteral("text"))
                                 .toString());
        killedWithOutboxWaiting += waiting ? 1 : 0;
    }
    // Some kills must have hit each phase, or the test proves little.
    EXPECT_GT(killedDuringPull, 5);
    EXPECT_GT(killedDuringReplay + killedWithOutboxWaiting, 5);

    // A last run without a kill drains the outbox and converges.
    QByteArray output;
    ASSERT_TRUE(runWorker({}, 120000, &output)) << output.constData();
    ASSERT_TRUE(output.contains("synced") && output.contains("drained")) << output.constData();

    const QHash<QString, QJsonObject> serverOrders = server.all(QStringLiteral("orders"));
    int delivered = 0;
    for (auto it = noteOrder.cbegin(); it != noteOrder.cend(); ++it) {
        int copies = 0;
        const QJsonArray notes =
            serverOrders.value(it.value()).value(QStringLiteral("notes")).toArray();
        for (const QJsonValue &note : notes)
            copies += note[QStringLiteral("text")].toString() == it.key();
        EXPECT_LE(copies, 1) << "applied twice: " << qPrintable(it.key());
        if (committed.contains(it.key())) {
            EXPECT_EQ(copies, 1) << "lost after it reached the outbox: " << qPrintable(it.key());
        }
        delivered += copies;
    }
    EXPECT_GE(delivered, int(committed.size()));
    {
        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadOnly, &error));
        QSqlQuery query(cache.database());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
    }
    for (const QString &collection :
         {QStringLiteral("orders"), QStringLiteral("technicians"), QStringLiteral("customers"),
          QStringLiteral("refunds"), QStringLiteral("reviews")}) {
        QHash<QString, qint64> expected;
        const QHash<QString, QJsonObject> records =
            collection == QLatin1String("orders") ? serverOrders : server.all(collection);
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            expected.insert(it.key(), it.value().value(QStringLiteral("version")).toInteger());
        EXPECT_EQ(localVersions(cachePath, collection), expected) << qPrintable(collection);
    }
    std::printf("kills: %d (before the pull finished %d, after it %d, with outbox entries "
                "waiting %d); notes in the outbox after a kill %lld, delivered %d of %lld asked "
                "for (the rest were killed before their local commit)\n",
                Kills, killedDuringPull, killedDuringReplay, killedWithOutboxWaiting,
                qint64(committed.size()), delivered, qint64(noteOrder.size()));
}
