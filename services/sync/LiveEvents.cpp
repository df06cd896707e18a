#include "services/sync/LiveEvents.h"

#include "services/api/ApiClient.h"
#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace OpsDesk {

LiveEvents::LiveEvents(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveEvents::open);
    m_positionFlush.setInterval(1000);
    connect(&m_positionFlush, &QTimer::timeout, this, &LiveEvents::flushPositions);
    // Change notifications come in bursts: one pull per burst.
    m_changeFlush.setSingleShot(true);
    m_changeFlush.setInterval(300);
    connect(&m_changeFlush, &QTimer::timeout, this, [this] {
        if (!m_changed.isEmpty())
            Q_EMIT changesAvailable(std::exchange(m_changed, {}));
    });
}

LiveEvents::~LiveEvents()
{
    stop();
}

void LiveEvents::start()
{
    m_running = true;
    m_positionFlush.start();
    open();
}

void LiveEvents::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_positionFlush.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

void LiveEvents::open()
{
    if (!m_running || m_socket)
        return;
    if (!m_api->hasAccessToken()) {
        m_reconnect.start(2000);
        return;
    }
    QUrl url = m_api->baseUrl();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    QUrlQuery query;
    // Browsers and some proxies cannot set headers on an upgrade, so the
    // contract takes the token as a parameter; it never reaches a log here.
    query.addQueryItem(QStringLiteral("access_token"), m_api->accessToken());
    if (m_lastSeq >= 0)
        query.addQueryItem(QStringLiteral("cursor"), QString::number(m_lastSeq));
    url.setQuery(query);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_connected = true;
        Q_EMIT connectedChanged(true);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveEvents::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &LiveEvents::onClosed);
    m_socket->open(url);
}

void LiveEvents::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("position")) {
        m_positions.append(message);
        return;
    }
    if (message.contains(QStringLiteral("seq")))
        m_lastSeq = std::max(m_lastSeq, message.value(QStringLiteral("seq")).toInteger());
    if (type == QLatin1String("change")) {
        const QString collection = message.value(QStringLiteral("collection")).toString();
        if (!m_changed.contains(collection))
            m_changed.append(collection);
        if (!m_changeFlush.isActive())
            m_changeFlush.start();
    } else if (type == QLatin1String("resync")) {
        Q_EMIT changesAvailable({});
    }
}

void LiveEvents::onClosed()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    m_socket->deleteLater();
    m_socket = nullptr;
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
    if (!m_running)
        return;
    ++m_failures;
    qCInfo(lcNetwork) << "event stream closed with code" << code;
    if (code == 4401) {
        // The access token expired: any authenticated call refreshes it.
        m_api->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this,
                    [this](const ApiResponse &) { m_reconnect.start(100); });
        return;
    }
    // Missed events are covered by the pull that follows the reconnect.
    Q_EMIT changesAvailable({});
    const int wait = std::min(30000, 500 * (1 << std::min(m_failures, 6)));
    m_reconnect.start(wait);
}

void LiveEvents::flushPositions()
{
    if (!m_positions.isEmpty())
        Q_EMIT positions(std::exchange(m_positions, {}));
}

} // namespace OpsDesk
