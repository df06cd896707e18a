// Offline tile packs: XYZ addresses read from the TMS rows of an MBTiles
// file, its metadata, and clear refusals of files that are not packs.
#include "services/tiles/MBTilesReader.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include "common/TestSupport.h"

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

void makePack(const QString &path, const TileId &xyz, const QByteArray &bytes)
{
    QString error;
    ASSERT_TRUE(TestSupport::writeMBTilesPack(
        path, xyz.z, xyz.x, xyz.y, bytes,
        {{QStringLiteral("name"), QStringLiteral("上海离线图")},
         {QStringLiteral("format"), QStringLiteral("png")},
         {QStringLiteral("minzoom"), QStringLiteral("8")},
         {QStringLiteral("maxzoom"), QStringLiteral("14")},
         {QStringLiteral("bounds"), QStringLiteral("120.8,30.6,122.2,31.9")},
         {QStringLiteral("attribution"), QStringLiteral("© OpsDesk demo")}},
        &error))
        << qPrintable(error);
}

} // namespace

TEST(MBTiles, ReadsXyzTilesFromTmsRowsAndTheMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shanghai.mbtiles"));
    const TileId tile = WebMercator::tileAt({31.23, 121.47}, 12);
    makePack(path, tile, QByteArrayLiteral("\x89PNG fake tile"));
    MBTilesReader reader;
    QString error;
    ASSERT_TRUE(reader.open(path, &error)) << qPrintable(error);
    EXPECT_EQ(reader.name(), QStringLiteral("上海离线图"));
    EXPECT_EQ(reader.format(), QStringLiteral("png"));
    EXPECT_EQ(reader.minZoom(), 8);
    EXPECT_EQ(reader.maxZoom(), 14);
    EXPECT_EQ(reader.attribution(), QStringLiteral("© OpsDesk demo"));
    EXPECT_TRUE(reader.bounds().contains({31.23, 121.47}));
    EXPECT_NEAR(reader.bounds().minLng, 120.8, 1e-9);
    EXPECT_NEAR(reader.bounds().maxLat, 31.9, 1e-9);

    const auto bytes = reader.tile(tile);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(*bytes, QByteArrayLiteral("\x89PNG fake tile"));
    // The unflipped row is another tile, which the pack does not have.
    const TileId unflipped{tile.z, tile.x, (1 << tile.z) - 1 - tile.y};
    EXPECT_FALSE(reader.tile(unflipped).has_value());
    EXPECT_FALSE(reader.tile({tile.z, tile.x + 1, tile.y}).has_value());
    EXPECT_FALSE(reader.tile({40, 0, 0}).has_value()); // not a tile address
}

TEST(MBTiles, RefusesWhatIsNotATilePackAndLeavesItAlone)
{
    QTemporaryDir dir;
    MBTilesReader reader;
    QString error;
    EXPECT_FALSE(reader.open(dir.filePath(QStringLiteral("missing.mbtiles")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << qPrintable(error);

    const QString text = dir.filePath(QStringLiteral("notes.mbtiles"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text that is long enough");
    }
    error.clear();
    EXPECT_FALSE(reader.open(text, &error));
    EXPECT_FALSE(error.isEmpty());
    QFile check(text);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(),
              QByteArray("this is not a database, just some text that is long enough"));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE unrelated (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    error.clear();
    EXPECT_FALSE(reader.open(other, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("MBTiles"))) << qPrintable(error);
    EXPECT_FALSE(reader.isOpen());
}
