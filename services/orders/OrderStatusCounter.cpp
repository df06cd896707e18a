#include "services/orders/OrderStatusCounter.h"

#include "services/orders/OrderCache.h"

#include <QFileInfo>

namespace OpsDesk {

class OrderStatusCounter::Worker : public QObject
{
public:
    explicit Worker(const QString &cachePath)
        : m_cachePath(cachePath)
    {}

    // In the worker thread.
    QHash<QString, qint64> count(const OrderFilter &filter)
    {
        if (!m_cache) {
            if (!QFileInfo::exists(m_cachePath))
                return {};
            auto cache = std::make_unique<OrderCache>();
            QString error;
            if (!cache->open(m_cachePath, &error))
                return {};
            m_cache = std::move(cache);
        }
        return m_cache->statusCounts(filter);
    }

private:
    QString m_cachePath;
    std::unique_ptr<OrderCache> m_cache;
};

OrderStatusCounter::OrderStatusCounter(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(cachePath))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("OrderStatusCounter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

OrderStatusCounter::~OrderStatusCounter()
{
    m_latest->store(~quint64(0)); // queued requests skip their work
    m_thread.quit();
    m_thread.wait();
}

void OrderStatusCounter::request(const OrderFilter &filter)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    Worker *worker = m_worker;
    const auto latest = m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, latest, generation, filter] {
            if (latest->load() != generation)
                return; // a newer request is queued
            const QHash<QString, qint64> counts = worker->count(filter);
            if (latest->load() != generation)
                return;
            // Back in the GUI thread; `this` outlives the thread (its
            // destructor waits for it), and a stale answer is dropped there.
            QMetaObject::invokeMethod(
                this,
                [this, latest, generation, filter, counts] {
                    if (latest->load() == generation)
                        Q_EMIT counted(filter, counts);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace OpsDesk
