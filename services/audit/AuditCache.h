#pragma once

#include "models/audit/PreChecks.h"
#include "models/audit/ReviewQueue.h"
#include "services/cache/CacheDatabase.h"

#include <QJsonObject>
#include <QList>

namespace OpsDesk {

// What the audit workspace reads from the local cache: applications,
// technicians, the review queue, the pre-check context (identities of every
// other application and technician, the operating cities and their districts
// from the shipped basemaps) and one person's records for the history.
//
// Threading contract: GUI thread (or any one thread); its own read-only
// connection (WAL: never waits for the sync engine's writer).
class AuditCache
{
public:
    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    void close() { m_db.close(); }

    QList<QJsonObject> applications();
    QList<QJsonObject> technicians();
    QJsonObject application(const QString &id);
    QJsonObject technician(const QString &id);
    // Record ids with a change waiting in the outbox (records.pending).
    QSet<QString> pendingIds(const QString &collection);

    // buildReviewQueue over the cache, for `staff` (city scope), on `now`
    // (UTC; today is China local, UTC+8).
    QList<Audit::ReviewItem> reviewQueue(const Staff &staff, const QDateTime &now);
    // Every other application and technician in the index, the operating
    // cities (models/geo/Cities) with no district restriction unless
    // `districtsByCity` was set, today from `now` (China local).
    Audit::PreCheckContext preCheckContext(const QDateTime &now);
    void setOperatingDistricts(const QHash<QString, QStringList> &districtsByCity)
    {
        m_districts = districtsByCity;
    }
    // One application's checks. Reads every record for the context: for many
    // applications build preCheckContext() once and call Audit::runPreChecks.
    QList<Audit::PreCheckResult> preChecks(const QJsonObject &application, const QDateTime &now);

    // The person's records for the history: the technician (may be empty)
    // and every application with the same technician_id or ID number.
    QList<QJsonObject> applicationsOfPerson(const QJsonObject &application);

    // China local date of a UTC moment.
    static QDate chinaDate(const QDateTime &utc);

private:
    QList<QJsonObject> all(const QString &collection);
    CacheDatabase m_db;
    QHash<QString, QStringList> m_districts;
};

} // namespace OpsDesk
