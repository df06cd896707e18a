#include "services/audit/AuditRecords.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace OpsDesk {

bool AuditRecords::open(const QString &cachePath, QString *error)
{
    if (!m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error))
        return false;
    reloadNames();
    return true;
}

void AuditRecords::reloadNames()
{
    if (!m_db.isOpen())
        return;
    m_items = m_db.serviceItemNames();
    m_staff = m_db.recordNames(QStringLiteral("staff"), QStringLiteral("$.display_name"));
}

QList<QJsonObject> AuditRecords::docs(const QString &sql, const QVariantList &values)
{
    return m_db.docs(sql, values);
}

bool AuditRecords::isPending(const QString &collection, const QString &id)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT pending FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toBool();
}

QList<QJsonObject> AuditRecords::complaintsOf(const QString &technicianId)
{
    if (technicianId.isEmpty())
        return {};
    return docs(QStringLiteral("SELECT doc FROM records WHERE collection = 'complaints'"
                               " AND json_extract(doc, '$.technician_id') = ?"
                               " ORDER BY json_extract(doc, '$.created_at') DESC"),
                {technicianId});
}

QHash<QString, AuditRecords::Outbox> AuditRecords::outboxByRecord()
{
    QHash<QString, Outbox> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT collection, record_id, state, count(*) FROM outbox"
                                   " GROUP BY collection, record_id, state")))
        return result;
    while (query.next()) {
        Outbox &entry = result[key(query.value(0).toString(), query.value(1).toString())];
        if (query.value(2).toString() == QLatin1String("pending"))
            entry.pending += query.value(3).toInt();
        else
            entry.refused += query.value(3).toInt();
    }
    return result;
}

} // namespace OpsDesk
