// Technician audit against the real reference server process and real
// SQLite caches: the offline batch into the encrypted store, an offline
// review session whose decisions reach the server once after it comes back,
// role and city scope, and two auditors deciding the same application.
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "models/audit/AuditTrail.h"
#include "services/api/ApiClient.h"
#include "services/audit/AuditCache.h"
#include "services/audit/AuditCommands.h"
#include "services/audit/OfflineBatch.h"
#include "services/audit/SecureDocumentStore.h"
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
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace OpsDesk;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

// One signed-in staff member with a cache of their own.
struct Desk
{
    QTemporaryDir cacheDir;
    QString cachePath = cacheDir.filePath(QStringLiteral("cache.sqlite"));
    ConnectionState connection;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SessionManager> session;
    std::unique_ptr<SyncSession> sync;
    Staff staff;

    bool signIn(const QUrl &base, CredentialStore *keychain, const QString &user)
    {
        api = std::make_unique<ApiClient>(base);
        session = std::make_unique<SessionManager>(api.get(), keychain);
        session->setRemember(false);
        bool ok = false;
        QEventLoop loop;
        session->login(user, QStringLiteral("opsdesk-demo"), [&](bool success, const QString &) {
            ok = success;
            loop.quit();
        });
        loop.exec();
        if (ok)
            staff = *session->staff();
        return ok;
    }

    // Opens (or reopens: a console restart) the sync session; waits for the
    // first pull when `online`.
    bool openSync(bool online = true)
    {
        sync = std::make_unique<SyncSession>(api.get(), &connection, cachePath,
                                             readableCollections(staff.roles));
        sync->setLiveEventsEnabled(false);
        QSignalSpy ready(sync.get(), &SyncSession::ready);
        QSignalSpy synced(sync->engine(), &SyncEngine::runFinished);
        sync->start();
        if (!ready.wait(10000) || !ready.first().first().toBool())
            return false;
        if (!online)
            return true;
        return synced.wait(60000) && synced.first().first().toBool();
    }

    QString submit(const LocalChange &change)
    {
        QString error;
        const QString opId = TestSupport::submitAndWait(*sync, change, &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        return opId;
    }

    QList<OutboxEntry> outbox() { return TestSupport::outboxEntries(*sync); }

    bool waitForSettled(int timeoutMs = 30000)
    {
        return TestSupport::waitForOutboxSettled(*sync, timeoutMs);
    }

    QJsonObject localRecord(const QString &collection, const QString &id, bool *pending = nullptr)
    {
        CacheDatabase db;
        QString error;
        if (!db.open(cachePath, CacheDatabase::Mode::ReadOnly, &error))
            return {};
        QSqlQuery query(db.database());
        query.prepare(
            QStringLiteral("SELECT doc, pending FROM records WHERE collection = ? AND id = ?"));
        query.addBindValue(collection);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        if (pending)
            *pending = query.value(1).toBool();
        return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    }

    ApiResponse call(const ApiRequest &request)
    {
        ApiResponse result;
        QEventLoop loop;
        api->send(request, &loop, [&](const ApiResponse &response) {
            result = response;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    ApiResponse command(const QString &path, const QJsonObject &body, qint64 ifMatch,
                        const QByteArray &method = "POST")
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.withHeader("Idempotency-Key", newKey());
        if (ifMatch > 0)
            request.withHeader("If-Match", '"' + QByteArray::number(ifMatch) + '"');
        return call(request);
    }
};

class AuditSession : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(startServer(0));
        ASSERT_TRUE(auditor.signIn(server.baseUrl(), &keychain, QStringLiteral("auditor")));
        ASSERT_TRUE(auditor.openSync());
    }

    void startServer(quint16 port)
    {
        QStringList args{QStringLiteral("--demo"),         QStringLiteral("--test-faults"),
                         QStringLiteral("--orders"),       QStringLiteral("300"),
                         QStringLiteral("--technicians"),  QStringLiteral("120"),
                         QStringLiteral("--applications"), QStringLiteral("30"),
                         QStringLiteral("--no-simulator")};
        if (port)
            args += {QStringLiteral("--port"), QString::number(port)};
        server.start(TestSupport::program(QStringLiteral("opsdesk-server")), args,
                     serverDir.path());
        ASSERT_TRUE(server.waitForReady(120000)) << qPrintable(server.errorString());
    }

    QJsonObject serverRecord(Desk &desk, const QString &collection, const QString &id)
    {
        return TestSupport::serverSnapshot(server.baseUrl(), desk.api->accessToken().toLatin1(),
                                           collection)
            .value(id);
    }

    // The applications awaiting a decision, in queue order.
    QList<QJsonObject> queuedApplications(Desk &desk, int n)
    {
        AuditCache cache;
        QString error;
        EXPECT_TRUE(cache.open(desk.cachePath, &error)) << qPrintable(error);
        QList<QJsonObject> result;
        for (const auto &item : cache.reviewQueue(desk.staff, QDateTime::currentDateTimeUtc()))
            if (item.collection == QLatin1String("applications") && result.size() < n)
                result.append(cache.application(item.recordId));
        return result;
    }

    QTemporaryDir serverDir;
    LocalServerProcess server;
    CredentialStore keychain{QStringLiteral("OpsDesk-test")};
    Desk auditor;
};

bool openStore(SecureDocumentStore &store)
{
    bool ok = false;
    QString why;
    bool done = false;
    QEventLoop loop;
    store.open(&store, [&](bool success, const QString &error) {
        ok = success;
        why = error;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    EXPECT_TRUE(ok) << qPrintable(why);
    return ok;
}

void removeStore(SecureDocumentStore &store)
{
    bool done = false;
    QEventLoop loop;
    store.removeAll(true, &store, [&](bool, const QString &) {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

} // namespace

TEST_F(AuditSession, TheQueueAndPreChecksOnTheSyncedData)
{
    AuditCache cache;
    QString error;
    ASSERT_TRUE(cache.open(auditor.cachePath, &error)) << qPrintable(error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto queue = cache.reviewQueue(auditor.staff, now);
    ASSERT_FALSE(queue.isEmpty());
    int applications = 0;
    for (const auto &item : queue) {
        EXPECT_FALSE(item.reasons.isEmpty());
        applications += item.collection == QLatin1String("applications");
    }
    EXPECT_GT(applications, 10);
    // The demo data plants a wrong check character in every ninth
    // application (index 4, 13, …) and the phone of a technician in A000006.
    const auto wrong = cache.preChecks(cache.application(QStringLiteral("A000005")), now);
    bool checksumFailed = false;
    for (const auto &r : wrong)
        checksumFailed |= r.id == QLatin1String(OpsDesk::Audit::CheckId::IdChecksum) &&
                          r.outcome == OpsDesk::Audit::CheckOutcome::Failed;
    EXPECT_TRUE(checksumFailed);
    const auto x = cache.preChecks(cache.application(QStringLiteral("A000004")), now);
    for (const auto &r : x)
        if (r.id == QLatin1String(OpsDesk::Audit::CheckId::IdChecksum)) {
            EXPECT_EQ(r.outcome, OpsDesk::Audit::CheckOutcome::Passed) << qPrintable(r.text);
        }
    EXPECT_TRUE(cache.application(QStringLiteral("A000004"))
                    .value(QStringLiteral("id_number"))
                    .toString()
                    .endsWith(QLatin1Char('X')));
    const auto dup = cache.preChecks(cache.application(QStringLiteral("A000006")), now);
    bool phoneFailed = false;
    for (const auto &r : dup)
        phoneFailed |= r.id == QLatin1String(OpsDesk::Audit::CheckId::DuplicatePhone) &&
                       r.outcome == OpsDesk::Audit::CheckOutcome::Failed;
    EXPECT_TRUE(phoneFailed);
}

TEST_F(AuditSession, OfflineReviewSessionReachesTheServerOnce)
{
    // Take the first five applications of the queue offline.
    const QList<QJsonObject> batch = queuedApplications(auditor, 5);
    ASSERT_EQ(batch.size(), 5);
    SecureDocumentStore store(&keychain, SecureDocumentStore::keyNameFor(auditor.cachePath),
                              SecureDocumentStore::folderFor(auditor.cachePath), auditor.api.get());
    ASSERT_TRUE(openStore(store));
    OfflineBatch offline(auditor.api.get(), &store);
    QSignalSpy progress(&offline, &OfflineBatch::progress);
    QSignalSpy finished(&offline, &OfflineBatch::finished);
    offline.start(batch);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().first().toBool());
    const auto summary = finished.first().at(1).value<OfflineBatch::Summary>();
    EXPECT_EQ(summary.availableOffline, 5);
    EXPECT_GE(summary.documents, 5 * 2 + 1);
    EXPECT_GT(summary.diskSize, summary.bytesDownloaded / 2);
    EXPECT_GE(progress.size(), summary.documents > 0 ? 2 : 1);
    for (const QJsonObject &a : batch)
        EXPECT_TRUE(offline.isAvailableOffline(a));
    EXPECT_EQ(offline.offlineApplicationIds().size(), 5);
    // The cache's size counts the encrypted documents (Settings, sign-out).
    EXPECT_GE(CacheDatabase::diskSize(auditor.cachePath), store.diskSize());

    // The server goes away (on a train).
    const quint16 port = server.port();
    server.stop();

    // Every document opens from the encrypted store; none needs the server.
    for (const QJsonObject &a : batch)
        for (const QString &sha : OfflineBatch::documentHashes(a)) {
            QString error;
            EXPECT_TRUE(store.get(sha, &error).has_value()) << qPrintable(error);
            QByteArray bytes;
            bool done = false;
            QEventLoop loop;
            store.fetch(sha, &loop, [&](const QByteArray &b, const QString &) {
                bytes = b;
                done = true;
                loop.quit();
            });
            if (!done)
                loop.exec();
            EXPECT_FALSE(bytes.isEmpty());
        }

    // Decisions offline: reject one, approve another, and a penalty for a technician.
    const QJsonObject rejectMe = batch.at(0);
    const QJsonObject approveMe = batch.at(1);
    ASSERT_TRUE(AuditCommands::mayDecide(auditor.staff, rejectMe));
    const QStringList reasons{QStringLiteral("id_photo_unreadable"),
                              QStringLiteral("certificate_expired")};
    const QString note = QStringLiteral("身份证照片模糊，请重新拍摄；制冷证已过期，请换证后再提交");
    ASSERT_TRUE(AuditCommands::checkRejection(reasons, note).isEmpty());
    auditor.submit(AuditCommands::reject(auditor.staff, rejectMe, reasons, note));
    auditor.submit(AuditCommands::approve(auditor.staff, approveMe, QStringLiteral("资料齐全")));
    AuditCache cache;
    QString error;
    ASSERT_TRUE(cache.open(auditor.cachePath, &error));
    QJsonObject technician;
    for (const QJsonObject &t : cache.technicians())
        if (t.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            technician = t;
            break;
        }
    ASSERT_FALSE(technician.isEmpty());
    const QString technicianId = technician.value(QStringLiteral("id")).toString();
    const int logBefore = technician.value(QStringLiteral("action_log")).toArray().size();
    ASSERT_TRUE(AuditCommands::mayGiveIncentive(auditor.staff, technician));
    auditor.submit(
        AuditCommands::incentive(auditor.staff, technician, AuditCommands::IncentiveKind::Penalty,
                                 Money::fromCents(5000), QStringLiteral("未按约定时间上门")));

    // The screen shows them at once, marked as waiting to sync.
    bool pending = false;
    const QJsonObject look = auditor.localRecord(
        QStringLiteral("applications"), rejectMe.value(QStringLiteral("id")).toString(), &pending);
    EXPECT_TRUE(pending);
    EXPECT_EQ(look.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const auto trail = OpsDesk::Audit::applicationTrail(look);
    ASSERT_FALSE(trail.isEmpty());
    EXPECT_TRUE(trail.last().pending);
    EXPECT_EQ(trail.last().by, auditor.staff.id);

    // The sending fails for a while …
    QDeadlineTimer deadline(15000);
    int attempts = 0;
    while (!deadline.hasExpired() && attempts < 1) {
        QTest::qWait(200);
        const auto entries = auditor.outbox();
        ASSERT_EQ(entries.size(), 3);
        attempts = entries.first().attempts;
    }
    EXPECT_GE(attempts, 1);

    // … the console is closed and started again, still offline: the
    // decisions are still waiting (the outbox is in the cache file).
    auditor.sync.reset();
    ASSERT_TRUE(auditor.openSync(false));
    EXPECT_EQ(auditor.outbox().size(), 3);
    const QJsonObject after = auditor.localRecord(
        QStringLiteral("applications"), rejectMe.value(QStringLiteral("id")).toString(), &pending);
    EXPECT_TRUE(pending);
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

    // The server comes back on the same data.
    ASSERT_NO_FATAL_FAILURE(startServer(port));
    auditor.sync->outbox()->kick();
    ASSERT_TRUE(auditor.waitForSettled(60000));
    EXPECT_TRUE(auditor.outbox().isEmpty());

    const QJsonObject rejected = serverRecord(auditor, QStringLiteral("applications"),
                                              rejectMe.value(QStringLiteral("id")).toString());
    EXPECT_EQ(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(rejected.value(QStringLiteral("version")).toInteger(),
              rejectMe.value(QStringLiteral("version")).toInteger() + 1); // once
    const QJsonObject decision = rejected.value(QStringLiteral("decision")).toObject();
    EXPECT_EQ(decision.value(QStringLiteral("by")).toString(), auditor.staff.id);
    EXPECT_EQ(decision.value(QStringLiteral("note")).toString(), note);
    EXPECT_EQ(decision.value(QStringLiteral("reasons")).toArray(),
              QJsonArray::fromStringList(reasons));
    const QJsonObject approved = serverRecord(auditor, QStringLiteral("applications"),
                                              approveMe.value(QStringLiteral("id")).toString());
    EXPECT_EQ(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(approved.value(QStringLiteral("version")).toInteger(),
              approveMe.value(QStringLiteral("version")).toInteger() + 1);
    const QJsonObject penalised =
        serverRecord(auditor, QStringLiteral("technicians"), technicianId);
    const QJsonArray log = penalised.value(QStringLiteral("action_log")).toArray();
    ASSERT_EQ(log.size(), logBefore + 1); // exactly one penalty
    EXPECT_EQ(log.last()[QStringLiteral("action")].toString(), QStringLiteral("penalty"));
    EXPECT_EQ(log.last()[QStringLiteral("amount_cents")].toInteger(), 5000);
    EXPECT_EQ(log.last()[QStringLiteral("by")].toString(), auditor.staff.id);

    removeStore(store);
}

TEST_F(AuditSession, TwoAuditorsDecideTheSameApplication)
{
    Desk second;
    ASSERT_TRUE(second.signIn(server.baseUrl(), &keychain, QStringLiteral("auditor2")));
    ASSERT_TRUE(second.openSync());
    const QJsonObject application = queuedApplications(auditor, 1).value(0);
    ASSERT_FALSE(application.isEmpty());
    const QString id = application.value(QStringLiteral("id")).toString();
    const QJsonObject seenBySecond = second.localRecord(QStringLiteral("applications"), id);
    ASSERT_EQ(seenBySecond.value(QStringLiteral("version")),
              application.value(QStringLiteral("version")));

    // Both decide on the same version; the first to reach the server wins.
    auditor.submit(AuditCommands::approve(auditor.staff, application));
    ASSERT_TRUE(auditor.waitForSettled());
    EXPECT_TRUE(auditor.outbox().isEmpty());
    second.submit(AuditCommands::reject(second.staff, seenBySecond,
                                        {QStringLiteral("face_mismatch")},
                                        QStringLiteral("人脸比对未通过，请本人重新认证")));
    ASSERT_TRUE(second.waitForSettled());
    const QList<OutboxEntry> entries = second.outbox();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().isConflict()) << qPrintable(entries.first().state);
    EXPECT_EQ(entries.first().httpStatus, 412);
    // The loser's cache shows the winner's decision, not their own.
    const QJsonObject shown = second.localRecord(QStringLiteral("applications"), id);
    EXPECT_EQ(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject onServer = serverRecord(auditor, QStringLiteral("applications"), id);
    EXPECT_EQ(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(onServer[QStringLiteral("decision")][QStringLiteral("by")].toString(),
              auditor.staff.id);
    // Applying it again on top of the current version is refused by the
    // server (no longer awaiting a decision): parked, never applied.
    second.sync->applyAgain(entries.first().opId);
    ASSERT_TRUE(second.waitForSettled());
    const QList<OutboxEntry> again = second.outbox();
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.first().isParked()) << qPrintable(again.first().state);
    EXPECT_EQ(serverRecord(auditor, QStringLiteral("applications"), id)
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("approved"));
}

TEST_F(AuditSession, RolesAndCityScope)
{
    const QJsonObject application = queuedApplications(auditor, 1).value(0);
    ASSERT_FALSE(application.isEmpty());
    const QString id = application.value(QStringLiteral("id")).toString();
    const qint64 version = application.value(QStringLiteral("version")).toInteger();
    const QString city = application.value(QStringLiteral("city")).toString();

    // The console's mirror of the rule
    Staff dispatcher;
    dispatcher.roles = {Role::Dispatcher};
    Staff finance;
    finance.roles = {Role::Finance};
    Staff admin;
    admin.roles = {Role::Admin};
    Staff elsewhere;
    elsewhere.roles = {Role::Auditor};
    elsewhere.cities = {city == QLatin1String("beijing") ? QStringLiteral("shanghai")
                                                         : QStringLiteral("beijing")};
    EXPECT_TRUE(AuditCommands::mayDecide(auditor.staff, application));
    EXPECT_TRUE(AuditCommands::mayDecide(admin, application));
    EXPECT_FALSE(AuditCommands::mayDecide(dispatcher, application));
    EXPECT_FALSE(AuditCommands::mayDecide(finance, application));
    EXPECT_FALSE(AuditCommands::mayDecide(elsewhere, application));
    QJsonObject decided = application;
    decided.insert(QStringLiteral("status"), QStringLiteral("approved"));
    EXPECT_FALSE(AuditCommands::mayDecide(auditor.staff, decided));

    // The server's rule: a dispatcher is refused …
    Desk other;
    ASSERT_TRUE(other.signIn(server.baseUrl(), &keychain, QStringLiteral("dispatcher")));
    ApiResponse refused =
        other.command(QStringLiteral("/api/v1/applications/%1/approve").arg(id), {}, version);
    EXPECT_EQ(refused.status, 403) << refused.body.constData();

    // … and an auditor limited to another city too.
    Desk admins;
    ASSERT_TRUE(admins.signIn(server.baseUrl(), &keychain, QStringLiteral("admin")));
    const QJsonObject staffRecord =
        serverRecord(admins, QStringLiteral("staff"), QStringLiteral("ST0007"));
    ASSERT_FALSE(staffRecord.isEmpty());
    QJsonObject scoped = staffRecord;
    scoped.insert(QStringLiteral("cities"), QJsonArray::fromStringList(elsewhere.cities));
    const ApiResponse put =
        admins.command(QStringLiteral("/api/v1/admin/records/staff/ST0007"), scoped, 0, "PUT");
    ASSERT_EQ(put.status, 200) << put.body.constData();
    Desk scopedAuditor;
    ASSERT_TRUE(scopedAuditor.signIn(server.baseUrl(), &keychain, QStringLiteral("auditor2")));
    EXPECT_EQ(scopedAuditor.staff.cities, elsewhere.cities);
    EXPECT_FALSE(AuditCommands::mayDecide(scopedAuditor.staff, application));
    refused = scopedAuditor.command(QStringLiteral("/api/v1/applications/%1/approve").arg(id), {},
                                    version);
    EXPECT_EQ(refused.status, 403) << refused.body.constData();
    EXPECT_TRUE(refused.body.contains("out-of-scope")) << refused.body.constData();
    // Their cache does not even hold the application.
    ASSERT_TRUE(scopedAuditor.openSync());
    EXPECT_TRUE(scopedAuditor.localRecord(QStringLiteral("applications"), id).isEmpty());

    // Nothing changed on the server.
    EXPECT_EQ(serverRecord(auditor, QStringLiteral("applications"), id)
                  .value(QStringLiteral("version"))
                  .toInteger(),
              version);
}

TEST_F(AuditSession, ABatchWithAMissingDocumentSaysWhich)
{
    QList<QJsonObject> batch = queuedApplications(auditor, 3);
    ASSERT_EQ(batch.size(), 3);
    // A document the server does not have (404: not retried).
    QJsonObject broken = batch.at(2);
    QJsonArray documents = broken.value(QStringLiteral("documents")).toArray();
    documents.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificate")},
                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}});
    broken.insert(QStringLiteral("documents"), documents);
    batch[2] = broken;

    SecureDocumentStore store(&keychain, SecureDocumentStore::keyNameFor(auditor.cachePath),
                              SecureDocumentStore::folderFor(auditor.cachePath), auditor.api.get());
    ASSERT_TRUE(openStore(store));
    OfflineBatch offline(auditor.api.get(), &store);
    QSignalSpy finished(&offline, &OfflineBatch::finished);
    offline.start(batch);
    ASSERT_TRUE(offline.isRunning());
    ASSERT_TRUE(finished.wait(60000));
    const auto summary = finished.first().at(1).value<OfflineBatch::Summary>();
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(summary.availableOffline, 2);
    EXPECT_EQ(summary.failedApplications,
              QStringList{broken.value(QStringLiteral("id")).toString()});
    EXPECT_EQ(summary.errors.size(), 1);
    EXPECT_TRUE(offline.isAvailableOffline(batch.at(0)));
    EXPECT_FALSE(offline.isAvailableOffline(broken));

    // Taking the good ones again fetches nothing new; forgetting drops them.
    QSignalSpy again(&offline, &OfflineBatch::finished);
    offline.start(batch.mid(0, 2));
    ASSERT_TRUE(again.wait(10000));
    EXPECT_TRUE(again.first().first().toBool());
    EXPECT_EQ(again.first().at(1).value<OfflineBatch::Summary>().downloaded, 0);
    // The manifest is kept across objects (the next start of the console).
    OfflineBatch reopened(auditor.api.get(), &store);
    EXPECT_EQ(reopened.offlineApplicationIds().size(), 2);
    reopened.forget({batch.at(0).value(QStringLiteral("id")).toString()});
    EXPECT_FALSE(reopened.isAvailableOffline(batch.at(0)));
    EXPECT_TRUE(reopened.isAvailableOffline(batch.at(1)));
    removeStore(store);
}
