// The map widget offscreen: the basemap is drawn (never a blank map), orders
// cluster and a click on a cluster zooms in, a click on an order or a
// technician selects it, wheel and keys move the view.
#include "ui/map/MapView.h"

#include "models/geo/WebMercator.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

const GeoPoint Centre{31.2304, 121.4737};

std::vector<MapOrder> orders(int n)
{
    QRandomGenerator rng(3);
    std::vector<MapOrder> out;
    for (int i = 0; i < n; ++i)
        out.push_back({QStringLiteral("O%1").arg(i),
                       {Centre.lat + (rng.generateDouble() - 0.5) * 0.2,
                        Centre.lng + (rng.generateDouble() - 0.5) * 0.2},
                       QStringLiteral("awaiting_dispatch"),
                       i % 10 == 0});
    return out;
}

std::unique_ptr<MapView> view()
{
    auto map = std::make_unique<MapView>();
    map->resize(800, 600);
    map->show();
    map->setZoom(11);
    map->setCenter(Centre);
    return map;
}

// Paints until no tile is pending (a few frames).
QImage settle(MapView &map)
{
    QImage image;
    for (int i = 0; i < 12; ++i)
        image = map.grab().toImage();
    return image;
}

} // namespace

TEST(MapView, DrawsTheBasemapOfflineNeverBlank)
{
    auto map = view();
    const QImage image = settle(*map);
    EXPECT_GT(map->cachedTiles(), 0);
    // The middle of Shanghai is land (the basemap), not the water colour.
    const QColor middle = image.pixelColor(400, 300);
    EXPECT_NE(middle, QColor(0xdd, 0xe8, 0xf2));
    // After a zoom the first frame shows the parent tiles scaled, not water.
    map->setZoom(12);
    const QImage first = map->grab().toImage();
    int water = 0;
    for (int x = 100; x < 700; x += 50)
        for (int y = 100; y < 500; y += 50)
            water += first.pixelColor(x, y) == QColor(0xdd, 0xe8, 0xf2) ? 1 : 0;
    EXPECT_LT(water, 10) << "out of 96 samples";
}

TEST(MapView, OrdersClusterAndAClusterClickZoomsIn)
{
    auto map = view();
    map->setOrders(orders(2000));
    map->setZoom(9);
    settle(*map);
    EXPECT_LT(map->drawnOrderMarkers(), 50); // clustered
    map->setZoom(16);
    map->setCenter(Centre);
    settle(*map);
    const int zoomedIn = map->drawnOrderMarkers();
    EXPECT_GT(zoomedIn, 0);

    // Click the biggest cluster at zoom 10: the map zooms in on it.
    map->setZoom(10);
    map->setCenter(Centre);
    settle(*map);
    const int before = map->zoom();
    QTest::mouseClick(map.get(), Qt::LeftButton, {}, QPoint(400, 300));
    // Somewhere near the centre there is a cluster at this zoom; if the click
    // missed it nothing changes, so find one.
    if (map->zoom() == before) {
        const QPointF at = map->toWidget(Centre);
        QTest::mouseClick(map.get(), Qt::LeftButton, {}, at.toPoint() + QPoint(3, 3));
    }
    EXPECT_GT(map->zoom(), before);
}

TEST(MapView, ClickSelectsAnOrderOrATechnician)
{
    auto map = view();
    map->setZoom(15);
    map->setCenter(Centre);
    map->setOrders({{QStringLiteral("O1"), Centre, QStringLiteral("awaiting_dispatch"), false}});
    const GeoPoint east{Centre.lat, Centre.lng + 0.003};
    map->setTechnicians(
        {{QStringLiteral("T1"), QStringLiteral("王师傅"), east, QStringLiteral("online"), 4}});
    settle(*map);
    QSignalSpy orderClicks(map.get(), &MapView::orderClicked);
    QSignalSpy techClicks(map.get(), &MapView::technicianClicked);
    QTest::mouseClick(map.get(), Qt::LeftButton, {}, map->toWidget(Centre).toPoint());
    ASSERT_EQ(orderClicks.count(), 1);
    EXPECT_EQ(orderClicks.at(0).at(0).toString(), QStringLiteral("O1"));
    EXPECT_EQ(map->selectedOrder(), QStringLiteral("O1"));
    QTest::mouseClick(map.get(), Qt::LeftButton, {}, map->toWidget(east).toPoint());
    ASSERT_EQ(techClicks.count(), 1);
    EXPECT_EQ(map->selectedTechnician(), QStringLiteral("T1"));
    EXPECT_EQ(map->drawnTechnicians(), 1);
}

TEST(MapView, WheelZoomsAboutThePointerAndKeysPan)
{
    auto map = view();
    const QPoint pointer(600, 200);
    const GeoPoint under = map->toGeo(pointer);
    QWheelEvent wheel(pointer, map->mapToGlobal(pointer), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(map.get(), &wheel);
    EXPECT_EQ(map->zoom(), 12);
    const QPointF still = map->toWidget(under);
    EXPECT_NEAR(still.x(), pointer.x(), 1.0);
    EXPECT_NEAR(still.y(), pointer.y(), 1.0);

    const GeoPoint before = map->center();
    QTest::keyClick(map.get(), Qt::Key_Right);
    EXPECT_GT(map->center().lng, before.lng);
    QTest::keyClick(map.get(), Qt::Key_Minus);
    EXPECT_EQ(map->zoom(), 11);
    // Dragging moves the map with the pointer.
    const GeoPoint grabbed = map->toGeo(QPointF(400, 300));
    QTest::mousePress(map.get(), Qt::LeftButton, {}, QPoint(400, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(300, 250), map->mapToGlobal(QPointF(300, 250)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map.get(), &move);
    QTest::mouseRelease(map.get(), Qt::LeftButton, {}, QPoint(300, 250));
    const QPointF moved = map->toWidget(grabbed);
    EXPECT_NEAR(moved.x(), 300, 1.0);
    EXPECT_NEAR(moved.y(), 250, 1.0);
    // Zoom stays within the levels the map has.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(map.get(), Qt::Key_Plus);
    EXPECT_EQ(map->zoom(), MapView::MaxZoom);
}
