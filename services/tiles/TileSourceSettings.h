#pragma once

#include "services/tiles/TileSource.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace OpsDesk {

// Which tiles the console's maps show, as kept in QSettings (`map/*`; no
// secrets: a template that needs a key is the user's business), and the
// factory that turns the choice into a TileSource.
struct TileSourceSettings
{
    // "offline" (the built-in district basemap), "server" (the central
    // server's /api/v1/tiles), "xyz" (urlTemplate), "amap" (GCJ-02) or
    // "mbtiles" (packPath).
    QString source = QStringLiteral("offline");
    QString urlTemplate = osmTemplate();
    QString packPath;
    QString contact; // e-mail or web address for the User-Agent sent to tile servers

    static QString osmTemplate();
    static QString amapTemplate();
    static QString serverTemplate(const QUrl &serverUrl);
    // <cache>/tiles: the disk cache of online tiles.
    static QString defaultCacheDir();

    static TileSourceSettings load();
    void save() const;

    // Empty when the choice can be used; otherwise a translated reason (a
    // template without {x}, {y}, {z} or not http(s); a tile pack that is
    // missing or not a pack).
    QString validate() const;

    // The source the settings describe. "server" without a server address
    // falls back to the district basemap. A broken pack gives a source whose
    // errorString() says so (the map then shows the basemap).
    std::unique_ptr<TileSource> create(const QUrl &serverUrl,
                                       const QString &cacheDir = defaultCacheDir()) const;
};

} // namespace OpsDesk
