#include "models/geo/Cities.h"

namespace OpsDesk {

namespace {

CityInfo city(const char16_t *id, const char16_t *chinese, const char16_t *english, int districts)
{
    const QString cityId = QString::fromUtf16(id);
    return {cityId, QString::fromUtf16(chinese), QString::fromUtf16(english),
            cityId + QStringLiteral(".geojson"), districts};
}

const CityInfo *find(const QString &id)
{
    for (const CityInfo &info : cities())
        if (info.id == id)
            return &info;
    return nullptr;
}

} // namespace

const QList<CityInfo> &cities()
{
    static const QList<CityInfo> all{
        city(u"beijing", u"北京", u"Beijing", 16),     city(u"shanghai", u"上海", u"Shanghai", 16),
        city(u"guangzhou", u"广州", u"Guangzhou", 11), city(u"shenzhen", u"深圳", u"Shenzhen", 8),
        city(u"hangzhou", u"杭州", u"Hangzhou", 13),   city(u"chengdu", u"成都", u"Chengdu", 20),
        city(u"wuhan", u"武汉", u"Wuhan", 13),
    };
    return all;
}

QStringList cityIds()
{
    QStringList ids;
    for (const CityInfo &info : cities())
        ids.append(info.id);
    return ids;
}

bool isKnownCity(const QString &id)
{
    return find(id) != nullptr;
}

QString cityDisplayName(const QString &id)
{
    const CityInfo *info = find(id);
    return info ? info->chineseName : QString();
}

QString cityEnglishName(const QString &id)
{
    const CityInfo *info = find(id);
    return info ? info->englishName : QString();
}

QString cityBasemapFileName(const QString &id)
{
    const CityInfo *info = find(id);
    return info ? info->basemapFileName : QString();
}

QString cityBasemapResourcePath(const QString &id)
{
    const CityInfo *info = find(id);
    return info ? QStringLiteral(":/basemap/") + info->basemapFileName : QString();
}

} // namespace OpsDesk
