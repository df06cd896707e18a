#pragma once

#include "models/geo/GeoTypes.h"
#include "models/geo/WebMercator.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace OpsDesk {

// An offline tile pack in the MBTiles format (a SQLite file with `metadata`
// and `tiles(zoom_level, tile_column, tile_row, tile_data)`), for
// dispatchers and auditors without internet. Rows in MBTiles count from the
// south (TMS); tile() takes the XYZ address the map uses and flips the row.
//
// Threading contract: one reader per thread (its own read-only connection).
class MBTilesReader
{
public:
    MBTilesReader();
    ~MBTilesReader();
    MBTilesReader(const MBTilesReader &) = delete;
    MBTilesReader &operator=(const MBTilesReader &) = delete;

    // False with a translated reason when the file is missing, not SQLite,
    // or not an MBTiles pack; nothing is written to it either way.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return !m_connection.isEmpty(); }

    QString name() const { return m_name; }
    QString format() const { return m_format; } // "png", "jpg", "webp"
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    GeoRect bounds() const { return m_bounds; } // empty when the pack does not say
    QString attribution() const { return m_attribution; }

    // The image bytes of an XYZ tile, or nothing when the pack lacks it.
    std::optional<QByteArray> tile(const TileId &tile) const;

private:
    QString m_connection;
    QString m_name;
    QString m_format = QStringLiteral("png");
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 22;
    GeoRect m_bounds;
};

} // namespace OpsDesk
