#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

namespace OpsDesk {

// What the console knows about its link to the central server. The sync
// engine and the health monitor write it; the status bar reads it.
class ConnectionState : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Disconnected,
        Connecting,
        Online,
        Syncing,
        Offline
    };
    Q_ENUM(Status)

    explicit ConnectionState(QObject *parent = nullptr);

    Status status() const { return m_status; }
    QUrl serverUrl() const { return m_serverUrl; }
    QString lastError() const { return m_lastError; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QDateTime lastSuccessfulContact() const { return m_lastSuccess; }
    QString serverVersion() const { return m_serverVersion; }
    bool isDemo() const { return m_demo; }

    void setServerUrl(const QUrl &url);
    void setDemo(bool demo);
    void markConnecting();
    // Nobody is signed in: the console is not talking to any server.
    void markDisconnected();
    // A sync run is pulling or pushing changes.
    void markSyncing();
    // The server answered; `now` is injected so that tests are deterministic.
    void markOnline(const QString &serverVersion, const QDateTime &now);
    // The server could not be reached or answered with an error.
    void markOffline(const QString &error, const QDateTime &now);

Q_SIGNALS:
    void changed();

private:
    Status m_status = Status::Disconnected;
    QUrl m_serverUrl;
    QString m_lastError;
    QString m_serverVersion;
    QDateTime m_offlineSince;
    QDateTime m_lastSuccess;
    bool m_demo = false;
};

} // namespace OpsDesk
