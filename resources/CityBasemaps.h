#pragma once

#include "models/geo/Basemap.h"

#include <QList>
#include <QString>

namespace OpsDesk {

// The shipped district basemap of a city, read from the Qt resource
// ":/basemap/<city>.geojson" of this library and parsed (GCJ-02 → WGS-84).
// An empty basemap with *error set for an unknown city or a bad file.
Basemap loadCityBasemap(const QString &cityId, QString *error = nullptr);

// The same, parsed once per process and kept (thread-safe); an empty basemap
// for an unknown city.
const Basemap &cityBasemap(const QString &cityId);
// Every shipped city's basemap, in the order of cities(), parsed once.
const QList<Basemap> &allCityBasemaps();

} // namespace OpsDesk
