#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace OpsDesk {

// What went wrong with a call to the central server, in a form the sync
// engine can act on (retry, park, conflict) and a person can read.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,         // no connection, refused, reset, DNS
        Timeout,         // no complete answer in time
        Tls,             // certificate or TLS handshake problem (never ignored)
        InvalidResponse, // an answer that is not what the contract promises
        Http,            // a problem+json (or other) error status
        Cancelled,
    };
    Kind kind = Kind::None;
    int status = 0; // HTTP status when kind == Http
    QString type;   // problem type's last segment, e.g. "precondition-failed"
    QString title;
    QString detail;
    QList<QPair<QString, QString>> fieldErrors;
    QJsonObject current; // 412: the server's current record
    int retryAfterSeconds = -1;

    bool isNone() const { return kind == Kind::None; }
    // Worth retrying later with the same Idempotency-Key: network trouble,
    // timeouts, 409 (still executing), 429 and 5xx.
    bool isTransient() const;
    // A sentence for people (translated).
    QString message() const;
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // below the base URL, e.g. "/api/v1/me"
    QUrlQuery query;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    int timeoutMs = 30000;
    // A 2xx JSON body that does not parse is an InvalidResponse. Off for the
    // big sync pages: the cache writer parses them off the GUI thread and
    // refuses a broken one itself.
    bool checkJson = true;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body);
    static ApiRequest put(const QString &path, const QJsonObject &body);
    ApiRequest &withHeader(const QByteArray &name, const QByteArray &value);
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    ApiError error; // kind None on success (2xx/304)

    bool ok() const { return error.isNone(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace OpsDesk
