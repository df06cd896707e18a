#include "resources/BasemapTiles.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>

namespace OpsDesk {

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

} // namespace

QImage paintBasemapTile(const QList<Basemap> &basemaps, const TileId &tile)
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
    for (const Basemap &basemap : basemaps) {
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

    return image;
}

} // namespace OpsDesk
