// audit.offline_batch_200: "take offline" for 200 applications of the
// auditor's queue — every document (ID card front and back, certificates,
// the agreement) downloaded from a local reference server, checked against
// its hash and written encrypted (libsodium, key generated and kept in the
// OS keychain) — from opening the store to the batch's end. The records are
// synced once beforehand, as they are in the console.
// audit.offline_batch_200_disk_mb: the batch's size on disk (encrypted files
// and the manifest).
//
// Needs a keychain: run under scripts/with-keyring (a private D-Bus session
// with gnome-keyring), as the tests do.
#include "bench/Bench.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/audit/AuditCache.h"
#include "services/audit/OfflineBatch.h"
#include "services/audit/SecureDocumentStore.h"
#include "services/auth/SessionManager.h"
#include "services/core/AppPaths.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

using namespace OpsDesk;

constexpr int BatchSize = 200;

void complain(const QString &message)
{
    std::fprintf(stderr, "audit bench: %s\n", qPrintable(message));
}

struct AuditEnv
{
    QTemporaryDir serverDir;
    QTemporaryDir cacheDir;
    LocalServerProcess server;
    ConnectionState connection;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<SessionManager> session;
    std::unique_ptr<SyncSession> sync;
    QList<QJsonObject> batch;
    double lastDiskMb = -1;
};

AuditEnv *env()
{
    static std::unique_ptr<AuditEnv> e;
    static bool tried = false;
    if (tried)
        return e.get();
    tried = true;
    auto made = std::make_unique<AuditEnv>();
    made->server.start(AppPaths::siblingProgram(QStringLiteral("opsdesk-server")),
                       {QStringLiteral("--demo"), QStringLiteral("--orders"),
                        QStringLiteral("1000"), QStringLiteral("--technicians"),
                        QStringLiteral("300"), QStringLiteral("--applications"),
                        QStringLiteral("260"), QStringLiteral("--no-simulator")},
                       made->serverDir.path());
    if (!made->server.waitForReady(300000)) {
        complain(made->server.errorString());
        return nullptr;
    }
    made->api = std::make_unique<ApiClient>(made->server.baseUrl());
    made->keychain = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk-bench"));
    made->session = std::make_unique<SessionManager>(made->api.get(), made->keychain.get());
    made->session->setRemember(false);
    bool ok = false;
    {
        QEventLoop loop;
        made->session->login(QStringLiteral("auditor"), QStringLiteral("opsdesk-demo"),
                             [&](bool success, const QString &) {
                                 ok = success;
                                 loop.quit();
                             });
        loop.exec();
    }
    if (!ok || !made->session->staff()) {
        complain(QStringLiteral("cannot sign in as auditor"));
        return nullptr;
    }
    const Staff staff = *made->session->staff();
    const QString cachePath = made->cacheDir.filePath(QStringLiteral("cache.sqlite"));
    made->sync = std::make_unique<SyncSession>(made->api.get(), &made->connection, cachePath,
                                               readableCollections(staff.roles));
    made->sync->setLiveEventsEnabled(false);
    bool synced = false;
    {
        QEventLoop loop;
        QObject::connect(made->sync->engine(), &SyncEngine::runFinished, &loop, [&](bool success) {
            synced = success;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        made->sync->start();
        loop.exec();
    }
    if (!synced) {
        complain(QStringLiteral("the first sync failed"));
        return nullptr;
    }
    AuditCache cache;
    QString error;
    if (!cache.open(cachePath, &error)) {
        complain(error);
        return nullptr;
    }
    for (const auto &item : cache.reviewQueue(staff, QDateTime::currentDateTimeUtc()))
        if (item.collection == QLatin1String("applications") && made->batch.size() < BatchSize)
            made->batch.append(cache.application(item.recordId));
    if (made->batch.size() < BatchSize) {
        complain(QStringLiteral("only %1 applications in the queue").arg(made->batch.size()));
        return nullptr;
    }
    e = std::move(made);
    return e.get();
}

double offlineBatch()
{
    AuditEnv *e = env();
    if (!e)
        return -1;
    QTemporaryDir storeDir;
    const QString keyName = QStringLiteral("audit-documents/bench-") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecureDocumentStore store(e->keychain.get(), keyName,
                              storeDir.filePath(QStringLiteral("cache.sqlite.secure")),
                              e->api.get());
    OfflineBatch batch(e->api.get(), &store);
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    OfflineBatch::Summary summary;
    {
        QEventLoop loop;
        QObject::connect(&batch, &OfflineBatch::finished, &loop,
                         [&](bool success, const OfflineBatch::Summary &s) {
                             ok = success;
                             summary = s;
                             loop.quit();
                         });
        store.open(&loop, [&](bool opened, const QString &error) {
            if (!opened) {
                complain(error);
                loop.quit();
                return;
            }
            batch.start(e->batch);
        });
        loop.exec();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        complain(
            QStringLiteral("the batch failed: %1").arg(summary.errors.join(QStringLiteral("; "))));
        return -1;
    }
    e->lastDiskMb = double(store.diskSize()) / (1024.0 * 1024.0);
    std::fprintf(stderr,
                 "audit bench: %d applications, %d documents (%lld bytes downloaded), %.1f MB "
                 "on disk, %.2f s\n",
                 summary.availableOffline, summary.documents,
                 static_cast<long long>(summary.bytesDownloaded), e->lastDiskMb, seconds);
    // Leave nothing behind: the files go with storeDir, the key here.
    QEventLoop loop;
    bool done = false;
    store.removeAll(true, &loop, [&](bool, const QString &) {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return seconds;
}

OPSDESK_BENCHMARK(QStringLiteral("audit.offline_batch_200"), QStringLiteral("s"),
                  QStringLiteral("take 200 applications offline: every document downloaded, "
                                 "checked and stored encrypted (target <= 30 s)"),
                  3, offlineBatch);

OPSDESK_BENCHMARK(QStringLiteral("audit.offline_batch_200_disk_mb"), QStringLiteral("MB"),
                  QStringLiteral("the size on disk of that batch (encrypted documents and the "
                                 "manifest)"),
                  1, [] {
                      AuditEnv *e = env();
                      if (e && e->lastDiskMb < 0)
                          offlineBatch();
                      return e ? e->lastDiskMb : -1.0;
                  });

} // namespace
