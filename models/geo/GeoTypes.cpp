#include "models/geo/GeoTypes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace OpsDesk {

GeoRect GeoRect::fromCorners(GeoPoint a, GeoPoint b)
{
    GeoRect rect;
    rect.extend(a);
    rect.extend(b);
    return rect;
}

bool GeoRect::contains(GeoPoint p) const
{
    return p.lat >= minLat && p.lat <= maxLat && p.lng >= minLng && p.lng <= maxLng;
}

bool GeoRect::intersects(const GeoRect &other) const
{
    if (isEmpty() || other.isEmpty())
        return false;
    return minLat <= other.maxLat && other.minLat <= maxLat && minLng <= other.maxLng &&
           other.minLng <= maxLng;
}

void GeoRect::extend(GeoPoint p)
{
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
    minLng = std::min(minLng, p.lng);
    maxLng = std::max(maxLng, p.lng);
}

void GeoRect::extend(const GeoRect &other)
{
    if (other.isEmpty())
        return;
    extend(other.southWest());
    extend(other.northEast());
}

double haversineMeters(GeoPoint a, GeoPoint b)
{
    constexpr double toRad = std::numbers::pi / 180.0;
    const double phi1 = a.lat * toRad;
    const double phi2 = b.lat * toRad;
    const double dPhi = (b.lat - a.lat) * toRad;
    const double dLambda = (b.lng - a.lng) * toRad;
    const double s1 = std::sin(dPhi / 2.0);
    const double s2 = std::sin(dLambda / 2.0);
    const double h = s1 * s1 + std::cos(phi1) * std::cos(phi2) * s2 * s2;
    return 2.0 * EarthMeanRadiusMeters * std::asin(std::min(1.0, std::sqrt(h)));
}

bool polygonContains(const GeoPolygon &polygon, GeoPoint p)
{
    bool inside = false;
    for (const GeoRing &ring : polygon) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const GeoPoint &a = ring.at(i);
            const GeoPoint &b = ring.at(j);
            if ((a.lat > p.lat) != (b.lat > p.lat)) {
                const double lngAtLat = a.lng + (p.lat - a.lat) * (b.lng - a.lng) / (b.lat - a.lat);
                if (p.lng < lngAtLat)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace OpsDesk
