#pragma once

#include <QString>
#include <QStringList>

namespace OpsDesk {

// The cities we ship a district basemap for. The ids are stable (API `city`
// values, settings, resource names); the basemap of a city is the Qt resource
// ":/basemap/" + cityBasemapFileName(id) in opsdesk_basemap_resources.
struct CityInfo
{
    QString id;              // "shanghai"
    QString chineseName;     // "上海"
    QString englishName;     // "Shanghai"
    QString basemapFileName; // "shanghai.geojson"
    int districtCount = 0;   // districts in the shipped basemap
};

// In a fixed order: beijing, shanghai, guangzhou, shenzhen, hangzhou,
// chengdu, wuhan.
const QList<CityInfo> &cities();
QStringList cityIds();
bool isKnownCity(const QString &id);
// The Chinese name ("上海"); empty for an unknown id.
QString cityDisplayName(const QString &id);
// The English name ("Shanghai"); empty for an unknown id.
QString cityEnglishName(const QString &id);
// "shanghai.geojson"; empty for an unknown id.
QString cityBasemapFileName(const QString &id);
// ":/basemap/shanghai.geojson"; empty for an unknown id.
QString cityBasemapResourcePath(const QString &id);

} // namespace OpsDesk
