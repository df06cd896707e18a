#pragma once

#include "services/tiles/TileSource.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;
class QTimer;

namespace OpsDesk {

// Raster tiles over HTTP from a URL template with {z} {x} {y} and optionally
// {s} (one of the subdomains, the same one for a tile every time so the
// cache keeps one copy): OpenStreetMap-style servers, the reference
// server's /api/v1/tiles, AMap (GCJ-02).
//
// - Honest User-Agent: "OpsDesk/<version> (+<contact>)".
// - A QNetworkDiskCache in `cacheDir` with a size limit; HTTP caching is
//   honoured (a fresh copy is used without asking, a stale one is
//   revalidated with If-None-Match / If-Modified-Since). When the server
//   cannot be reached at all, an expired copy is still better than nothing
//   and is used.
// - At most maxConcurrent() requests at a time, the queue served
//   centre-first (TileSource).
// - Network errors, 408, 429 and 5xx are retried with exponential backoff
//   (firstRetryMs, doubling, capped at maxRetryMs; Retry-After is honoured
//   as a floor) up to maxAttempts tries; then tileFailed with the reason.
//   Other answers (404, 403…) fail at once.
class HttpTileSource : public TileSource
{
    Q_OBJECT
public:
    struct Options
    {
        QString urlTemplate;
        QStringList subdomains{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        CoordinateSystem coordinateSystem = CoordinateSystem::Wgs84;
        QString attribution;
        int minZoom = 0;
        int maxZoom = 19;
        QString cacheDir; // empty: no disk cache
        qint64 cacheBytes = qint64(256) * 1024 * 1024;
        QString contact; // who runs this console (e-mail or URL), for the User-Agent
        int maxConcurrent = 4;
        int maxAttempts = 4;
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
        int retryAfterCapMs = 120000; // a longer Retry-After is cut to this
        int timeoutMs = 20000;
    };

    explicit HttpTileSource(Options options, QObject *parent = nullptr);
    ~HttpTileSource() override;

    // Empty when the template can be used; otherwise a translated reason:
    // it must be an http:// or https:// URL with a host and contain {x},
    // {y} and {z}; no other placeholders than those and {s}; no password
    // or access key (settings hold no secrets).
    static QString validateTemplate(const QString &urlTemplate);
    // The address of one tile.
    static QUrl tileUrl(const QString &urlTemplate, const QStringList &subdomains,
                        const TileId &tile);
    static QByteArray userAgent(const QString &contact);

    QString key() const override { return m_options.urlTemplate; }
    QString attribution() const override { return m_options.attribution; }
    CoordinateSystem coordinateSystem() const override { return m_options.coordinateSystem; }
    int minZoom() const override { return m_options.minZoom; }
    int maxZoom() const override { return m_options.maxZoom; }
    QString errorString() const override { return m_error; }
    const Options &options() const { return m_options; }

    // What happened so far (for tests and the log).
    struct Stats
    {
        int networkRequests = 0; // requests sent (each try counts)
        int fromCache = 0;       // tiles answered by the disk cache
        int staleFromCache = 0;  // expired copies used because the server failed
        int retries = 0;
        int failures = 0;
    };
    const Stats &stats() const { return m_stats; }

protected:
    void startLoad(const TileId &tile) override;
    void abortLoad(const TileId &tile) override;

private:
    struct Attempt
    {
        TileId tile;
        int tries = 0;
        QPointer<QNetworkReply> reply;
        QTimer *retry = nullptr;
    };
    void send(quint64 key);
    void onFinished(quint64 key, QNetworkReply *reply);
    void retryOrFail(quint64 key, const QString &reason, int retryAfterMs, bool retryable);
    bool serveStale(const TileId &tile);
    void forget(quint64 key);

    Options m_options;
    QString m_error;
    QByteArray m_userAgent;
    QNetworkAccessManager *m_network;
    QNetworkDiskCache *m_cache = nullptr;
    QHash<quint64, Attempt> m_attempts;
    Stats m_stats;
};

} // namespace OpsDesk
