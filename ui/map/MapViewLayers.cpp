// MapView's layers over the basemap and the markers: service area, heat
// map, candidate lines, lasso, drag-and-drop of orders, hover text.
#include "ui/map/MapView.h"

#include "models/geo/ChinaCoordinates.h"
#include "models/geo/WebMercator.h"
#include "ui/style/Theme.h"

#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace OpsDesk {

namespace {

constexpr double HeatCellPixels = 6;
constexpr int HeatRadiusCells = 4;

// Few to many along the theme's heat ramp; more opaque where hotter.
QRgb heatColour(float t)
{
    t = std::clamp(t, 0.0f, 1.0f);
    const QColor colour = Theme::heatColour(t);
    const int alpha = int(70 + 130 * t);
    const auto premultiplied = [alpha](int x) {
        return x * alpha / 255;
    };
    return qRgba(premultiplied(colour.red()), premultiplied(colour.green()),
                 premultiplied(colour.blue()), alpha);
}

// Stepped cells: opaque enough that the colour is the legend's, the
// basemap's streets still show through.
constexpr int HeatCellAlpha = 205;

} // namespace

QString MapView::ordersMimeType()
{
    return QStringLiteral("application/x-opsdesk-order-ids");
}

QMimeData *MapView::ordersMimeData(const QStringList &orderIds)
{
    auto *data = new QMimeData;
    data->setData(ordersMimeType(), orderIds.join(QLatin1Char('\n')).toUtf8());
    data->setText(orderIds.join(QLatin1Char(' '))); // dropped into a text field: the ids
    return data;
}

QStringList MapView::ordersFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(ordersMimeType()))
        return {};
    QStringList ids;
    for (const QString &id :
         QString::fromUtf8(data->data(ordersMimeType())).split(QLatin1Char('\n')))
        if (!id.trimmed().isEmpty())
            ids.append(id.trimmed());
    return ids;
}

void MapView::setServiceArea(QList<GeoPolygon> polygons)
{
    m_serviceArea = std::move(polygons);
    update();
}

void MapView::setCandidateLines(const QStringList &technicianIds)
{
    m_candidateLines = technicianIds;
    update();
}

void MapView::setHeatMapVisible(bool visible)
{
    m_heatVisible = visible;
    m_heatStale = true;
    update();
}

void MapView::waitForLayers()
{
    if (m_clusterWatcher.isRunning() || !m_pendingOrders.empty()) {
        m_clusterWatcher.waitForFinished();
        if (!m_pendingOrders.empty() && !m_clusterWatcher.isCanceled())
            applyOrders(std::exchange(m_pendingOrders, {}), m_clusterWatcher.result());
    }
    if (m_heatVisible) {
        refreshHeatMap();
        // The worker may be done already (its signal not delivered yet):
        // take the result either way.
        QFuture<HeatGrid> heat = m_heatWatcher.future();
        if (m_heatComputingZoom >= 0) {
            heat.waitForFinished();
            if (!heat.isCanceled() && heat.resultCount() > 0)
                applyHeat(heat.result(), m_heatComputingZoom);
        }
    }
}

const MapTechnician *MapView::findTechnician(const QString &id) const
{
    for (const MapTechnician &tech : m_technicians)
        if (tech.id == id)
            return &tech;
    return nullptr;
}

QString MapView::technicianAt(QPointF widgetPixel, double tolerance) const
{
    // The last drawn is on top.
    const QPointF origin = topLeftWorld();
    const double scale = std::ldexp(1.0, m_zoom);
    for (size_t i = m_technicians.size(); i-- > 0;) {
        const QPointF at = m_technicianWorld[i] * scale - origin;
        if (std::abs(at.x() - widgetPixel.x()) <= tolerance &&
            std::abs(at.y() - widgetPixel.y()) <= tolerance)
            return m_technicians[i].id;
    }
    return {};
}

int MapView::clusterAt(QPointF widgetPixel) const
{
    const QPointF origin = topLeftWorld();
    const auto &level = m_clusters.clusters(m_zoom);
    const QRectF near(widgetPixel + origin - QPointF(24, 24), QSizeF(48, 48));
    int best = -1;
    double bestDistance = 1e9;
    for (const int c : m_clusters.clustersIn(m_zoom, near)) {
        const PointClusters::Cluster &cluster = level[size_t(c)];
        const double radius = cluster.count == 1 ? 8 : clusterRadius(cluster.count);
        const double distance = std::hypot(cluster.worldPixel.x() - origin.x() - widgetPixel.x(),
                                           cluster.worldPixel.y() - origin.y() - widgetPixel.y());
        if (distance <= radius && distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

QString MapView::orderAt(QPointF widgetPixel) const
{
    const int c = clusterAt(widgetPixel);
    if (c < 0 || m_clusters.clusters(m_zoom)[size_t(c)].count != 1)
        return {};
    return m_orders[size_t(m_clusters.firstMember(m_zoom, c))].id;
}

void MapView::drawServiceArea(QPainter &painter)
{
    if (m_serviceArea.isEmpty())
        return;
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const GeoPolygon &polygon : m_serviceArea)
        for (const GeoRing &ring : polygon) {
            QPolygonF outline;
            outline.reserve(ring.size());
            for (const GeoPoint &p : ring)
                outline << toWidget(p);
            path.addPolygon(outline);
            path.closeSubpath();
        }
    QColor fill = Theme::accent();
    fill.setAlpha(40);
    QColor edge = Theme::accent();
    edge.setAlpha(200);
    painter.setPen(QPen(edge, 1.5, Qt::DashLine));
    painter.setBrush(fill);
    painter.drawPath(path);
}

void MapView::setHeatPoints(std::vector<GeoPoint> points)
{
    m_heatPoints = std::make_shared<const std::vector<GeoPoint>>(std::move(points));
    m_heatStale = true;
    update();
}

void MapView::setHeatMapStyle(const HeatMapStyle &style)
{
    if (style == m_heatStyle)
        return;
    m_heatStyle = style;
    m_heatStale = true;
    update();
}

void MapView::applyHeat(HeatGrid grid, int zoom)
{
    m_heat = std::move(grid);
    m_heatZoom = zoom;
    m_heatImage = {}; // coloured on the next frame
    m_heatThresholds = m_heatStyle.steps > 0
                           ? HeatGrid::stepThresholds(m_heat.peak, m_heatStyle.steps)
                           : std::vector<int>{};
    update();
    Q_EMIT heatMapChanged();
}

void MapView::refreshHeatMap()
{
    if (!m_heatVisible || m_heatWatcher.isRunning())
        return;
    const QPointF origin = topLeftWorld();
    const QRectF view(origin, QSizeF(width(), height()));
    if (!m_heatStale && m_heatZoom == m_zoom && m_heat.area.contains(view))
        return;
    // Three views wide and high around this one: panning stays inside it.
    // Cells on a fixed lattice of the zoom, so they stay put as the view moves.
    const double cell = std::max(1.0, m_heatStyle.cellPixels);
    QRectF area = view.adjusted(-width(), -height(), width(), height());
    area.setLeft(std::floor(area.left() / cell) * cell);
    area.setTop(std::floor(area.top() / cell) * cell);
    std::shared_ptr<const std::vector<GeoPoint>> points = m_heatPoints;
    if (!points) {
        auto fromOrders = std::make_shared<std::vector<GeoPoint>>();
        fromOrders->reserve(m_orders.size());
        for (const MapOrder &order : m_orders)
            fromOrders->push_back(order.position);
        points = std::move(fromOrders);
    }
    const int zoom = m_zoom;
    const int radius = std::max(0, m_heatStyle.radiusCells);
    const bool gcj02 = m_gcj02;
    m_heatComputingZoom = zoom;
    m_heatStale = false;
    m_heatWatcher.setFuture(QtConcurrent::run([points, area, zoom, cell, radius, gcj02] {
        std::vector<QPointF> world;
        world.reserve(points->size());
        for (const GeoPoint &p : *points) // in the tiles' datum
            world.push_back(
                WebMercator::toWorldPixel(gcj02 ? ChinaCoordinates::wgs84ToGcj02(p) : p, zoom));
        return HeatGrid::compute(world, area, cell, radius);
    }));
}

QColor MapView::heatStepColour(int step, int steps)
{
    QColor colour = Theme::heatStepColour(step, steps);
    colour.setAlpha(HeatCellAlpha);
    return colour;
}

bool MapView::heatCellAt(QPointF widgetPixel, GeoRect *bounds, float *count) const
{
    if (m_heat.columns == 0 || m_heatZoom < 0 || m_heat.cellPixels <= 0)
        return false;
    const double scale = std::ldexp(1.0, m_zoom - m_heatZoom);
    const QPointF world = (widgetPixel + topLeftWorld()) / scale; // at the grid's zoom
    const int column = int(std::floor((world.x() - m_heat.area.left()) / m_heat.cellPixels));
    const int row = int(std::floor((world.y() - m_heat.area.top()) / m_heat.cellPixels));
    if (column < 0 || row < 0 || column >= m_heat.columns || row >= m_heat.rows)
        return false;
    const QRectF cell = m_heat.cellRect(column, row);
    if (bounds)
        *bounds = GeoRect::fromCorners(
            fromDisplay(WebMercator::fromWorldPixel(cell.topLeft(), m_heatZoom)),
            fromDisplay(WebMercator::fromWorldPixel(cell.bottomRight(), m_heatZoom)));
    if (count)
        *count = m_heat.at(column, row);
    return true;
}

void MapView::drawHeatCells(QPainter &painter)
{
    if (m_heatThresholds.empty())
        return;
    const double scale = std::ldexp(1.0, m_zoom - m_heatZoom);
    const QPointF origin = topLeftWorld();
    const double side = m_heat.cellPixels * scale;
    // Only the cells in view.
    const int c0 =
        std::max(0, int(std::floor((origin.x() / scale - m_heat.area.left()) / m_heat.cellPixels)));
    const int r0 =
        std::max(0, int(std::floor((origin.y() / scale - m_heat.area.top()) / m_heat.cellPixels)));
    const int c1 = std::min(m_heat.columns - 1, c0 + int(std::ceil(width() / side)) + 1);
    const int r1 = std::min(m_heat.rows - 1, r0 + int(std::ceil(height() / side)) + 1);
    const int steps = int(m_heatThresholds.size());
    std::vector<QColor> colours;
    for (int k = 0; k < steps; ++k)
        colours.push_back(heatStepColour(k, steps));
    const double gap = side >= 8 ? 0.5 : 0.0;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const int step = HeatGrid::stepOf(m_heat.at(c, r), m_heatThresholds);
            if (step < 0)
                continue;
            const QRectF cell = m_heat.cellRect(c, r);
            const QRectF target(cell.topLeft() * scale - origin, QSizeF(side, side));
            painter.fillRect(target.adjusted(gap, gap, -gap, -gap), colours[size_t(step)]);
        }
}

void MapView::drawHeatMap(QPainter &painter)
{
    if (!m_heatVisible)
        return;
    refreshHeatMap();
    if (m_heat.isEmpty() || m_heatZoom < 0)
        return;
    if (m_heatStyle.steps > 0) {
        drawHeatCells(painter);
        return;
    }
    if (m_heatImage.isNull()) {
        QImage image(m_heat.columns, m_heat.rows, QImage::Format_ARGB32_Premultiplied);
        for (int r = 0; r < m_heat.rows; ++r) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(r));
            for (int c = 0; c < m_heat.columns; ++c) {
                // Square root: a few orders still show, the hottest spot stays dark.
                const float t = std::sqrt(m_heat.at(c, r) / m_heat.peak);
                line[c] = t < 0.08f ? 0 : heatColour(t);
            }
        }
        m_heatImage = image;
    }
    // Computed at another zoom (a zoom just happened): scaled until the new one is in.
    const double scale = std::ldexp(1.0, m_zoom - m_heatZoom);
    const QRectF target(m_heat.area.topLeft() * scale - topLeftWorld(), m_heat.area.size() * scale);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_heatImage);
    painter.restore();
}

void MapView::drawCandidateLines(QPainter &painter)
{
    if (m_candidateLines.isEmpty() || m_selectedOrder.isEmpty())
        return;
    const auto order = std::find_if(m_orders.begin(), m_orders.end(),
                                    [this](const MapOrder &o) { return o.id == m_selectedOrder; });
    if (order == m_orders.end())
        return;
    const QPointF from = toWidget(order->position);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    painter.setFont(small);
    int rank = 0;
    for (const QString &id : m_candidateLines) {
        ++rank;
        const MapTechnician *tech = findTechnician(id);
        if (!tech)
            continue;
        const QPointF to = toWidget(tech->position);
        QColor line = Theme::accent();
        line.setAlpha(rank == 1 ? 230 : 140);
        painter.setPen(QPen(line, rank == 1 ? 2.5 : 1.5, rank == 1 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(from, to);
        const QRectF badge(to + QPointF(6, -16), QSizeF(14, 14));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Theme::accent());
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, QString::number(rank));
    }
}

void MapView::drawHeadings(QPainter &painter)
{
    const QRectF view = rect();
    QColor colour = Theme::accent();
    colour.setAlpha(170);
    painter.setPen(QPen(colour, 1.5, Qt::DotLine));
    for (const MapTechnician &tech : m_technicians) {
        if (!tech.heading)
            continue;
        const QPointF from = toWidget(tech.position);
        const QPointF to = toWidget(tech.headingTo);
        if (!view.intersects(QRectF(from, to).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        painter.drawLine(from, to);
    }
}

void MapView::drawOverlays(QPainter &painter)
{
    // Star levels, from street zoom on (fewer technicians in view).
    if (m_zoom >= 14) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.75);
        painter.setFont(small);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        for (const MapTechnician &tech : m_technicians) {
            const QPointF at = toWidget(tech.position);
            if (rect().contains(at.toPoint()))
                painter.drawText(at + QPointF(8, 4), QStringLiteral("★%1").arg(tech.starLevel));
        }
    }
    // Technicians reporting from outside their service area.
    const QRectF view = rect().adjusted(-10, -10, 10, 10);
    painter.setBrush(Qt::NoBrush);
    for (const MapTechnician &tech : m_technicians) {
        if (!tech.anomaly)
            continue;
        const QPointF at = toWidget(tech.position);
        if (!view.contains(at))
            continue;
        painter.setPen(QPen(Theme::danger(), 2, Qt::DotLine));
        painter.drawEllipse(at, 10.0, 10.0);
    }
    if (!m_dropTechnician.isEmpty())
        if (const MapTechnician *tech = findTechnician(m_dropTechnician)) {
            painter.setPen(QPen(Theme::success(), 3));
            painter.drawEllipse(toWidget(tech->position), 14.0, 14.0);
        }
    if (m_lassoing && m_lasso.size() > 1) {
        QColor fill = Theme::accent();
        fill.setAlpha(30);
        painter.setPen(QPen(Theme::accent(), 1.5, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawPolygon(m_lasso);
    }
}

void MapView::finishLasso()
{
    QStringList ids;
    if (m_lasso.size() >= 3) {
        const QRectF box = m_lasso.boundingRect();
        for (const MapOrder &order : m_orders) {
            const QPointF at = toWidget(order.position);
            if (box.contains(at) && m_lasso.containsPoint(at, Qt::OddEvenFill))
                ids.append(order.id);
        }
    }
    m_lasso.clear();
    update();
    Q_EMIT ordersLassoed(ids);
}

QString MapView::tooltipAt(QPointF widgetPixel) const
{
    if (const QString id = technicianAt(widgetPixel); !id.isEmpty()) {
        const MapTechnician *tech = findTechnician(id);
        return tech->label.isEmpty() ? tech->name : tech->label;
    }
    const int c = clusterAt(widgetPixel);
    if (c < 0) {
        // A square of the stepped heat layer: how many orders it holds.
        GeoRect bounds;
        float count = 0;
        if (m_heatVisible && m_heatStyle.steps > 0 && heatCellAt(widgetPixel, &bounds, &count) &&
            count >= 1)
            return tr("%n order(s) in this square; click to see them", nullptr,
                      int(std::lround(count)));
        return {};
    }
    const PointClusters::Cluster &cluster = m_clusters.clusters(m_zoom)[size_t(c)];
    if (cluster.count > 1)
        return tr("%n orders here; click to zoom in", nullptr, cluster.count);
    const MapOrder &order = m_orders[size_t(m_clusters.firstMember(m_zoom, c))];
    return order.label.isEmpty() ? order.id : order.label;
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture && m_interactive) {
        // Touchpad pinch: a doubling of the spread is one zoom level.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_pinchAccumulator += gesture->value();
            if (std::abs(m_pinchAccumulator) >= 0.5) {
                zoomAbout(m_zoom + (m_pinchAccumulator > 0 ? 1 : -1), gesture->position());
                m_pinchAccumulator = 0;
            }
            return true;
        }
        if (gesture->gestureType() == Qt::EndNativeGesture)
            m_pinchAccumulator = 0;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ordersMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString tech = event->mimeData()->hasFormat(ordersMimeType())
                             ? technicianAt(event->position(), 10)
                             : QString();
    if (tech != m_dropTechnician) {
        m_dropTechnician = tech;
        update();
    }
    if (tech.isEmpty())
        event->ignore(); // only a technician takes orders
    else
        event->acceptProposedAction();
}

void MapView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropTechnician.clear();
    update();
}

void MapView::dropEvent(QDropEvent *event)
{
    m_dropTechnician.clear();
    update();
    const QStringList ids = ordersFromMimeData(event->mimeData());
    const QString tech = technicianAt(event->position(), 10);
    if (ids.isEmpty() || tech.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT ordersDropped(ids, tech);
}

} // namespace OpsDesk
