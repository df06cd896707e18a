#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace OpsDesk {

// A change a user made, as the console records it before the server has it.
// It becomes one outbox entry and, in the same local transaction, the cached
// record's new look (marked pending).
struct LocalChange
{
    QString collection; // the record's collection ("orders", "refunds", ...)
    QString recordId;   // for a create: a local placeholder id ("local-<uuid>")
    QByteArray method = "POST";
    QString path;     // "/api/v1/orders/O123/assign"
    QJsonObject body; // the request body
    // How the record should look locally until the server answers; empty
    // keeps the cached record as it is.
    QJsonObject optimisticDoc;
    // Updates send If-Match with the cached version; creates do not.
    bool ifMatch = true;
    // One line for the people who look at the outbox ("Assign O123 to 王师傅").
    QString summary;
};

// A command on one cached record, the way every workspace sends them:
// POST /api/v1/<collection>/<id>/<command> with `body`, If-Match with the
// cached version, and `look` shown until the server answers.
inline LocalChange recordCommand(const QString &collection, const QJsonObject &record,
                                 const QString &command, const QJsonObject &body,
                                 const QJsonObject &look, const QString &summary)
{
    const QString id = record.value(QLatin1String("id")).toString();
    LocalChange change;
    change.collection = collection;
    change.recordId = id;
    change.path = QStringLiteral("/api/v1/%1/%2/%3").arg(collection, id, command);
    change.body = body;
    change.optimisticDoc = look;
    change.summary = summary;
    return change;
}

// One outbox entry as stored. States: pending (waiting or backing off),
// parked (refused for good by the server: 400, 403, 422 — needs a person),
// conflict (412: the record changed meanwhile — apply again or discard).
struct OutboxEntry
{
    qint64 seq = 0;
    QString opId; // the Idempotency-Key
    QString collection;
    QString recordId;
    QByteArray method;
    QString path;
    QByteArray body;
    qint64 baseVersion = 0; // If-Match; 0 = none
    QString state;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError;
    QString createdAt;
    QString summary;
    int httpStatus = 0;
    // conflict (412): the server's current record; parked: the server's
    // problem document (its `errors` carry per-field codes)
    QByteArray serverRecord;

    bool isPending() const { return state == QLatin1String("pending"); }
    bool isParked() const { return state == QLatin1String("parked"); }
    bool isConflict() const { return state == QLatin1String("conflict"); }
};

struct OutboxCounts
{
    int pending = 0;
    int parked = 0;
    int conflicts = 0;
    bool operator==(const OutboxCounts &) const = default;
};

// What the server said to one replayed entry.
struct OutboxResult
{
    QString opId;
    int status = 0;  // HTTP status; 0 = no answer (network, timeout)
    QByteArray body; // the response body
    QString error;   // readable reason for failures
    int retryAfterSeconds = -1;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::LocalChange)
Q_DECLARE_METATYPE(OpsDesk::OutboxEntry)
Q_DECLARE_METATYPE(OpsDesk::OutboxCounts)
Q_DECLARE_METATYPE(OpsDesk::OutboxResult)
