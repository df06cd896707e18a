#include "models/geo/HeatGrid.h"

#include <algorithm>
#include <cmath>

namespace OpsDesk {

HeatGrid HeatGrid::compute(const std::vector<QPointF> &points, const QRectF &area,
                           double cellPixels, int radiusCells)
{
    HeatGrid grid;
    if (area.isEmpty() || cellPixels <= 0)
        return grid;
    grid.area = area;
    grid.cellPixels = cellPixels;
    grid.columns = std::max(1, int(std::ceil(area.width() / cellPixels)));
    grid.rows = std::max(1, int(std::ceil(area.height() / cellPixels)));
    std::vector<float> counts(size_t(grid.columns) * size_t(grid.rows), 0.0f);
    for (const QPointF &p : points) {
        if (!area.contains(p))
            continue;
        const int c = std::min(grid.columns - 1, int((p.x() - area.left()) / cellPixels));
        const int r = std::min(grid.rows - 1, int((p.y() - area.top()) / cellPixels));
        counts[size_t(r * grid.columns + c)] += 1.0f;
        ++grid.points;
    }
    grid.density.assign(counts.size(), 0.0f);
    if (grid.points == 0)
        return grid;
    // A cone kernel, separable enough for a few thousand cells: each
    // non-empty cell spreads its count to the cells within the radius.
    const int radius = std::max(0, radiusCells);
    std::vector<float> kernel;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const double d = std::hypot(dx, dy);
            kernel.push_back(d > radius + 0.5 ? 0.0f : float(1.0 - d / (radius + 1.0)));
        }
    const int side = 2 * radius + 1;
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            const float count = counts[size_t(r * grid.columns + c)];
            if (count == 0.0f)
                continue;
            for (int dy = -radius; dy <= radius; ++dy) {
                const int rr = r + dy;
                if (rr < 0 || rr >= grid.rows)
                    continue;
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int cc = c + dx;
                    if (cc < 0 || cc >= grid.columns)
                        continue;
                    grid.density[size_t(rr * grid.columns + cc)] +=
                        count * kernel[size_t((dy + radius) * side + dx + radius)];
                }
            }
        }
    grid.peak = *std::max_element(grid.density.begin(), grid.density.end());
    return grid;
}

QRectF HeatGrid::cellRect(int column, int row) const
{
    return {area.left() + column * cellPixels, area.top() + row * cellPixels, cellPixels,
            cellPixels};
}

std::vector<int> HeatGrid::stepThresholds(float peak, int steps)
{
    std::vector<int> thresholds;
    const int top = int(std::floor(peak + 1e-4f));
    if (top < 1 || steps < 1)
        return thresholds;
    for (int k = 0; k < steps; ++k) {
        const int at = int(std::lround(std::pow(double(top), double(k) / steps)));
        const int next = thresholds.empty() ? 1 : std::max(at, thresholds.back() + 1);
        if (next > top)
            break;
        thresholds.push_back(next);
    }
    return thresholds;
}

int HeatGrid::stepOf(float density, const std::vector<int> &thresholds)
{
    int step = -1;
    for (size_t k = 0; k < thresholds.size() && density + 1e-4f >= float(thresholds[k]); ++k)
        step = int(k);
    return step;
}

} // namespace OpsDesk
