#include "models/geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace OpsDesk::WebMercator {

double clampLatitude(double lat)
{
    return std::clamp(lat, -MaxLatitude, MaxLatitude);
}

int tileCount(int z)
{
    return 1 << z;
}

double worldSize(int z)
{
    return std::ldexp(double(TileSize), z);
}

bool isValidTile(const TileId &tile)
{
    if (tile.z < 0 || tile.z > 30)
        return false;
    const int n = tileCount(tile.z);
    return tile.x >= 0 && tile.x < n && tile.y >= 0 && tile.y < n;
}

QPointF toWorldPixel(GeoPoint point, int z)
{
    const double size = worldSize(z);
    const double lat = clampLatitude(point.lat) * std::numbers::pi / 180.0;
    const double x = (point.lng + 180.0) / 360.0 * size;
    const double y = (1.0 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2.0 * size;
    return {x, y};
}

GeoPoint fromWorldPixel(QPointF pixel, int z)
{
    const double size = worldSize(z);
    const double lng = pixel.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * pixel.y() / size);
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {clampLatitude(lat), lng};
}

TileId tileAt(GeoPoint point, int z)
{
    const QPointF pixel = toWorldPixel(point, z);
    const int last = tileCount(z) - 1;
    const auto index = [last](double v) {
        return std::clamp(static_cast<int>(std::floor(v / TileSize)), 0, last);
    };
    return {z, index(pixel.x()), index(pixel.y())};
}

QPointF tileOrigin(const TileId &tile)
{
    return {double(tile.x) * TileSize, double(tile.y) * TileSize};
}

GeoRect tileBounds(const TileId &tile)
{
    const QPointF origin = tileOrigin(tile);
    return GeoRect::fromCorners(fromWorldPixel(origin, tile.z),
                                fromWorldPixel(origin + QPointF(TileSize, TileSize), tile.z));
}

int tmsY(int z, int y)
{
    return tileCount(z) - 1 - y;
}

double metersPerPixel(double lat, int z)
{
    const double circumference = 2.0 * std::numbers::pi * EarthRadiusMeters;
    return std::cos(clampLatitude(lat) * std::numbers::pi / 180.0) * circumference / worldSize(z);
}

} // namespace OpsDesk::WebMercator
