// Tile sources against the real reference server on loopback and real files:
// the server's tiles over HTTP, the disk cache serving them when the server
// is gone, 503 and 429 retried with backoff (Retry-After honoured), giving up
// with a clear error, stale zoom levels cancelled, the queue served
// centre-first, URL templates checked, MBTiles packs read and broken ones
// refused.
#include "common/TestSupport.h"
#include "services/server/LocalServerProcess.h"
#include "services/tiles/BasemapTileSource.h"
#include "services/tiles/HttpTileSource.h"
#include "services/tiles/MBTilesTileSource.h"
#include "services/tiles/TileSourceSettings.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkCacheMetaData>
#include <QNetworkDiskCache>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::TestSupport;

namespace {

const TileId Shanghai = WebMercator::tileAt({31.23, 121.47}, 12);

TileId tileOf(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<TileId>();
}

// One reference server for the suite, with fault injection.
class HttpTiles : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        server = new LocalServerProcess;
        server->start(program(QStringLiteral("opsdesk-server")),
                      {QStringLiteral("--demo"), QStringLiteral("--test-faults"),
                       QStringLiteral("--orders"), QStringLiteral("50"),
                       QStringLiteral("--technicians"), QStringLiteral("5"),
                       QStringLiteral("--no-simulator")});
        if (!server->waitForReady(120000))
            return;
        QUrl login = server->baseUrl();
        login.setPath(QStringLiteral("/api/v1/auth/login"));
        const HttpResult answer =
            httpRequest("POST", login, R"({"username":"admin","password":"opsdesk-demo"})");
        token = answer.json()[QStringLiteral("access_token")].toString().toLatin1();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(server && server->isReady() && !token.isEmpty())
            << "the server did not start or the admin could not sign in";
        setFaults({});
    }
    void TearDown() override { setFaults({}); }

    static void setFaults(const QJsonObject &faults)
    {
        QJsonObject body{{QStringLiteral("latency_ms"), 0},
                         {QStringLiteral("error_rate"), 0},
                         {QStringLiteral("drop_after_commit"), 0},
                         {QStringLiteral("slow_body_ms"), 0},
                         {QStringLiteral("truncate_json_next"), 0}};
        for (auto it = faults.begin(); it != faults.end(); ++it)
            body.insert(it.key(), it.value());
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/api/v1/admin/faults"));
        const HttpResult answer = httpRequest(
            "PUT", url, QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + token},
             {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        ASSERT_EQ(answer.status, 200) << answer.body.constData();
    }

    // Switches the faults off as soon as the source has retried `retries`
    // times (while it waits for the next try).
    static void recoverAfterRetries(HttpTileSource &source, int retries)
    {
        auto *poll = new QTimer(&source);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, &source, retries] {
            if (source.stats().retries < retries)
                return;
            poll->stop();
            setFaults({});
        });
        poll->start(10);
    }

    HttpTileSource::Options options() const
    {
        HttpTileSource::Options o;
        o.urlTemplate = TileSourceSettings::serverTemplate(server->baseUrl());
        o.subdomains.clear();
        o.cacheDir = cacheDir.filePath(QStringLiteral("tiles"));
        o.contact = QStringLiteral("ops@example.com");
        return o;
    }

    QTemporaryDir cacheDir;
    static inline LocalServerProcess *server = nullptr;
    static inline QByteArray token;
};

} // namespace

TEST(TileTemplates, RefusesWhatCannotBeATileAddress)
{
    EXPECT_EQ(HttpTileSource::validateTemplate(TileSourceSettings::osmTemplate()), QString());
    EXPECT_EQ(HttpTileSource::validateTemplate(TileSourceSettings::amapTemplate()), QString());
    EXPECT_EQ(HttpTileSource::validateTemplate(TileSourceSettings::serverTemplate(
                  QUrl(QStringLiteral("http://127.0.0.1:8080/")))),
              QString());

    const QString noY =
        HttpTileSource::validateTemplate(QStringLiteral("https://tile.example.com/{z}/{x}.png"));
    EXPECT_TRUE(noY.contains(QStringLiteral("{y}"))) << qPrintable(noY);
    const QString ftp =
        HttpTileSource::validateTemplate(QStringLiteral("ftp://tile.example.com/{z}/{x}/{y}.png"));
    EXPECT_TRUE(ftp.contains(QStringLiteral("http"))) << qPrintable(ftp);
    EXPECT_FALSE(HttpTileSource::validateTemplate(QStringLiteral("file:///tiles/{z}/{x}/{y}.png"))
                     .isEmpty());
    EXPECT_FALSE(
        HttpTileSource::validateTemplate(QStringLiteral("tiles/{z}/{x}/{y}.png")).isEmpty());
    EXPECT_FALSE(HttpTileSource::validateTemplate(QString()).isEmpty());
    const QString unknown = HttpTileSource::validateTemplate(
        QStringLiteral("https://tile.example.com/{z}/{x}/{y}.png?key={apikey}"));
    EXPECT_TRUE(unknown.contains(QStringLiteral("{apikey}"))) << qPrintable(unknown);
    // No secrets in the settings.
    for (const char *withSecret : {"https://tile.example.com/{z}/{x}/{y}.png?apikey=0123abcd",
                                   "https://tile.example.com/{z}/{x}/{y}.png?style=a&Key=x",
                                   "https://user:pw@tile.example.com/{z}/{x}/{y}.png"}) {
        const QString refused = HttpTileSource::validateTemplate(QString::fromLatin1(withSecret));
        EXPECT_TRUE(refused.contains(QStringLiteral("secret"))) << withSecret;
    }

    // {s}: the same subdomain for a tile every time.
    const QStringList subdomains{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4")};
    const QUrl amap =
        HttpTileSource::tileUrl(TileSourceSettings::amapTemplate(), subdomains, {12, 3430, 1673});
    EXPECT_EQ(amap.host(), QStringLiteral("webrd04.is.autonavi.com"));
    EXPECT_TRUE(amap.query().contains(QStringLiteral("x=3430&y=1673&z=12")));
    EXPECT_EQ(
        HttpTileSource::tileUrl(TileSourceSettings::amapTemplate(), subdomains, {12, 3430, 1673}),
        amap);

    // The User-Agent says who is asking.
    EXPECT_EQ(HttpTileSource::userAgent(QStringLiteral("ops@example.com")),
              QByteArrayLiteral("OpsDesk/" OPSDESK_VERSION_STRING " (+ops@example.com)"));
    EXPECT_EQ(HttpTileSource::userAgent(QString()),
              QByteArrayLiteral("OpsDesk/" OPSDESK_VERSION_STRING));
}

TEST(TileSettings, CreateTheSourceTheyDescribe)
{
    TileSourceSettings settings;
    EXPECT_EQ(settings.create(QUrl())->key(), QStringLiteral("basemap"));
    settings.source = QStringLiteral("server");
    EXPECT_EQ(settings.create(QUrl())->key(), QStringLiteral("basemap")); // no server yet
    EXPECT_EQ(settings.create(QUrl(QStringLiteral("https://ops.example.com")))->key(),
              QStringLiteral("https://ops.example.com/api/v1/tiles/{z}/{x}/{y}.png"));
    settings.source = QStringLiteral("amap");
    const auto amap = settings.create(QUrl());
    EXPECT_EQ(amap->coordinateSystem(), TileSource::CoordinateSystem::Gcj02);
    EXPECT_TRUE(amap->key().contains(QStringLiteral("autonavi")));
    settings.source = QStringLiteral("xyz");
    settings.urlTemplate = QStringLiteral("https://tile.example.com/{z}/{x}.png");
    EXPECT_FALSE(settings.validate().isEmpty());
    settings.urlTemplate = TileSourceSettings::osmTemplate();
    EXPECT_EQ(settings.validate(), QString());
    EXPECT_EQ(settings.create(QUrl())->coordinateSystem(), TileSource::CoordinateSystem::Wgs84);
    EXPECT_TRUE(settings.create(QUrl())->attribution().contains(QStringLiteral("OpenStreetMap")));
}

namespace {

// Marks the cached copy of a URL as expired, as if a day had passed.
void expire(const QString &cacheDir, const QUrl &url)
{
    QNetworkDiskCache cache;
    cache.setCacheDirectory(cacheDir);
    QNetworkCacheMetaData meta = cache.metaData(url);
    ASSERT_TRUE(meta.isValid());
    meta.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(-1));
    cache.updateMetaData(meta);
}

QDateTime expiration(const QString &cacheDir, const QUrl &url)
{
    QNetworkDiskCache cache;
    cache.setCacheDirectory(cacheDir);
    return cache.metaData(url).expirationDate();
}

} // namespace

TEST_F(HttpTiles, FetchesFromTheServerAndTheDiskCacheServesItWhenTheServerIsGone)
{
    // A server of its own, stopped half way.
    LocalServerProcess own;
    own.start(program(QStringLiteral("opsdesk-server")), {});
    ASSERT_TRUE(own.waitForReady(60000)) << qPrintable(own.errorString());
    HttpTileSource::Options o = options();
    o.urlTemplate = TileSourceSettings::serverTemplate(own.baseUrl());
    o.maxAttempts = 2;
    o.firstRetryMs = 50;
    const QUrl url = HttpTileSource::tileUrl(o.urlTemplate, o.subdomains, Shanghai);

    // Each source sees its tile once (a new instance, same cache folder).
    auto fetch = [&o](QImage *image) {
        auto source = std::make_unique<HttpTileSource>(o);
        QSignalSpy ready(source.get(), &TileSource::tileReady);
        QSignalSpy failed(source.get(), &TileSource::tileFailed);
        source->request(Shanghai);
        EXPECT_TRUE(ready.wait(20000))
            << (failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(1).toString()));
        if (!ready.isEmpty())
            *image = ready.at(0).at(1).value<QImage>();
        return source->stats();
    };

    QImage first;
    HttpTileSource::Stats stats = fetch(&first);
    EXPECT_EQ(first.size(), QSize(256, 256));
    EXPECT_EQ(stats.networkRequests, 1);
    EXPECT_EQ(stats.fromCache, 0);
    // Again: fresh in the disk cache (max-age), used without asking.
    QImage image;
    stats = fetch(&image);
    EXPECT_EQ(stats.fromCache, 1);
    EXPECT_EQ(image, first);
    // Expired: revalidated with the ETag (304), and fresh again after it.
    ASSERT_NO_FATAL_FAILURE(expire(o.cacheDir, url));
    stats = fetch(&image);
    EXPECT_EQ(stats.fromCache, 1);
    EXPECT_EQ(image, first);
    EXPECT_GT(expiration(o.cacheDir, url), QDateTime::currentDateTimeUtc().addSecs(3600));

    own.stop();
    // The server is gone: the fresh copy still shows.
    image = {};
    stats = fetch(&image);
    EXPECT_EQ(stats.fromCache, 1);
    EXPECT_EQ(image, first);
    // Even an expired copy beats a blank tile once the tries are used up.
    ASSERT_NO_FATAL_FAILURE(expire(o.cacheDir, url));
    image = {};
    stats = fetch(&image);
    EXPECT_EQ(stats.staleFromCache, 1);
    EXPECT_EQ(stats.networkRequests, 2);
    EXPECT_EQ(image, first);
}

TEST_F(HttpTiles, RetriesA503WithBackoffHonouringRetryAfterAndSucceeds)
{
    setFaults({{QStringLiteral("error_rate"), 1}});
    HttpTileSource::Options o = options();
    o.maxAttempts = 6;
    o.firstRetryMs = 100; // Retry-After: 1 is the floor
    HttpTileSource source(o);
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    // The server recovers once the tile has been tried twice: the third try
    // gets it.
    recoverAfterRetries(source, 2);
    QElapsedTimer clock;
    clock.start();
    source.request(Shanghai);
    ASSERT_TRUE(ready.wait(15000));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_GE(clock.elapsed(), 1950); // two waits of at least Retry-After's second
    EXPECT_EQ(source.stats().retries, 2);
    EXPECT_EQ(source.stats().networkRequests, source.stats().retries + 1);
    EXPECT_EQ(source.stats().failures, 0);
}

TEST_F(HttpTiles, RetriesA429AndSucceeds)
{
    setFaults({{QStringLiteral("error_rate"), 1}, {QStringLiteral("error_status"), 429}});
    HttpTileSource::Options o = options();
    o.firstRetryMs = 100;
    HttpTileSource source(o);
    QSignalSpy ready(&source, &TileSource::tileReady);
    recoverAfterRetries(source, 1);
    source.request(Shanghai);
    ASSERT_TRUE(ready.wait(15000));
    EXPECT_EQ(source.stats().retries, 1);
    EXPECT_EQ(source.stats().failures, 0);
}

TEST_F(HttpTiles, GivesUpAfterTheLastTryWithAClearError)
{
    setFaults({{QStringLiteral("error_rate"), 1}});
    HttpTileSource::Options o = options();
    o.maxAttempts = 3;
    o.firstRetryMs = 50;
    o.retryAfterCapMs = 100; // the test does not wait out Retry-After
    HttpTileSource source(o);
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    source.request(Shanghai);
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_TRUE(ready.isEmpty());
    EXPECT_EQ(tileOf(failed, 0), Shanghai);
    const QString error = failed.at(0).at(1).toString();
    EXPECT_TRUE(error.contains(QStringLiteral("503"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("tried 3 time"))) << qPrintable(error);
    EXPECT_EQ(source.stats().networkRequests, 3);
    EXPECT_EQ(source.stats().failures, 1);
    EXPECT_EQ(source.pendingCount(), 0);

    // A 404 (outside the basemaps' coverage) is not retried.
    setFaults({});
    source.request({12, 0, 0});
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(1).at(1).toString().contains(QStringLiteral("404")));
    EXPECT_EQ(source.stats().networkRequests, 4);
}

TEST_F(HttpTiles, CancelsStaleRequestsOfAnotherZoom)
{
    setFaults({{QStringLiteral("latency_ms"), 600}});
    HttpTileSource::Options o = options();
    o.maxConcurrent = 2;
    HttpTileSource source(o);
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    const int me = 0;
    const int other = 0;
    for (int i = 0; i < 6; ++i)
        source.request({12, Shanghai.x + i % 3, Shanghai.y + i / 3}, i, &me);
    source.request({12, Shanghai.x + 5, Shanghai.y}, 0, &other); // another map's
    QTest::qWait(100);
    EXPECT_EQ(source.loadingCount(), 2);
    EXPECT_EQ(source.pendingCount(), 7);

    // The view zoomed in: its requests of zoom 12 are stale; the other
    // map's stays.
    const TileId deeper{13, Shanghai.x * 2, Shanghai.y * 2};
    source.cancelOtherZooms(13, &me);
    EXPECT_EQ(source.pendingCount(), 1);
    source.request(deeper, 0, &me);
    ASSERT_TRUE(ready.wait(10000));
    QTest::qWait(1500);
    EXPECT_TRUE(failed.isEmpty());
    QList<TileId> got;
    for (int i = 0; i < ready.size(); ++i)
        got.append(tileOf(ready, i));
    EXPECT_EQ(got.size(), 2);
    EXPECT_TRUE(got.contains(deeper));
    EXPECT_TRUE(got.contains(TileId{12, Shanghai.x + 5, Shanghai.y}));
    EXPECT_EQ(source.pendingCount(), 0);

    // cancelStale keeps only the tiles still in view.
    source.request({14, 1, 1}, 0, &me);
    source.request({14, 1, 2}, 0, &me);
    source.cancelStale({TileId{14, 1, 2}}, &me);
    EXPECT_FALSE(source.isPending({14, 1, 1}));
    EXPECT_TRUE(source.isPending({14, 1, 2}));
    source.cancelAll(&me);
    EXPECT_EQ(source.pendingCount(), 0);
}

TEST_F(HttpTiles, ServesTheQueueCentreFirst)
{
    HttpTileSource::Options o = options();
    o.maxConcurrent = 1;
    o.cacheDir.clear();
    HttpTileSource source(o);
    QSignalSpy ready(&source, &TileSource::tileReady);
    const TileId far{12, Shanghai.x + 2, Shanghai.y};
    const TileId near{12, Shanghai.x + 1, Shanghai.y};
    source.request(far, 2.0);
    source.request(near, 1.0);
    source.request(Shanghai, 0.0);
    while (ready.size() < 3)
        ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(tileOf(ready, 0), Shanghai);
    EXPECT_EQ(tileOf(ready, 1), near);
    EXPECT_EQ(tileOf(ready, 2), far);
}

namespace {

void makePack(const QString &path, const TileId &xyz, const QByteArray &bytes)
{
    QString error;
    ASSERT_TRUE(TestSupport::writeMBTilesPack(
        path, xyz.z, xyz.x, xyz.y, bytes,
        {{QStringLiteral("name"), QStringLiteral("Shanghai")},
         {QStringLiteral("format"), QStringLiteral("png")},
         {QStringLiteral("minzoom"), QStringLiteral("10")},
         {QStringLiteral("maxzoom"), QStringLiteral("14")},
         {QStringLiteral("attribution"), QStringLiteral("© Test pack")}},
        &error))
        << qPrintable(error);
}

QByteArray redPng()
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST(MBTilesSource, ReadsAPackAndFailsCleanlyOnAMissingTile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shanghai.mbtiles"));
    ASSERT_NO_FATAL_FAILURE(makePack(path, Shanghai, redPng()));
    MBTilesTileSource source(path);
    EXPECT_EQ(source.errorString(), QString());
    EXPECT_EQ(source.attribution(), QStringLiteral("© Test pack"));
    EXPECT_EQ(source.minZoom(), 10);
    EXPECT_EQ(source.maxZoom(), 14);
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    source.request(Shanghai);
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(ready.at(0).at(1).value<QImage>().pixelColor(128, 128), QColor(200, 30, 30));
    source.request({12, Shanghai.x + 1, Shanghai.y});
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("no tile")));

    TileSourceSettings settings;
    settings.source = QStringLiteral("mbtiles");
    settings.packPath = path;
    EXPECT_EQ(settings.validate(), QString());
}

TEST(MBTilesSource, ABrokenOrMissingPackGivesAClearError)
{
    QTemporaryDir dir;
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.mbtiles"));
    {
        QFile file(corrupt);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
    }
    for (const QString &path : {corrupt, dir.filePath(QStringLiteral("missing.mbtiles"))}) {
        MBTilesTileSource source(path);
        EXPECT_FALSE(source.errorString().isEmpty());
        EXPECT_TRUE(source.errorString().contains(path)) << qPrintable(source.errorString());
        QSignalSpy failed(&source, &TileSource::tileFailed);
        source.request(Shanghai);
        ASSERT_TRUE(failed.wait(5000));
        EXPECT_EQ(failed.at(0).at(1).toString(), source.errorString());

        TileSourceSettings settings;
        settings.source = QStringLiteral("mbtiles");
        settings.packPath = path;
        EXPECT_EQ(settings.validate(), source.errorString());
    }
    // The corrupt file was not touched.
    QFile file(corrupt);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray(4096, '\x5a'));
}

TEST(BasemapSource, RendersOnRequestAndAtOnce)
{
    BasemapTileSource source;
    EXPECT_TRUE(source.rendersNow());
    EXPECT_EQ(source.renderNow(Shanghai).size(), QSize(256, 256));
    QSignalSpy ready(&source, &TileSource::tileReady);
    source.request(Shanghai);
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(tileOf(ready, 0), Shanghai);
}
