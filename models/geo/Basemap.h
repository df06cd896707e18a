#pragma once

#include "models/geo/GeoTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <random>

namespace OpsDesk {

// One district of a city basemap. All coordinates are WGS-84.
struct District
{
    QString code; // the feature's "id" (administrative code, e.g. "310101"); may be empty
    QString name; // properties.name, e.g. "黄浦区"
    QList<GeoPolygon> polygons;   // one per part of a MultiPolygon
    QList<GeoRect> polygonBounds; // parallel to polygons
    GeoRect bounds;
    // Where to put the district's name: properties.cp if present, else the
    // area centroid; if that falls outside the district (a crescent, an
    // archipelago) a point well inside the largest part instead. Always inside.
    GeoPoint labelPoint;

    // Even-odd per polygon (holes excluded), with bounding-box prefilters.
    bool contains(GeoPoint point) const;
};

// A city's district basemap, parsed from a GeoJSON FeatureCollection whose
// features are Polygon or MultiPolygon districts (see resources/basemap).
//
// Decision: the source coordinates are GCJ-02 (the datum of the Chinese map
// sources the files come from). parse() converts every position, including
// properties.cp, to WGS-84 with ChinaCoordinates::gcj02ToWgs84, so that
// everything in OpsDesk — orders, technicians, tiles — is WGS-84.
//
// No I/O: the caller reads the file (e.g. ":/basemap/shanghai.geojson" from
// opsdesk_basemap_resources) and passes the bytes. A Basemap is an immutable
// value; it is safe to use from several threads at once.
class Basemap
{
public:
    // Returns an empty basemap and sets *error (if given) when the document is
    // not a FeatureCollection of Polygon/MultiPolygon features with valid
    // [longitude, latitude] positions, or has no features.
    static Basemap parse(const QByteArray &geojson, QString *error = nullptr);

    bool isEmpty() const { return m_districts.isEmpty(); }
    const QList<District> &districts() const { return m_districts; }
    // The union of the districts' bounds; empty for an empty basemap.
    GeoRect bounds() const { return m_bounds; }

    // The index of the district containing the point, or -1. Where the
    // simplified outlines overlap, the first district in file order wins.
    int districtAt(GeoPoint point) const;
    // The index of the district with that code, or -1.
    int indexOfCode(const QString &code) const;

    // A uniformly distributed point (by area) inside the district: a part is
    // picked by area, then rejection sampling inside its bounding box. The
    // result depends only on the rng state (the same on every platform: no
    // std distributions are used). Precondition: 0 <= districtIndex <
    // districts().size(); an invalid index returns GeoPoint{}.
    GeoPoint randomPointIn(int districtIndex, std::mt19937_64 &rng) const;

private:
    QList<District> m_districts;
    QList<QList<double>> m_cumulativeAreas; // per district, per polygon (running sum)
    GeoRect m_bounds;
};

} // namespace OpsDesk
