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

} // namespace OpsDesk
