#include "services/sync/OrderAlerts.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpsDesk {

OrderAlerts::OrderAlerts(QString cachePath)
    : m_cachePath(std::move(cachePath))
{}

OrderAlerts::Counts OrderAlerts::check(const QDateTime &now, int dispatchTimeoutMinutes)
{
    Counts counts;
    if (!m_cache.isOpen()) {
        QString error;
        if (!m_cache.open(m_cachePath, CacheDatabase::Mode::ReadOnly, &error))
            return counts;
    }
    const QString cutoff =
        now.toUTC().addSecs(-60LL * dispatchTimeoutMinutes).toString(Qt::ISODate);
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(created_at > ?), 0), COALESCE(SUM(created_at < ?), 0), "
        "MAX(created_at) FROM orders WHERE status = 'awaiting_dispatch'"));
    query.addBindValue(m_lastCreated.isEmpty() ? QStringLiteral("9999") : m_lastCreated);
    query.addBindValue(cutoff);
    if (!query.exec() || !query.next())
        return counts;
    counts.awaitingDispatch = query.value(0).toInt();
    counts.newSinceLastCheck = query.value(1).toInt();
    counts.dispatchTimeouts = query.value(2).toInt();
    const QString newest = query.value(3).toString();
    if (newest > m_lastCreated)
        m_lastCreated = newest;
    return counts;
}

} // namespace OpsDesk
