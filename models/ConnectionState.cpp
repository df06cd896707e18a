#include "models/ConnectionState.h"

namespace OpsDesk {

ConnectionState::ConnectionState(QObject *parent)
    : QObject(parent)
{}

void ConnectionState::setServerUrl(const QUrl &url)
{
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    Q_EMIT changed();
}

void ConnectionState::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    Q_EMIT changed();
}

void ConnectionState::markConnecting()
{
    if (m_status == Status::Connecting)
        return;
    m_status = Status::Connecting;
    Q_EMIT changed();
}

void ConnectionState::markDisconnected()
{
    m_status = Status::Disconnected;
    m_lastError.clear();
    m_offlineSince = QDateTime();
    Q_EMIT changed();
}

void ConnectionState::markSyncing()
{
    if (m_status == Status::Syncing)
        return;
    m_status = Status::Syncing;
    Q_EMIT changed();
}

void ConnectionState::markOnline(const QString &serverVersion, const QDateTime &now)
{
    m_status = Status::Online;
    m_serverVersion = serverVersion;
    m_lastError.clear();
    m_offlineSince = QDateTime();
    m_lastSuccess = now;
    Q_EMIT changed();
}

void ConnectionState::markOffline(const QString &error, const QDateTime &now)
{
    if (m_status != Status::Offline)
        m_offlineSince = now;
    m_status = Status::Offline;
    m_lastError = error;
    Q_EMIT changed();
}

void ConnectionState::markSynced(const QDateTime &now)
{
    m_lastSync = now;
    markOnline(m_serverVersion, now);
}

void ConnectionState::setOutboxCounts(int pending, int parked, int conflicts)
{
    if (m_pending == pending && m_parked == parked && m_conflicts == conflicts)
        return;
    m_pending = pending;
    m_parked = parked;
    m_conflicts = conflicts;
    Q_EMIT changed();
}

void ConnectionState::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT changed();
}

} // namespace OpsDesk
