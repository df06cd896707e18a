// opsdesk-sync-worker: the console's sync stack without a window, for the
// crash-safety test (which kills it at random points) and the sync
// benchmarks (which time it and read its peak memory).
//
//   opsdesk-sync-worker --server URL --user NAME --cache FILE [--page-size N]
//       [--note ORDER_ID=TEXT ...] [--full] [--stay]
//
// Signs in (password from the OPSDESK_PASSWORD environment variable, never
// an argument), opens the cache, submits the given notes as local changes,
// then syncs and drains the outbox. Prints one line per milestone:
//   ready <ms>          the cache is open
//   submitted <opId>    a note is in the outbox (committed locally)
//   synced <ms> <records>  a pull run finished
//   drained             no entry is waiting any more
//   peak_rss_kb <n>
// and exits 0 once synced and drained (unless --stay), 1 on errors.
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/CredentialStore.h"
#include "services/sync/OutboxReplayer.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace OpsDesk;

namespace {

void say(const QByteArray &line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("url")},
         {QStringLiteral("user"), QStringLiteral("User name"), QStringLiteral("name")},
         {QStringLiteral("cache"), QStringLiteral("Cache file"), QStringLiteral("file")},
         {QStringLiteral("page-size"), QStringLiteral("Page size"), QStringLiteral("n"),
          QStringLiteral("1000")},
         {QStringLiteral("note"), QStringLiteral("ORDER=TEXT to submit"), QStringLiteral("note")},
         {QStringLiteral("full"), QStringLiteral("Start with full passes")},
         {QStringLiteral("stay"), QStringLiteral("Keep running")},
         {QStringLiteral("verbose"), QStringLiteral("Print when each collection starts")}});
    parser.process(app);
    const QUrl server(parser.value(QStringLiteral("server")));
    const QString cachePath = parser.value(QStringLiteral("cache"));
    if (!server.isValid() || cachePath.isEmpty()) {
        std::fprintf(stderr, "opsdesk-sync-worker: --server and --cache are required\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("full"))) {
        // Forget the cursors: the next run makes full passes.
        const QString name = QStringLiteral("reset");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(cachePath);
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("DELETE FROM sync_state"));
        }
        QSqlDatabase::removeDatabase(name);
    }

    QElapsedTimer clock;
    clock.start();
    ConnectionState connection;
    ApiClient api(server);
    CredentialStore keychain(QStringLiteral("OpsDesk-worker"));
    SessionManager session(&api, &keychain);
    session.setRemember(false);
    std::unique_ptr<SyncSession> sync;
    bool synced = false;
    bool drained = false;
    int exitCode = 0;
    const bool stay = parser.isSet(QStringLiteral("stay"));
    auto finishIfDone = [&] {
        if (synced && drained && !stay) {
            say("peak_rss_kb " + QByteArray::number(qint64(peakRssKb())));
            QCoreApplication::exit(exitCode);
        }
    };

    session.login(
        parser.value(QStringLiteral("user")), qEnvironmentVariable("OPSDESK_PASSWORD"),
        [&](bool ok, const QString &error) {
            if (!ok) {
                std::fprintf(stderr, "opsdesk-sync-worker: %s\n", qPrintable(error));
                QCoreApplication::exit(1);
                return;
            }
            sync = std::make_unique<SyncSession>(&api, &connection, cachePath,
                                                 readableCollections(session.staff()->roles));
            sync->setLiveEventsEnabled(false);
            sync->engine()->setPageSize(parser.value(QStringLiteral("page-size")).toInt());
            QObject::connect(sync.get(), &SyncSession::ready, [&](bool ready, const QString &e) {
                if (!ready) {
                    std::fprintf(stderr, "opsdesk-sync-worker: %s\n", qPrintable(e));
                    QCoreApplication::exit(1);
                    return;
                }
                say("ready " + QByteArray::number(clock.elapsed()));
                for (const QString &note : parser.values(QStringLiteral("note"))) {
                    const QString order = note.section(QLatin1Char('='), 0, 0);
                    const QString text = note.section(QLatin1Char('='), 1);
                    LocalChange change;
                    change.collection = QStringLiteral("orders");
                    change.recordId = order;
                    change.path = QStringLiteral("/api/v1/orders/%1/notes").arg(order);
                    change.body = {{QStringLiteral("text"), text}};
                    change.summary = text;
                    sync->submit(change, [](const QString &opId, const QString &error) {
                        if (!opId.isEmpty())
                            say("submitted " + opId.toLatin1());
                        else
                            std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
                    });
                }
            });
            if (parser.isSet(QStringLiteral("verbose"))) {
                auto current = std::make_shared<QString>();
                QObject::connect(sync->engine(), &SyncEngine::progress,
                                 [&clock, current](const SyncEngine::Progress &p) {
                                     if (p.collection != *current) {
                                         *current = p.collection;
                                         say("collection " + p.collection.toLatin1() + " " +
                                             QByteArray::number(clock.elapsed()));
                                     }
                                 });
            }
            QObject::connect(sync->engine(), &SyncEngine::runFinished,
                             [&](bool ok, const QString &e) {
                                 if (!ok) {
                                     std::fprintf(stderr, "sync: %s\n", qPrintable(e));
                                     QTimer::singleShot(200, sync->engine(), &SyncEngine::syncNow);
                                     return;
                                 }
                                 if (!synced)
                                     say("synced " + QByteArray::number(clock.elapsed()));
                                 synced = true;
                                 finishIfDone();
                             });
            QObject::connect(sync.get(), &SyncSession::outboxCountsChanged,
                             [&](const OutboxCounts &counts) {
                                 const bool nowDrained = counts.pending == 0;
                                 if (nowDrained && !drained)
                                     say("drained");
                                 drained = nowDrained;
                                 finishIfDone();
                             });
            sync->start();
        });
    return app.exec();
}
