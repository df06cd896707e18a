#include "server/ApiServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpSocket>

#include <exception>

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

} // namespace

ApiServer::ApiServer(const ServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    registerRoutes();
}

void ApiServer::registerRoutes()
{
    m_router.add("GET", QStringLiteral("/api/v1/health"), [this](HttpRequest &) {
        return HttpResponse::json(
            200,
            QJsonObject{
                {QStringLiteral("status"), QStringLiteral("ok")},
                {QStringLiteral("service"), QStringLiteral("opsdesk-server")},
                {QStringLiteral("version"), QStringLiteral(OPSDESK_VERSION_STRING)},
                {QStringLiteral("api_version"), QStringLiteral("1")},
                {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("started_at"), m_startedAt.toString(Qt::ISODate)},
                {QStringLiteral("demo"), m_options.demo},
            });
    });
}

HttpResponse ApiServer::handle(HttpRequest &request)
{
    if (request.body.size() > MaxBodyBytes)
        return Problem::payloadTooLarge(
                   QStringLiteral("The body is larger than %1 bytes.").arg(MaxBodyBytes))
            .toResponse();
    try {
        return m_router.dispatch(request);
    } catch (const std::exception &error) {
        return Problem::internal(QString::fromUtf8(error.what())).toResponse();
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = QUrlQuery(request.url());
    for (const auto &header : request.headers())
        r.headers.insert(header.first.toLower(), header.second);
    r.body = request.body();
    write(request, socket, handle(r));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket,
          Problem::notFound(QStringLiteral("No resource at %1").arg(request.url().path()))
              .toResponse());
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                      const HttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace OpsDesk::Server
