#include "server/ApiServer.h"
#include "server/tiles/TileRenderer.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::Server;

namespace {

// Shanghai's People's Square is in tile 10/857/418.
constexpr int ShanghaiZ = 10, ShanghaiX = 857, ShanghaiY = 418;

HttpRequest tileRequest(const QString &path, const QByteArray &ifNoneMatch = {})
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    if (!ifNoneMatch.isEmpty())
        request.headers.insert("if-none-match", ifNoneMatch);
    return request;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
    return count;
}

QString problemType(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("type")).toString();
}

} // namespace

TEST(TileRenderer, LoadsEveryCityBasemap)
{
    TileRenderer renderer;
    EXPECT_TRUE(renderer.loadErrors().isEmpty()) << renderer.loadErrors().join(u'\n').toStdString();
    EXPECT_EQ(renderer.basemaps().size(), 7);
    EXPECT_TRUE(renderer.coverage().contains({31.2304, 121.4737}));
    EXPECT_TRUE(renderer.coverage().contains({39.9087, 116.3975}));
}

TEST(TileRenderer, ShanghaiTileIsA256PngWithLand)
{
    TileRenderer renderer;
    const std::optional<QByteArray> png = renderer.render(ShanghaiZ, ShanghaiX, ShanghaiY);
    ASSERT_TRUE(png.has_value());
    EXPECT_TRUE(png->startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    ASSERT_TRUE(image.loadFromData(*png, "PNG"));
    EXPECT_EQ(image.size(), QSize(256, 256));
    EXPECT_TRUE(image.hasAlphaChannel());
    // The tile is all land (districts and their borders).
    EXPECT_GT(opaquePixels(image), 256 * 256 * 9 / 10);
    QSet<QRgb> colours;
    for (int y = 0; y < 256; y += 4)
        for (int x = 0; x < 256; x += 4)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 3); // several district colours and grey borders

    // A tile on the city's edge has land and transparent sea.
    const std::optional<QByteArray> edge = renderer.render(8, 214, 104);
    ASSERT_TRUE(edge.has_value());
    QImage edgeImage;
    ASSERT_TRUE(edgeImage.loadFromData(*edge, "PNG"));
    const int land = opaquePixels(edgeImage);
    EXPECT_GT(land, 100);
    EXPECT_LT(land, 256 * 256 - 100);
}

TEST(TileRenderer, ValidatesAddressesAndCoverage)
{
    TileRenderer renderer;
    QString error;
    EXPECT_EQ(renderer.validate(ShanghaiZ, ShanghaiX, ShanghaiY), TileRenderer::Validity::Valid);
    EXPECT_EQ(renderer.validate(0, 0, 0), TileRenderer::Validity::Valid);
    EXPECT_EQ(renderer.validate(25, 0, 0, &error), TileRenderer::Validity::Invalid);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(renderer.validate(-1, 0, 0), TileRenderer::Validity::Invalid);
    EXPECT_EQ(renderer.validate(10, 1024, 0), TileRenderer::Validity::Invalid);
    EXPECT_EQ(renderer.validate(10, 0, -1), TileRenderer::Validity::Invalid);
    EXPECT_EQ(renderer.validate(10, 10, 500), TileRenderer::Validity::OutOfCoverage);
    EXPECT_TRUE(TileRenderer::isValidTile(18, 262143, 262143));
    EXPECT_FALSE(TileRenderer::isValidTile(19, 0, 0));
    EXPECT_FALSE(renderer.render(10, 10, 500).has_value());
    EXPECT_FALSE(renderer.render(25, 0, 0).has_value());
    EXPECT_EQ(TileRenderer::etag(10, 857, 418), QByteArray("\"10-857-418-1\""));
}

TEST(TileRenderer, CacheIsBoundedAndServesRepeats)
{
    TileRenderer renderer(200 * 1024);
    const std::optional<QByteArray> first = renderer.render(ShanghaiZ, ShanghaiX, ShanghaiY);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(renderer.cachedTiles(), 1);
    EXPECT_EQ(renderer.render(ShanghaiZ, ShanghaiX, ShanghaiY), first);
    EXPECT_EQ(renderer.cachedTiles(), 1);
    for (int x = 855; x <= 859; ++x) // Shanghai's 25 tiles at zoom 10
        for (int y = 416; y <= 420; ++y)
            ASSERT_TRUE(renderer.render(10, x, y).has_value());
    EXPECT_LE(renderer.cachedBytes(), 200 * 1024);
    EXPECT_GT(renderer.cachedTiles(), 1);
}

class TileRoute : public ::testing::Test
{
protected:
    ServerOptions options;
    ApiServer server{options};
};

TEST_F(TileRoute, ServesPngWithCachingHeaders)
{
    HttpRequest request = tileRequest(QStringLiteral("/api/v1/tiles/10/857/418.png"));
    const HttpResponse response = server.handle(request);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    EXPECT_EQ(response.header("Content-Type"), QByteArray("image/png"));
    EXPECT_EQ(response.header("Cache-Control"), QByteArray("public, max-age=86400"));
    EXPECT_EQ(response.header("ETag"), QByteArray("\"10-857-418-1\""));
    QImage image;
    ASSERT_TRUE(image.loadFromData(response.body, "PNG"));
    EXPECT_EQ(image.size(), QSize(256, 256));
    EXPECT_GT(opaquePixels(image), 0);
}

TEST_F(TileRoute, IfNoneMatchGives304)
{
    HttpRequest request =
        tileRequest(QStringLiteral("/api/v1/tiles/10/857/418.png"), "\"10-857-418-1\"");
    HttpResponse response = server.handle(request);
    EXPECT_EQ(response.status, 304);
    EXPECT_TRUE(response.body.isEmpty());
    EXPECT_EQ(response.header("ETag"), QByteArray("\"10-857-418-1\""));
    EXPECT_EQ(response.header("Cache-Control"), QByteArray("public, max-age=86400"));

    HttpRequest listed =
        tileRequest(QStringLiteral("/api/v1/tiles/10/857/418.png"), "\"old\", W/\"10-857-418-1\"");
    EXPECT_EQ(server.handle(listed).status, 304);
    HttpRequest star = tileRequest(QStringLiteral("/api/v1/tiles/10/857/418.png"), "*");
    EXPECT_EQ(server.handle(star).status, 304);

    HttpRequest stale =
        tileRequest(QStringLiteral("/api/v1/tiles/10/857/418.png"), "\"10-857-418-0\"");
    response = server.handle(stale);
    EXPECT_EQ(response.status, 200);
    EXPECT_FALSE(response.body.isEmpty());
}

TEST_F(TileRoute, PacificTileIs404)
{
    // 150°W on the equator.
    HttpRequest request = tileRequest(QStringLiteral("/api/v1/tiles/10/85/512.png"));
    const HttpResponse response = server.handle(request);
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.header("Content-Type"), QByteArray("application/problem+json"));
    EXPECT_TRUE(problemType(response).endsWith(QStringLiteral("/not-found")));
    // Even with a matching-looking ETag: there is no such tile.
    HttpRequest conditional =
        tileRequest(QStringLiteral("/api/v1/tiles/10/85/512.png"), "\"10-85-512-1\"");
    EXPECT_EQ(server.handle(conditional).status, 404);
}

TEST_F(TileRoute, BadAddressesAre400)
{
    for (const char *path :
         {"/api/v1/tiles/25/0/0.png", "/api/v1/tiles/19/0/0.png", "/api/v1/tiles/10/1024/0.png",
          "/api/v1/tiles/10/0/1024.png", "/api/v1/tiles/a/0/0.png", "/api/v1/tiles/10/-1/0.png",
          "/api/v1/tiles/10/857/418", "/api/v1/tiles/10/857/418.jpg", "/api/v1/tiles/10/857/.png",
          "/api/v1/tiles/10/857/99999999999.png"}) {
        SCOPED_TRACE(path);
        HttpRequest request = tileRequest(QString::fromLatin1(path));
        const HttpResponse response = server.handle(request);
        EXPECT_EQ(response.status, 400);
        EXPECT_EQ(response.header("Content-Type"), QByteArray("application/problem+json"));
        EXPECT_TRUE(problemType(response).endsWith(QStringLiteral("/bad-request")));
    }
}

TEST_F(TileRoute, NeedsNoAuthentication)
{
    HttpRequest request = tileRequest(QStringLiteral("/api/v1/tiles/0/0/0.png"));
    request.headers.insert("authorization", "Bearer nonsense");
    EXPECT_EQ(server.handle(request).status, 200);
    EXPECT_TRUE(server.router().routes().contains(QStringLiteral("GET /api/v1/tiles/{z}/{x}/{y}")));
}
