#include "services/tiles/MBTilesReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace OpsDesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::MBTilesReader)
};

} // namespace

MBTilesReader::MBTilesReader() = default;

MBTilesReader::~MBTilesReader()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool MBTilesReader::open(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = Text::tr("The tile pack %1 does not exist.").arg(path);
        return false;
    }
    const QString name = QStringLiteral("mbtiles-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "name IN ('tiles', 'metadata')"))) {
            *error = Text::tr("%1 is not a tile pack (not a SQLite file).").arg(path);
        } else if (!query.next() || query.value(0).toInt() < 2) {
            *error =
                Text::tr("%1 is not an MBTiles tile pack (no tiles or metadata table).").arg(path);
        } else {
            ok = true;
            query.exec(QStringLiteral("SELECT name, value FROM metadata"));
            while (query.next()) {
                const QString key = query.value(0).toString();
                const QString value = query.value(1).toString();
                if (key == QLatin1String("name"))
                    m_name = value;
                else if (key == QLatin1String("format"))
                    m_format = value;
                else if (key == QLatin1String("attribution"))
                    m_attribution = value;
                else if (key == QLatin1String("minzoom"))
                    m_minZoom = value.toInt();
                else if (key == QLatin1String("maxzoom"))
                    m_maxZoom = value.toInt();
                else if (key == QLatin1String("bounds")) {
                    // "west,south,east,north" in degrees.
                    const QStringList parts = value.split(QLatin1Char(','));
                    if (parts.size() == 4)
                        m_bounds = GeoRect::fromCorners({parts[1].toDouble(), parts[0].toDouble()},
                                                        {parts[3].toDouble(), parts[2].toDouble()});
                }
            }
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_connection = name;
    return true;
}

std::optional<QByteArray> MBTilesReader::tile(const TileId &tile) const
{
    if (m_connection.isEmpty() || !WebMercator::isValidTile(tile))
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?"));
    query.addBindValue(tile.z);
    query.addBindValue(tile.x);
    query.addBindValue(WebMercator::tileCount(tile.z) - 1 - tile.y); // TMS counts from the south
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

} // namespace OpsDesk
