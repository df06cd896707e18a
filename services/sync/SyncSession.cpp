#include "services/sync/SyncSession.h"

#include "models/ConnectionState.h"
#include "services/files/FileStore.h"
#include "services/sync/CacheWriter.h"
#include "services/sync/LiveEvents.h"
#include "services/sync/OutboxReplayer.h"
#include "services/sync/SyncEngine.h"

#include <QMetaObject>
#include <QPointer>

namespace OpsDesk {

SyncSession::SyncSession(ApiClient *api, ConnectionState *connection, const QString &cachePath,
                         const QStringList &collections, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_connection(connection)
    , m_cachePath(cachePath)
    , m_engine(new SyncEngine(api, connection, cachePath, this))
    , m_replayer(new OutboxReplayer(api, m_engine->writer(), this))
    , m_events(new LiveEvents(api, this))
    , m_files(new FileStore(api, cachePath, this))
{
    m_engine->setCollections(collections);
    CacheWriter *writer = m_engine->writer();
    // Pulls come in soon after a change notification or a delivered change,
    // once per burst.
    m_pullSoon.setSingleShot(true);
    m_pullSoon.setInterval(250);
    connect(&m_pullSoon, &QTimer::timeout, this, [this] {
        if (m_engine->isRunning())
            m_pullSoon.start(1000);
        else
            m_engine->syncNow();
    });
    connect(m_engine, &SyncEngine::ready, this, [this](bool ok, const QString &error) {
        Q_EMIT ready(ok, error);
        if (!ok)
            return;
        m_engine->syncNow();
        m_replayer->start();
        if (m_liveEnabled)
            m_events->start();
    });
    connect(m_engine, &SyncEngine::collectionChanged, this,
            [this](const QString &collection) { Q_EMIT cacheChanged({collection}); });
    connect(m_engine, &SyncEngine::runFinished, this, [this](bool ok, const QString &) {
        if (ok)
            m_replayer->kick(); // the server is back: what waited may go now
    });
    connect(m_events, &LiveEvents::changesAvailable, &m_pullSoon,
            [this](const QStringList &) { m_pullSoon.start(); });
    connect(m_events, &LiveEvents::connectedChanged, this, [this](bool live) {
        m_connection->setLive(live);
        if (live)
            m_replayer->kick();
    });
    connect(m_events, &LiveEvents::positions, this, [writer](const QList<QJsonObject> &batch) {
        QMetaObject::invokeMethod(writer, [writer, batch] { writer->applyPositions(batch); });
    });
    connect(m_replayer, &OutboxReplayer::delivered, this, [this](const QString &) {
        // A command may change related records (an order with its refund).
        m_pullSoon.start();
    });
    connect(writer, &CacheWriter::recordsChanged, this, &SyncSession::cacheChanged);
    connect(writer, &CacheWriter::outboxChanged, this, [this](const OutboxCounts &counts) {
        m_connection->setOutboxCounts(counts.pending, counts.parked, counts.conflicts);
        Q_EMIT outboxCountsChanged(counts);
    });
}

SyncSession::~SyncSession()
{
    m_events->stop();
    m_replayer->stop();
}

void SyncSession::start()
{
    m_engine->start();
}

void SyncSession::submit(const LocalChange &change,
                         std::function<void(const QString &, const QString &)> done)
{
    CacheWriter *writer = m_engine->writer();
    if (done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(writer, &CacheWriter::submitted, this,
                              [connection, done](const QString &opId, const QString &error) {
                                  QObject::disconnect(*connection);
                                  done(opId, error);
                              });
    }
    QMetaObject::invokeMethod(writer, [writer, change] { writer->submit(change); });
}

void SyncSession::discard(const QString &opId)
{
    CacheWriter *writer = m_engine->writer();
    QMetaObject::invokeMethod(writer, [writer, opId] { writer->discard(opId); });
}

void SyncSession::applyAgain(const QString &opId)
{
    CacheWriter *writer = m_engine->writer();
    QMetaObject::invokeMethod(writer, [writer, opId] { writer->applyAgain(opId); });
}

void SyncSession::retry(const QString &opId)
{
    CacheWriter *writer = m_engine->writer();
    QMetaObject::invokeMethod(writer, [writer, opId] { writer->retry(opId); });
}

void SyncSession::requestOutbox(std::function<void(const QList<OutboxEntry> &)> done)
{
    CacheWriter *writer = m_engine->writer();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(writer, &CacheWriter::outboxListed, this,
                          [connection, done](const QList<OutboxEntry> &entries) {
                              QObject::disconnect(*connection);
                              done(entries);
                          });
    QMetaObject::invokeMethod(writer, [writer] { writer->listOutbox(); });
}

} // namespace OpsDesk
