#pragma once

#include "models/geo/Basemap.h"
#include "models/geo/WebMercator.h"

#include <QByteArray>
#include <QCache>
#include <QList>
#include <QMutex>
#include <QString>

#include <mutex>

#include <optional>

namespace OpsDesk::Server {

// Renders 256 x 256 PNG basemap tiles (XYZ scheme, Web Mercator, WGS-84) from
// the district basemaps of every shipped city: a light land colour where a
// district is, districts in alternating soft pastels with grey borders,
// transparent everywhere else. No text, so no fonts are needed.
//
// Rendered tiles are kept in an LRU cache bounded by their PNG size.
// Threading: render() and the other members may be called from any thread;
// the cache is guarded by a mutex and rendering itself only reads the
// immutable basemaps.
class TileRenderer
{
public:
    // Bump when the look changes: it is part of every tile's ETag.
    static constexpr int Version = 1;
    static constexpr int MinZoom = 0;
    static constexpr int MaxZoom = 18;
    static constexpr qsizetype DefaultCacheBytes = 64 * 1024 * 1024;

    enum class Validity
    {
        Valid,        // z, x and y address a tile
        Invalid,      // z outside MinZoom..MaxZoom or x/y outside 0..2^z-1 (HTTP 400)
        OutOfCoverage // a real tile, but it touches no basemap (HTTP 404)
    };

    // Renders the seven city basemaps from :/basemap (opsdesk_basemap_resources).
    // They are loaded on first use (about 0.2 s), not here, so that starting
    // the server stays fast.
    explicit TileRenderer(qsizetype cacheBytes = DefaultCacheBytes);
    // Renders the given basemaps instead (tests).
    explicit TileRenderer(QList<Basemap> basemaps, qsizetype cacheBytes = DefaultCacheBytes);

    TileRenderer(const TileRenderer &) = delete;
    TileRenderer &operator=(const TileRenderer &) = delete;

    // Only checks the address: MinZoom <= z <= MaxZoom, 0 <= x, y < 2^z.
    static bool isValidTile(int z, int x, int y, QString *error = nullptr);
    // The full check that decides between 200, 400 and 404.
    Validity validate(int z, int x, int y, QString *error = nullptr) const;

    // The PNG of the tile, or nullopt when validate() is not Valid. A valid
    // tile over sea between the districts of a covered city is a transparent
    // PNG, not nullopt.
    std::optional<QByteArray> render(int z, int x, int y);

    // The tile's strong ETag including the quotes: "<z>-<x>-<y>-<Version>".
    static QByteArray etag(int z, int x, int y);

    // The union of the basemaps' bounds (WGS-84).
    GeoRect coverage() const;
    const QList<Basemap> &basemaps() const;
    // Errors from loading the built-in basemaps (empty when all loaded).
    QStringList loadErrors() const;

    qsizetype cachedTiles() const;
    qsizetype cachedBytes() const;

    // Reads and parses ":/basemap/<city>.geojson".
    static Basemap loadCityBasemap(const QString &cityId, QString *error = nullptr);

private:
    void ensureLoaded() const;
    QByteArray paint(const TileId &tile) const;

    // Written once, under m_loadOnce, then only read.
    mutable std::once_flag m_loadOnce;
    mutable QList<Basemap> m_basemaps;
    mutable GeoRect m_coverage;
    mutable QStringList m_loadErrors;
    mutable QMutex m_cacheMutex;
    QCache<quint64, QByteArray> m_cache;
};

} // namespace OpsDesk::Server
