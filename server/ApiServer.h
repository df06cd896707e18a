#pragma once

#include "server/ServerOptions.h"
#include "server/api/Faults.h"
#include "server/auth/AuthService.h"
#include "server/events/EventHub.h"
#include "server/http/Router.h"
#include "server/store/Store.h"
#include "server/tiles/TileRenderer.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

namespace OpsDesk::Server {

// The reference central server: turns QtHttpServer requests into
// HttpRequest values and runs each through one pipeline:
//
//   size limit (413) → route (404/405) → bearer token (401) → JSON body (400)
//   → role (403) → for commands: Idempotency-Key (400), replay / 422 / 409
//   → handler inside one transaction, whose response is stored with the key
//
// Everything runs on the server's one thread; the database has one
// connection.
class Simulator;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    explicit ApiServer(const ServerOptions &options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Opens the database under options.dataDir and, with --demo, fills it.
    bool initialize(QString *error);

    // Serves one request without a socket (tests, benchmarks).
    HttpResponse handle(HttpRequest &request);

    Router &router() { return m_router; }
    Store &store() { return m_store; }
    AuthService &auth() { return *m_auth; }
    const ServerOptions &options() const { return m_options; }
    Faults &faults() { return m_faults; }
    EventHub &events() { return *m_events; }
    // The demo traffic simulator (server/demo/Simulator.h), created on first use.
    Simulator *simulator();
    bool faultsEnabled() const { return m_options.demo || m_options.testFaults; }
    QDateTime startedAt() const { return m_startedAt; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Outcome
    {
        HttpResponse response;
        bool committedCommand = false;
    };
    Outcome process(HttpRequest &request, bool keyAlreadyMarked);
    Outcome runCommand(const Router::Route &route, RequestContext &context, const QString &key,
                       const QByteArray &fingerprint);
    void registerRoutes();
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, HttpRequest httpRequest);

    ServerOptions m_options;
    Store m_store;
    std::unique_ptr<AuthService> m_auth;
    TileRenderer m_tileRenderer; // before m_router: the tile routes refer to it
    Router m_router;
    Faults m_faults;
    QRandomGenerator m_faultRandom{42};
    QSet<QString> m_executingKeys;
    QDateTime m_startedAt;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<EventHub> m_events; // GET /api/v1/events; destroyed first
};

} // namespace OpsDesk::Server
