#include "services/sync/SyncEngine.h"

#include "models/ConnectionState.h"
#include "services/api/ApiClient.h"
#include "services/core/Logging.h"

#include <QDateTime>
#include <QMetaObject>

namespace OpsDesk {

SyncEngine::SyncEngine(ApiClient *api, ConnectionState *connection, const QString &cachePath,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_connection(connection)
    , m_writer(new CacheWriter(cachePath))
{
    qRegisterMetaType<CacheWriter::CollectionState>();
    qRegisterMetaType<QHash<QString, OpsDesk::CacheWriter::CollectionState>>();
    m_thread.setObjectName(QStringLiteral("opsdesk-cache-writer"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &CacheWriter::opened, this,
            [this](bool ok, const QString &error,
                   const QHash<QString, CacheWriter::CollectionState> &states) {
                m_open = ok;
                m_states = states;
                Q_EMIT ready(ok, error);
                if (ok)
                    m_poll.start();
            });
    connect(m_writer, &CacheWriter::pageParsed, this, &SyncEngine::onPageParsed);
    connect(m_writer, &CacheWriter::pageApplied, this, &SyncEngine::onPageApplied);
    connect(m_writer, &CacheWriter::pageFailed, this,
            [this](const QString &, const QString &error) {
                if (m_running)
                    finishRun(false, error);
            });
    connect(m_writer, &CacheWriter::pageSkipped, this, [this](const QString &collection) {
        // A stale request (from a run that ended): ask again from the cursor
        // the cache has, once the pages being written are through.
        if (m_running && !m_queue.isEmpty() && m_queue.constFirst() == collection &&
            !m_requestInFlight)
            requestPage(collection, m_states.value(collection).cursor);
    });
    m_poll.setInterval(60000);
    connect(&m_poll, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_thread.start();
}

SyncEngine::~SyncEngine()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::start()
{
    QMetaObject::invokeMethod(m_writer, &CacheWriter::open, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    if (!m_open || m_running)
        return;
    m_running = true;
    ++m_generation;
    m_cancelled = false;
    m_queue = m_collections;
    m_runRecords = 0;
    m_runClock.start();
    m_connection->markSyncing();
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] { writer->setPulling(true); });
    pullNext();
}

void SyncEngine::cancel()
{
    m_cancelled = true;
}

void SyncEngine::pullNext()
{
    if (m_cancelled) {
        finishRun(false, tr("The synchronisation was cancelled."));
        return;
    }
    if (m_queue.isEmpty()) {
        finishRun(true, {});
        return;
    }
    m_collectionChanged = false;
    const QString collection = m_queue.constFirst();
    requestPage(collection, m_states.value(collection).cursor);
}

void SyncEngine::requestPage(const QString &collection, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/sync/") + collection, query);
    request.timeoutMs = 120000;
    request.checkJson = false;
    m_requestInFlight = true;
    const quint64 generation = m_generation;
    m_api->send(request, this, [this, collection, cursor, generation](const ApiResponse &response) {
        m_requestInFlight = false;
        if (generation != m_generation || !m_running)
            return; // a run that has ended
        if (response.status == 410) {
            qCInfo(lcNetwork) << collection << "cursor expired; starting a full pass";
            m_states.remove(collection);
            QMetaObject::invokeMethod(
                m_writer, [writer = m_writer, collection] { writer->resetCursor(collection); });
            requestPage(collection, QString());
            return;
        }
        if (response.status == 403) {
            // Not readable for this role: nothing to cache.
            m_queue.removeFirst();
            pullNext();
            return;
        }
        if (!response.ok()) {
            if (response.error.kind == ApiError::Kind::Http)
                m_connection->markOnline(QString(), QDateTime::currentDateTimeUtc());
            else
                m_connection->markOffline(response.error.message(),
                                          QDateTime::currentDateTimeUtc());
            finishRun(false, response.error.message());
            return;
        }
        QMetaObject::invokeMethod(m_writer,
                                  [writer = m_writer, collection, cursor, body = response.body] {
                                      writer->applyPage(collection, cursor, body);
                                  });
    });
}

void SyncEngine::onPageParsed(const QString &collection, const QString &nextCursor, bool hasMore)
{
    // The next page travels while this one is written.
    if (m_running && !m_cancelled && hasMore && !m_requestInFlight && !m_queue.isEmpty() &&
        m_queue.constFirst() == collection)
        requestPage(collection, nextCursor);
}

void SyncEngine::onPageApplied(const QString &collection, int records, const QString &nextCursor,
                               bool hasMore, qint64 remaining)
{
    CacheWriter::CollectionState &state = m_states[collection];
    state.cursor = nextCursor;
    state.passComplete = !hasMore;
    if (!m_running)
        return;
    m_runRecords += records;
    if (records > 0)
        m_collectionChanged = true;

    Progress p;
    p.collection = collection;
    p.recordsDone = m_runRecords;
    p.remainingEstimate = remaining;
    const double seconds = m_runClock.elapsed() / 1000.0;
    p.recordsPerSecond = seconds > 0 ? m_runRecords / seconds : 0;
    p.secondsLeft = p.recordsPerSecond > 0 ? int(remaining / p.recordsPerSecond) : -1;
    Q_EMIT progress(p);

    if (hasMore && !m_cancelled)
        return; // the next page was requested when this one was parsed
    if (m_collectionChanged)
        Q_EMIT collectionChanged(collection);
    m_queue.removeFirst();
    pullNext();
}

void SyncEngine::finishRun(bool ok, const QString &error)
{
    m_running = false;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] { writer->setPulling(false); });
    if (ok)
        m_connection->markSynced(QDateTime::currentDateTimeUtc());
    Q_EMIT runFinished(ok, error);
}

} // namespace OpsDesk
