#include "services/tiles/HttpTileSource.h"

#include "services/core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>

namespace OpsDesk {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

QString fillTemplate(const QString &urlTemplate, const QString &subdomain, const TileId &tile)
{
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(tile.z));
    url.replace(QLatin1String("{x}"), QString::number(tile.x));
    url.replace(QLatin1String("{y}"), QString::number(tile.y));
    url.replace(QLatin1String("{s}"), subdomain);
    return url;
}

// Retry-After (RFC 9110): seconds, or an HTTP date. -1 when absent.
int retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0,
                                  qint64(24) * 3600 * 1000));
}

bool retryableStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

HttpTileSource::HttpTileSource(Options options, QObject *parent)
    : TileSource(parent)
    , m_options(std::move(options))
    , m_userAgent(userAgent(m_options.contact))
    , m_network(new QNetworkAccessManager(this))
{
    setMaxConcurrent(m_options.maxConcurrent);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_error = validateTemplate(m_options.urlTemplate);
    if (!m_options.cacheDir.isEmpty()) {
        QDir().mkpath(m_options.cacheDir);
        m_cache = new QNetworkDiskCache(m_network);
        m_cache->setCacheDirectory(m_options.cacheDir);
        m_cache->setMaximumCacheSize(m_options.cacheBytes);
        m_network->setCache(m_cache);
    }
}

HttpTileSource::~HttpTileSource()
{
    const QList<quint64> keys = m_attempts.keys();
    for (const quint64 key : keys)
        forget(key);
}

QString HttpTileSource::validateTemplate(const QString &urlTemplate)
{
    const QString text = urlTemplate.trimmed();
    if (text.isEmpty())
        return tr("Enter the address of the tile server.");
    QStringList unknown;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (name != QLatin1String("x") && name != QLatin1String("y") &&
            name != QLatin1String("z") && name != QLatin1String("s"))
            unknown.append(QLatin1Char('{') + name + QLatin1Char('}'));
    }
    if (!unknown.isEmpty())
        return tr("The tile address has placeholders the console does not know: %1. Use {z}, "
                  "{x}, {y} and optionally {s}.")
            .arg(unknown.join(QStringLiteral(", ")));
    QStringList missing;
    for (const char *name : {"{x}", "{y}", "{z}"})
        if (!text.contains(QLatin1String(name)))
            missing.append(QLatin1String(name));
    if (!missing.isEmpty())
        return tr("The tile address must contain {x}, {y} and {z}; %1 is missing.")
            .arg(missing.join(QStringLiteral(", ")));
    const QUrl url(fillTemplate(text, QStringLiteral("a"), {1, 1, 1}), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The tile address must be an http:// or https:// address.");
    if (url.host().isEmpty())
        return tr("The tile address has no server name.");
    // Settings hold no secrets: no passwords, no access keys.
    static const QStringList secretNames{
        QStringLiteral("key"),   QStringLiteral("apikey"),       QStringLiteral("api_key"),
        QStringLiteral("token"), QStringLiteral("access_token"), QStringLiteral("accesstoken"),
        QStringLiteral("tk"),    QStringLiteral("secret"),       QStringLiteral("password")};
    bool secret = !url.userInfo().isEmpty();
    for (const auto &item : QUrlQuery(url).queryItems())
        secret = secret || secretNames.contains(item.first.toLower());
    if (secret)
        return tr("The tile address contains a password or an access key. The console keeps no "
                  "secrets in its settings; use a tile server that needs none.");
    return {};
}

QUrl HttpTileSource::tileUrl(const QString &urlTemplate, const QStringList &subdomains,
                             const TileId &tile)
{
    // The same subdomain for a tile every time: one cached copy.
    const QString subdomain =
        subdomains.isEmpty() ? QString() : subdomains.at((tile.x + tile.y) % subdomains.size());
    return QUrl(fillTemplate(urlTemplate.trimmed(), subdomain, tile));
}

QByteArray HttpTileSource::userAgent(const QString &contact)
{
    QByteArray agent = QByteArrayLiteral("OpsDesk/" OPSDESK_VERSION_STRING);
    const QString trimmed = contact.simplified();
    if (!trimmed.isEmpty())
        agent += " (+" + trimmed.toUtf8() + ')';
    return agent;
}

void HttpTileSource::startLoad(const TileId &tile)
{
    const quint64 key = tileKey(tile);
    if (!m_error.isEmpty() || tile.z < m_options.minZoom || tile.z > m_options.maxZoom) {
        const QString error = m_error.isEmpty()
                                  ? tr("The tile server has no tiles at zoom %1.").arg(tile.z)
                                  : m_error;
        QTimer::singleShot(0, this, [this, tile, error] { failLoad(tile, error); });
        return;
    }
    Attempt &attempt = m_attempts[key];
    attempt.tile = tile;
    attempt.tries = 0;
    send(key);
}

void HttpTileSource::send(quint64 key)
{
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return;
    ++it->tries;
    ++m_stats.networkRequests;
    QNetworkRequest request(tileUrl(m_options.urlTemplate, m_options.subdomains, it->tile));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::PreferNetwork); // fresh copies from the cache
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, key, reply] { onFinished(key, reply); });
}

void HttpTileSource::onFinished(quint64 key, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_attempts.find(key);
    if (it == m_attempts.end() || it->reply != reply)
        return;
    it->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && (status == 200 || status == 0)) {
        const QImage image = QImage::fromData(reply->readAll());
        const TileId tile = it->tile;
        if (image.isNull()) {
            retryOrFail(key, tr("the answer is not an image"), -1, false);
            return;
        }
        if (reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
            ++m_stats.fromCache;
        m_attempts.erase(it);
        finishLoad(tile, image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        return;
    }
    if (status != 0) {
        const QString phrase =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        retryOrFail(key, tr("the server answered %1 %2").arg(status).arg(phrase).trimmed(),
                    retryAfterMs(reply), retryableStatus(status));
        return;
    }
    retryOrFail(key, reply->errorString(), -1, true); // no answer: the network
}

void HttpTileSource::retryOrFail(quint64 key, const QString &reason, int retryAfter, bool retryable)
{
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return;
    const TileId tile = it->tile;
    if (retryable && it->tries < m_options.maxAttempts) {
        double delay = m_options.firstRetryMs * std::ldexp(1.0, it->tries - 1);
        delay = std::min<double>(delay, m_options.maxRetryMs);
        if (retryAfter >= 0)
            delay = std::max<double>(delay, std::min(retryAfter, m_options.retryAfterCapMs));
        ++m_stats.retries;
        qCDebug(lcNetwork) << "tile" << tile.z << tile.x << tile.y << "try" << it->tries << reason
                           << "- again in" << delay << "ms";
        if (!it->retry) {
            it->retry = new QTimer(this);
            it->retry->setSingleShot(true);
            connect(it->retry, &QTimer::timeout, this, [this, key] { send(key); });
        }
        it->retry->start(int(delay));
        return;
    }
    const int tries = it->tries;
    forget(key);
    // The server cannot give it now: an expired copy beats a blank tile.
    if (retryable && serveStale(tile))
        return;
    ++m_stats.failures;
    const QString error =
        tr("Tile %1/%2/%3 could not be loaded: %4 (tried %n time(s)).", nullptr, tries)
            .arg(tile.z)
            .arg(tile.x)
            .arg(tile.y)
            .arg(reason);
    if (retryable) // a server that keeps failing is worth a line in the log; a 404 is not
        qCWarning(lcNetwork).noquote() << error;
    else
        qCDebug(lcNetwork).noquote() << error;
    failLoad(tile, error);
}

bool HttpTileSource::serveStale(const TileId &tile)
{
    if (!m_cache)
        return false;
    const std::unique_ptr<QIODevice> data(
        m_cache->data(tileUrl(m_options.urlTemplate, m_options.subdomains, tile)));
    if (!data)
        return false;
    const QImage image = QImage::fromData(data->readAll());
    if (image.isNull())
        return false;
    ++m_stats.staleFromCache;
    finishLoad(tile, image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    return true;
}

void HttpTileSource::abortLoad(const TileId &tile)
{
    forget(tileKey(tile));
}

void HttpTileSource::forget(quint64 key)
{
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return;
    if (QNetworkReply *reply = it->reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    delete it->retry;
    m_attempts.erase(it);
}

} // namespace OpsDesk
