#include "ui/orders/OrderMiniMap.h"

#include "models/geo/Basemap.h"
#include "resources/CityBasemaps.h"

#include <QPainter>
#include <QPalette>

#include <cmath>

namespace OpsDesk {

namespace {

const QString PinId = QStringLiteral("order");

} // namespace

OrderMiniMap::OrderMiniMap(QWidget *parent)
    : MapView(parent)
{
    setInteractive(false);
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize OrderMiniMap::sizeHint() const
{
    return {320, 160};
}

void OrderMiniMap::setLocation(const QString &cityId, GeoPoint point, bool hasPoint,
                               const QString &status)
{
    const Basemap &basemap = cityBasemap(cityId);
    m_hasBasemap = !basemap.isEmpty();
    m_hasPoint = hasPoint && std::isfinite(point.lat) && std::isfinite(point.lng) &&
                 std::abs(point.lat) <= 90 && std::abs(point.lng) <= 180;
    const int district = (m_hasBasemap && m_hasPoint) ? basemap.districtAt(point) : -1;
    m_district = district >= 0 ? basemap.districts().at(district).name : QString();
    setToolTip(m_hasPoint
                   ? QStringLiteral("%1, %2").arg(point.lat, 0, 'f', 5).arg(point.lng, 0, 'f', 5)
                   : QString());
    if (!m_hasPoint || !m_hasBasemap) {
        setOrders({});
        update();
        return;
    }
    setOrders({{PinId, point, status, false}});
    setZoom(13);
    setCenter(point);
    selectOrder(PinId);
}

void OrderMiniMap::paintEvent(QPaintEvent *event)
{
    if (!m_hasBasemap || !m_hasPoint) {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_hasBasemap ? tr("No map position for this address")
                                      : tr("No offline map for this city"));
        return;
    }
    MapView::paintEvent(event);
    if (m_district.isEmpty())
        return;
    // The order's district, named in the corner.
    QPainter painter(this);
    const QRectF box(6, 6, painter.fontMetrics().horizontalAdvance(m_district) + 12,
                     painter.fontMetrics().height() + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box, Qt::AlignCenter, m_district);
}

} // namespace OpsDesk
