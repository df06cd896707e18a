// The console's sync stack against the reference server with a million
// orders, in a child process (opsdesk-sync-worker) so that its memory is its
// own:
//   sync.initial_1m          first sync into an empty cache (s, from start
//                            until every collection is pulled and indexed)
//   sync.initial_1m_peak_rss the syncing process's peak resident memory (MB)
//   sync.incremental_1k      pulling 1,000 orders changed at the server (s)
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "services/core/AppPaths.h"
#include "services/server/LocalServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

using namespace OpsDesk;

void complain(const QString &message)
{
    std::fprintf(stderr, "sync bench: %s\n", qPrintable(message));
}

LocalServerProcess *server()
{
    static std::unique_ptr<LocalServerProcess> process;
    static bool tried = false;
    if (tried)
        return process && process->isReady() ? process.get() : nullptr;
    tried = true;
    const QString program = AppPaths::siblingProgram(QStringLiteral("opsdesk-server"));
    const QString dir = Bench::cachedDataDir(program);
    if (dir.isEmpty())
        return nullptr;
    process = std::make_unique<LocalServerProcess>();
    process->start(program, Bench::demoArguments() + QStringList{QStringLiteral("--test-faults")},
                   dir);
    if (!process->waitForReady(180000)) {
        complain(process->errorString());
        return nullptr;
    }
    return process.get();
}

struct WorkerRun
{
    bool ok = false;
    double syncedSeconds = -1; // from the worker's start to its first complete pull
    double pullSeconds = -1;   // from the open cache to the complete pull
    double peakRssMb = -1;
};

WorkerRun runWorker(const QString &cachePath, const QStringList &extra = {})
{
    WorkerRun run;
    LocalServerProcess *s = server();
    if (!s)
        return run;
    const QString worker = AppPaths::siblingProgram(QStringLiteral("opsdesk-sync-worker"));
    if (!QFile::exists(worker)) {
        complain(QStringLiteral("%1 is missing (it is built with the tests)").arg(worker));
        return run;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPSDESK_PASSWORD"), QStringLiteral("opsdesk-demo"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(worker, QStringList{QStringLiteral("--server"), s->baseUrl().toString(),
                                      QStringLiteral("--user"), QStringLiteral("admin"),
                                      QStringLiteral("--cache"), cachePath,
                                      QStringLiteral("--page-size"), QStringLiteral("5000")} +
                              extra);
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        complain(QStringLiteral("the sync worker failed (exit code %1)").arg(process.exitCode()));
        process.kill();
        return run;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const auto synced = QRegularExpression(QStringLiteral("synced (\\d+)")).match(out);
    const auto ready = QRegularExpression(QStringLiteral("ready (\\d+)")).match(out);
    const auto rss = QRegularExpression(QStringLiteral("peak_rss_kb (\\d+)")).match(out);
    if (!synced.hasMatch() || !rss.hasMatch()) {
        complain(QStringLiteral("unexpected worker output: %1").arg(out));
        return run;
    }
    run.ok = true;
    run.syncedSeconds = synced.captured(1).toDouble() / 1000.0;
    run.pullSeconds = run.syncedSeconds - ready.captured(1).toDouble() / 1000.0;
    run.peakRssMb = rss.captured(1).toDouble() / 1024.0;
    return run;
}

std::vector<double> &rssSamples()
{
    static std::vector<double> samples;
    return samples;
}

QTemporaryDir &cacheDir()
{
    static QTemporaryDir dir;
    return dir;
}

double initialSync()
{
    const QString path = cacheDir().filePath(
        QStringLiteral("initial-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    const WorkerRun run = runWorker(path);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!run.ok)
        return -1;
    rssSamples().push_back(run.peakRssMb);
    return run.syncedSeconds;
}

double initialSyncPeakRss()
{
    if (rssSamples().empty() && initialSync() < 0)
        return -1;
    const double value = rssSamples().back();
    rssSamples().pop_back();
    return value;
}

// 1,000 orders change at the server (through the test-only record endpoint,
// a new version each), then a synced cache pulls them.
double incrementalSync()
{
    static const QString path = cacheDir().filePath(QStringLiteral("incremental.sqlite"));
    LocalServerProcess *s = server();
    if (!s)
        return -1;
    if (!QFile::exists(path) && !runWorker(path).ok)
        return -1;

    // Sign in, then write new versions of 1,000 orders taken from the cache.
    QNetworkAccessManager network;
    auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &token) {
        QUrl url = s->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        return std::make_pair(status, answer);
    };
    const auto login = call("POST", QStringLiteral("/api/v1/auth/login"),
                            R"({"username":"admin","password":"opsdesk-demo"})", {});
    const QByteArray token =
        QJsonDocument::fromJson(login.second)[QStringLiteral("access_token")].toString().toLatin1();
    if (token.isEmpty()) {
        complain(QStringLiteral("cannot sign in: HTTP %1").arg(login.first));
        return -1;
    }
    QList<QJsonObject> orders;
    {
        const QString connection = QStringLiteral("bench-incremental");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
            static int round = 0;
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT doc FROM records WHERE collection = 'orders' "
                                      "ORDER BY id LIMIT 1000 OFFSET %1")
                           .arg(1000 * (round++ % 50)));
            while (query.next())
                orders.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (orders.size() < 1000) {
        complain(QStringLiteral("the cache has only %1 orders").arg(orders.size()));
        return -1;
    }
    for (QJsonObject order : std::as_const(orders)) {
        order.insert(QStringLiteral("has_complaint"),
                     !order.value(QStringLiteral("has_complaint")).toBool());
        const QString id = order.value(QStringLiteral("id")).toString();
        const auto put = call("PUT", QStringLiteral("/api/v1/admin/records/orders/") + id,
                              QJsonDocument(order).toJson(QJsonDocument::Compact), token);
        if (put.first != 200) {
            complain(QStringLiteral("cannot change %1: HTTP %2").arg(id).arg(put.first));
            return -1;
        }
    }
    const WorkerRun run = runWorker(path);
    return run.ok ? run.pullSeconds : -1;
}

} // namespace

QString Bench::syncedClientCache()
{
    static QString made;
    if (!made.isEmpty())
        return made;
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("opsdesk-bench-cache"));
    const QString path = QDir(dir).filePath(QStringLiteral("client-dispatcher-1m.sqlite"));
    const QString marker = path + QStringLiteral(".complete");
    if (QFile::exists(marker) && QFile::exists(path))
        return made = path;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    LocalServerProcess *s = server();
    if (!s)
        return {};
    std::fprintf(stderr, "ui bench: syncing the dispatcher's cache of %d orders into %s\n",
                 Bench::Orders, qPrintable(path));
    // The worker keeps running after the pull (--stay) so that its writer
    // finishes the text index; the cache's meta says when it has.
    QProcess worker;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPSDESK_PASSWORD"), QStringLiteral("opsdesk-demo"));
    worker.setProcessEnvironment(environment);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(AppPaths::siblingProgram(QStringLiteral("opsdesk-sync-worker")),
                 {QStringLiteral("--server"), s->baseUrl().toString(), QStringLiteral("--user"),
                  QStringLiteral("dispatcher"), QStringLiteral("--cache"), path,
                  QStringLiteral("--page-size"), QStringLiteral("5000"), QStringLiteral("--stay")});
    QElapsedTimer clock;
    clock.start();
    bool synced = false;
    while (!synced && worker.state() != QProcess::NotRunning && clock.elapsed() < 20 * 60000) {
        worker.waitForReadyRead(1000);
        synced = worker.readAllStandardOutput().contains("synced ");
    }
    bool indexed = false;
    const QString connection = QStringLiteral("bench-text-index");
    while (synced && !indexed && worker.state() != QProcess::NotRunning &&
           clock.elapsed() < 30 * 60000) {
        worker.waitForFinished(2000);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                indexed =
                    query.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key IN "
                                              "('orders_text_built_to', 'orders_bulk_load')")) &&
                    query.next() && query.value(0).toInt() == 0;
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    worker.kill();
    worker.waitForFinished(10000);
    if (!synced || !indexed) {
        complain(QStringLiteral("the dispatcher's cache could not be synced and indexed"));
        return {};
    }
    QFile complete(marker);
    if (!complete.open(QIODevice::WriteOnly))
        return {};
    return made = path;
}

OPSDESK_BENCHMARK(QStringLiteral("sync.initial_1m"), QStringLiteral("s"),
                  QStringLiteral("First sync of 1,000,000 orders + 5,000 technicians into an "
                                 "empty cache (loopback, page 5000)"),
                  1, initialSync);
OPSDESK_BENCHMARK(QStringLiteral("sync.initial_1m_peak_rss"), QStringLiteral("MB"),
                  QStringLiteral("Peak resident memory of the process doing sync.initial_1m"), 1,
                  initialSyncPeakRss);
OPSDESK_BENCHMARK(QStringLiteral("sync.incremental_1k"), QStringLiteral("s"),
                  QStringLiteral("Pulling 1,000 orders changed at the server into a synced cache"),
                  3, incrementalSync);
