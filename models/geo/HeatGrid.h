#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace OpsDesk {

// The hot-area heat map's numbers: how many points fall near each cell of a
// grid laid over a rectangle (world pixels of one zoom), smoothed with a
// small kernel so that a dense street reads as a warm patch rather than
// single specks. Pure and thread-safe: the map computes it on a worker
// thread and only colours the result.
struct HeatGrid
{
    int columns = 0;
    int rows = 0;
    QRectF area;                // world pixels covered
    std::vector<float> density; // rows × columns, row-major, smoothed counts
    float peak = 0;             // the largest density (0 when empty)
    int points = 0;             // points inside the area
    double cellPixels = 0;      // the side of a cell in world pixels

    bool isEmpty() const { return points == 0; }
    float at(int column, int row) const { return density[size_t(row * columns + column)]; }

    // `points` in world pixels of the same zoom as `area`; `cellPixels` the
    // size of a cell; `radiusCells` the smoothing radius (a cone kernel).
    static HeatGrid compute(const std::vector<QPointF> &points, const QRectF &area,
                            double cellPixels, int radiusCells = 3);

    // The world-pixel rectangle of a cell.
    QRectF cellRect(int column, int row) const;

    // Colour steps for a grid of plain counts (radius 0): the lowest count of
    // each of at most `steps` steps, on a logarithmic scale from 1 to `peak`
    // (peak 100, 5 steps: 1, 3, 6, 16, 40), strictly increasing, so a cell
    // of a few orders still shows and the busiest stand apart. Fewer steps
    // when the peak is small (peak 3: 1, 2, 3); none when it is below 1.
    static std::vector<int> stepThresholds(float peak, int steps);
    // The step a density falls in, -1 below the first.
    static int stepOf(float density, const std::vector<int> &thresholds);
};

} // namespace OpsDesk
