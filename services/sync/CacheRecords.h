#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace OpsDesk {

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

    // A record from the server. `json` is its compact JSON text.
    Outcome storeServer(const QString &collection, const QJsonObject &doc, QByteArrayView json,
                        qint64 passId);
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

    std::optional<QJsonObject> document(const QString &collection, const QString &id) const;
    // The server version the cache knows; -1 when the record is not cached.
    qint64 version(const QString &collection, const QString &id) const;

private:
    void project(const QJsonObject &order, bool pending);
    void unproject(const QString &id);

    QSqlDatabase m_db;
    std::unique_ptr<SqlStatement> m_upsert, m_touchOrBeside, m_findOrder, m_insertOrder,
        m_updateOrder, m_ftsDelete, m_ftsInsert, m_customer;
};

} // namespace OpsDesk
