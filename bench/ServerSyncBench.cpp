// server.delta_orders_per_s: a full sync pass of 1,000,000 orders over
// loopback (limit 5000, keep-alive), as the console does on first start.
#include "bench/Bench.h"
#include "services/core/AppPaths.h"
#include "services/server/LocalServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

using namespace OpsDesk;

constexpr int Orders = 1000000;
constexpr int Technicians = 5000;
constexpr int PageLimit = 5000;

QStringList demoArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--orders"), QString::number(Orders),
            QStringLiteral("--technicians"), QString::number(Technicians),
            // Measure the sync alone, without demo traffic writing meanwhile.
            QStringLiteral("--no-simulator")};
}

void complain(const QString &message)
{
    std::fprintf(stderr, "server.delta_orders_per_s: %s\n", qPrintable(message));
}

// Generating a million orders takes minutes, so the data folder is generated
// once and kept under the system temp folder, keyed by the parameters. A
// marker file says the generation finished; without it the folder is redone.
QString cachedDataDir(const QString &server)
{
    const QString dir = QDir(QDir::tempPath())
                            .filePath(QStringLiteral("opsdesk-bench-cache/orders%1-tech%2-seed1")
                                          .arg(Orders)
                                          .arg(Technicians));
    const QString marker = QDir(dir).filePath(QStringLiteral("generated"));
    if (QFile::exists(marker))
        return dir;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::fprintf(stderr, "server.delta_orders_per_s: generating %d orders into %s (once)\n", Orders,
                 qPrintable(dir));
    // A plain process: generation may take longer than LocalServerProcess's
    // start timeout. The server prints its port line once the data is there.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(server, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--data-dir"), dir,
                                      QStringLiteral("--exit-on-stdin-close")} +
                              demoArguments());
    if (!process.waitForStarted(10000)) {
        complain(QStringLiteral("cannot start %1").arg(server));
        return {};
    }
    QByteArray out;
    QDeadlineTimer deadline(60 * 60 * 1000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running &&
           !out.contains("listening on")) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    const bool ready = out.contains("listening on");
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!ready) {
        complain(QStringLiteral("the server did not finish generating the demo data"));
        return {};
    }
    QFile done(marker);
    if (!done.open(QIODevice::WriteOnly))
        return {};
    done.write(demoArguments().join(QLatin1Char(' ')).toUtf8());
    return dir;
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
              const QByteArray &token, const QByteArray &body = {},
              const QByteArray &idempotencyKey = {})
{
    QNetworkRequest req(url);
    req.setTransferTimeout(120000);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey);
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    delete reply; // no outer event loop runs here to process deleteLater()
    return result;
}

struct Server
{
    std::unique_ptr<LocalServerProcess> process;
    QByteArray token;
};

Server *sharedServer()
{
    static std::unique_ptr<Server> server;
    static bool tried = false;
    if (tried)
        return server && server->process->isReady() ? server.get() : nullptr;
    tried = true;
    const QString program = AppPaths::siblingProgram(QStringLiteral("opsdesk-server"));
    const QString dir = cachedDataDir(program);
    if (dir.isEmpty())
        return nullptr;
    server = std::make_unique<Server>();
    server->process = std::make_unique<LocalServerProcess>();
    server->process->start(program, demoArguments(), dir);
    if (!server->process->waitForReady(120000)) {
        complain(server->process->errorString());
        return nullptr;
    }
    QNetworkAccessManager network;
    QUrl url = server->process->baseUrl();
    url.setPath(QStringLiteral("/api/v1/auth/login"));
    const Reply login =
        request(network, "POST", url, {}, R"({"username":"admin","password":"opsdesk-demo"})");
    server->token =
        QJsonDocument::fromJson(login.body)[QStringLiteral("access_token")].toString().toLatin1();
    if (server->token.isEmpty()) {
        complain(QStringLiteral("cannot log in as admin: HTTP %1").arg(login.status));
        return nullptr;
    }
    // A quiet server: no simulated traffic while measuring (if it has one).
    url.setPath(QStringLiteral("/api/v1/admin/simulator"));
    request(network, "POST", url, server->token, R"({"running":false})",
            QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    return server.get();
}

// One full pass of the orders, page by page on one keep-alive connection.
double fullOrdersPassPerSecond()
{
    Server *server = sharedServer();
    if (!server)
        return -1;
    QNetworkAccessManager network;
    QUrl url = server->process->baseUrl();
    url.setPath(QStringLiteral("/api/v1/sync/orders"));
    qint64 orders = 0;
    QString cursor;
    QElapsedTimer timer;
    timer.start();
    for (int page = 0; page < 100000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageLimit));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
        const Reply reply = request(network, "GET", url, server->token);
        if (reply.status != 200) {
            complain(QStringLiteral("sync page %1: HTTP %2 %3")
                         .arg(page)
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body.left(300))));
            return -1;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        orders += body.value(QStringLiteral("items")).toArray().size();
        cursor = body.value(QStringLiteral("next_cursor")).toString();
        if (!body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (orders < Orders / 2) {
        complain(QStringLiteral("the server has only %1 orders; the demo data generator "
                                "(--demo --orders %2) is missing or failed")
                     .arg(orders)
                     .arg(Orders));
        return -1;
    }
    return double(orders) / seconds;
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("server.delta_orders_per_s"), QStringLiteral("per_s"),
                  QStringLiteral("Full sync pass of 1,000,000 orders (limit 5000) over loopback"),
                  3, fullOrdersPassPerSecond);
