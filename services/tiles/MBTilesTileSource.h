#pragma once

#include "services/tiles/MBTilesReader.h"
#include "services/tiles/TileSource.h"

#include <QSet>

namespace OpsDesk {

// An offline MBTiles pack (a SQLite file; rows flipped from TMS by
// MBTilesReader) for dispatchers and auditors without internet. A missing
// or broken file is not fatal: errorString() says why, every request fails
// with it, and the map falls back to the district basemap. Tiles are read
// and decoded in the GUI thread, one per turn of the event loop (a SQLite
// lookup and a PNG decode: about a millisecond).
class MBTilesTileSource : public TileSource
{
    Q_OBJECT
public:
    explicit MBTilesTileSource(const QString &path,
                               CoordinateSystem system = CoordinateSystem::Wgs84,
                               QObject *parent = nullptr);

    QString key() const override { return QStringLiteral("mbtiles:") + m_path; }
    QString attribution() const override;
    CoordinateSystem coordinateSystem() const override { return m_system; }
    int minZoom() const override { return m_reader.isOpen() ? m_reader.minZoom() : 0; }
    int maxZoom() const override { return m_reader.isOpen() ? m_reader.maxZoom() : 22; }
    QString errorString() const override { return m_error; }
    QString path() const { return m_path; }

protected:
    void startLoad(const TileId &tile) override;
    void abortLoad(const TileId &tile) override;

private:
    void load(const TileId &tile);

    QString m_path;
    CoordinateSystem m_system;
    MBTilesReader m_reader;
    QString m_error;
    QSet<quint64> m_loading;
};

} // namespace OpsDesk
