#include "server/http/HttpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OpsDesk::Server {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse Problem::toResponse() const
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("type"),
                  QString(QStringLiteral("https://opsdesk.example/problems/") + type));
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!fieldErrors.isEmpty()) {
        QJsonArray errors;
        for (const auto &error : fieldErrors)
            errors.append(QJsonObject{{QStringLiteral("field"), error.first},
                                      {QStringLiteral("message"), error.second}});
        object.insert(QStringLiteral("errors"), errors);
    }
    HttpResponse response = HttpResponse::json(status, object);
    response.setHeader("Content-Type", "application/problem+json");
    return response;
}

namespace {
Problem make(int status, const char *type, const char *title, const QString &detail)
{
    Problem problem;
    problem.status = status;
    problem.type = QString::fromLatin1(type);
    problem.title = QString::fromLatin1(title);
    problem.detail = detail;
    return problem;
}
} // namespace

Problem Problem::badRequest(const QString &detail)
{
    return make(400, "bad-request", "Bad request", detail);
}

Problem Problem::validation(const QList<QPair<QString, QString>> &fieldErrors)
{
    Problem problem = make(400, "validation", "The request is not valid",
                           QStringLiteral("One or more fields are not valid."));
    problem.fieldErrors = fieldErrors;
    return problem;
}

Problem Problem::unauthorized(const QString &detail)
{
    return make(401, "unauthorized", "Authentication required", detail);
}

Problem Problem::forbidden(const QString &detail)
{
    return make(403, "forbidden", "Not allowed", detail);
}

Problem Problem::notFound(const QString &detail)
{
    return make(404, "not-found", "Not found", detail);
}

Problem Problem::methodNotAllowed(const QString &detail)
{
    return make(405, "method-not-allowed", "Method not allowed", detail);
}

Problem Problem::conflict(const QString &type, const QString &detail)
{
    Problem problem = make(409, "conflict", "Conflict", detail);
    problem.type = type;
    return problem;
}

Problem Problem::payloadTooLarge(const QString &detail)
{
    return make(413, "payload-too-large", "Request body too large", detail);
}

Problem Problem::internal(const QString &detail)
{
    return make(500, "internal", "Internal server error", detail);
}

Problem Problem::unavailable(const QString &detail)
{
    return make(503, "unavailable", "Service unavailable", detail);
}

} // namespace OpsDesk::Server
