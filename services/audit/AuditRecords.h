#pragma once

#include "services/cache/CacheDatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OpsDesk {

// What the audit workspace reads from the local cache besides AuditCache
// (applications, technicians, the queue, the pre-checks): complaints about a
// technician, the names of service items and staff, and the outbox entries
// per record (what has not reached the server yet, for the queue's Sync
// column).
//
// Threading contract: opens its own read-only connection to the cache file
// and belongs to the thread that called open() (the GUI thread). WAL mode:
// reads never wait for the sync engine's writer.
class AuditRecords
{
public:
    struct Outbox
    {
        int pending = 0;
        int refused = 0; // parked or conflict: needs a person (Changes…)
        int total() const { return pending + refused; }
    };

    // Until open() succeeds every read answers "nothing".
    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    void reloadNames();

    bool isPending(const QString &collection, const QString &id);
    // Complaints about a technician, newest first.
    QList<QJsonObject> complaintsOf(const QString &technicianId);
    // Outbox entries per "collection/id" key.
    QHash<QString, Outbox> outboxByRecord();

    QString serviceItemName(const QString &id) const { return m_items.value(id, id); }
    QString staffName(const QString &id) const { return m_staff.value(id, id); }

    static QString key(const QString &collection, const QString &id)
    {
        return collection + QLatin1Char('/') + id;
    }

    // The JSON documents in the first column of a query's rows (the other
    // finance and audit readers' custom reads).
    QList<QJsonObject> documents(const QString &sql, const QVariantList &values) const
    {
        return m_db.documents(sql, values);
    }
    // The read-only connection, for readers with queries of their own.
    QSqlDatabase database() const { return m_db.database(); }

private:
    CacheDatabase m_db;
    QHash<QString, QString> m_items;
    QHash<QString, QString> m_staff;
};

} // namespace OpsDesk
