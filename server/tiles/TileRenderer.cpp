#include "server/tiles/TileRenderer.h"

#include "models/geo/Cities.h"
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

constexpr int Size = WebMercator::TileSize;
// Geometry is clipped to the tile plus this margin, so that strokes along the
// clip edges stay outside the visible tile.
constexpr double ClipMargin = 8.0;

const QColor LandColor(0xf4, 0xf1, 0xea);
const QColor BorderColor(0x9e, 0x9e, 0x9e);
const std::array<QColor, 6> Pastels{
    QColor(0xcf, 0xe3, 0xf5, 150), QColor(0xd7, 0xed, 0xd2, 150), QColor(0xf7, 0xe3, 0xc6, 150),
    QColor(0xe6, 0xda, 0xf2, 150), QColor(0xf5, 0xd6, 0xdc, 150), QColor(0xf2, 0xed, 0xc4, 150),
};

// Sutherland-Hodgman against one axis-aligned edge.
template<typename Inside, typename Intersect>
QPolygonF clipEdge(const QPolygonF &input, Inside inside, Intersect intersect)
{
    QPolygonF output;
    const qsizetype n = input.size();
    if (n == 0)
        return output;
    output.reserve(n + 4);
    QPointF previous = input.last();
    bool previousInside = inside(previous);
    for (const QPointF &current : input) {
        const bool currentInside = inside(current);
        if (currentInside != previousInside)
            output.append(intersect(previous, current));
        if (currentInside)
            output.append(current);
        previous = current;
        previousInside = currentInside;
    }
    return output;
}

QPolygonF clipToRect(const QPolygonF &polygon, double lo, double hi)
{
    const auto atX = [](double x) {
        return [x](QPointF a, QPointF b) {
            const double t = (x - a.x()) / (b.x() - a.x());
            return QPointF(x, a.y() + t * (b.y() - a.y()));
        };
    };
    const auto atY = [](double y) {
        return [y](QPointF a, QPointF b) {
            const double t = (y - a.y()) / (b.y() - a.y());
            return QPointF(a.x() + t * (b.x() - a.x()), y);
        };
    };
    QPolygonF result = polygon;
    result = clipEdge(
        result, [lo](QPointF p) { return p.x() >= lo; }, atX(lo));
    result = clipEdge(
        result, [hi](QPointF p) { return p.x() <= hi; }, atX(hi));
    result = clipEdge(
        result, [lo](QPointF p) { return p.y() >= lo; }, atY(lo));
    result = clipEdge(
        result, [hi](QPointF p) { return p.y() <= hi; }, atY(hi));
    return result;
}

// The ring in tile pixels, with points closer than a quarter pixel dropped.
QPolygonF projectRing(const GeoRing &ring, int z, QPointF origin)
{
    QPolygonF polygon;
    polygon.reserve(ring.size());
    for (const GeoPoint &point : ring) {
        const QPointF p = WebMercator::toWorldPixel(point, z) - origin;
        if (!polygon.isEmpty()) {
            const QPointF d = p - polygon.last();
            if (d.x() * d.x() + d.y() * d.y() < 0.0625)
                continue;
        }
        polygon.append(p);
    }
    return polygon;
}

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
    const QPointF origin = WebMercator::tileOrigin(tile);
    // The tile plus the clip margin, in degrees, to pick the districts to draw.
    const GeoRect visible = GeoRect::fromCorners(
        WebMercator::fromWorldPixel(origin - QPointF(ClipMargin, ClipMargin), tile.z),
        WebMercator::fromWorldPixel(origin + QPointF(Size + ClipMargin, Size + ClipMargin),
                                    tile.z));

    struct Shape
    {
        QPainterPath path;
        int colorIndex = 0;
    };
    QList<Shape> shapes;
    int basemapIndex = 0;
    for (const Basemap &basemap : basemaps()) {
        ++basemapIndex;
        if (!basemap.bounds().intersects(visible))
            continue;
        const QList<District> &districts = basemap.districts();
        for (qsizetype d = 0; d < districts.size(); ++d) {
            const District &district = districts.at(d);
            if (!district.bounds.intersects(visible))
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (qsizetype p = 0; p < district.polygons.size(); ++p) {
                if (!district.polygonBounds.at(p).intersects(visible))
                    continue;
                for (const GeoRing &ring : district.polygons.at(p)) {
                    const QPolygonF clipped = clipToRect(projectRing(ring, tile.z, origin),
                                                         -ClipMargin, Size + ClipMargin);
                    if (clipped.size() >= 3)
                        path.addPolygon(clipped);
                }
            }
            if (!path.isEmpty())
                shapes.append({path, int((d + basemapIndex) % qsizetype(Pastels.size()))});
        }
    }

    QImage image(Size, Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!shapes.isEmpty()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        // Land first under all districts, so that antialiased edges of
        // neighbours do not leave see-through seams between them.
        for (const Shape &shape : std::as_const(shapes))
            painter.fillPath(shape.path, LandColor);
        for (const Shape &shape : std::as_const(shapes))
            painter.fillPath(shape.path, Pastels.at(std::size_t(shape.colorIndex)));
        const double width = tile.z <= 8 ? 0.6 : tile.z <= 12 ? 1.0 : 1.5;
        QPen pen(BorderColor, width);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen);
        for (const Shape &shape : std::as_const(shapes))
            painter.drawPath(shape.path);
    }

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace OpsDesk::Server
