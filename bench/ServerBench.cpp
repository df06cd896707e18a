#include "bench/Bench.h"
#include "services/core/AppPaths.h"
#include "services/server/LocalServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace {

using namespace OpsDesk;

LocalServerProcess &sharedServer()
{
    static std::unique_ptr<LocalServerProcess> server;
    if (!server) {
        server = std::make_unique<LocalServerProcess>();
        server->start(AppPaths::siblingProgram(QStringLiteral("opsdesk-server")), {});
        server->waitForReady(60000);
    }
    return *server;
}

// Median round trip of GET /api/v1/health over loopback, keep-alive.
double healthRoundTripMs()
{
    LocalServerProcess &server = sharedServer();
    if (!server.isReady())
        return -1;
    QNetworkAccessManager network;
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/api/v1/health"));
    std::vector<double> samples;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!ok)
            return -1;
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return Bench::median(samples);
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("server.health_roundtrip"), QStringLiteral("ms"),
                  QStringLiteral("GET /api/v1/health round trip over loopback"), 3,
                  healthRoundTripMs);
