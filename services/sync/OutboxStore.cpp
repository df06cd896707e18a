#include "services/sync/OutboxStore.h"

#include "models/OutboxRules.h"
#include "services/sync/CacheRecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <stdexcept>

namespace OpsDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxStore", text);
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

QString newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char *const EntryColumns =
    "seq, op_id, collection, record_id, method, path, body, base_version, state, attempts, "
    "next_attempt_at, last_error, created_at, summary, http_status, server_record";

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.opId = q.value(1).toString();
    e.collection = q.value(2).toString();
    e.recordId = q.value(3).toString();
    e.method = q.value(4).toString().toLatin1();
    e.path = q.value(5).toString();
    e.body = q.value(6).toString().toUtf8();
    e.baseVersion = q.value(7).toLongLong();
    e.state = q.value(8).toString();
    e.attempts = q.value(9).toInt();
    e.nextAttemptAtMs = q.value(10).toLongLong();
    e.lastError = q.value(11).toString();
    e.createdAt = q.value(12).toString();
    e.summary = q.value(13).toString();
    e.httpStatus = q.value(14).toInt();
    e.serverRecord = q.value(15).toString().toUtf8();
    return e;
}

// The server's reason, for people: the problem's detail and field errors.
QString reasonFrom(const OutboxResult &result)
{
    if (!result.error.isEmpty() && result.body.isEmpty())
        return result.error;
    const QJsonObject problem = QJsonDocument::fromJson(result.body).object();
    QString reason = problem.value(QStringLiteral("detail")).toString();
    if (reason.isEmpty())
        reason = problem.value(QStringLiteral("title")).toString();
    const QJsonArray fields = problem.value(QStringLiteral("errors")).toArray();
    QStringList parts;
    for (const QJsonValue &field : fields)
        parts.append(field[QStringLiteral("field")].toString() + QStringLiteral(": ") +
                     field[QStringLiteral("message")].toString());
    if (!parts.isEmpty())
        reason += (reason.isEmpty() ? QString() : QStringLiteral(" (")) +
                  parts.join(QStringLiteral("; ")) +
                  (reason.isEmpty() ? QString() : QStringLiteral(")"));
    if (reason.isEmpty())
        reason = result.error;
    if (reason.isEmpty())
        reason = tr("The server refused the change (HTTP %1).").arg(result.status);
    return reason;
}

} // namespace

OutboxStore::OutboxStore(const QSqlDatabase &db, CacheRecords &records, UnitRandom random)
    : m_db(db)
    , m_records(records)
    , m_random(std::move(random))
{}

QString OutboxStore::enqueue(const LocalChange &change, const QDateTime &now)
{
    const QString opId = newOperationId();
    const qint64 base = change.ifMatch ? m_records.version(change.collection, change.recordId) : 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox(op_id, collection, record_id, method, path, body, base_version, "
        "state, created_at, summary) VALUES(?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    query.addBindValue(opId);
    query.addBindValue(change.collection);
    query.addBindValue(change.recordId);
    query.addBindValue(QString::fromLatin1(change.method));
    query.addBindValue(change.path);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(change.body).toJson(QJsonDocument::Compact)));
    query.addBindValue(std::max<qint64>(base, 0));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(change.summary);
    exec(query);
    if (!change.optimisticDoc.isEmpty())
        m_records.storeLocal(change.collection, change.optimisticDoc);
    return opId;
}

QList<OutboxEntry> OutboxStore::due(qint64 nowMs, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(EntryColumns) +
                  QStringLiteral(" FROM outbox o WHERE state = 'pending' AND next_attempt_at <= ? "
                                 "AND seq = (SELECT MIN(seq) FROM outbox h WHERE h.collection = "
                                 "o.collection AND h.record_id = o.record_id) "
                                 "ORDER BY seq LIMIT ?"));
    query.addBindValue(nowMs);
    query.addBindValue(limit);
    exec(query);
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

qint64 OutboxStore::nextDueMs() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT MIN(next_attempt_at) FROM outbox o WHERE state = 'pending' AND seq = (SELECT "
        "MIN(seq) FROM outbox h WHERE h.collection = o.collection AND h.record_id = "
        "o.record_id)"));
    exec(query);
    return query.next() && !query.value(0).isNull() ? query.value(0).toLongLong() : -1;
}

std::optional<OutboxEntry> OutboxStore::entry(const QString &opId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(EntryColumns) +
                  QStringLiteral(" FROM outbox WHERE op_id = ?"));
    query.addBindValue(opId);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return entryFrom(query);
}

bool OutboxStore::hasEntries(const QString &collection, const QString &recordId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE collection = ? AND record_id = ? LIMIT 1"));
    query.addBindValue(collection);
    query.addBindValue(recordId);
    exec(query);
    return query.next();
}

QStringList OutboxStore::applyResult(const OutboxResult &result, qint64 nowMs)
{
    const std::optional<OutboxEntry> found = entry(result.opId);
    if (!found || !found->isPending())
        return {}; // resolved meanwhile (a person discarded it)
    const OutboxEntry &e = *found;
    QSqlQuery query(m_db);
    const QString type = QJsonDocument::fromJson(result.body)
                             .object()
                             .value(QStringLiteral("type"))
                             .toString()
                             .section(QLatin1Char('/'), -1);
    switch (outboxDisposition(result.status, type)) {
    case OutboxDisposition::Done: {
        const QJsonObject doc = QJsonDocument::fromJson(result.body).object();
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
        query.addBindValue(e.opId);
        exec(query);
        QString recordId = e.recordId;
        const QString answeredId = doc.value(QStringLiteral("id")).toString();
        if (e.baseVersion == 0 && !answeredId.isEmpty() && answeredId != e.recordId &&
            e.recordId.startsWith(QLatin1String("local-"))) {
            // A create: the local placeholder gives way to the server's record.
            m_records.remove(e.collection, e.recordId);
            query.prepare(QStringLiteral("UPDATE outbox SET record_id = ?, path = replace(path, "
                                         "?, ?) WHERE collection = ? AND record_id = ?"));
            query.addBindValue(answeredId);
            query.addBindValue(e.recordId);
            query.addBindValue(answeredId);
            query.addBindValue(e.collection);
            query.addBindValue(e.recordId);
            exec(query);
            recordId = answeredId;
        }
        if (answeredId == recordId && doc.contains(QStringLiteral("version"))) {
            // The changes queued behind this one were made on top of it.
            query.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE collection = ? "
                                         "AND record_id = ? AND base_version = ? AND "
                                         "base_version > 0"));
            query.addBindValue(doc.value(QStringLiteral("version")).toInteger());
            query.addBindValue(e.collection);
            query.addBindValue(recordId);
            query.addBindValue(e.baseVersion);
            exec(query);
            m_records.settle(e.collection, doc, hasEntries(e.collection, recordId));
        } else if (!hasEntries(e.collection, recordId)) {
            // An answer that is not this record: the next pull brings it.
            m_records.revert(e.collection, recordId);
        }
        return {e.collection};
    }
    case OutboxDisposition::Conflict: {
        const QJsonObject problem = QJsonDocument::fromJson(result.body).object();
        const QJsonObject current = problem.value(QStringLiteral("current")).toObject();
        query.prepare(QStringLiteral("UPDATE outbox SET state = 'conflict', http_status = ?, "
                                     "last_error = ?, server_record = ? WHERE op_id = ?"));
        query.addBindValue(result.status);
        query.addBindValue(reasonFrom(result));
        query.addBindValue(current.isEmpty()
                               ? QVariant()
                               : QVariant(QString::fromUtf8(
                                     QJsonDocument(current).toJson(QJsonDocument::Compact))));
        query.addBindValue(e.opId);
        exec(query);
        // The server's record is what the cache shows now.
        if (!current.isEmpty())
            m_records.settle(e.collection, current, false);
        else
            m_records.revert(e.collection, e.recordId);
        return {e.collection};
    }
    case OutboxDisposition::Park: {
        // The problem document is kept so that a form can show the server's
        // per-field errors (with their codes) next to its fields.
        const QJsonObject problem = QJsonDocument::fromJson(result.body).object();
        query.prepare(QStringLiteral("UPDATE outbox SET state = 'parked', http_status = ?, "
                                     "last_error = ?, server_record = ? WHERE op_id = ?"));
        query.addBindValue(result.status);
        query.addBindValue(reasonFrom(result));
        query.addBindValue(problem.isEmpty()
                               ? QVariant()
                               : QVariant(QString::fromUtf8(
                                     QJsonDocument(problem).toJson(QJsonDocument::Compact))));
        query.addBindValue(e.opId);
        exec(query);
        m_records.revert(e.collection, e.recordId);
        return {e.collection};
    }
    case OutboxDisposition::Retry: {
        const int attempts = e.attempts + 1;
        query.prepare(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, "
                                     "last_error = ?, http_status = ? WHERE op_id = ?"));
        query.addBindValue(attempts);
        query.addBindValue(nowMs + outboxBackoffMs(attempts, m_random(), result.retryAfterSeconds));
        query.addBindValue(result.status == 0 ? result.error : reasonFrom(result));
        query.addBindValue(result.status);
        query.addBindValue(e.opId);
        exec(query);
        return {};
    }
    }
    return {};
}

bool OutboxStore::discard(const QString &opId)
{
    const std::optional<OutboxEntry> e = entry(opId);
    if (!e)
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    query.addBindValue(opId);
    exec(query);
    if (!hasEntries(e->collection, e->recordId))
        m_records.revert(e->collection, e->recordId);
    return true;
}

bool OutboxStore::applyAgain(const QString &opId)
{
    const std::optional<OutboxEntry> e = entry(opId);
    if (!e || !e->isConflict())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE outbox SET op_id = ?, state = 'pending', attempts = 0, next_attempt_at = 0, "
        "base_version = ?, last_error = NULL, http_status = NULL, server_record = NULL "
        "WHERE op_id = ?"));
    query.addBindValue(newOperationId());
    query.addBindValue(std::max<qint64>(m_records.version(e->collection, e->recordId), 0));
    query.addBindValue(opId);
    exec(query);
    return true;
}

bool OutboxStore::retry(const QString &opId)
{
    const std::optional<OutboxEntry> e = entry(opId);
    if (!e || !e->isParked())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE outbox SET op_id = ?, state = 'pending', attempts = 0, next_attempt_at = 0, "
        "last_error = NULL, http_status = NULL, server_record = NULL WHERE op_id = ?"));
    query.addBindValue(newOperationId());
    query.addBindValue(opId);
    exec(query);
    return true;
}

OutboxCounts OutboxStore::counts() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    exec(query);
    OutboxCounts counts;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int n = query.value(1).toInt();
        if (state == QLatin1String("pending"))
            counts.pending = n;
        else if (state == QLatin1String("parked"))
            counts.parked = n;
        else if (state == QLatin1String("conflict"))
            counts.conflicts = n;
    }
    return counts;
}

QList<OutboxEntry> OutboxStore::entries() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(EntryColumns) +
                  QStringLiteral(" FROM outbox ORDER BY seq"));
    exec(query);
    QList<OutboxEntry> list;
    while (query.next())
        list.append(entryFrom(query));
    return list;
}

} // namespace OpsDesk
