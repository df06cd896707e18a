#include "models/geo/Basemap.h"

#include "models/geo/ChinaCoordinates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace OpsDesk {

namespace {

// Signed area and area-weighted centroid sums of a ring in degree space. The
// centroid is invariant under the affine scaling a local projection would
// apply, so degrees are good enough for it and for comparing areas of parts
// of one district.
struct RingMoments
{
    double area = 0.0; // signed
    double cx = 0.0;   // sum for the centroid's longitude (times 6 * area)
    double cy = 0.0;   // sum for the centroid's latitude (times 6 * area)
};

RingMoments ringMoments(const GeoRing &ring)
{
    RingMoments m;
    const qsizetype n = ring.size();
    if (n < 3)
        return m;
    // Relative to the first point for numerical stability.
    const GeoPoint origin = ring.first();
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint &a = ring.at(i);
        const GeoPoint &b = ring.at((i + 1) % n);
        const double ax = a.lng - origin.lng, ay = a.lat - origin.lat;
        const double bx = b.lng - origin.lng, by = b.lat - origin.lat;
        const double cross = ax * by - bx * ay;
        m.area += cross;
        m.cx += (ax + bx) * cross;
        m.cy += (ay + by) * cross;
    }
    m.area /= 2.0;
    m.cx += 6.0 * m.area * origin.lng;
    m.cy += 6.0 * m.area * origin.lat;
    return m;
}

// Outer ring counts positive, holes negative, whatever their orientation.
double polygonArea(const GeoPolygon &polygon)
{
    double area = 0.0;
    for (qsizetype r = 0; r < polygon.size(); ++r) {
        const double a = std::abs(ringMoments(polygon.at(r)).area);
        area += r == 0 ? a : -a;
    }
    return std::max(0.0, area);
}

std::optional<GeoPoint> areaCentroid(const QList<GeoPolygon> &polygons)
{
    double area = 0.0, cx = 0.0, cy = 0.0;
    for (const GeoPolygon &polygon : polygons) {
        for (qsizetype r = 0; r < polygon.size(); ++r) {
            RingMoments m = ringMoments(polygon.at(r));
            // Normalise the orientation: outer positive, holes negative.
            const double sign = ((m.area >= 0) == (r == 0)) ? 1.0 : -1.0;
            area += sign * m.area;
            cx += sign * m.cx;
            cy += sign * m.cy;
        }
    }
    if (!(std::abs(area) > 0.0))
        return std::nullopt;
    return GeoPoint{cy / (6.0 * area), cx / (6.0 * area)};
}

// A point well inside the polygon: along a few horizontal scan lines, the
// midpoint of the widest inside interval.
std::optional<GeoPoint> interiorPoint(const GeoPolygon &polygon, const GeoRect &bounds)
{
    std::optional<GeoPoint> best;
    double bestWidth = 0.0;
    for (const double fraction : {0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875}) {
        const double lat = bounds.minLat + fraction * (bounds.maxLat - bounds.minLat);
        QList<double> crossings;
        for (const GeoRing &ring : polygon) {
            const qsizetype n = ring.size();
            for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
                const GeoPoint &a = ring.at(i);
                const GeoPoint &b = ring.at(j);
                if ((a.lat > lat) != (b.lat > lat))
                    crossings.append(a.lng + (lat - a.lat) * (b.lng - a.lng) / (b.lat - a.lat));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
            const double width = crossings.at(i + 1) - crossings.at(i);
            if (width > bestWidth) {
                bestWidth = width;
                best = GeoPoint{lat, (crossings.at(i) + crossings.at(i + 1)) / 2.0};
            }
        }
    }
    return best;
}

// A uniform double in [0, 1) from the top 53 bits: identical on every platform.
double unitDouble(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

class Parser
{
public:
    QString error;

    std::optional<District> feature(const QJsonValue &value, qsizetype index)
    {
        m_where = QStringLiteral("feature %1").arg(index);
        if (!value.isObject())
            return fail(QStringLiteral("is not a JSON object"));
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            return fail(QStringLiteral("is not a GeoJSON Feature"));

        District district;
        const QJsonValue id = object.value(QLatin1String("id"));
        const QJsonObject properties = object.value(QLatin1String("properties")).toObject();
        if (id.isString())
            district.code = id.toString();
        else if (id.isDouble())
            district.code = QString::number(id.toInteger());
        district.name = properties.value(QLatin1String("name")).toString();
        if (!district.name.isEmpty())
            m_where = QStringLiteral("feature %1 (%2)").arg(index).arg(district.name);

        const QJsonValue geometryValue = object.value(QLatin1String("geometry"));
        if (!geometryValue.isObject())
            return fail(QStringLiteral("has no geometry"));
        const QJsonObject geometry = geometryValue.toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        if (!coordinates.isArray())
            return fail(QStringLiteral("has a geometry without coordinates"));
        if (type == QLatin1String("Polygon")) {
            std::optional<GeoPolygon> polygon = this->polygon(coordinates);
            if (!polygon)
                return std::nullopt;
            district.polygons.append(std::move(*polygon));
        } else if (type == QLatin1String("MultiPolygon")) {
            const QJsonArray parts = coordinates.toArray();
            for (const QJsonValue &part : parts) {
                std::optional<GeoPolygon> polygon = this->polygon(part);
                if (!polygon)
                    return std::nullopt;
                district.polygons.append(std::move(*polygon));
            }
            if (district.polygons.isEmpty())
                return fail(QStringLiteral("is an empty MultiPolygon"));
        } else {
            return fail(QStringLiteral("has a geometry of type \"%1\"; Polygon or MultiPolygon "
                                       "expected")
                            .arg(type));
        }

        for (const GeoPolygon &polygon : std::as_const(district.polygons)) {
            GeoRect rect;
            for (const GeoPoint &p : polygon.first())
                rect.extend(p);
            district.polygonBounds.append(rect);
            district.bounds.extend(rect);
        }

        const QJsonArray cp = properties.value(QLatin1String("cp")).toArray();
        std::optional<GeoPoint> label;
        if (cp.size() >= 2 && cp.at(0).isDouble() && cp.at(1).isDouble())
            label = ChinaCoordinates::gcj02ToWgs84({cp.at(1).toDouble(), cp.at(0).toDouble()});
        else
            label = areaCentroid(district.polygons);
        if (!label || !district.contains(*label)) {
            qsizetype largest = 0;
            for (qsizetype i = 1; i < district.polygons.size(); ++i)
                if (polygonArea(district.polygons.at(i)) >
                    polygonArea(district.polygons.at(largest)))
                    largest = i;
            label = areaCentroid({district.polygons.at(largest)});
            if (!label || !district.contains(*label))
                label = interiorPoint(district.polygons.at(largest),
                                      district.polygonBounds.at(largest));
            if (!label)
                label = district.bounds.center();
        }
        district.labelPoint = *label;
        return district;
    }

private:
    QString m_where;

    std::nullopt_t fail(const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("GeoJSON %1 %2.").arg(m_where, what);
        return std::nullopt;
    }

    std::optional<GeoPolygon> polygon(const QJsonValue &value)
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(QStringLiteral("has a polygon without rings"));
        GeoPolygon polygon;
        const QJsonArray rings = value.toArray();
        for (const QJsonValue &ringValue : rings) {
            if (!ringValue.isArray())
                return fail(QStringLiteral("has a ring that is not an array of positions"));
            const QJsonArray positions = ringValue.toArray();
            if (positions.size() < 4)
                return fail(QStringLiteral("has a ring with fewer than 4 positions"));
            GeoRing ring;
            ring.reserve(positions.size());
            for (const QJsonValue &position : positions) {
                const QJsonArray pair = position.toArray();
                if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
                    return fail(QStringLiteral("has a position that is not a [longitude, "
                                               "latitude] pair"));
                const double lng = pair.at(0).toDouble();
                const double lat = pair.at(1).toDouble();
                if (!(lng >= -180.0 && lng <= 180.0 && lat >= -90.0 && lat <= 90.0))
                    return fail(
                        QStringLiteral("has a position out of range: [%1, %2]").arg(lng).arg(lat));
                ring.append(ChinaCoordinates::gcj02ToWgs84({lat, lng}));
            }
            if (ring.size() > 1 && ring.first() == ring.last())
                ring.removeLast();
            if (ring.size() < 3)
                return fail(QStringLiteral("has a degenerate ring"));
            polygon.append(std::move(ring));
        }
        return polygon;
    }
};

} // namespace

bool District::contains(GeoPoint point) const
{
    if (!bounds.contains(point))
        return false;
    for (qsizetype i = 0; i < polygons.size(); ++i)
        if (polygonBounds.at(i).contains(point) && polygonContains(polygons.at(i), point))
            return true;
    return false;
}

Basemap Basemap::parse(const QByteArray &geojson, QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return Basemap();
    };
    if (error)
        error->clear();

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(geojson, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return failed(QStringLiteral("The basemap is not valid JSON: %1 at offset %2.")
                          .arg(jsonError.errorString())
                          .arg(jsonError.offset));
    if (!document.isObject())
        return failed(QStringLiteral("The basemap is not a GeoJSON object."));
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();
    if (type != QLatin1String("FeatureCollection"))
        return failed(
            QStringLiteral("The basemap is not a GeoJSON FeatureCollection (type is \"%1\").")
                .arg(type));
    const QJsonValue featuresValue = root.value(QLatin1String("features"));
    if (!featuresValue.isArray())
        return failed(QStringLiteral("The basemap FeatureCollection has no \"features\" array."));
    const QJsonArray features = featuresValue.toArray();
    if (features.isEmpty())
        return failed(QStringLiteral("The basemap FeatureCollection has no features."));

    Basemap basemap;
    Parser parser;
    for (qsizetype i = 0; i < features.size(); ++i) {
        std::optional<District> district = parser.feature(features.at(i), i);
        if (!district)
            return failed(parser.error);
        QList<double> cumulative;
        double sum = 0.0;
        for (const GeoPolygon &polygon : std::as_const(district->polygons)) {
            sum += polygonArea(polygon);
            cumulative.append(sum);
        }
        basemap.m_bounds.extend(district->bounds);
        basemap.m_cumulativeAreas.append(std::move(cumulative));
        basemap.m_districts.append(std::move(*district));
    }
    return basemap;
}

int Basemap::districtAt(GeoPoint point) const
{
    if (!m_bounds.contains(point))
        return -1;
    for (qsizetype i = 0; i < m_districts.size(); ++i)
        if (m_districts.at(i).contains(point))
            return int(i);
    return -1;
}

int Basemap::indexOfCode(const QString &code) const
{
    for (qsizetype i = 0; i < m_districts.size(); ++i)
        if (m_districts.at(i).code == code)
            return int(i);
    return -1;
}

GeoPoint Basemap::randomPointIn(int districtIndex, std::mt19937_64 &rng) const
{
    if (districtIndex < 0 || districtIndex >= m_districts.size())
        return {};
    const District &district = m_districts.at(districtIndex);
    const QList<double> &cumulative = m_cumulativeAreas.at(districtIndex);

    // Pick a part by area.
    qsizetype part = 0;
    if (cumulative.size() > 1 && cumulative.last() > 0.0) {
        const double target = unitDouble(rng) * cumulative.last();
        part = std::upper_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin();
        part = std::min(part, cumulative.size() - 1);
    }
    const GeoPolygon &polygon = district.polygons.at(part);
    const GeoRect &box = district.polygonBounds.at(part);

    // Uniform by area on the sphere: uniform in longitude and in sin(latitude).
    constexpr double toRad = std::numbers::pi / 180.0;
    const double sinMin = std::sin(box.minLat * toRad);
    const double sinMax = std::sin(box.maxLat * toRad);
    for (int attempt = 0; attempt < 100000; ++attempt) {
        const double lng = box.minLng + unitDouble(rng) * (box.maxLng - box.minLng);
        const double lat = std::asin(sinMin + unitDouble(rng) * (sinMax - sinMin)) / toRad;
        const GeoPoint candidate{lat, lng};
        if (polygonContains(polygon, candidate))
            return candidate;
    }
    return district.labelPoint; // only for slivers with almost no area
}

} // namespace OpsDesk
