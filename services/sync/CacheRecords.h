#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace OpsDesk {

class FigureKeys;
class FlatJson;
class SqlStatement;

// Writes records into the cache and keeps the orders projection (the
// columns the screens filter on, and the full-text index) in step. Used by
// the CacheWriter on its thread, inside its transactions, for pulled pages
// and for local changes alike, so both go through one path.
//
// A record with a local change the server does not have yet is "pending":
// its `doc` is the local look, `server_doc` the server's last version, and
// `version` the server's version (the If-Match of the next replay). Pulled
// versions of a pending record only update `server_doc` and `version`.
class CacheRecords
{
public:
    explicit CacheRecords(const QSqlDatabase &db);
    ~CacheRecords();

    enum class Outcome
    {
        Stored,        // the cache now holds this version
        Older,         // the cache already had a newer one
        BesidePending, // kept beside a pending local change
    };

    // A record from the server: its id, version and city (UTF-8, city may be
    // empty), its JSON text, and for orders the parsed document (projection).
    Outcome storeServer(const QString &collection, QByteArrayView id, qint64 version,
                        QByteArrayView city, QByteArrayView json, qint64 passId,
                        const FlatJson *order);
    // The local look of a record a user changed (pending).
    void storeLocal(const QString &collection, const QJsonObject &doc);
    // The server's version replaces the local look (`stillPending`: other
    // local changes are queued behind it, so the local look stays).
    void settle(const QString &collection, const QJsonObject &serverDoc, bool stillPending);
    // Back to the server's last version, dropping the local look.
    void revert(const QString &collection, const QString &id);
    void remove(const QString &collection, const QString &id);
    // After a full pass: what the pass did not see is gone (pending records stay).
    void removeUnseen(const QString &collection, qint64 passId);
    bool applyPosition(const QString &technicianId, double lat, double lng, const QString &at);

    // Writes the full-text rows collected since the last call. Call it at
    // the end of every transaction that stored orders: FTS5 flushes its
    // pending rows at every later statement's savepoint, so the text goes in
    // last, in one go.
    void flushText();
    // While a first full pass fills an empty cache, no text rows are written
    // (the pass builds the index once at its end).
    void setBulkLoad(bool on) { m_bulkLoad = on; }
    // After a rolled-back transaction: forgets what it remembered of the
    // rows written within it (the figures' numbers given, customers).
    void forgetUnsaved();

    std::optional<QJsonObject> document(const QString &collection, const QString &id) const;
    // The server version the cache knows; -1 when the record is not cached.
    qint64 version(const QString &collection, const QString &id) const;

private:
    void project(const QJsonObject &order, bool pending);
    void project(const FlatJson &order, bool pending);
    void unproject(const QString &id);

    struct TextRow
    {
        qint64 rk = 0;
        bool replace = false;
        QString id, address, customerName, phoneTail, notes;
    };
    std::vector<TextRow> m_text;
    bool m_bulkLoad = false;
    QSqlDatabase m_db;
    // Customers' name, phone and figures' number for the orders
    // projection, as last stored.
    struct Customer
    {
        QByteArray name, phoneTail;
        qint64 figureKey = 0;
    };
    QHash<QByteArray, Customer> m_customers;
    std::unique_ptr<FigureKeys> m_figureKeys;
    std::unique_ptr<SqlStatement> m_upsert, m_touchOrBeside, m_findOrder, m_insertOrder,
        m_updateOrder, m_ftsDelete, m_ftsInsert, m_customer;
};

} // namespace OpsDesk
