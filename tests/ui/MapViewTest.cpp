// The map widget offscreen: the basemap is drawn (never a blank map), orders
// cluster and a click on a cluster zooms in, a click on an order or a
// technician selects it, wheel and keys move the view.
#include "ui/map/MapView.h"

#include "models/geo/WebMercator.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

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

TEST(MapView, ALargeOrderSetClustersOnAWorkerAndKeepsTheOldMarkersMeanwhile)
{
    auto map = view();
    map->setOrders(orders(100));
    settle(*map);
    ASSERT_EQ(map->orders().size(), 100u);
    map->setOrders(orders(20000));
    // Until the worker is done the map shows what it had.
    EXPECT_TRUE(map->orders().size() == 100u || map->orders().size() == 20000u);
    map->waitForLayers();
    EXPECT_EQ(map->orders().size(), 20000u);
    settle(*map);
    EXPECT_GT(map->drawnOrderMarkers(), 0);
}

TEST(MapView, TheHeatMapCountsTheOrdersAroundTheViewAndColoursTheMap)
{
    auto map = view();
    map->setOrders(orders(2000));
    const QImage plain = settle(*map);
    map->setHeatMapVisible(true);
    map->waitForLayers();
    const HeatGrid &grid = map->heatGrid();
    // The grid spans three views each way: all 2,000 orders (±0.1°) are in it.
    EXPECT_EQ(grid.points, 2000);
    EXPECT_GT(grid.peak, 0.0f);
    const QImage hot = settle(*map);
    int changed = 0;
    for (int x = 100; x < 700; x += 25)
        for (int y = 100; y < 500; y += 25)
            changed += plain.pixelColor(x, y) != hot.pixelColor(x, y) ? 1 : 0;
    EXPECT_GT(changed, 50) << "the heat layer is drawn over the orders' area";
    // A zoom recomputes it for the new zoom.
    map->setZoom(12);
    map->waitForLayers();
    EXPECT_GT(map->heatGrid().points, 0);
}

TEST(MapView, OrdersDroppedOnATechnicianAreHandedOn)
{
    auto map = view();
    map->setZoom(15);
    map->setCenter(Centre);
    map->setAcceptDrops(true);
    map->setTechnicians(
        {{QStringLiteral("T1"), QStringLiteral("王师傅"), Centre, QStringLiteral("online"), 4}});
    QSignalSpy dropped(map.get(), &MapView::ordersDropped);
    std::unique_ptr<QMimeData> payload(
        MapView::ordersMimeData({QStringLiteral("O1"), QStringLiteral("O2")}));
    const QPoint at = map->toWidget(Centre).toPoint() + QPoint(4, -3);
    QDragEnterEvent enter(at, Qt::CopyAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map.get(), &drop);
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(0).toStringList(),
              (QStringList{QStringLiteral("O1"), QStringLiteral("O2")}));
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("T1"));
    // Open map, nobody there: nothing happens.
    QDropEvent nowhere(QPointF(20, 20), Qt::CopyAction, payload.get(), Qt::LeftButton,
                       Qt::NoModifier);
    QApplication::sendEvent(map.get(), &nowhere);
    EXPECT_EQ(dropped.count(), 1);
    // Text from elsewhere is not orders.
    QMimeData text;
    text.setText(QStringLiteral("O1"));
    EXPECT_TRUE(MapView::ordersFromMimeData(&text).isEmpty());
}

TEST(MapView, HoverSaysWhatIsUnderThePointer)
{
    auto map = view();
    map->setZoom(15);
    map->setCenter(Centre);
    const GeoPoint east{Centre.lat, Centre.lng + 0.003};
    MapOrder order{QStringLiteral("O1"), Centre, QStringLiteral("awaiting_dispatch"), false};
    order.label = QStringLiteral("O1 · 空调清洗");
    map->setOrders({order});
    map->setTechnicians({{QStringLiteral("T1"), QStringLiteral("王师傅"), east,
                          QStringLiteral("online"), 4, QStringLiteral("王师傅 · online"), true}});
    settle(*map);
    const auto hover = [&](GeoPoint where) {
        const QPoint at = map->toWidget(where).toPoint();
        QHelpEvent help(QEvent::ToolTip, at, map->mapToGlobal(at));
        QApplication::sendEvent(map.get(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    EXPECT_EQ(hover(Centre), QStringLiteral("O1 · 空调清洗"));
    EXPECT_EQ(hover(east), QStringLiteral("王师傅 · online"));
}

TEST(MapView, LassoSelectsTheOrdersInsideIt)
{
    auto map = view();
    map->setZoom(14);
    map->setCenter(Centre);
    const GeoPoint north{Centre.lat + 0.01, Centre.lng};
    map->setOrders({{QStringLiteral("in"), Centre, QStringLiteral("awaiting_dispatch"), false},
                    {QStringLiteral("out"), north, QStringLiteral("awaiting_dispatch"), false}});
    const QPointF c = map->toWidget(Centre);
    QSignalSpy lassoed(map.get(), &MapView::ordersLassoed);
    QTest::mousePress(map.get(), Qt::LeftButton, Qt::ShiftModifier,
                      (c + QPointF(-30, -30)).toPoint());
    for (const QPointF p : {c + QPointF(30, -30), c + QPointF(30, 30), c + QPointF(-30, 30)}) {
        QMouseEvent move(QEvent::MouseMove, p, map->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::ShiftModifier);
        QApplication::sendEvent(map.get(), &move);
    }
    QTest::mouseRelease(map.get(), Qt::LeftButton, Qt::ShiftModifier,
                        (c + QPointF(-30, 30)).toPoint());
    ASSERT_EQ(lassoed.count(), 1);
    EXPECT_EQ(lassoed.at(0).at(0).toStringList(), QStringList{QStringLiteral("in")});
    EXPECT_EQ(map->zoom(), 14); // a lasso is not a pan or a click
}

TEST(MapView, ATouchpadPinchZoomsAndSmallWheelStepsAddUp)
{
    auto map = view();
    const QPointF middle(400, 300);
    const auto pinch = [&](double value) {
        QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, middle, middle, map->mapToGlobal(middle), value, QPointF());
        QApplication::sendEvent(map.get(), &event);
    };
    pinch(0.3);
    EXPECT_EQ(map->zoom(), 11);
    pinch(0.3); // 0.6 in all: one level
    EXPECT_EQ(map->zoom(), 12);
    pinch(-0.6);
    EXPECT_EQ(map->zoom(), 11);
    // A touchpad's scroll comes in small deltas: four of 30 make one notch.
    for (int i = 0; i < 4; ++i) {
        QWheelEvent wheel(middle, map->mapToGlobal(middle), QPoint(0, 3), QPoint(0, 30),
                          Qt::NoButton, Qt::NoModifier, Qt::ScrollUpdate, false);
        QApplication::sendEvent(map.get(), &wheel);
    }
    EXPECT_EQ(map->zoom(), 12);
}
