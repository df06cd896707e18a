#include "models/geo/PointClusters.h"

#include "models/geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace OpsDesk {

namespace {

// Interleaves the bits of x and y (each below 2^32): a Z-order key. Cells of
// the same parent share the key shifted right by two bits per level, so
// sorting by it keeps every level's children together.
quint64 spread(quint64 v)
{
    v &= 0xffffffffULL;
    v = (v | v << 16) & 0x0000ffff0000ffffULL;
    v = (v | v << 8) & 0x00ff00ff00ff00ffULL;
    v = (v | v << 4) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | v << 2) & 0x3333333333333333ULL;
    v = (v | v << 1) & 0x5555555555555555ULL;
    return v;
}

quint64 morton(quint64 x, quint64 y)
{
    return spread(x) | spread(y) << 1;
}

} // namespace

PointClusters PointClusters::build(const std::vector<GeoPoint> &points)
{
    PointClusters result;
    result.m_pointCount = int(points.size());
    result.m_levels.assign(MaxZoom - MinZoom + 1, {});
    if (points.empty())
        return result;

    // World pixels at MaxZoom and the Z-order key of each point's cell.
    std::vector<QPointF> pixels(points.size());
    std::vector<quint64> keys(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        pixels[i] = WebMercator::toWorldPixel(points[i], MaxZoom);
        const auto cx = quint64(std::max(0.0, std::floor(pixels[i].x() / CellPixels)));
        const auto cy = quint64(std::max(0.0, std::floor(pixels[i].y() / CellPixels)));
        keys[i] = morton(cx, cy);
    }
    result.m_order.resize(points.size());
    std::iota(result.m_order.begin(), result.m_order.end(), 0);
    std::sort(result.m_order.begin(), result.m_order.end(),
              [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });

    // MaxZoom: runs of equal keys. Sums are kept at MaxZoom's scale.
    struct Work
    {
        quint64 key;
        double sumX;
        double sumY;
    };
    std::vector<Work> work;
    std::vector<Cluster> &top = result.m_levels.back();
    for (size_t i = 0; i < result.m_order.size();) {
        const quint64 key = keys[size_t(result.m_order[i])];
        Cluster c;
        c.firstPoint = int(i);
        Work w{key, 0, 0};
        while (i < result.m_order.size() && keys[size_t(result.m_order[i])] == key) {
            const QPointF &p = pixels[size_t(result.m_order[i])];
            w.sumX += p.x();
            w.sumY += p.y();
            ++c.count;
            ++i;
        }
        top.push_back(c);
        work.push_back(w);
    }

    // Each lower level: runs of equal parent keys over the level above.
    for (int zoom = MaxZoom; zoom >= MinZoom; --zoom) {
        std::vector<Cluster> &level = result.m_levels[size_t(zoom - MinZoom)];
        const double scale = std::ldexp(1.0, zoom - MaxZoom);
        for (size_t c = 0; c < level.size(); ++c) {
            const QPointF mean(work[c].sumX / level[c].count, work[c].sumY / level[c].count);
            level[c].center = WebMercator::fromWorldPixel(mean, MaxZoom);
            level[c].worldPixel = mean * scale;
        }
        if (zoom == MinZoom)
            break;
        std::vector<Cluster> &parents = result.m_levels[size_t(zoom - 1 - MinZoom)];
        std::vector<Work> parentWork;
        for (size_t c = 0; c < level.size();) {
            const quint64 key = work[c].key >> 2;
            Cluster p;
            p.firstChild = int(c);
            p.firstPoint = level[c].firstPoint;
            Work w{key, 0, 0};
            while (c < level.size() && (work[c].key >> 2) == key) {
                p.count += level[c].count;
                ++p.childCount;
                w.sumX += work[c].sumX;
                w.sumY += work[c].sumY;
                ++c;
            }
            parents.push_back(p);
            parentWork.push_back(w);
        }
        work = std::move(parentWork);
    }
    return result;
}

const std::vector<PointClusters::Cluster> &PointClusters::clusters(int zoom) const
{
    static const std::vector<Cluster> none;
    if (m_levels.empty())
        return none;
    return m_levels[size_t(std::clamp(zoom, MinZoom, MaxZoom) - MinZoom)];
}

std::vector<int> PointClusters::clustersIn(int zoom, const QRectF &worldRect) const
{
    std::vector<int> found;
    const std::vector<Cluster> &level = clusters(zoom);
    for (int i = 0; i < int(level.size()); ++i)
        if (worldRect.contains(level[size_t(i)].worldPixel))
            found.push_back(i);
    return found;
}

int PointClusters::expansionZoom(int zoom, int cluster) const
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const std::vector<Cluster> *level = &clusters(zoom);
    if (cluster < 0 || cluster >= int(level->size()))
        return zoom;
    while (zoom < MaxZoom) {
        const Cluster &c = (*level)[size_t(cluster)];
        if (c.childCount > 1)
            return zoom + 1;
        cluster = c.firstChild;
        ++zoom;
        level = &clusters(zoom);
    }
    return MaxZoom + 1;
}

std::vector<int> PointClusters::members(int zoom, int cluster) const
{
    const std::vector<Cluster> &level = clusters(zoom);
    if (cluster < 0 || cluster >= int(level.size()))
        return {};
    const Cluster &c = level[size_t(cluster)];
    return {m_order.begin() + c.firstPoint, m_order.begin() + c.firstPoint + c.count};
}

} // namespace OpsDesk
