#pragma once

#include "models/geo/GeoTypes.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace OpsDesk {

// Map markers grouped per zoom level: at each zoom, points whose Web
// Mercator pixels fall into the same square cell (CellPixels wide) form one
// cluster drawn at their mean position with their count. Cells of zoom z-1
// are exactly 2 × 2 cells of zoom z, so the levels nest: a cluster's
// children at the next zoom are its parts, counts add up at every level, and
// a click on a cluster zooms to expansionZoom(), the first level at which it
// falls apart.
//
// build() does all the work (about 20–30 ms for 20,000 points on every
// level); it is a value, so it can be built in a worker thread and handed to
// the GUI. Queries are cheap.
class PointClusters
{
public:
    static constexpr int CellPixels = 64;
    static constexpr int MinZoom = 3;
    static constexpr int MaxZoom = 18;

    struct Cluster
    {
        QPointF worldPixel; // mean position, world pixels at this zoom
        GeoPoint center;
        int count = 0;
        int firstChild = -1; // index range at zoom + 1 (none at MaxZoom)
        int childCount = 0;
        int firstPoint = -1; // range in pointOrder()
    };

    PointClusters() = default;
    // `points` in WGS-84; cluster members are indices into it.
    static PointClusters build(const std::vector<GeoPoint> &points);

    bool isEmpty() const { return m_pointCount == 0; }
    int pointCount() const { return m_pointCount; }
    // Every cluster of a zoom (clamped to MinZoom…MaxZoom).
    const std::vector<Cluster> &clusters(int zoom) const;
    // Those whose position lies in `worldRect` (world pixels at `zoom`).
    std::vector<int> clustersIn(int zoom, const QRectF &worldRect) const;
    // The zoom at which the cluster shows as more than one marker; MaxZoom + 1
    // when its points share one place.
    int expansionZoom(int zoom, int cluster) const;
    // The indices of the cluster's points.
    std::vector<int> members(int zoom, int cluster) const;
    // The first of them (the only one of a single marker), without copying.
    int firstMember(int zoom, int cluster) const
    {
        return m_order[size_t(clusters(zoom)[size_t(cluster)].firstPoint)];
    }

private:
    int m_pointCount = 0;
    std::vector<std::vector<Cluster>> m_levels; // MinZoom … MaxZoom
    std::vector<int> m_order;                   // point indices, grouped by cluster
};

} // namespace OpsDesk
