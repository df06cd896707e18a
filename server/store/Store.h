#pragma once

#include "server/store/OrderFacts.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace OpsDesk::Server {

// "?,?,?" — the placeholders of an SQL IN list of `count` values.
QString sqlPlaceholders(qsizetype count);

// One record of a synced collection as the server keeps it.
struct Record
{
    QString collection;
    QString id;
    qint64 version = 0;
    qint64 seq = 0; // server-wide change sequence of its last change
    QJsonObject doc;
    bool isValid() const { return !id.isEmpty(); }
};

// One page of a delta sync.
struct DeltaPage
{
    QList<QByteArray> items;       // compact JSON documents, in seq order
    QList<QJsonObject> tombstones; // {id, version, deleted_at}
    qint64 lastSeq = 0;            // seq of the last row returned
    bool hasMore = false;
    qint64 remaining = 0; // rows left in this pass after this page
};

// The reference server's database: one SQLite file, one connection, used from
// the server's single (event-loop) thread only.
//
// Every synced collection lives in the generic `records` table: the JSON
// document plus the columns sync and scope checks need (id, version, seq,
// city, deleted). Every change takes the next value of one server-wide
// sequence, which is what delta sync pages over. Orders are mirrored into
// `order_facts`, a narrow table the dashboard aggregates read.
class Store
{
public:
    static const QStringList &collections();
    static bool isCollection(const QString &name);

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    QSqlDatabase database() const;

    // A random id for this database's life; cursors from another epoch
    // (a regenerated database) are expired.
    QString epoch() const { return m_epoch; }
    qint64 currentSeq() const { return m_seq; }
    // Tombstones older than this seq have been purged: cursors before it expire.
    qint64 tombstoneHorizon() const { return m_tombstoneHorizon; }

    bool beginTransaction();
    bool commit();
    void rollback();

    std::optional<Record> get(const QString &collection, const QString &id) const;
    // Writes `doc` as the next version: sets id, version (old + 1, or 1),
    // updated_at, takes a new seq. Returns the stored record.
    Record put(const QString &collection, QJsonObject doc, const QString &nowIso);
    // Replaces the record with a tombstone (kept for sync, dropped from reads).
    bool remove(const QString &collection, const QString &id, const QString &nowIso);
    qint64 count(const QString &collection) const;
    // A technician's position report: sets last_lat, last_lng and
    // last_position_at in place, without a new version or seq (the contract:
    // positions would flood sync) and without a change event. False if unknown.
    bool updatePosition(const QString &technicianId, double lat, double lng, const QString &atIso);

    // Fast path for generating demo data: inserts documents without reading
    // first, binding the UTF-8 bytes as they are. Call inside a transaction.
    // An empty `city` is stored as NULL. `version` 0 takes it from the
    // document's "version" (parsing the JSON); generators that know it pass
    // it and save the parse. Orders pass their `facts` for order_facts.
    void bulkInsert(QByteArrayView collection, QByteArrayView id, QByteArrayView city,
                    QByteArrayView compactJson, qint64 version = 0,
                    const OrderFacts *facts = nullptr);

    // Rows of `collection` with afterSeq < seq <= snapshotSeq, oldest first,
    // limited to `cities` (empty = all cities) and, when given, to one id.
    // Tombstones only when `withTombstones` (delta passes).
    DeltaPage delta(const QString &collection, qint64 afterSeq, qint64 snapshotSeq, int limit,
                    const QStringList &cities, const QString &onlyId = {},
                    bool withTombstones = true) const;

    // Called after each successful commit with every change it contained, in
    // seq order: {collection, id, version, seq, deleted}. Live events use it.
    struct Change
    {
        QString collection;
        QString id;
        qint64 version = 0;
        qint64 seq = 0;
        bool deleted = false;
    };
    void setChangeListener(std::function<void(const QList<Change> &)> listener)
    {
        m_listener = std::move(listener);
    }

    // One page of a full pass: live rows with id > afterId, by id, limited to
    // `cities` and (when given) one id; `lastId` receives the last id
    // returned. `knownRemaining` < 0 counts the pass's rows (first page), else
    // it is carried over. Full passes page by id because a record changed
    // during a pass moves to a higher seq and a seq-ordered pass would skip it.
    DeltaPage fullPage(const QString &collection, const QString &afterId, int limit,
                       const QStringList &cities, const QString &onlyId, qint64 snapshot,
                       qint64 knownRemaining, QString *lastId) const;

    // Key/value settings persisted with the data (e.g. the refund threshold).
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

private:
    bool migrate(QString *error);
    void upsertOrderFacts(const OrderFacts &facts);
    qint64 nextSeq();
    // The connection's SQLite handle, for the statements bound directly.
    sqlite3 *handle() const;
    sqlite3_stmt *prepared(sqlite3_stmt **statement, const char *sql);

    QString m_connectionName;
    QString m_epoch;
    qint64 m_seq = 0;
    qint64 m_tombstoneHorizon = 0;
    QList<Change> m_pendingChanges;
    // Reused prepared statements (bulk generation, order facts), bound
    // through SQLite directly: no QVariant, no UTF-16 round trip. Finalized
    // in close(), before the connection goes.
    sqlite3_stmt *m_bulkInsert = nullptr;
    sqlite3_stmt *m_bulkInsertParsed = nullptr; // takes the version from the JSON
    sqlite3_stmt *m_factsUpsert = nullptr;
    std::function<void(const QList<Change> &)> m_listener;
};

} // namespace OpsDesk::Server
