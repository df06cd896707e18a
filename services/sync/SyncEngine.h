#pragma once

#include "services/sync/CacheWriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

namespace OpsDesk {

class ApiClient;
class ConnectionState;

// Keeps the local cache in step with the central server.
//
// A run pulls every collection in turn, page by page: the first run of a
// collection is a full pass, later runs are delta passes from the stored
// cursor; a 410 cursor-expired turns into a full pass. Network calls run on
// this object's (the GUI) thread through ApiClient; every page is written by
// the CacheWriter in a worker thread, in one transaction with its cursor.
// Runs start on syncNow(), on the polling timer, and (later) on live events.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Progress
    {
        QString collection;
        qint64 recordsDone = 0;       // in this run
        qint64 remainingEstimate = 0; // in the current collection's pass
        double recordsPerSecond = 0;
        int secondsLeft = -1; // -1: unknown
    };

    SyncEngine(ApiClient *api, ConnectionState *connection, const QString &cachePath,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setCollections(const QStringList &collections) { m_collections = collections; }
    void setPageSize(int limit) { m_pageSize = limit; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

    // Opens the cache (in the worker thread) and starts polling.
    void start();
    // Starts a run now unless one is going on.
    void syncNow();
    // Stops after the page being written; what was written stays.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isOpen() const { return m_open; }
    // The cache's one writer (in the worker thread): call it through queued
    // invocations only. The outbox and the live events write through it too.
    CacheWriter *writer() const { return m_writer; }

Q_SIGNALS:
    void ready(bool ok, const QString &error);
    void progress(const OpsDesk::SyncEngine::Progress &progress);
    void runFinished(bool ok, const QString &error);
    void collectionChanged(const QString &collection);

private:
    void pullNext();
    void requestPage(const QString &collection, const QString &cursor);
    void onPageParsed(const QString &collection, const QString &nextCursor, bool hasMore);
    void finishRun(bool ok, const QString &error);
    void onPageApplied(const QString &collection, int records, const QString &nextCursor,
                       bool hasMore, qint64 remaining);

    ApiClient *m_api;
    ConnectionState *m_connection;
    QThread m_thread;
    CacheWriter *m_writer;
    QHash<QString, CacheWriter::CollectionState> m_states;
    QStringList m_collections;
    QStringList m_queue;
    QTimer m_poll;
    QElapsedTimer m_runClock;
    qint64 m_runRecords = 0;
    int m_pageSize = 2000;
    bool m_open = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_collectionChanged = false;
    bool m_requestInFlight = false;
    quint64 m_generation = 0;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::SyncEngine::Progress)
