// map.frame_20k: one frame of the map widget (1400 × 850, offscreen, zoom
// 12 over Shanghai, basemap tiles already rendered once) with the 20,000
// orders clustered and 5,000 technicians, painted into an image.
//
// map.frame_20k_gcj02: the same frame with a tile source that loads (not
// the built-in basemap) and draws in GCJ-02, every visible tile already
// loaded: the path of online and MBTiles sources, markers converted.
//
// map.recluster: 20,000 order markers over Shanghai; after a zoom, the
// clusters of the new zoom inside a 1400 × 850 viewport. Measured the
// conservative way: the clustering of every zoom level is rebuilt from the
// points (what happens off the GUI thread when the orders change) and then
// the new zoom's visible clusters are taken.
//
// map.heatmap_20k: the hot-area heat map's grid for 20,000 orders over
// three views each way around a 1400 × 850 view at zoom 12 (what the worker
// thread computes after a zoom or a change of the orders).
#include "bench/Bench.h"
#include "models/geo/HeatGrid.h"
#include "models/geo/PointClusters.h"
#include "models/geo/WebMercator.h"
#include "services/tiles/TileSource.h"
#include "ui/map/MapView.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace OpsDesk;

namespace {

const std::vector<GeoPoint> &orders()
{
    static const std::vector<GeoPoint> points = [] {
        std::vector<GeoPoint> out;
        QRandomGenerator rng(20261122);
        for (int i = 0; i < 20000; ++i) {
            // Denser in the centre, as orders are.
            const double r = std::pow(rng.generateDouble(), 1.5) * 0.35;
            const double a = rng.generateDouble() * 6.283185307179586;
            out.push_back({31.23 + r * std::sin(a), 121.47 + r * 1.15 * std::cos(a)});
        }
        return out;
    }();
    return points;
}

double recluster()
{
    static int zoom = 10;
    zoom = zoom >= 16 ? 10 : zoom + 1;
    QElapsedTimer timer;
    timer.start();
    const PointClusters clusters = PointClusters::build(orders());
    const QPointF centre = WebMercator::toWorldPixel({31.23, 121.47}, zoom);
    const auto visible =
        clusters.clustersIn(zoom, QRectF(centre - QPointF(700, 425), QSizeF(1400, 850)));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return visible.empty() ? -1 : ms;
}

double heatmap()
{
    QElapsedTimer timer;
    timer.start();
    std::vector<QPointF> world;
    world.reserve(orders().size());
    for (const GeoPoint &p : orders())
        world.push_back(WebMercator::toWorldPixel(p, 12));
    const QPointF centre = WebMercator::toWorldPixel({31.23, 121.47}, 12);
    const QRectF view(centre - QPointF(700, 425), QSizeF(1400, 850));
    const HeatGrid grid = HeatGrid::compute(world, view.adjusted(-1400, -850, 1400, 850), 6, 4);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return grid.points > 0 ? ms : -1;
}

// Tiles of one colour, loaded on the next turn of the event loop, drawn
// in GCJ-02.
class PlainGcjSource : public TileSource
{
public:
    QString key() const override { return QStringLiteral("bench-gcj02"); }
    QString attribution() const override { return QStringLiteral("bench"); }
    CoordinateSystem coordinateSystem() const override { return CoordinateSystem::Gcj02; }

protected:
    void startLoad(const TileId &tile) override
    {
        QTimer::singleShot(0, this, [this, tile] {
            QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
            image.fill(QColor(0xf2, 0xef, 0xe9));
            finishLoad(tile, image);
        });
    }
};

double frameWith(MapView *map)
{
    static QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    map->render(&image);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return map->drawnOrderMarkers() > 0 && map->drawnTechnicians() > 0 ? ms : -1;
}

MapView *benchMap(std::shared_ptr<TileSource> source)
{
    auto *view = new MapView; // lives until the process ends
    if (source)
        view->setTileSource(std::move(source));
    view->resize(1400, 850);
    view->setZoom(12);
    view->setCenter({31.23, 121.47});
    std::vector<MapOrder> list;
    const auto &points = orders();
    for (size_t i = 0; i < points.size(); ++i)
        list.push_back({QStringLiteral("O%1").arg(i), points[i],
                        i % 3 ? QStringLiteral("awaiting_dispatch") : QStringLiteral("assigned"),
                        i % 17 == 0});
    view->setOrders(std::move(list));
    view->waitForLayers(); // 20,000 orders cluster on a worker
    std::vector<MapTechnician> techs;
    QRandomGenerator rng(5);
    const char *statuses[] = {"online", "busy", "offline"};
    for (int i = 0; i < 5000; ++i)
        techs.push_back({QStringLiteral("T%1").arg(i),
                         QString(),
                         {31.23 + (rng.generateDouble() - 0.5) * 0.7,
                          121.47 + (rng.generateDouble() - 0.5) * 0.8},
                         QString::fromLatin1(statuses[i % 3]),
                         1 + i % 5});
    view->setTechnicians(std::move(techs));
    QImage warm(view->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 10; ++i) {
        view->render(&warm); // every visible tile rendered (or loaded) once
        QCoreApplication::processEvents();
    }
    return view;
}

double frame()
{
    static MapView *map = benchMap(nullptr);
    return frameWith(map);
}

double frameGcj02()
{
    static MapView *map = benchMap(std::make_shared<PlainGcjSource>());
    return frameWith(map);
}

} // namespace

OPSDESK_BENCHMARK(.name = QStringLiteral("map.frame_20k"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("One map frame at city zoom, 20,000 orders + "
                                                "5,000 technicians, offscreen"),
                  .repetitions = 51, .run = frame);
OPSDESK_BENCHMARK(.name = QStringLiteral("map.heatmap_20k"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("Heat-map grid of 20,000 orders over 3 × 3 "
                                                "views at zoom 12 (worker thread)"),
                  .repetitions = 21, .run = heatmap);
OPSDESK_BENCHMARK(.name = QStringLiteral("map.frame_20k_gcj02"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("The same frame from a loading tile source in "
                                                "GCJ-02, tiles in memory"),
                  .repetitions = 51, .run = frameGcj02);
OPSDESK_BENCHMARK(.name = QStringLiteral("map.recluster"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("20,000 orders: clusters of every zoom rebuilt, "
                                                "then the new zoom's visible ones"),
                  .repetitions = 21, .run = recluster);
