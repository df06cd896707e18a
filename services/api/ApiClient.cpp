#include "services/api/ApiClient.h"

#include "services/core/Logging.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>

namespace OpsDesk {

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    sendOnce(request, context, std::move(callback), true);
}

void ApiClient::cancelAll()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies) {
        if (reply) {
            reply->setProperty("opsdeskCancelled", true);
            reply->abort();
        }
    }
}

void ApiClient::sendOnce(const ApiRequest &request, QObject *context, Callback callback,
                         bool mayRefresh)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArrayLiteral("OpsDesk/" OPSDESK_VERSION_STRING));
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    if (request.authenticated && !m_accessToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);

    QNetworkReply *reply =
        request.body.isEmpty() && request.method == "GET"
            ? m_network.get(networkRequest)
            : m_network.sendCustomRequest(networkRequest, request.method, request.body);
    m_inFlight.append(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, guard, callback = std::move(callback), mayRefresh]() mutable {
                m_inFlight.removeAll(reply);
                reply->deleteLater();
                ApiResponse response = toResponse(reply, request.checkJson);
                if (response.status == 401 && request.authenticated && mayRefresh && m_refresher) {
                    m_refresher([this, request, guard, callback, response](bool refreshed) {
                        if (!guard)
                            return;
                        if (refreshed)
                            sendOnce(request, guard, callback, false);
                        else
                            callback(response);
                    });
                    return;
                }
                if (guard)
                    callback(response);
            });
}

ApiResponse ApiClient::toResponse(QNetworkReply *reply, bool checkJson)
{
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.etag = reply->rawHeader("ETag");
    ApiError &error = response.error;
    const auto networkError = reply->error();

    if (response.status == 0) {
        switch (networkError) {
        case QNetworkReply::OperationCanceledError:
            // Qt reports a transfer timeout as a cancelled operation.
            error.kind = reply->property("opsdeskCancelled").toBool() ? ApiError::Kind::Cancelled
                                                                      : ApiError::Kind::Timeout;
            break;
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::RemoteHostClosedError:
            // Closed before the TLS handshake finished: typically an https://
            // address pointing at a plain-http port.
            if (reply->url().scheme() == QLatin1String("https") &&
                reply->sslConfiguration().sessionCipher().isNull()) {
                error.kind = ApiError::Kind::Tls;
                error.detail = tr("the server closed the connection during the TLS handshake; "
                                  "it may not speak https at this address (%1)")
                                   .arg(reply->errorString());
                return response;
            }
            error.kind = ApiError::Kind::Network;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        error.detail = reply->errorString();
        return response;
    }
    if (response.status >= 200 && response.status < 300) {
        if (checkJson && !response.body.isEmpty()) {
            QJsonParseError parseError;
            QJsonDocument::fromJson(response.body, &parseError);
            if (parseError.error != QJsonParseError::NoError &&
                reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .contains(QLatin1String("json"))) {
                error.kind = ApiError::Kind::InvalidResponse;
                error.detail = parseError.errorString();
            }
        }
        return response;
    }
    if (response.status == 304)
        return response;

    error.kind = ApiError::Kind::Http;
    error.status = response.status;
    bool retryOk = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&retryOk);
    if (retryOk)
        error.retryAfterSeconds = retryAfter;
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    const QString type = problem.value(QStringLiteral("type")).toString();
    error.type = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
    error.title = problem.value(QStringLiteral("title")).toString();
    error.detail = problem.value(QStringLiteral("detail")).toString();
    error.current = problem.value(QStringLiteral("current")).toObject();
    for (const QJsonValue &field : problem.value(QStringLiteral("errors")).toArray())
        error.fieldErrors.append({field[QStringLiteral("field")].toString(),
                                  field[QStringLiteral("message")].toString()});
    if (problem.isEmpty())
        error.detail = reply->errorString();
    qCInfo(lcNetwork) << reply->request().url().path() << "answered" << response.status
                      << error.type;
    return response;
}

} // namespace OpsDesk
