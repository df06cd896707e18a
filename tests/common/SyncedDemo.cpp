#include "common/SyncedDemo.h"

#include "services/cache/CacheDatabase.h"

#include "services/sync/OutboxReplayer.h"
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include "common/TestSupport.h"
#include "models/SyncCollections.h"
#include "services/sync/SyncEngine.h"

#include <QEventLoop>
#include <QSignalSpy>

namespace OpsDesk::TestSupport {

bool SyncedDemo::start(const QString &username, const QStringList &serverArguments)
{
    server.start(program(QStringLiteral("opsdesk-server")),
                 QStringList{QStringLiteral("--demo"), QStringLiteral("--orders"),
                             QStringLiteral("2000"), QStringLiteral("--technicians"),
                             QStringLiteral("200"), QStringLiteral("--no-simulator")} +
                     serverArguments,
                 serverDir.path());
    if (!server.waitForReady(120000))
        return false;
    api = std::make_unique<ApiClient>(server.baseUrl());
    keychain = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk-test"));
    session = std::make_unique<SessionManager>(api.get(), keychain.get());
    cachePath = cacheDir.filePath(QStringLiteral("cache.sqlite"));
    return signInAndSync(username, *api, *session, connection, cachePath, &staff, &sync);
}

bool SyncedDemo::signInAndSync(const QString &username, ApiClient &api, SessionManager &session,
                               ConnectionState &connection, const QString &cachePath, Staff *staff,
                               std::unique_ptr<SyncSession> *sync)
{
    session.setRemember(false);
    QEventLoop loop;
    session.login(username, QStringLiteral("opsdesk-demo"),
                  [&](bool, const QString &) { loop.quit(); });
    loop.exec();
    if (!session.staff())
        return false;
    *staff = *session.staff();
    *sync = std::make_unique<SyncSession>(&api, &connection, cachePath,
                                          readableCollections(staff->roles));
    (*sync)->setLiveEventsEnabled(false);
    QSignalSpy synced((*sync)->engine(), &SyncEngine::runFinished);
    (*sync)->start();
    return synced.wait(60000) && synced.at(0).at(0).toBool();
}

QStringList SyncedDemo::morningRushArguments()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime rush(now.date(), QTime(2, 30), QTimeZone::utc());
    if (rush > now)
        rush = rush.addDays(-1);
    return {QStringLiteral("--demo-now"), rush.toString(Qt::ISODate)};
}

std::unique_ptr<SyncedDemo::Other> SyncedDemo::signInAnother(const QString &username)
{
    auto other = std::make_unique<Other>();
    other->api = std::make_unique<ApiClient>(server.baseUrl());
    other->session = std::make_unique<SessionManager>(other->api.get(), keychain.get());
    other->cachePath = other->cacheDir.filePath(QStringLiteral("cache.sqlite"));
    if (!signInAndSync(username, *other->api, *other->session, other->connection, other->cachePath,
                       &other->staff, &other->sync))
        return nullptr;
    return other;
}

QString SyncedDemo::orderRow(const QString &orderId) const
{
    CacheDatabase db;
    if (!db.open(cachePath, CacheDatabase::Mode::ReadOnly, nullptr))
        return {};
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT pending, doc FROM records WHERE collection = 'orders' "
                                 "AND id = ?"));
    query.addBindValue(orderId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
}

QString submitAndWait(SyncSession &sync, const LocalChange &change, QString *error)
{
    QString opId;
    QEventLoop loop;
    sync.submit(change, [&](const QString &id, const QString &e) {
        opId = id;
        if (error)
            *error = e;
        loop.quit();
    });
    loop.exec();
    return opId;
}

QList<OutboxEntry> outboxEntries(SyncSession &sync)
{
    QList<OutboxEntry> entries;
    QEventLoop loop;
    sync.requestOutbox([&](const QList<OutboxEntry> &list) {
        entries = list;
        loop.quit();
    });
    loop.exec();
    return entries;
}

bool waitForOutboxSettled(SyncSession &sync, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTest::qWait(100);
        bool pending = false;
        for (const OutboxEntry &entry : outboxEntries(sync))
            pending = pending || entry.isPending();
        if (!pending && sync.outbox()->inFlight() == 0)
            return true;
    }
    return false;
}

} // namespace OpsDesk::TestSupport
