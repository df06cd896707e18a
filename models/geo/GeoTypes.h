#pragma once

#include <QList>
#include <QMetaType>

#include <limits>

namespace OpsDesk {

// A position in degrees. Everything inside OpsDesk is WGS-84 (the GPS datum);
// GCJ-02 ("Mars coordinates") only exists at the edges, see ChinaCoordinates.h.
struct GeoPoint
{
    double lat = 0.0; // degrees, north positive
    double lng = 0.0; // degrees, east positive

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A latitude/longitude bounding box. A default-constructed box is empty and
// grows with extend(); it never crosses the antimeridian (China does not).
struct GeoRect
{
    double minLat = std::numeric_limits<double>::infinity();
    double minLng = std::numeric_limits<double>::infinity();
    double maxLat = -std::numeric_limits<double>::infinity();
    double maxLng = -std::numeric_limits<double>::infinity();

    static GeoRect fromCorners(GeoPoint a, GeoPoint b);

    bool isEmpty() const { return !(minLat <= maxLat && minLng <= maxLng); }
    // Borders are inside.
    bool contains(GeoPoint p) const;
    bool intersects(const GeoRect &other) const;
    void extend(GeoPoint p);
    void extend(const GeoRect &other);
    GeoPoint center() const { return {(minLat + maxLat) / 2.0, (minLng + maxLng) / 2.0}; }
    GeoPoint southWest() const { return {minLat, minLng}; }
    GeoPoint northEast() const { return {maxLat, maxLng}; }

    friend bool operator==(const GeoRect &, const GeoRect &) = default;
};

// A closed ring; the closing point is not repeated.
using GeoRing = QList<GeoPoint>;
// rings[0] is the outer boundary, rings[1..] are holes.
using GeoPolygon = QList<GeoRing>;

// Mean Earth radius (IUGG), used by the spherical distance functions.
inline constexpr double EarthMeanRadiusMeters = 6371008.8;

// Great-circle distance on a sphere of EarthMeanRadiusMeters; within 0.5 % of
// the ellipsoidal distance, which is plenty for dispatch ranking.
double haversineMeters(GeoPoint a, GeoPoint b);

// Even-odd point-in-polygon over all rings of the polygon (holes are
// therefore outside). Points exactly on an edge may go either way.
bool polygonContains(const GeoPolygon &polygon, GeoPoint p);

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::GeoPoint)
