#include "ui/map/MapView.h"

#include "models/geo/ChinaCoordinates.h"
#include "models/geo/WebMercator.h"
#include "services/tiles/BasemapTileSource.h"
#include "services/tiles/TileSource.h"
#include "ui/style/Theme.h"

#include <QCache>
#include <QCoreApplication>
#include <QDrag>
#include <QElapsedTimer>
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

constexpr int BasemapSlot = 0;
constexpr qint64 FailedTileRestMs = 30000; // a failed tile is asked for again after this
constexpr int AncestorLevels = 4;          // how far up a missing tile's stand-in is looked for

// What every map of the process shares (GUI thread only): the tile images,
// 192 tiles (about 48 MB at most), keyed by source and tile; tiles that
// failed recently; the default source and the basemap every map falls back
// to; the maps, to switch them all when the default changes.
struct SharedTiles
{
    QCache<quint64, QImage> images{192};
    QHash<quint64, qint64> failedUntil; // → clock ms
    QHash<QString, int> slots{{QStringLiteral("basemap"), BasemapSlot}};
    QElapsedTimer clock;
    std::shared_ptr<TileSource> defaultSource;
    std::shared_ptr<TileSource> basemap;
    QList<MapView *> maps;
};

SharedTiles &shared()
{
    static SharedTiles tiles;
    if (!tiles.clock.isValid()) {
        tiles.clock.start();
        // Sources are QObjects (network managers): gone before the application is.
        qAddPostRoutine([] {
            shared().defaultSource.reset();
            shared().basemap.reset();
        });
    }
    return tiles;
}

TileSource *basemapSource()
{
    SharedTiles &s = shared();
    if (!s.basemap)
        s.basemap = std::make_shared<BasemapTileSource>();
    return s.basemap.get();
}

// A small number per source key (the basemap is 0): the top byte of the
// cache key.
int slotFor(const QString &sourceKey)
{
    SharedTiles &s = shared();
    auto it = s.slots.constFind(sourceKey);
    if (it != s.slots.constEnd())
        return *it;
    if (s.slots.size() >= 255) { // many sources over a long run: start over
        s.slots = {{QStringLiteral("basemap"), BasemapSlot}};
        s.images.clear();
        s.failedUntil.clear();
    }
    const int slot = int(s.slots.size());
    s.slots.insert(sourceKey, slot);
    return slot;
}

quint64 cacheKey(int slot, const TileId &tile)
{
    return (quint64(slot) << 56) | TileSource::tileKey(tile);
}

bool failedRecently(quint64 key)
{
    SharedTiles &s = shared();
    auto it = s.failedUntil.find(key);
    if (it == s.failedUntil.end())
        return false;
    if (*it > s.clock.elapsed())
        return true;
    s.failedUntil.erase(it);
    return false;
}

// Draws the part of a tile `dz` levels up that covers the tile (x, y) of
// the view's zoom.
void drawScaled(QPainter &painter, QPointF at, const QImage &image, int dz, int x, int y)
{
    if (dz == 0) {
        painter.drawImage(at, image);
        return;
    }
    const int mask = (1 << dz) - 1;
    const double part = double(TileSize) / (1 << dz);
    painter.drawImage(QRectF(at, QSizeF(TileSize, TileSize)), image,
                      QRectF((x & mask) * part, (y & mask) * part, part, part));
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
        applyHeat(m_heatWatcher.result(), m_heatComputingZoom);
    });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    shared().maps.append(this);
    applyTileSource();
    setCenter({31.2304, 121.4737});
}

MapView::~MapView()
{
    shared().maps.removeOne(this);
    if (m_source)
        m_source->cancelAll(this);
}

int MapView::cachedTiles()
{
    return shared().images.count();
}

void MapView::setTileSource(std::shared_ptr<TileSource> source)
{
    m_ownSource = std::move(source);
    applyTileSource();
}

void MapView::setDefaultTileSource(std::shared_ptr<TileSource> source)
{
    SharedTiles &s = shared();
    s.defaultSource = std::move(source);
    for (MapView *map : std::as_const(s.maps))
        map->applyTileSource();
}

std::shared_ptr<TileSource> MapView::defaultTileSource()
{
    SharedTiles &s = shared();
    if (s.defaultSource)
        return s.defaultSource;
    basemapSource();
    return s.basemap;
}

GeoPoint MapView::toDisplay(GeoPoint wgs84) const
{
    return m_gcj02 ? ChinaCoordinates::wgs84ToGcj02(wgs84) : wgs84;
}

GeoPoint MapView::fromDisplay(GeoPoint display) const
{
    return m_gcj02 ? ChinaCoordinates::gcj02ToWgs84(display) : display;
}

void MapView::applyTileSource()
{
    std::shared_ptr<TileSource> next = m_ownSource ? m_ownSource : defaultTileSource();
    if (next == m_source)
        return;
    const bool hadSource = m_source != nullptr;
    const GeoPoint wasCentre = hadSource ? center() : GeoPoint{};
    if (m_source) {
        m_source->cancelAll(this);
        disconnect(m_source.get(), nullptr, this, nullptr);
    }
    m_source = std::move(next);
    m_sourceSlot = slotFor(m_source->key());
    m_requestedZoom = -1;
    m_lastTileError.clear();
    connect(m_source.get(), &TileSource::tileReady, this, &MapView::onTileReady);
    connect(m_source.get(), &TileSource::tileFailed, this, &MapView::onTileFailed);
    const bool gcj02 = m_source->coordinateSystem() == TileSource::CoordinateSystem::Gcj02;
    if (gcj02 != m_gcj02) {
        // Markers are kept in the tiles' datum: convert them once, now.
        m_gcj02 = gcj02;
        setOrders(m_pendingOrders.empty() ? std::exchange(m_orders, {})
                                          : std::exchange(m_pendingOrders, {}));
        setTechnicians(std::exchange(m_technicians, {}));
    }
    Q_EMIT tileSourceChanged();
    if (hadSource)
        setCenter(wasCentre); // the same place, in the new datum
    update();
}

void MapView::onTileReady(const TileId &tile, const QImage &image)
{
    SharedTiles &s = shared();
    const quint64 key = cacheKey(m_sourceSlot, tile);
    s.failedUntil.remove(key);
    m_lastTileError.clear();     // the source gives tiles again
    if (!s.images.contains(key)) // maps sharing the source each hear it
        s.images.insert(key, new QImage(image));
    // A tile of this view, or one that stands in for its tiles.
    const int sourceZoom = std::min(m_zoom, m_source->maxZoom());
    if (tile.z <= sourceZoom && tile.z >= sourceZoom - AncestorLevels)
        update();
}

void MapView::onTileFailed(const TileId &tile, const QString &error)
{
    SharedTiles &s = shared();
    s.failedUntil.insert(cacheKey(m_sourceSlot, tile), s.clock.elapsed() + FailedTileRestMs);
    m_lastTileError = error;
    update();
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
        points.push_back(toDisplay(order.position)); // the tiles' datum
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
    m_technicianWorld.clear();
    m_technicianWorld.reserve(m_technicians.size());
    for (const MapTechnician &tech : m_technicians)
        m_technicianWorld.push_back(WebMercator::toWorldPixel(toDisplay(tech.position), 0));
    update();
}

void MapView::setCenter(GeoPoint center)
{
    m_centerWorld = WebMercator::toWorldPixel(toDisplay(center), m_zoom);
    update();
    Q_EMIT viewChanged();
}

GeoPoint MapView::center() const
{
    return fromDisplay(WebMercator::fromWorldPixel(m_centerWorld, m_zoom));
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
    // Not laid out yet (a map made before its window is shown): fit again
    // once it has its size.
    m_pendingFit = isVisible() ? GeoRect{} : bounds;
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_pendingFit.isEmpty())
        fitBounds(m_pendingFit); // pending again until the map is visible
}

QPointF MapView::topLeftWorld() const
{
    return m_centerWorld - QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapView::toWidget(GeoPoint point) const
{
    return WebMercator::toWorldPixel(toDisplay(point), m_zoom) - topLeftWorld();
}

GeoPoint MapView::toGeo(QPointF widgetPixel) const
{
    return fromDisplay(WebMercator::fromWorldPixel(widgetPixel + topLeftWorld(), m_zoom));
}

void MapView::zoomAbout(int zoom, QPointF widgetPixel)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    // The point under the pointer stays under it (world pixels scale by
    // 2^dz in Web Mercator, whatever the datum).
    const QPointF anchorWorld = (widgetPixel + topLeftWorld()) * std::ldexp(1.0, zoom - m_zoom);
    m_zoom = zoom;
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

const QImage *MapView::tile(int slot, TileSource *source, const TileId &tile, bool mayRender)
{
    SharedTiles &s = shared();
    const quint64 key = cacheKey(slot, tile);
    if (const QImage *cached = s.images.object(key))
        return cached;
    if (!mayRender || !source->rendersNow())
        return nullptr;
    if (m_renderBudget <= 0) {
        m_moreTilesPending = true;
        return nullptr;
    }
    --m_renderBudget;
    s.images.insert(key, new QImage(source->renderNow(tile)));
    return s.images.object(key);
}

const QImage *MapView::ancestor(int slot, int x, int y, int minDz, int maxDz, int *dz) const
{
    for (int d = minDz; d <= maxDz && m_zoom - d >= 0; ++d)
        if (const QImage *image =
                shared().images.object(cacheKey(slot, TileId{m_zoom - d, x >> d, y >> d}))) {
            *dz = d;
            return image;
        }
    return nullptr;
}

void MapView::drawTiles(QPainter &painter)
{
    const QPointF origin = topLeftWorld();
    const int count = WebMercator::tileCount(m_zoom);
    const int x0 = std::max(0, int(std::floor(origin.x() / TileSize)));
    const int y0 = std::max(0, int(std::floor(origin.y() / TileSize)));
    const int x1 = std::min(count - 1, int(std::floor((origin.x() + width()) / TileSize)));
    const int y1 = std::min(count - 1, int(std::floor((origin.y() + height()) / TileSize)));
    // Centre first: the tiles nearest the middle are rendered (or asked
    // for) first.
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

    TileSource *source = m_source.get();
    const bool direct = source->rendersNow();
    const bool usable = source->errorString().isEmpty() && m_zoom >= source->minZoom();
    // Past the source's last zoom its deepest tiles are scaled up.
    const int sourceZoom = std::min(m_zoom, source->maxZoom());
    const int over = m_zoom - sourceZoom;
    if (!direct && usable && m_requestedZoom != sourceZoom) {
        source->cancelOtherZooms(sourceZoom, this); // the view zoomed: older requests are stale
        m_requestedZoom = sourceZoom;
    }
    QList<TileId> wanted;
    for (const Slot &slot : slots) {
        const QPointF at = QPointF(slot.x * TileSize, slot.y * TileSize) - origin;
        int dz = 0;
        if (usable) {
            const TileId want{sourceZoom, slot.x >> over, slot.y >> over};
            if (const QImage *image = tile(m_sourceSlot, source, want, true)) {
                drawScaled(painter, at, *image, over, slot.x, slot.y);
                continue;
            }
            if (!direct && !failedRecently(cacheKey(m_sourceSlot, want))) {
                source->request(want, slot.distance, this);
                wanted.append(want);
            }
            // Not there yet: the parent's quarter (or a further ancestor's
            // part), scaled up.
            if (const QImage *image =
                    ancestor(m_sourceSlot, slot.x, slot.y, over + 1, over + AncestorLevels, &dz)) {
                drawScaled(painter, at, *image, dz, slot.x, slot.y);
                continue;
            }
            if (m_sourceSlot == BasemapSlot)
                continue;
        }
        // Otherwise the district basemap, never a blank map.
        if (const QImage *image =
                tile(BasemapSlot, basemapSource(), TileId{m_zoom, slot.x, slot.y}, true))
            painter.drawImage(at, *image);
        else if (const QImage *image =
                     ancestor(BasemapSlot, slot.x, slot.y, 1, AncestorLevels, &dz))
            drawScaled(painter, at, *image, dz, slot.x, slot.y);
    }
    if (!direct)
        source->cancelStale(wanted, this); // tiles panned out of view
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
    for (size_t i = 0; i < m_technicians.size(); ++i) {
        const MapTechnician &tech = m_technicians[i];
        // Zoom-0 world pixels kept since setTechnicians: this loop runs for
        // every technician each frame.
        const QPointF at = m_technicianWorld[i] * scale - origin;
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

    QString attribution = m_source->attribution();
    if (!m_source->errorString().isEmpty())
        attribution = tr("Map tiles unavailable (%1); the district basemap is shown")
                          .arg(m_source->errorString());
    else if (!m_lastTileError.isEmpty())
        attribution += tr(" · some tiles could not be loaded");
    attribution =
        painter.fontMetrics().elidedText(attribution, Qt::ElideMiddle, std::max(40, width() - 40));
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
    if (best < 0) {
        GeoRect bounds;
        float count = 0;
        if (m_heatVisible && m_heatStyle.steps > 0 && heatCellAt(widgetPixel, &bounds, &count) &&
            count >= 1)
            Q_EMIT heatCellClicked(bounds, int(std::lround(count)));
        return;
    }
    const auto &level = m_clusters.clusters(m_zoom);
    if (level[size_t(best)].count > 1) {
        // A cluster: zoom in to where it falls apart, centred on it.
        const GeoPoint at = fromDisplay(level[size_t(best)].center);
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
