// Map marker clustering: counts add up at every zoom, levels nest, a click
// on a cluster zooms to where it falls apart, members are the right points.
#include "models/geo/PointClusters.h"
#include "models/geo/WebMercator.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <set>

using namespace OpsDesk;

namespace {

std::vector<GeoPoint> shanghai(int n)
{
    QRandomGenerator rng(7);
    std::vector<GeoPoint> points;
    for (int i = 0; i < n; ++i)
        points.push_back({31.0 + rng.generateDouble() * 0.5, 121.2 + rng.generateDouble() * 0.6});
    return points;
}

} // namespace

TEST(PointClusters, CountsAreConservedAndLevelsNest)
{
    const std::vector<GeoPoint> points = shanghai(5000);
    const PointClusters clusters = PointClusters::build(points);
    EXPECT_EQ(clusters.pointCount(), 5000);
    size_t previous = 0;
    for (int zoom = PointClusters::MinZoom; zoom <= PointClusters::MaxZoom; ++zoom) {
        const auto &level = clusters.clusters(zoom);
        int sum = 0;
        std::set<int> seen;
        for (int c = 0; c < int(level.size()); ++c) {
            sum += level[size_t(c)].count;
            for (int member : clusters.members(zoom, c))
                EXPECT_TRUE(seen.insert(member).second) << "a point in two clusters";
            if (zoom < PointClusters::MaxZoom) {
                // Children at the next zoom add up to the cluster.
                int children = 0;
                const auto &next = clusters.clusters(zoom + 1);
                for (int k = 0; k < level[size_t(c)].childCount; ++k)
                    children += next[size_t(level[size_t(c)].firstChild + k)].count;
                EXPECT_EQ(children, level[size_t(c)].count);
            }
        }
        EXPECT_EQ(sum, 5000) << "zoom " << zoom;
        EXPECT_EQ(seen.size(), 5000u);
        EXPECT_GE(level.size(), previous) << "more zoom, never fewer markers";
        previous = level.size();
    }
    // Zoomed out the city is a handful of markers; zoomed in nearly one each.
    EXPECT_LE(clusters.clusters(8).size(), 9u); // about 110 × 110 px: at most 3 × 3 cells
    EXPECT_GT(clusters.clusters(17).size(), 4900u);
}

TEST(PointClusters, ACellsPointsAreCloseAndTheMarkerIsTheirMean)
{
    const std::vector<GeoPoint> points = shanghai(2000);
    const PointClusters clusters = PointClusters::build(points);
    const int zoom = 12;
    for (int c = 0; c < int(clusters.clusters(zoom).size()); ++c) {
        const auto &cluster = clusters.clusters(zoom)[size_t(c)];
        QPointF sum;
        for (int member : clusters.members(zoom, c)) {
            const QPointF p = WebMercator::toWorldPixel(points[size_t(member)], zoom);
            sum += p;
            EXPECT_LT(std::abs(p.x() - cluster.worldPixel.x()), PointClusters::CellPixels);
            EXPECT_LT(std::abs(p.y() - cluster.worldPixel.y()), PointClusters::CellPixels);
        }
        EXPECT_NEAR(sum.x() / cluster.count, cluster.worldPixel.x(), 1e-6);
        EXPECT_NEAR(sum.y() / cluster.count, cluster.worldPixel.y(), 1e-6);
    }
}

TEST(PointClusters, ExpansionZoomIsWhereTheClusterFallsApart)
{
    std::vector<GeoPoint> points = shanghai(3000);
    // Two orders at the very same address never come apart.
    points.push_back({31.2, 121.5});
    points.push_back({31.2, 121.5});
    const PointClusters clusters = PointClusters::build(points);
    for (int zoom : {6, 10, 13}) {
        const auto &level = clusters.clusters(zoom);
        for (int c = 0; c < int(level.size()); ++c) {
            if (level[size_t(c)].count < 2)
                continue;
            const int expand = clusters.expansionZoom(zoom, c);
            ASSERT_GT(expand, zoom);
            if (expand > PointClusters::MaxZoom)
                continue;
            // At that zoom its members are in at least two clusters; one
            // zoom earlier still in one.
            std::set<int> members;
            for (int m : clusters.members(zoom, c))
                members.insert(m);
            int holding = 0;
            const auto &at = clusters.clusters(expand);
            for (int k = 0; k < int(at.size()); ++k) {
                const auto in = clusters.members(expand, k);
                if (!in.empty() && members.count(in.front()))
                    ++holding;
            }
            EXPECT_GE(holding, 2) << "zoom " << zoom << " cluster " << c;
        }
    }
    // The two identical points: one cluster even at the deepest zoom.
    const auto &deepest = clusters.clusters(PointClusters::MaxZoom);
    bool foundPair = false;
    for (int c = 0; c < int(deepest.size()); ++c)
        if (deepest[size_t(c)].count == 2) {
            EXPECT_EQ(clusters.expansionZoom(PointClusters::MaxZoom, c),
                      PointClusters::MaxZoom + 1);
            foundPair = true;
        }
    EXPECT_TRUE(foundPair);
}

TEST(PointClusters, ViewQueriesAndEmptyInput)
{
    const PointClusters empty = PointClusters::build({});
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_TRUE(empty.clusters(10).empty());
    EXPECT_TRUE(empty.clustersIn(10, QRectF(0, 0, 1e9, 1e9)).empty());

    const std::vector<GeoPoint> points = shanghai(1000);
    const PointClusters clusters = PointClusters::build(points);
    const int zoom = 12;
    const QPointF centre = WebMercator::toWorldPixel({31.25, 121.5}, zoom);
    const QRectF view(centre - QPointF(400, 300), QSizeF(800, 600));
    const auto visible = clusters.clustersIn(zoom, view);
    EXPECT_FALSE(visible.empty());
    EXPECT_LT(visible.size(), clusters.clusters(zoom).size());
    for (int c : visible)
        EXPECT_TRUE(view.contains(clusters.clusters(zoom)[size_t(c)].worldPixel));
    // Out-of-range zooms are clamped, out-of-range clusters answer nothing.
    EXPECT_EQ(clusters.clusters(1).size(), clusters.clusters(PointClusters::MinZoom).size());
    EXPECT_TRUE(clusters.members(zoom, -1).empty());
}
