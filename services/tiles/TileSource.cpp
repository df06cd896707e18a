#include "services/tiles/TileSource.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace OpsDesk {

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{}

TileSource::~TileSource() = default;

QImage TileSource::renderNow(const TileId &)
{
    return {};
}

void TileSource::abortLoad(const TileId &) {}

double TileSource::Pending::priority() const
{
    double best = std::numeric_limits<double>::infinity();
    for (const double p : requesters)
        best = std::min(best, p);
    return best;
}

void TileSource::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    scheduleLater();
}

bool TileSource::isPending(const TileId &tile) const
{
    return m_pending.contains(tileKey(tile));
}

void TileSource::request(const TileId &tile, double priority, const void *requester)
{
    if (!WebMercator::isValidTile(tile))
        return;
    Pending &pending = m_pending[tileKey(tile)];
    pending.tile = tile;
    pending.requesters.insert(requester, priority);
    if (!pending.loading)
        scheduleLater();
}

void TileSource::cancelStale(const QList<TileId> &keep, const void *requester)
{
    if (m_pending.isEmpty())
        return;
    QSet<quint64> kept;
    for (const TileId &tile : keep)
        kept.insert(tileKey(tile));
    dropRequester(requester, [&kept](const TileId &tile) { return !kept.contains(tileKey(tile)); });
}

void TileSource::cancelOtherZooms(int zoom, const void *requester)
{
    dropRequester(requester, [zoom](const TileId &tile) { return tile.z != zoom; });
}

void TileSource::cancelAll(const void *requester)
{
    dropRequester(requester, [](const TileId &) { return true; });
}

void TileSource::dropRequester(const void *requester,
                               const std::function<bool(const TileId &)> &stale)
{
    QList<TileId> aborted;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!stale(it->tile) || !it->requesters.remove(requester) || !it->requesters.isEmpty()) {
            ++it;
            continue;
        }
        if (it->loading) {
            --m_loading;
            aborted.append(it->tile);
        }
        it = m_pending.erase(it);
    }
    for (const TileId &tile : aborted)
        abortLoad(tile);
    if (!aborted.isEmpty())
        scheduleLater();
}

void TileSource::scheduleLater()
{
    // Requests made during one paint are collected first, so that the
    // queue is served centre-first across all of them.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startWaiting();
    });
}

void TileSource::startWaiting()
{
    while (m_loading < m_maxConcurrent) {
        Pending *next = nullptr;
        double best = std::numeric_limits<double>::infinity();
        for (Pending &pending : m_pending) {
            if (pending.loading)
                continue;
            const double priority = pending.priority();
            if (!next || priority < best) {
                next = &pending;
                best = priority;
            }
        }
        if (!next)
            return;
        next->loading = true;
        ++m_loading;
        const TileId tile = next->tile;
        startLoad(tile); // may finish at once, which changes m_pending
    }
}

void TileSource::finishLoad(const TileId &tile, const QImage &image)
{
    auto it = m_pending.find(tileKey(tile));
    if (it == m_pending.end() || !it->loading)
        return; // cancelled meanwhile
    m_pending.erase(it);
    --m_loading;
    scheduleLater();
    Q_EMIT tileReady(tile, image);
}

void TileSource::failLoad(const TileId &tile, const QString &error)
{
    auto it = m_pending.find(tileKey(tile));
    if (it == m_pending.end() || !it->loading)
        return;
    m_pending.erase(it);
    --m_loading;
    scheduleLater();
    Q_EMIT tileFailed(tile, error);
}

} // namespace OpsDesk
