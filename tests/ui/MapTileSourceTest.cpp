// The map and its tile source (offscreen): tiles of the source drawn, the
// parent scaled up or the district basemap while a tile loads or after it
// failed (never blank), stale zoom levels cancelled, the default source
// switching every map at once, and GCJ-02 sources: markers converted from
// WGS-84 before projection and clicks converted back.
#include "models/geo/ChinaCoordinates.h"
#include "services/tiles/HttpTileSource.h"
#include "services/tiles/MBTilesTileSource.h"
#include "services/tiles/TileSource.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

const QColor Water(0xdd, 0xe8, 0xf2);
const QColor Paper(0x12, 0x34, 0x56); // the test source's tiles
const GeoPoint Centre{31.2304, 121.4737};

// A source whose tiles are one colour, given on the next turn of the event
// loop, or never (`hold`), or failing (`fail`).
class PaperSource : public TileSource
{
public:
    explicit PaperSource(QString key, CoordinateSystem system = CoordinateSystem::Wgs84)
        : m_key(std::move(key))
        , m_system(system)
    {
        setMaxConcurrent(64);
    }
    QString key() const override { return m_key; }
    QString attribution() const override { return QStringLiteral("Paper tiles"); }
    CoordinateSystem coordinateSystem() const override { return m_system; }
    int maxZoom() const override { return 16; }

    bool hold = false;
    bool fail = false;
    QList<TileId> started;
    QList<TileId> aborted;

protected:
    void startLoad(const TileId &tile) override
    {
        started.append(tile);
        if (hold)
            return;
        QTimer::singleShot(0, this, [this, tile] {
            if (fail) {
                failLoad(tile, QStringLiteral("paper torn"));
                return;
            }
            QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
            image.fill(Paper);
            finishLoad(tile, image);
        });
    }
    void abortLoad(const TileId &tile) override { aborted.append(tile); }

private:
    QString m_key;
    CoordinateSystem m_system;
};

std::unique_ptr<MapView> view()
{
    auto map = std::make_unique<MapView>();
    map->resize(800, 600);
    map->show();
    map->setZoom(12);
    map->setCenter(Centre);
    return map;
}

QImage settle(MapView &map)
{
    QImage image;
    for (int i = 0; i < 12; ++i) {
        image = map.grab().toImage();
        QCoreApplication::processEvents();
    }
    return image;
}

int count(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int x = 20; x < image.width(); x += 40)
        for (int y = 20; y < image.height(); y += 40)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    return n; // out of 300 samples on 800 × 600
}

} // namespace

TEST(MapTiles, DrawsTheSourcesTilesAndTheParentWhileTheyLoad)
{
    auto map = view();
    auto source = std::make_shared<PaperSource>(QStringLiteral("paper-1"));
    map->setTileSource(source);
    EXPECT_EQ(map->tileSource(), source.get());
    // The first frame: nothing loaded yet, the basemap stands in (never blank).
    const QImage first = map->grab().toImage();
    EXPECT_NE(first.pixelColor(400, 300), Water);
    const QImage image = settle(*map);
    EXPECT_GT(count(image, Paper), 250); // the scale bar and attribution cover a few
    EXPECT_EQ(source->pendingCount(), 0);

    // Zoomed in: the parent (paper) scaled up until the new tiles come.
    source->hold = true;
    map->setZoom(13);
    const QImage zoomed = map->grab().toImage();
    EXPECT_GT(count(zoomed, Paper), 250);
    // Past the source's last zoom its deepest tiles are scaled up.
    source->hold = false;
    map->setZoom(MapView::MaxZoom);
    map->setCenter(Centre);
    EXPECT_GT(count(settle(*map), Paper), 250);
    for (const TileId &tile : std::as_const(source->started))
        EXPECT_LE(tile.z, 16);
}

TEST(MapTiles, ZoomingCancelsTheRequestsOfTheOldZoom)
{
    auto map = view();
    auto source = std::make_shared<PaperSource>(QStringLiteral("paper-2"));
    source->hold = true; // nothing ever arrives
    map->setTileSource(source);
    map->grab();
    QCoreApplication::processEvents();
    EXPECT_GT(source->loadingCount(), 0);
    const int atTwelve = source->pendingCount();
    map->setZoom(14);
    map->grab();
    QCoreApplication::processEvents();
    EXPECT_EQ(source->aborted.size(), atTwelve);
    for (const TileId &tile : std::as_const(source->aborted))
        EXPECT_EQ(tile.z, 12);
    EXPECT_GT(source->pendingCount(), 0);
    map->setTileSource(nullptr); // back to the default: nothing left asked for
    EXPECT_EQ(source->pendingCount(), 0);
}

TEST(MapTiles, AFailedSourceStillShowsTheBasemap)
{
    auto map = view();
    // Nothing listens on port 9 of the loopback: every try fails.
    HttpTileSource::Options options;
    options.urlTemplate = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    options.maxAttempts = 2;
    options.firstRetryMs = 20;
    auto source = std::make_shared<HttpTileSource>(options);
    QSignalSpy failed(source.get(), &TileSource::tileFailed);
    map->setTileSource(source);
    map->grab();
    ASSERT_TRUE(failed.wait(10000));
    QTest::qWait(300);
    const QImage image = settle(*map);
    EXPECT_FALSE(map->lastTileError().isEmpty());
    // The middle of Shanghai is land from the district basemap, not water.
    EXPECT_NE(image.pixelColor(400, 300), Water);
    EXPECT_LT(count(image, Water), 150);
    // Failed tiles are not asked for again at every frame.
    settle(*map);
    EXPECT_EQ(source->pendingCount(), 0);
}

TEST(MapTiles, AMissingTilePackShowsTheBasemap)
{
    QTemporaryDir dir;
    auto map = view();
    auto source = std::make_shared<MBTilesTileSource>(dir.filePath(QStringLiteral("gone.mbtiles")));
    EXPECT_FALSE(source->errorString().isEmpty());
    map->setTileSource(source);
    const QImage image = settle(*map);
    EXPECT_NE(image.pixelColor(400, 300), Water);
    EXPECT_LT(count(image, Water), 150);
    EXPECT_EQ(source->pendingCount(), 0); // nothing asked of a source that cannot give
}

TEST(MapTiles, TheDefaultSourceSwitchesEveryMapAtOnce)
{
    auto a = view();
    auto b = view();
    auto own = std::make_shared<PaperSource>(QStringLiteral("paper-own"));
    b->setTileSource(own);
    auto shared = std::make_shared<PaperSource>(QStringLiteral("paper-3"));
    MapView::setDefaultTileSource(shared);
    EXPECT_EQ(a->tileSource(), shared.get());
    EXPECT_EQ(b->tileSource(), own.get()); // a map's own choice stays
    MapView c;
    EXPECT_EQ(c.tileSource(), shared.get());
    MapView::setDefaultTileSource(nullptr);
    EXPECT_EQ(a->tileSource()->key(), QStringLiteral("basemap"));
    EXPECT_EQ(c.tileSource()->key(), QStringLiteral("basemap"));
}

TEST(MapTiles, Gcj02SourcesGetMarkersConvertedAndClicksBackInWgs84)
{
    const GeoPoint wgs{39.915, 116.404};
    const GeoPoint gcj{39.91640428150164, 116.41024449916938};
    auto map = view();
    map->setZoom(16);
    map->setCenter(wgs);
    map->setOrders({{QStringLiteral("O1"), wgs, QStringLiteral("completed"), false}});
    const QPointF wgsPixel = map->toWidget(wgs);
    EXPECT_NEAR(wgsPixel.x(), 400, 1e-6); // a WGS-84 source: where it is

    auto source = std::make_shared<PaperSource>(QStringLiteral("paper-gcj"),
                                                TileSource::CoordinateSystem::Gcj02);
    QSignalSpy changed(map.get(), &MapView::tileSourceChanged);
    map->setTileSource(source);
    EXPECT_EQ(changed.count(), 1);
    // The centre stays the same WGS-84 place.
    EXPECT_LT(haversineMeters(map->center(), wgs), 0.01);
    // Where GCJ-02 116.41024449916938, 39.91640428150164 projects, relative
    // to the view's centre (the GCJ-02 of the WGS-84 centre).
    const QPointF expected =
        QPointF(400, 300) + WebMercator::toWorldPixel(gcj, 16) -
        WebMercator::toWorldPixel(ChinaCoordinates::wgs84ToGcj02(map->center()), 16);
    const QPointF at = map->toWidget(wgs);
    EXPECT_NEAR(at.x(), expected.x(), 0.01);
    EXPECT_NEAR(at.y(), expected.y(), 0.01);
    // The marker is drawn there: the paper tiles are one colour, the marker
    // is green (completed) in the middle of `at`.
    const QImage image = settle(*map);
    const QColor marker = image.pixelColor(at.toPoint());
    EXPECT_NE(marker, Paper);
    EXPECT_GT(marker.green(), marker.red());
    // A click there selects the order; toGeo gives WGS-84 back within 1 m.
    QSignalSpy clicks(map.get(), &MapView::orderClicked);
    QTest::mouseClick(map.get(), Qt::LeftButton, {}, at.toPoint());
    EXPECT_EQ(clicks.count(), 1);
    EXPECT_LT(haversineMeters(map->toGeo(expected), wgs), 1.0);

    // Technicians too.
    map->setTechnicians(
        {{QStringLiteral("T1"), QStringLiteral("王师傅"), wgs, QStringLiteral("online"), 3}});
    QSignalSpy techClicks(map.get(), &MapView::technicianClicked);
    settle(*map);
    QTest::mouseClick(map.get(), Qt::LeftButton, {}, expected.toPoint());
    EXPECT_EQ(techClicks.count(), 1);
    EXPECT_EQ(map->drawnTechnicians(), 1);

    // Back to WGS-84: the marker is where it was at first.
    map->setTileSource(nullptr);
    EXPECT_NEAR(map->toWidget(wgs).x(), wgsPixel.x(), 0.01);
    EXPECT_NEAR(map->toWidget(wgs).y(), wgsPixel.y(), 0.01);
}
