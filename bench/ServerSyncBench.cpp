// server.delta_orders_per_s: a full sync pass of 1,000,000 orders over
// loopback (limit 5000, keep-alive), as the console does on first start.
#include "bench/Bench.h"
#include "bench/BenchData.h"
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

using Bench::cachedDataDir;
using Bench::demoArguments;
using Bench::Orders;

void complain(const QString &message)
{
    std::fprintf(stderr, "server.delta_orders_per_s: %s\n", qPrintable(message));
}
constexpr int PageLimit = 5000;

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
