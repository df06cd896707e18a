#include "server/ApiServer.h"

#include "server/api/CommandQueries.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/demo/DemoGenerator.h"
#include "server/demo/Simulator.h"
#include "server/tiles/TileRoutes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <exception>
#include <stdexcept>

namespace OpsDesk::Server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

bool isStorable(int status)
{
    return status < 500 && status != 401 && status != 429;
}

QByteArray encodeHeaders(const HttpResponse &response)
{
    QJsonArray array;
    for (const auto &header : response.headers)
        array.append(
            QJsonArray{QString::fromLatin1(header.first), QString::fromLatin1(header.second)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void decodeHeaders(const QByteArray &json, HttpResponse *response)
{
    for (const QJsonValue &pair : QJsonDocument::fromJson(json).array())
        response->headers.append({pair.toArray().at(0).toString().toLatin1(),
                                  pair.toArray().at(1).toString().toLatin1()});
}

// Writes a response through a responder that outlives handleRequest(), so
// responses can be delayed (latency faults) or trickled (slow bodies).
struct PendingResponse
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

void writeNow(PendingResponse &pending, const HttpResponse &response)
{
    if (!pending.socket)
        return;
    pending.responder.writeStatusLine(
        static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        pending.responder.writeHeader(header.first, header.second);
    pending.responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // The responder copies a body into the socket's buffer; QIODevice::write
    // of a QByteArray shares it instead (sync pages are megabytes). An empty
    // body part ends the header block first.
    pending.responder.writeBody("", 0);
    pending.socket->write(response.body);
}

} // namespace

QJsonObject Faults::toJson() const
{
    return QJsonObject{{QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("error_rate"), errorRate},
                       {QStringLiteral("error_status"), errorStatus},
                       {QStringLiteral("drop_after_commit"), dropAfterCommit},
                       {QStringLiteral("slow_body_ms"), slowBodyMs},
                       {QStringLiteral("truncate_json_next"), truncateJsonNext}};
}

ApiServer::ApiServer(const ServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_auth(std::make_unique<AuthService>(m_store))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_auth->setAccessTtlSeconds(options.accessTokenTtl);
    registerRoutes();
    m_events = std::make_unique<EventHub>(*m_auth, m_store);
    m_events->attach(*this);
}

ApiServer::~ApiServer()
{
    m_store.setChangeListener({});
}

bool ApiServer::initialize(QString *error)
{
    QDir().mkpath(m_options.dataDir);
    if (!m_store.open(QDir(m_options.dataDir).filePath(QStringLiteral("opsdesk-server.db")), error))
        return false;
    if (m_options.demo && m_store.count(QStringLiteral("staff")) == 0) {
        m_store.beginTransaction();
        const QString city = m_options.city.isEmpty() ? QStringLiteral("shanghai") : m_options.city;
        const QString other = city == QLatin1String("beijing") ? QStringLiteral("shanghai")
                                                               : QStringLiteral("beijing");
        m_auth->createDemoAccounts(city, other, isoNow());
        m_store.commit();
    }
    if (m_options.demo && m_store.count(QStringLiteral("orders")) == 0 &&
        (m_options.orders > 0 || m_options.technicians > 0)) {
        DemoGenerator::Options demo;
        demo.seed = m_options.seed;
        demo.orders = m_options.orders;
        demo.technicians = m_options.technicians;
        demo.applications = m_options.applications;
        demo.now = m_options.demoNow; // invalid: the real time
        demo.cities = DemoGenerator::citiesFor(m_options.city, m_options.orders);
        try {
            DemoGenerator::generate(m_store, demo);
        } catch (const std::exception &e) {
            *error = QStringLiteral("demo data: ") + QString::fromUtf8(e.what());
            return false;
        }
    }
    // The command endpoints' lookup indexes, built now rather than on the
    // first command.
    ensureCommandIndexes(m_store);
    // Live events start here: changes before now are not replayable.
    m_events->reset(m_store.currentSeq());
    m_store.setChangeListener([events = m_events.get()](const QList<Store::Change> &changes) {
        events->publishChanges(changes);
    });
    if (m_options.demo && !m_options.noSimulator &&
        (m_options.orders > 0 || m_options.technicians > 0))
        simulator()->setRunning(true); // demo traffic; tests without demo data stay quiet
    return true;
}

Simulator *ApiServer::simulator()
{
    if (!m_simulator) {
        m_simulator = std::make_unique<Simulator>(*this);
        // Positions go to the live event stream only (no version, no seq).
        connect(m_simulator.get(), &Simulator::positionReported, m_events.get(),
                &EventHub::publishPosition);
    }
    return m_simulator.get();
}

void ApiServer::registerRoutes()
{
    registerSystemRoutes(*this, m_router);
    registerAuthRoutes(m_router, *m_auth);
    registerSyncRoutes(m_router);
    registerAdminRoutes(*this, m_router);
    registerFileRoutes(m_router);
    registerStatsRoutes(m_router);
    registerSimulatorRoutes(*this, m_router);
    registerOrderRoutes(m_router);
    registerApplicationRoutes(m_router);
    registerTechnicianRoutes(m_router);
    registerRefundRoutes(m_router);
    registerCouponRoutes(m_router);
    registerWithdrawalRoutes(m_router);
    registerCatalogRoutes(m_router);
    registerTileRoutes(m_router, m_tileRenderer);
}

HttpResponse ApiServer::handle(HttpRequest &request)
{
    return process(request, false).response;
}

ApiServer::Outcome ApiServer::process(HttpRequest &request, bool keyAlreadyMarked)
{
    Outcome outcome;
    if (request.body.size() > MaxBodyBytes) {
        outcome.response =
            Problem::payloadTooLarge(
                QStringLiteral("The body is larger than %1 bytes.").arg(MaxBodyBytes))
                .toResponse();
        return outcome;
    }
    const Router::Match match = m_router.find(request);
    if (!match.route) {
        outcome.response =
            (match.pathMatched
                 ? Problem::methodNotAllowed(
                       QStringLiteral("%1 is not allowed on %2")
                           .arg(QString::fromLatin1(request.method), request.path))
                 : Problem::notFound(QStringLiteral("No resource at %1").arg(request.path)))
                .toResponse();
        return outcome;
    }
    const Router::Route &route = *match.route;

    std::optional<StaffIdentity> staff;
    if (route.options.authenticated) {
        staff = m_auth->authenticate(request.header("authorization"));
        if (!staff) {
            outcome.response =
                Problem::unauthorized(QStringLiteral("A valid bearer access token is required."))
                    .toResponse();
            outcome.response.setHeader("WWW-Authenticate", "Bearer");
            return outcome;
        }
    }

    RequestContext context{request, staff ? &*staff : nullptr, m_store, isoNow(), {}, nullptr};
    context.events = m_events.get();
    if (route.options.jsonBody) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            outcome.response =
                Problem::badRequest(
                    parseError.error != QJsonParseError::NoError
                        ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset)
                        : QStringLiteral("The body must be a JSON object."))
                    .toResponse();
            return outcome;
        }
        context.body = document.object();
    }

    if (staff && !route.options.roles.isEmpty() && !staff->isAdmin() &&
        !staff->hasAnyRole(route.options.roles)) {
        QStringList names;
        for (const Role role : route.options.roles)
            names.append(roleId(role));
        outcome.response =
            Problem::forbidden(
                QStringLiteral("This needs the %1 role.").arg(names.join(QStringLiteral(" or "))))
                .toResponse();
        return outcome;
    }

    try {
        if (!route.options.command) {
            outcome.response = route.handler(context);
            return outcome;
        }
        const QString key = QString::fromLatin1(request.header("idempotency-key")).trimmed();
        if (key.isEmpty() || QUuid::fromString(key).isNull()) {
            Problem problem = Problem::validation(
                {{QStringLiteral("Idempotency-Key"),
                  QStringLiteral("the header is required and must be a UUID")}});
            outcome.response = problem.toResponse();
            return outcome;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(request.method);
        hash.addData(request.path.toUtf8());
        hash.addData(staff ? staff->id.toUtf8() : QByteArray());
        hash.addData(QJsonDocument(context.body).toJson(QJsonDocument::Compact));
        const QByteArray fingerprint = hash.result();

        QSqlQuery stored(m_store.database());
        stored.prepare(QStringLiteral(
            "SELECT fingerprint, status, headers, body FROM idempotency WHERE key = ?"));
        stored.addBindValue(key);
        stored.exec();
        if (stored.next()) {
            if (stored.value(0).toByteArray() != fingerprint) {
                Problem problem;
                problem.status = 422;
                problem.type = QStringLiteral("idempotency-key-reuse");
                problem.title = QStringLiteral("Idempotency-Key reused");
                problem.detail =
                    QStringLiteral("This Idempotency-Key was used for a different request.");
                outcome.response = problem.toResponse();
                return outcome;
            }
            HttpResponse replay;
            replay.status = stored.value(1).toInt();
            decodeHeaders(stored.value(2).toByteArray(), &replay);
            replay.body = stored.value(3).toByteArray();
            replay.setHeader("Idempotent-Replayed", "true");
            outcome.response = replay;
            return outcome;
        }
        if (!keyAlreadyMarked && m_executingKeys.contains(key)) {
            outcome.response =
                Problem::conflict(QStringLiteral("idempotency-in-progress"),
                                  QStringLiteral("A request with this Idempotency-Key is still "
                                                 "being processed; retry later."))
                    .toResponse();
            outcome.response.setHeader("Retry-After", "1");
            return outcome;
        }
        return runCommand(route, context, key, fingerprint);
    } catch (const std::exception &e) {
        outcome.response = Problem::internal(QString::fromUtf8(e.what())).toResponse();
        return outcome;
    }
}

ApiServer::Outcome ApiServer::runCommand(const Router::Route &route, RequestContext &context,
                                         const QString &key, const QByteArray &fingerprint)
{
    Outcome outcome;
    m_executingKeys.insert(key);
    m_store.beginTransaction();
    try {
        outcome.response = route.handler(context);
    } catch (...) {
        m_store.rollback();
        m_executingKeys.remove(key);
        throw;
    }
    if (!isStorable(outcome.response.status)) {
        m_store.rollback();
        m_executingKeys.remove(key);
        return outcome;
    }
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO idempotency(key, staff_id, fingerprint, status, "
                                  "headers, body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(context.staff ? context.staff->id : QString());
    insert.addBindValue(fingerprint);
    insert.addBindValue(outcome.response.status);
    insert.addBindValue(QString::fromUtf8(encodeHeaders(outcome.response)));
    // A null QByteArray binds as NULL: 204 answers have no body but must be
    // stored too, or a retry would run the command a second time.
    insert.addBindValue(outcome.response.body.isNull() ? QByteArray("") : outcome.response.body);
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert.exec()) {
        m_store.rollback();
        m_executingKeys.remove(key);
        throw std::runtime_error("cannot store the idempotent response: " +
                                 insert.lastError().text().toStdString());
    }
    m_store.commit();
    m_executingKeys.remove(key);
    outcome.committedCommand = true;
    return outcome;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 completes a WebSocket upgrade only when this returns true without
    // answering; the event hub then checks the token (close code 4401).
    // Upgrades elsewhere return false: missingHandler answers 404.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return request.url().path() == EventHub::Path;
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = QUrlQuery(request.url());
    for (const auto &header : request.headers())
        r.headers.insert(header.first.toLower(), header.second);
    r.body = request.body();
    deliver(request, socket, std::move(r));
    return true;
}

void ApiServer::deliver(const QHttpServerRequest &request, QTcpSocket *socket,
                        HttpRequest httpRequest)
{
    auto pending = std::make_shared<PendingResponse>(
        PendingResponse{makeResponder(request, socket), QPointer<QTcpSocket>(socket)});
    const bool exempt = httpRequest.path == QLatin1String("/api/v1/health") ||
                        httpRequest.path.startsWith(QLatin1String("/api/v1/admin/"));

    auto finish = [this, pending, exempt](HttpRequest req, bool marked) {
        Outcome outcome;
        if (!exempt && m_faults.errorRate > 0 &&
            m_faultRandom.generateDouble() < m_faults.errorRate) {
            if (m_faults.errorStatus == 429) {
                Problem limited;
                limited.status = 429;
                limited.type = QStringLiteral("rate-limited");
                limited.title = QStringLiteral("Too many requests");
                limited.detail = QStringLiteral("Injected fault: rate limited.");
                outcome.response = limited.toResponse();
            } else {
                outcome.response =
                    Problem::unavailable(QStringLiteral("Injected fault: unavailable."))
                        .toResponse();
            }
            outcome.response.setHeader("Retry-After", "1");
        } else {
            outcome = process(req, marked);
        }
        if (marked)
            m_executingKeys.remove(QString::fromLatin1(req.header("idempotency-key")).trimmed());
        if (outcome.committedCommand && !exempt && m_faults.dropAfterCommit > 0) {
            --m_faults.dropAfterCommit;
            if (pending->socket)
                pending->socket->abort();
            return;
        }
        HttpResponse response = outcome.response;
        if (!exempt && m_faults.truncateJsonNext > 0 &&
            response.header("Content-Type").contains("json") && response.body.size() > 1) {
            --m_faults.truncateJsonNext;
            response.body.truncate(response.body.size() / 2);
        }
        if (!exempt && m_faults.slowBodyMs > 0 && response.body.size() > 1) {
            // Headers now, the body in ten pieces over slowBodyMs.
            if (!pending->socket)
                return;
            pending->responder.writeStatusLine(
                static_cast<QHttpServerResponder::StatusCode>(response.status));
            for (const auto &header : response.headers)
                pending->responder.writeHeader(header.first, header.second);
            pending->responder.writeHeader("Content-Length",
                                           QByteArray::number(response.body.size()));
            const qsizetype piece = (response.body.size() + 9) / 10;
            for (int i = 0; i < 10; ++i) {
                const QByteArray chunk = response.body.mid(i * piece, piece);
                if (chunk.isEmpty())
                    break;
                QTimer::singleShot(m_faults.slowBodyMs * (i + 1) / 10, this, [pending, chunk] {
                    if (pending->socket)
                        pending->responder.writeBody(chunk);
                });
            }
            return;
        }
        writeNow(*pending, response);
    };

    if (!exempt && m_faults.latencyMs > 0) {
        // Mark the key as executing for the whole delay, so that a second
        // request with it meanwhile gets 409 idempotency-in-progress.
        const QString key = QString::fromLatin1(httpRequest.header("idempotency-key")).trimmed();
        if (!key.isEmpty() && m_executingKeys.contains(key)) {
            finish(std::move(httpRequest), false); // answers 409 at once
            return;
        }
        bool marked = false;
        if (!key.isEmpty()) {
            m_executingKeys.insert(key);
            marked = true;
        }
        QTimer::singleShot(m_faults.latencyMs, this,
                           [finish, req = std::move(httpRequest), marked]() mutable {
                               finish(std::move(req), marked);
                           });
        return;
    }
    finish(std::move(httpRequest), false);
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    PendingResponse pending{makeResponder(request, socket), QPointer<QTcpSocket>(socket)};
    writeNow(pending,
             Problem::notFound(QStringLiteral("No resource at %1").arg(request.url().path()))
                 .toResponse());
}

} // namespace OpsDesk::Server
