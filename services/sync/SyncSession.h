#pragma once

#include "services/sync/OutboxTypes.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace OpsDesk {

class ApiClient;
class CacheWriter;
class ConnectionState;
class FileStore;
class LiveEvents;
class OutboxReplayer;
class SyncEngine;

// Everything that keeps one signed-in staff member's cache in step with the
// server: the pull (SyncEngine), the outbox (OutboxReplayer), the live event
// stream (LiveEvents), and the connection model the status bar shows. The
// application makes one per session; screens read the cache file read-only
// and submit users' changes here.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    SyncSession(ApiClient *api, ConnectionState *connection, const QString &cachePath,
                const QStringList &collections, QObject *parent = nullptr);
    ~SyncSession() override;

    QString cachePath() const { return m_cachePath; }
    SyncEngine *engine() const { return m_engine; }
    OutboxReplayer *outbox() const { return m_replayer; }
    LiveEvents *liveEvents() const { return m_events; }
    // Photos and documents by content hash, kept beside the cache.
    FileStore *files() const { return m_files; }

    // Opens the cache; once it is open, syncs, replays the outbox and listens
    // for live events. Offline the cache opens all the same.
    void start();
    void setLiveEventsEnabled(bool enabled) { m_liveEnabled = enabled; }

    // A user's change: one local transaction (record + outbox entry), then
    // sent when the server can be reached. `done` gets the operation id, or
    // an error when even the local write failed.
    void submit(const LocalChange &change,
                std::function<void(const QString &opId, const QString &error)> done = {});
    void discard(const QString &opId);
    void applyAgain(const QString &opId);
    void retry(const QString &opId);
    void requestOutbox(std::function<void(const QList<OutboxEntry> &)> done);

Q_SIGNALS:
    void ready(bool ok, const QString &error);
    // Records of these collections changed in the cache (pull, outbox, positions).
    void cacheChanged(const QStringList &collections);
    void outboxCountsChanged(const OpsDesk::OutboxCounts &counts);

private:
    ApiClient *m_api;
    ConnectionState *m_connection;
    QString m_cachePath;
    SyncEngine *m_engine;
    OutboxReplayer *m_replayer;
    LiveEvents *m_events;
    FileStore *m_files;
    QTimer m_pullSoon;
    bool m_liveEnabled = true;
};

} // namespace OpsDesk
