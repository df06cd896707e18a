#include "services/audit/AuditCache.h"

#include "models/geo/Cities.h"
#include "resources/CityBasemaps.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace OpsDesk {

bool AuditCache::open(const QString &cachePath, QString *error)
{
    return m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error);
}

QList<QJsonObject> AuditCache::all(const QString &collection)
{
    return m_db.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = ? ORDER BY id"), {collection});
}

QList<QJsonObject> AuditCache::applications()
{
    return all(QStringLiteral("applications"));
}

QList<QJsonObject> AuditCache::technicians()
{
    return all(QStringLiteral("technicians"));
}

static QJsonObject oneRecord(const CacheDatabase &db, const QString &collection, const QString &id)
{
    if (!db.isOpen())
        return {};
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

QJsonObject AuditCache::application(const QString &id)
{
    return oneRecord(m_db, QStringLiteral("applications"), id);
}

QJsonObject AuditCache::technician(const QString &id)
{
    return oneRecord(m_db, QStringLiteral("technicians"), id);
}

QSet<QString> AuditCache::pendingIds(const QString &collection)
{
    return m_db.pendingIds(collection);
}

QDate AuditCache::chinaDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).date();
}

QList<Audit::ReviewItem> AuditCache::reviewQueue(const Staff &staff, const QDateTime &now)
{
    Audit::ReviewQueueInput input;
    input.applications = applications();
    input.technicians = technicians();
    input.pendingIds =
        pendingIds(QStringLiteral("applications")) + pendingIds(QStringLiteral("technicians"));
    input.now = now.toUTC();
    input.today = chinaDate(now);
    return Audit::buildReviewQueue(input, staff);
}

Audit::PreCheckContext AuditCache::preCheckContext(const QDateTime &now)
{
    Audit::PreCheckContext context;
    context.today = chinaDate(now);
    for (const QJsonObject &a : applications())
        context.identities.addApplication(a);
    for (const QJsonObject &t : technicians())
        context.identities.addTechnician(t);
    for (const QString &city : cityIds()) {
        if (m_districts.contains(city)) {
            context.operatingCities.insert(city, m_districts.value(city));
            continue;
        }
        QStringList names;
        for (const District &d : cityBasemap(city).districts())
            names.append(d.name);
        context.operatingCities.insert(city, names);
    }
    return context;
}

QList<Audit::PreCheckResult> AuditCache::preChecks(const QJsonObject &application,
                                                   const QDateTime &now)
{
    return Audit::runPreChecks(application, preCheckContext(now));
}

QList<QJsonObject> AuditCache::applicationsOfPerson(const QJsonObject &application)
{
    const QString technicianId = application.value(QStringLiteral("technician_id")).toString();
    const QString idNumber = application.value(QStringLiteral("id_number")).toString();
    QList<QJsonObject> result;
    for (const QJsonObject &a : applications()) {
        const bool same =
            a.value(QStringLiteral("id")) == application.value(QStringLiteral("id")) ||
            (!technicianId.isEmpty() &&
             a.value(QStringLiteral("technician_id")).toString() == technicianId) ||
            (!idNumber.isEmpty() && a.value(QStringLiteral("id_number")).toString() == idNumber);
        if (same)
            result.append(a);
    }
    return result;
}

} // namespace OpsDesk
