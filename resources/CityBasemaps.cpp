#include "resources/CityBasemaps.h"

#include "models/geo/Cities.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace OpsDesk {

Basemap loadCityBasemap(const QString &cityId, QString *error)
{
    const QString path = cityBasemapResourcePath(cityId);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("Unknown city \"%1\".").arg(cityId);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    return Basemap::parse(file.readAll(), error);
}

const Basemap &cityBasemap(const QString &cityId)
{
    static QMutex mutex;
    static QHash<QString, Basemap> loaded; // values never move: QHash nodes are stable
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(cityId);
    if (it == loaded.end())
        it = loaded.insert(cityId, loadCityBasemap(cityId));
    return it.value();
}

const QList<Basemap> &allCityBasemaps()
{
    static const QList<Basemap> all = [] {
        QList<Basemap> list;
        for (const CityInfo &city : cities())
            if (const Basemap &basemap = cityBasemap(city.id); !basemap.isEmpty())
                list.append(basemap);
        return list;
    }();
    return all;
}

} // namespace OpsDesk
