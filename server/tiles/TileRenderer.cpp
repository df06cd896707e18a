#include "server/tiles/TileRenderer.h"

#include "models/geo/Cities.h"
#include "resources/BasemapTiles.h"
#include "resources/CityBasemaps.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>

namespace OpsDesk::Server {

namespace {

quint64 cacheKey(int z, int x, int y)
{
    return (quint64(z) << 48) | (quint64(x) << 24) | quint64(y);
}

} // namespace

TileRenderer::TileRenderer(qsizetype cacheBytes)
    : m_cache(cacheBytes)
{}

TileRenderer::TileRenderer(QList<Basemap> basemaps, qsizetype cacheBytes)
    : m_cache(cacheBytes)
{
    std::call_once(m_loadOnce, [this, &basemaps] {
        m_basemaps = std::move(basemaps);
        for (const Basemap &basemap : std::as_const(m_basemaps))
            m_coverage.extend(basemap.bounds());
    });
}

void TileRenderer::ensureLoaded() const
{
    std::call_once(m_loadOnce, [this] {
        for (const QString &id : cityIds()) {
            QString error;
            Basemap basemap = loadCityBasemap(id, &error);
            if (basemap.isEmpty()) {
                m_loadErrors.append(id + QStringLiteral(": ") + error);
                continue;
            }
            m_coverage.extend(basemap.bounds());
            m_basemaps.append(std::move(basemap));
        }
    });
}

GeoRect TileRenderer::coverage() const
{
    ensureLoaded();
    return m_coverage;
}

const QList<Basemap> &TileRenderer::basemaps() const
{
    ensureLoaded();
    return m_basemaps;
}

QStringList TileRenderer::loadErrors() const
{
    ensureLoaded();
    return m_loadErrors;
}

Basemap TileRenderer::loadCityBasemap(const QString &cityId, QString *error)
{
    return OpsDesk::loadCityBasemap(cityId, error);
}

bool TileRenderer::isValidTile(int z, int x, int y, QString *error)
{
    if (z < MinZoom || z > MaxZoom) {
        if (error)
            *error = QStringLiteral("Zoom %1 is outside %2..%3.").arg(z).arg(MinZoom).arg(MaxZoom);
        return false;
    }
    const int last = WebMercator::tileCount(z) - 1;
    if (x < 0 || x > last || y < 0 || y > last) {
        if (error)
            *error = QStringLiteral("Tile %1/%2/%3 does not exist: x and y must be within 0..%4 "
                                    "at zoom %1.")
                         .arg(z)
                         .arg(x)
                         .arg(y)
                         .arg(last);
        return false;
    }
    return true;
}

TileRenderer::Validity TileRenderer::validate(int z, int x, int y, QString *error) const
{
    if (!isValidTile(z, x, y, error))
        return Validity::Invalid;
    const GeoRect bounds = WebMercator::tileBounds({z, x, y});
    for (const Basemap &basemap : basemaps())
        if (basemap.bounds().intersects(bounds))
            return Validity::Valid;
    if (error)
        *error =
            QStringLiteral("Tile %1/%2/%3 is outside the basemap coverage.").arg(z).arg(x).arg(y);
    return Validity::OutOfCoverage;
}

QByteArray TileRenderer::etag(int z, int x, int y)
{
    return '"' + QByteArray::number(z) + '-' + QByteArray::number(x) + '-' + QByteArray::number(y) +
           '-' + QByteArray::number(Version) + '"';
}

std::optional<QByteArray> TileRenderer::render(int z, int x, int y)
{
    if (validate(z, x, y) != Validity::Valid)
        return std::nullopt;
    const quint64 key = cacheKey(z, x, y);
    {
        QMutexLocker locker(&m_cacheMutex);
        if (const QByteArray *cached = m_cache.object(key))
            return *cached;
    }
    QByteArray png = paint({z, x, y});
    QMutexLocker locker(&m_cacheMutex);
    m_cache.insert(key, new QByteArray(png), png.size());
    return png;
}

qsizetype TileRenderer::cachedTiles() const
{
    QMutexLocker locker(&m_cacheMutex);
    return m_cache.count();
}

qsizetype TileRenderer::cachedBytes() const
{
    QMutexLocker locker(&m_cacheMutex);
    return m_cache.totalCost();
}

QByteArray TileRenderer::paint(const TileId &tile) const
{
    const QImage image = paintBasemapTile(basemaps(), tile);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace OpsDesk::Server
