#pragma once

#include "models/geo/GeoTypes.h"

namespace OpsDesk {

// WGS-84 <-> GCJ-02. Maps published in mainland China (and the district
// basemaps we ship) use GCJ-02, a deliberately obfuscated datum that is offset
// from WGS-84 by a few hundred metres. OpsDesk stores and sends WGS-84 only;
// these functions convert at the edges. The forward transform is the widely
// published public approximation (Krasovsky ellipsoid a = 6378245.0,
// ee = 0.00669342162296594323); the inverse iterates the forward transform
// until the round trip is below a millimetre. Points outside China's rough
// bounding box are returned unchanged in both directions.
namespace ChinaCoordinates {

bool isOutsideChina(GeoPoint wgs84);
GeoPoint wgs84ToGcj02(GeoPoint wgs84);
GeoPoint gcj02ToWgs84(GeoPoint gcj02);

} // namespace ChinaCoordinates

} // namespace OpsDesk
