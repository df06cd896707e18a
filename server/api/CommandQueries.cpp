#include "server/api/CommandQueries.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace OpsDesk::Server {

Q_LOGGING_CATEGORY(lcAudit, "opsdesk.server.audit")

namespace {

void run(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

Record toRecord(const QString &collection, const QSqlQuery &query)
{
    Record record;
    record.collection = collection;
    record.id = query.value(0).toString();
    record.version = query.value(1).toLongLong();
    record.seq = query.value(2).toLongLong();
    record.doc = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    return record;
}

// The (collection, field) pairs findRecords() serves, each with a partial
// expression index over that collection only.
struct IndexedField
{
    const char *collection;
    const char *field;
};
const IndexedField IndexedFields[] = {
    {"orders", "technician_id"},      {"settlements", "order_id"},
    {"settlements", "technician_id"}, {"withdrawals", "technician_id"},
    {"refunds", "technician_id"},     {"redemptions", "customer_id"},
    {"coupons", "promo_code"},
};

QString indexName(const IndexedField &f)
{
    return QStringLiteral("cmd_%1_by_%2")
        .arg(QString::fromLatin1(f.collection), QString::fromLatin1(f.field));
}

QString fieldExpression(const IndexedField &f)
{
    return QStringLiteral("json_extract(doc, '$.%1')").arg(QString::fromLatin1(f.field));
}

void ensureIndex(Store &store, const IndexedField &f)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON records(%2) WHERE "
                                 "collection = '%3' AND deleted = 0")
                      .arg(indexName(f), fieldExpression(f), QString::fromLatin1(f.collection)));
    run(query);
}

} // namespace

void ensureCommandIndexes(Store &store)
{
    for (const IndexedField &f : IndexedFields)
        ensureIndex(store, f);
}

QList<Record> findRecords(Store &store, const QString &collection, const char *field,
                          const QString &value)
{
    const auto found = std::find_if(
        std::begin(IndexedFields), std::end(IndexedFields), [&](const IndexedField &f) {
            return collection == QLatin1String(f.collection) && qstrcmp(field, f.field) == 0;
        });
    if (found == std::end(IndexedFields))
        throw std::logic_error("findRecords: no index for this collection and field");
    // The index is created the first time it is needed (see ensureCommandIndexes).
    ensureIndex(store, *found);
    // The collection is a literal so that the partial index applies; without
    // statistics SQLite would still prefer the primary key, hence INDEXED BY.
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id, version, seq, doc FROM records INDEXED BY %1 WHERE "
                                 "collection = '%2' AND deleted = 0 AND %3 = ? ORDER BY id")
                      .arg(indexName(*found), QString::fromLatin1(found->collection),
                           fieldExpression(*found)));
    query.addBindValue(value);
    run(query);
    QList<Record> records;
    while (query.next())
        records.append(toRecord(collection, query));
    return records;
}

QList<Record> allRecords(Store &store, const QString &collection)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id, version, seq, doc FROM records WHERE collection = ? "
                                 "AND deleted = 0 ORDER BY id"));
    query.addBindValue(collection);
    run(query);
    QList<Record> records;
    while (query.next())
        records.append(toRecord(collection, query));
    return records;
}

QString nextSequentialId(Store &store, const QString &collection, const QString &prefix, int width)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM records WHERE collection = ? AND id LIKE ? "
                                 "ORDER BY length(id) DESC, id DESC LIMIT 1"));
    query.addBindValue(collection);
    query.addBindValue(QString(prefix + QLatin1Char('%')));
    run(query);
    qint64 next = 1;
    if (query.next()) {
        bool ok = false;
        const qint64 last = query.value(0).toString().mid(prefix.size()).toLongLong(&ok);
        if (ok)
            next = last + 1;
    }
    for (;; ++next) {
        const QString id = prefix + QStringLiteral("%1").arg(next, width, 10, QLatin1Char('0'));
        if (!store.get(collection, id))
            return id;
    }
}

QString actorId(const RequestContext &context)
{
    return context.staff ? context.staff->id : QStringLiteral("system");
}

void auditLog(const RequestContext &context, const QString &action, const QString &target,
              const QString &reason)
{
    qCInfo(lcAudit).noquote() << context.now << actorId(context) << action << target
                              << (reason.isEmpty() ? QStringLiteral("-") : reason);
}

void appendTo(QJsonObject &doc, const QString &field, const QJsonObject &entry)
{
    QJsonArray array = doc.value(field).toArray();
    array.append(entry);
    doc.insert(field, array);
}

HttpResponse statusConflict(const QString &what, const QString &id, const QString &status,
                            const QString &allowed)
{
    return Problem::conflict(
               QStringLiteral("state-conflict"),
               QStringLiteral("%1 %2 is %3; this is only possible when it is %4.")
                   .arg(what, id, status.isEmpty() ? QStringLiteral("?") : status, allowed))
        .toResponse();
}

QDate businessDay(const QString &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    return time.toOffsetFromUtc(8 * 3600).date();
}

} // namespace OpsDesk::Server
