#pragma once

#include "server/ServerOptions.h"
#include "server/http/Router.h"

#include <QAbstractHttpServer>
#include <QDateTime>

namespace OpsDesk::Server {

// The HTTP front of the reference server: turns QtHttpServer requests into
// HttpRequest values, routes them, and writes HttpResponse values back.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    explicit ApiServer(const ServerOptions &options, QObject *parent = nullptr);

    Router &router() { return m_router; }
    // Serves one request without a socket (used by tests and benchmarks).
    HttpResponse handle(HttpRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void registerRoutes();
    static void write(const QHttpServerRequest &request, QTcpSocket *socket,
                      const HttpResponse &response);

    ServerOptions m_options;
    Router m_router;
    QDateTime m_startedAt;
};

} // namespace OpsDesk::Server
