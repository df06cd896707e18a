#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace OpsDesk::Server {

// A request as the API handlers see it: decoupled from QtHttpServer so that
// handlers are plain functions and easy to test.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. "/api/v1/orders/O1/assign"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHash<QString, QString> params; // path parameters filled by the router

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse noContent();
};

// An RFC 9457 problem document ("application/problem+json").
struct Problem
{
    int status = 500;
    QString type; // the last segment; the full URI is built by toResponse()
    QString title;
    QString detail;
    QList<QPair<QString, QString>> fieldErrors; // field, message
    QJsonObject extra;                          // e.g. "current" on 412

    HttpResponse toResponse() const;

    static Problem badRequest(const QString &detail);
    static Problem validation(const QList<QPair<QString, QString>> &fieldErrors);
    static Problem unauthorized(const QString &detail);
    static Problem forbidden(const QString &detail);
    static Problem notFound(const QString &detail);
    static Problem methodNotAllowed(const QString &detail);
    static Problem conflict(const QString &type, const QString &detail);
    static Problem payloadTooLarge(const QString &detail);
    static Problem internal(const QString &detail);
    static Problem unavailable(const QString &detail);
};

} // namespace OpsDesk::Server
