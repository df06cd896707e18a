// map.recluster: 20,000 order markers over Shanghai; after a zoom, the
// clusters of the new zoom inside a 1400 × 850 viewport. Measured the
// conservative way: the clustering of every zoom level is rebuilt from the
// points (what happens off the GUI thread when the orders change) and then
// the new zoom's visible clusters are taken.
#include "bench/Bench.h"
#include "models/geo/PointClusters.h"
#include "models/geo/WebMercator.h"

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

} // namespace

OPSDESK_BENCHMARK(.name = QStringLiteral("map.recluster"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("20,000 orders: clusters of every zoom rebuilt, "
                                                "then the new zoom's visible ones"),
                  .repetitions = 21, .run = recluster);
