// The numbers behind two map layers: the hot-area heat map's grid and the
// location anomaly rule.
#include "models/dispatch/LocationCheck.h"
#include "models/geo/HeatGrid.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace OpsDesk;

TEST(HeatGrid, CountsThePointsInsideAndPeaksWhereTheyCrowd)
{
    std::vector<QPointF> points;
    for (int i = 0; i < 50; ++i)
        points.emplace_back(105 + i % 5, 105 + i / 10); // a crowd around (107, 107)
    points.emplace_back(30, 170);                       // a lone order
    points.emplace_back(500, 500);                      // outside the area
    const HeatGrid grid = HeatGrid::compute(points, QRectF(0, 0, 200, 200), 10, 2);
    EXPECT_EQ(grid.columns, 20);
    EXPECT_EQ(grid.rows, 20);
    EXPECT_EQ(grid.points, 51);
    // Hottest in the crowd's cell, warm around it, cooler at the lone order.
    EXPECT_FLOAT_EQ(grid.at(10, 10), grid.peak);
    EXPECT_GT(grid.at(11, 11), 0.0f);
    EXPECT_GT(grid.at(3, 17), 0.0f);
    EXPECT_LT(grid.at(3, 17), grid.peak / 10);
    EXPECT_FLOAT_EQ(grid.at(19, 0), 0.0f); // far from everything
}

TEST(HeatGrid, NothingInsideIsEmptyNotAnError)
{
    EXPECT_TRUE(HeatGrid::compute({}, QRectF(0, 0, 100, 100), 8).isEmpty());
    EXPECT_TRUE(HeatGrid::compute({QPointF(-5, -5)}, QRectF(0, 0, 100, 100), 8).isEmpty());
    EXPECT_EQ(HeatGrid::compute({QPointF(1, 1)}, QRectF(), 8).columns, 0); // no area
    EXPECT_EQ(HeatGrid::compute({QPointF(1, 1)}, QRectF(0, 0, 10, 10), 0).columns, 0);
}

namespace {

// Two square districts side by side (the parser converts GCJ-02 to WGS-84,
// a shift of a few hundred metres: the squares are kilometres wide).
Basemap twoDistricts()
{
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","id":"1","properties":{"name":"东区"},"geometry":{"type":"Polygon",
        "coordinates":[[[121.0,31.0],[121.1,31.0],[121.1,31.1],[121.0,31.1],[121.0,31.0]]]}},
      {"type":"Feature","id":"2","properties":{"name":"西区"},"geometry":{"type":"Polygon",
        "coordinates":[[[121.1,31.0],[121.2,31.0],[121.2,31.1],[121.1,31.1],[121.1,31.0]]]}}]})";
    QString error;
    Basemap map = Basemap::parse(json, &error);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    return map;
}

TechnicianProfile technicianAt(GeoPoint where)
{
    TechnicianProfile t;
    t.id = QStringLiteral("T1");
    t.name = QStringLiteral("王师傅");
    t.districts = {QStringLiteral("东区")};
    t.position = where;
    t.positionReported = true;
    t.workStatus = QStringLiteral("online");
    return t;
}

} // namespace

TEST(HeatGrid, StepsRunFromOneToThePeakOnALogScale)
{
    EXPECT_EQ(HeatGrid::stepThresholds(100, 5), (std::vector<int>{1, 3, 6, 16, 40}));
    // A small peak: fewer steps, each one count.
    EXPECT_EQ(HeatGrid::stepThresholds(3, 5), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(HeatGrid::stepThresholds(1, 5), (std::vector<int>{1}));
    EXPECT_TRUE(HeatGrid::stepThresholds(0, 5).empty());
    EXPECT_TRUE(HeatGrid::stepThresholds(50, 0).empty());
    const std::vector<int> t = HeatGrid::stepThresholds(100, 5);
    EXPECT_EQ(HeatGrid::stepOf(0, t), -1);
    EXPECT_EQ(HeatGrid::stepOf(1, t), 0);
    EXPECT_EQ(HeatGrid::stepOf(2, t), 0);
    EXPECT_EQ(HeatGrid::stepOf(3, t), 1);
    EXPECT_EQ(HeatGrid::stepOf(39, t), 3);
    EXPECT_EQ(HeatGrid::stepOf(100, t), 4);
}

TEST(HeatGrid, WithoutSmoothingACellHoldsItsCount)
{
    // Three points in one cell, one in another: plain counts, cells on the grid.
    const std::vector<QPointF> points{{1, 1}, {2, 3}, {9, 9}, {25, 5}};
    const HeatGrid grid = HeatGrid::compute(points, QRectF(0, 0, 40, 20), 10, 0);
    EXPECT_EQ(grid.columns, 4);
    EXPECT_EQ(grid.rows, 2);
    EXPECT_EQ(grid.at(0, 0), 3.0f);
    EXPECT_EQ(grid.at(2, 0), 1.0f);
    EXPECT_EQ(grid.at(1, 0), 0.0f);
    EXPECT_EQ(grid.peak, 3.0f);
    EXPECT_EQ(grid.cellRect(2, 1), QRectF(20, 10, 10, 10));
}

TEST(LocationCheck, InsideTheServiceAreaIsFine)
{
    const Basemap map = twoDistricts();
    const auto result = LocationCheck::check(technicianAt({31.05, 121.04}), map);
    EXPECT_FALSE(result.anomaly);
    EXPECT_EQ(result.district, QStringLiteral("东区"));
    EXPECT_TRUE(LocationCheck::text(result, technicianAt({31.05, 121.04})).isEmpty());
}

TEST(LocationCheck, AnotherDistrictWithoutAJobThereIsAnAnomaly)
{
    const Basemap map = twoDistricts();
    const TechnicianProfile tech = technicianAt({31.05, 121.16});
    const auto result = LocationCheck::check(tech, map);
    EXPECT_TRUE(result.anomaly);
    EXPECT_EQ(result.district, QStringLiteral("西区"));
    EXPECT_TRUE(LocationCheck::text(result, tech).contains(QStringLiteral("西区")));
    EXPECT_TRUE(LocationCheck::text(result, tech).contains(QStringLiteral("东区")));
    // Outside every district of the city too.
    const auto nowhere = LocationCheck::check(technicianAt({30.5, 120.5}), map);
    EXPECT_TRUE(nowhere.anomaly);
    EXPECT_TRUE(nowhere.district.isEmpty());
    EXPECT_FALSE(LocationCheck::text(nowhere, tech).isEmpty());
}

TEST(LocationCheck, AtOrNearOneOfTheirOwnJobsIsWork)
{
    const Basemap map = twoDistricts();
    TechnicianProfile tech = technicianAt({31.05, 121.16});
    tech.jobs.push_back({QStringLiteral("O1"), 0, 0, {31.055, 121.165}}); // ~700 m away
    const auto result = LocationCheck::check(tech, map);
    EXPECT_FALSE(result.anomaly);
    EXPECT_GT(result.nearestJobKm, 0.3);
    EXPECT_LT(result.nearestJobKm, 1.5);
    tech.jobs.front().place = {31.05, 121.04}; // the job is back home: they strayed
    EXPECT_TRUE(LocationCheck::check(tech, map).anomaly);
}

TEST(LocationCheck, AHomeAddressOrNoAreaIsNotChecked)
{
    const Basemap map = twoDistricts();
    TechnicianProfile tech = technicianAt({31.05, 121.16});
    tech.positionReported = false; // nothing reported: the home address
    EXPECT_FALSE(LocationCheck::check(tech, map).anomaly);
    tech.positionReported = true;
    tech.districts.clear();
    EXPECT_FALSE(LocationCheck::check(tech, map).anomaly);
    EXPECT_FALSE(LocationCheck::check(technicianAt({31.05, 121.16}), Basemap{}).anomaly);
    TechnicianProfile offline = technicianAt({31.05, 121.16}); // yesterday's last job
    offline.workStatus = QStringLiteral("offline");
    EXPECT_FALSE(LocationCheck::check(offline, map).anomaly);
}
