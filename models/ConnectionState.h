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
    // The last time a sync run finished without error.
    QDateTime lastSuccessfulSync() const { return m_lastSync; }
    // Users' changes the server does not have yet (waiting or backing off),
    // refused ones a person must look at, and ones that met a newer version.
    int pendingChanges() const { return m_pending; }
    int parkedChanges() const { return m_parked; }
    int conflictingChanges() const { return m_conflicts; }
    // The live event stream is connected (changes arrive within seconds).
    bool isLive() const { return m_live; }

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
    // A sync run finished without error at `now`.
    void markSynced(const QDateTime &now);
    void setOutboxCounts(int pending, int parked, int conflicts);
    void setLive(bool live);

Q_SIGNALS:
    void changed();

private:
    Status m_status = Status::Disconnected;
    QUrl m_serverUrl;
    QString m_lastError;
    QString m_serverVersion;
    QDateTime m_offlineSince;
    QDateTime m_lastSuccess;
    QDateTime m_lastSync;
    int m_pending = 0;
    int m_parked = 0;
    int m_conflicts = 0;
    bool m_demo = false;
    bool m_live = false;
};

} // namespace OpsDesk
