#pragma once

#include "models/geo/Basemap.h"
#include "models/geo/WebMercator.h"

#include <QImage>
#include <QList>

namespace OpsDesk {

// One 256 × 256 raster tile (XYZ, Web Mercator) of the district basemaps:
// land where a district is, districts in soft alternating pastels with grey
// borders, transparent elsewhere; no text, so no fonts are needed. The
// reference server serves these as PNG; the console's map draws them itself
// when it has no other tiles. Safe to call from any thread.
QImage paintBasemapTile(const QList<Basemap> &basemaps, const TileId &tile);

} // namespace OpsDesk
