#include "common/SyncedDemo.h"

#include "common/TestSupport.h"
#include "models/SyncCollections.h"
#include "services/sync/SyncEngine.h"

#include <QEventLoop>
#include <QSignalSpy>

namespace OpsDesk::TestSupport {

bool SyncedDemo::start(const QString &username)
{
    server.start(program(QStringLiteral("opsdesk-server")),
                 {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("2000"),
                  QStringLiteral("--technicians"), QStringLiteral("50"),
                  QStringLiteral("--no-simulator")},
                 serverDir.path());
    if (!server.waitForReady(120000))
        return false;
    api = std::make_unique<ApiClient>(server.baseUrl());
    keychain = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk-test"));
    session = std::make_unique<SessionManager>(api.get(), keychain.get());
    session->setRemember(false);
    QEventLoop loop;
    session->login(username, QStringLiteral("opsdesk-demo"),
                   [&](bool, const QString &) { loop.quit(); });
    loop.exec();
    if (!session->staff())
        return false;
    staff = *session->staff();
    cachePath = cacheDir.filePath(QStringLiteral("cache.sqlite"));
    sync = std::make_unique<SyncSession>(api.get(), &connection, cachePath,
                                         readableCollections(staff.roles));
    sync->setLiveEventsEnabled(false);
    QSignalSpy synced(sync->engine(), &SyncEngine::runFinished);
    sync->start();
    return synced.wait(60000) && synced.at(0).at(0).toBool();
}

} // namespace OpsDesk::TestSupport
