#include "services/api/ApiTypes.h"

#include <QCoreApplication>

namespace OpsDesk {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return status == 409 && type == QLatin1String("idempotency-in-progress")
                   ? true
                   : status == 429 || status >= 500;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ApiError", text);
    };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The server cannot be reached: %1").arg(detail);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted: %1").arg(detail);
    case Kind::InvalidResponse:
        return tr("The server sent an answer that cannot be read: %1").arg(detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }
    QString text = detail.isEmpty() ? title : detail;
    if (text.isEmpty())
        text = tr("The server answered with error %1.").arg(status);
    for (const auto &field : fieldErrors)
        text += QStringLiteral("\n• %1: %2").arg(field.first, field.second);
    return text;
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest request = post(path, body);
    request.method = "PUT";
    return request;
}

ApiRequest &ApiRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace OpsDesk
