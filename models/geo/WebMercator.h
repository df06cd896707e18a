#pragma once

#include "models/geo/GeoTypes.h"

#include <QPointF>

namespace OpsDesk {

// A tile address in the XYZ scheme (row 0 at the north), as used by
// OpenStreetMap, our server's /tiles endpoint and most tile servers.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &, const TileId &) = default;
};

// Spherical Web Mercator (EPSG:3857) with 256-pixel tiles. "World pixels" at
// zoom z run from 0 to 256 * 2^z in both axes, x east and y south, with (0, 0)
// at 180°W / 85.0511°N. Latitudes are clamped to +/- MaxLatitude.
namespace WebMercator {

inline constexpr int TileSize = 256;
inline constexpr double MaxLatitude = 85.05112877980659;
// The WGS-84 semi-major axis: the sphere radius of EPSG:3857.
inline constexpr double EarthRadiusMeters = 6378137.0;

double clampLatitude(double lat);
// The number of tiles along one axis at zoom z: 2^z.
int tileCount(int z);
// The world size in pixels at zoom z: 256 * 2^z.
double worldSize(int z);
bool isValidTile(const TileId &tile);

QPointF toWorldPixel(GeoPoint point, int z);
GeoPoint fromWorldPixel(QPointF pixel, int z);

// The tile that contains the point (points on the world's edge belong to the
// last tile).
TileId tileAt(GeoPoint point, int z);
// The tile's geographic extent, north-west corner to south-east corner.
GeoRect tileBounds(const TileId &tile);
// The tile's top-left corner in world pixels.
QPointF tileOrigin(const TileId &tile);

// XYZ <-> TMS row (TMS counts rows from the south): 2^z - 1 - y. The flip is
// its own inverse.
int tmsY(int z, int y);

// Ground size of one pixel at a latitude and zoom.
double metersPerPixel(double lat, int z);

} // namespace WebMercator

} // namespace OpsDesk
