#pragma once

#include "services/tiles/TileSource.h"

#include <QSet>

namespace OpsDesk {

// The built-in district basemap (resources/BasemapTiles): drawn here, no
// network, no files, every zoom. The map renders it a few tiles per frame
// through renderNow(); request() renders on the next turn of the event
// loop. It is also what every map falls back to while another source has
// no tile.
class BasemapTileSource : public TileSource
{
    Q_OBJECT
public:
    explicit BasemapTileSource(QObject *parent = nullptr);

    QString key() const override { return QStringLiteral("basemap"); }
    QString attribution() const override;
    int maxZoom() const override { return 22; }
    bool rendersNow() const override { return true; }
    QImage renderNow(const TileId &tile) override;

protected:
    void startLoad(const TileId &tile) override;
    void abortLoad(const TileId &tile) override;

private:
    QSet<quint64> m_loading;
};

} // namespace OpsDesk
