#pragma once

#include "models/geo/WebMercator.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace OpsDesk {

// Where a map's raster tiles (256 px, XYZ, Web Mercator) come from: the
// built-in district basemap, an online XYZ server (OpenStreetMap-style, the
// reference server, AMap in GCJ-02) or an offline MBTiles pack. One
// interface, so the map does not care which.
//
// Requests are asynchronous: request() queues a tile, and the source answers
// once with tileReady or tileFailed (unless the request is cancelled first).
// The queue is served smallest priority first (the map passes the distance
// from the view's centre, so the middle loads first), at most
// maxConcurrent() tiles at a time. Several maps may share one source: each
// names itself as the requester, and a tile is only really cancelled when no
// requester wants it any more.
//
// Threading contract: a source lives in the GUI thread and is used from it.
class TileSource : public QObject
{
    Q_OBJECT
public:
    // The datum the tiles are drawn in. OpsDesk keeps WGS-84; a map whose
    // source is GCJ-02 converts its markers (ChinaCoordinates).
    enum class CoordinateSystem
    {
        Wgs84,
        Gcj02
    };

    explicit TileSource(QObject *parent = nullptr);
    ~TileSource() override;

    // Names the source in caches: two sources with the same key give the
    // same images.
    virtual QString key() const = 0;
    // The credit the map shows in its corner (translated where it is ours).
    virtual QString attribution() const = 0;
    virtual CoordinateSystem coordinateSystem() const { return CoordinateSystem::Wgs84; }
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }
    // Empty when the source can give tiles; otherwise why not (a missing
    // pack), and every request fails with it.
    virtual QString errorString() const { return {}; }

    // A source that draws tiles itself without I/O (the district basemap)
    // answers true and gives tiles at once through renderNow(); the map
    // then renders a few per frame instead of queueing them.
    virtual bool rendersNow() const { return false; }
    virtual QImage renderNow(const TileId &tile);

    // Asks for a tile. Asking again for a waiting tile only updates its
    // priority (smaller is sooner).
    void request(const TileId &tile, double priority = 0, const void *requester = nullptr);
    // Cancels the requester's requests for tiles not in `keep`.
    void cancelStale(const QList<TileId> &keep, const void *requester = nullptr);
    // Cancels the requester's requests for tiles of other zoom levels (the
    // view zoomed).
    void cancelOtherZooms(int zoom, const void *requester = nullptr);
    // Cancels everything the requester asked for (a map going away).
    void cancelAll(const void *requester);

    bool isPending(const TileId &tile) const;
    int pendingCount() const { return int(m_pending.size()); } // waiting + loading
    int loadingCount() const { return m_loading; }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int count);

    static quint64 tileKey(const TileId &tile)
    {
        return (quint64(tile.z) << 48) | (quint64(tile.x) << 24) | quint64(tile.y);
    }

Q_SIGNALS:
    void tileReady(const OpsDesk::TileId &tile, const QImage &image);
    void tileFailed(const OpsDesk::TileId &tile, const QString &error);

protected:
    // Begins loading a tile; the subclass ends with finishLoad() or
    // failLoad(), now or later.
    virtual void startLoad(const TileId &tile) = 0;
    // The tile is no longer wanted while loading: stop and do not report.
    virtual void abortLoad(const TileId &tile);
    void finishLoad(const TileId &tile, const QImage &image);
    void failLoad(const TileId &tile, const QString &error);

private:
    struct Pending
    {
        TileId tile;
        QHash<const void *, double> requesters; // → priority
        bool loading = false;
        double priority() const;
    };
    void dropRequester(const void *requester, const std::function<bool(const TileId &)> &stale);
    void scheduleLater();
    void startWaiting();

    QHash<quint64, Pending> m_pending;
    int m_loading = 0;
    int m_maxConcurrent = 4;
    bool m_scheduled = false;
};

} // namespace OpsDesk
