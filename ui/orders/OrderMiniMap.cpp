#include "ui/orders/OrderMiniMap.h"

#include "models/geo/Basemap.h"
#include "models/geo/WebMercator.h"
#include "resources/CityBasemaps.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace OpsDesk {

namespace {

// Zoom 13: a 320-pixel-wide map spans about 10 km at Shanghai's latitude.
constexpr int Zoom = 13;

} // namespace

OrderMiniMap::OrderMiniMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize OrderMiniMap::sizeHint() const
{
    return {320, 160};
}

void OrderMiniMap::setLocation(const QString &cityId, GeoPoint point, bool hasPoint)
{
    m_city = cityId;
    const Basemap &basemap = cityBasemap(cityId);
    m_basemap = basemap.isEmpty() ? nullptr : &basemap;
    m_point = point;
    m_hasPoint = hasPoint && std::isfinite(point.lat) && std::isfinite(point.lng) &&
                 std::abs(point.lat) <= 90 && std::abs(point.lng) <= 180;
    m_district = (m_basemap && m_hasPoint) ? m_basemap->districtAt(point) : -1;
    setToolTip(m_hasPoint
                   ? QStringLiteral("%1, %2").arg(point.lat, 0, 'f', 5).arg(point.lng, 0, 'f', 5)
                   : QString());
    update();
}

QString OrderMiniMap::districtName() const
{
    return (m_basemap && m_district >= 0) ? m_basemap->districts().at(m_district).name : QString();
}

void OrderMiniMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect().adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor water(0xdd, 0xe8, 0xf2);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(water);
    painter.drawRoundedRect(area, 4, 4);

    if (!m_basemap || !m_hasPoint) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_basemap ? tr("No map position for this address")
                                   : tr("No offline map for this city"));
        return;
    }

    // World pixels at Zoom, the order's point in the middle of the widget.
    const QPointF centre = WebMercator::toWorldPixel(m_point, Zoom);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - centre;
    const GeoPoint northWest =
        WebMercator::fromWorldPixel(centre - QPointF(width(), height()), Zoom);
    const GeoPoint southEast =
        WebMercator::fromWorldPixel(centre + QPointF(width(), height()), Zoom);
    const GeoRect visible = GeoRect::fromCorners(northWest, southEast);

    QPainterPath clip;
    clip.addRoundedRect(area, 4, 4);
    painter.setClipPath(clip);
    const QList<District> &districts = m_basemap->districts();
    for (int index = 0; index < districts.size(); ++index) {
        const District &district = districts.at(index);
        if (!district.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const GeoPolygon &polygon : district.polygons)
            for (const GeoRing &ring : polygon) {
                QPolygonF points;
                points.reserve(ring.size());
                for (const GeoPoint &point : ring)
                    points.append(WebMercator::toWorldPixel(point, Zoom) + offset);
                path.addPolygon(points);
                path.closeSubpath();
            }
        const bool own = index == m_district;
        painter.setBrush(own ? QColor(0xfd, 0xf3, 0xd8) : QColor(0xf4, 0xf1, 0xea));
        painter.setPen(QPen(QColor(0xb5, 0xb0, 0xa6), own ? 1.5 : 0.8));
        painter.drawPath(path);
    }

    // District names where they fit.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(QColor(0x77, 0x72, 0x6a));
    for (const District &district : districts) {
        const QPointF at = WebMercator::toWorldPixel(district.labelPoint, Zoom) + offset;
        if (rect().contains(at.toPoint()))
            painter.drawText(QRectF(at.x() - 60, at.y() - 10, 120, 20), Qt::AlignCenter,
                             district.name);
    }

    // The order's district, named in the corner.
    if (m_district >= 0) {
        painter.setFont(font());
        const QString name = districts.at(m_district).name;
        const QRectF box(area.left() + 6, area.top() + 6,
                         painter.fontMetrics().horizontalAdvance(name) + 12,
                         painter.fontMetrics().height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 210));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, name);
    }

    // The pin.
    const QPointF pin(width() / 2.0, height() / 2.0);
    const QColor accent = palette().color(QPalette::Highlight);
    QPainterPath marker;
    marker.moveTo(pin);
    marker.cubicTo(pin + QPointF(-9, -12), pin + QPointF(-9, -24), pin + QPointF(0, -24));
    marker.cubicTo(pin + QPointF(9, -24), pin + QPointF(9, -12), pin);
    painter.setBrush(accent);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.drawPath(marker);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(pin + QPointF(0, -17), 3.5, 3.5);
}

} // namespace OpsDesk
