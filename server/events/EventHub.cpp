#include "server/events/EventHub.h"

#include "server/api/ReadAccess.h"
#include "server/auth/AuthService.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>
#include <QWebSocket>

#include <algorithm>

namespace OpsDesk::Server {

const QString EventHub::Path = QStringLiteral("/api/v1/events");

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QWebSocketProtocol::CloseCode closeCode(int code)
{
    return static_cast<QWebSocketProtocol::CloseCode>(code);
}

// A cursor is the decimal `seq` of the last event the client saw.
bool parseCursor(const QString &text, qint64 *seq)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    bool ok = false;
    *seq = text.toLongLong(&ok);
    return ok;
}

} // namespace

EventHub::EventHub(AuthService &auth, Store &store, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store)
{
    m_pingTimer.setInterval(PingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::pingAll);
}

EventHub::~EventHub()
{
    // The sockets are children, deleted after this destructor: they must not
    // call back into the half-destroyed hub.
    const QList<QWebSocket *> sockets = findChildren<QWebSocket *>();
    for (QWebSocket *socket : sockets)
        socket->disconnect(this);
}

void EventHub::attach(QAbstractHttpServer &server)
{
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this,
            [this, server = &server] { onNewConnection(server); });
}

void EventHub::reset(qint64 seq)
{
    m_buffer.clear();
    m_floor = seq;
}

void EventHub::setBufferCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    while (int(m_buffer.size()) > m_capacity) {
        m_floor = m_buffer.front().seq;
        m_buffer.pop_front();
    }
}

void EventHub::setPingIntervalMs(int ms)
{
    m_pingTimer.setInterval(ms);
}

void EventHub::onNewConnection(QAbstractHttpServer *server)
{
    while (server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = server->nextPendingWebSocketConnection();
        if (socket)
            accept(socket.release());
    }
}

void EventHub::accept(QWebSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.erase(std::remove_if(m_clients.begin(), m_clients.end(),
                                       [socket](const Client &c) { return c.socket == socket; }),
                        m_clients.end());
        socket->deleteLater();
    });

    const QUrl url = socket->requestUrl();
    if (url.path() != Path) {
        closeClient(socket, 4404, QStringLiteral("No event stream at this path"));
        return;
    }
    const QUrlQuery query(url);
    QByteArray authorization = socket->request().rawHeader("Authorization");
    const QString token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    if (!token.isEmpty())
        authorization = "Bearer " + token.toUtf8();
    const std::optional<StaffIdentity> staff = m_auth.authenticate(authorization);
    if (!staff) {
        closeClient(socket, 4401, QStringLiteral("A valid access token is required"));
        return;
    }
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    qint64 ignored = 0;
    if (query.hasQueryItem(QStringLiteral("cursor")) && !parseCursor(cursor, &ignored)) {
        closeClient(socket, 4400, QStringLiteral("cursor must be a decimal sequence number"));
        return;
    }

    m_clients.push_back(Client{socket, authorization, *staff});
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onTextMessage(socket, message); });
    if (!m_pingTimer.isActive())
        m_pingTimer.start();

    send(socket, compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                     {QStringLiteral("seq"), m_store.currentSeq()}}));
    if (query.hasQueryItem(QStringLiteral("cursor")))
        replay(socket, cursor);
}

void EventHub::onTextMessage(QWebSocket *socket, const QString &message)
{
    if (!clientOf(socket))
        return;
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("resume"))
        return; // unknown messages are ignored, as unknown fields are
    const QJsonValue cursor = object.value(QStringLiteral("cursor"));
    replay(socket, cursor.isDouble() ? QString::number(cursor.toInteger()) : cursor.toString());
}

void EventHub::replay(QWebSocket *socket, const QString &cursorText)
{
    qint64 cursor = 0;
    if (!parseCursor(cursorText, &cursor) || cursor < m_floor || cursor > m_store.currentSeq()) {
        send(socket,
             compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                 {QStringLiteral("reason"), QStringLiteral("cursor-expired")}}));
        return;
    }
    const auto first =
        std::upper_bound(m_buffer.cbegin(), m_buffer.cend(), cursor,
                         [](qint64 seq, const BufferedChange &change) { return seq < change.seq; });
    for (auto it = first; it != m_buffer.cend(); ++it) {
        const Client *client = clientOf(socket);
        if (!client)
            return; // dropped as too slow
        if (mayReadRecord(client->staff, it->collection, it->id, it->city))
            send(socket, it->message);
    }
}

void EventHub::publishChanges(const QList<Store::Change> &changes)
{
    for (const Store::Change &change : changes) {
        BufferedChange buffered;
        buffered.seq = change.seq;
        buffered.collection = change.collection;
        buffered.id = change.id;
        buffered.version = change.version;
        buffered.deleted = change.deleted;
        buffered.city = cityOf(change.collection, change.id);
        if (change.collection == QLatin1String("technicians"))
            m_technicianCities.remove(change.id);
        QJsonObject event{{QStringLiteral("type"), QStringLiteral("change")},
                          {QStringLiteral("seq"), change.seq},
                          {QStringLiteral("collection"), change.collection},
                          {QStringLiteral("id"), change.id},
                          {QStringLiteral("version"), change.version}};
        if (change.deleted)
            event.insert(QStringLiteral("deleted"), true);
        buffered.message = compact(event);

        m_buffer.push_back(std::move(buffered));
        while (int(m_buffer.size()) > m_capacity) {
            m_floor = m_buffer.front().seq;
            m_buffer.pop_front();
        }
        const BufferedChange &stored = m_buffer.back();
        // send() may drop a client, so walk over a copy of the sockets.
        std::vector<QWebSocket *> sockets;
        sockets.reserve(m_clients.size());
        for (const Client &client : m_clients)
            sockets.push_back(client.socket);
        for (QWebSocket *socket : sockets) {
            const Client *client = clientOf(socket);
            if (client && mayReadRecord(client->staff, stored.collection, stored.id, stored.city))
                send(socket, stored.message);
        }
    }
}

void EventHub::publishPosition(const QJsonObject &event)
{
    if (m_clients.empty())
        return;
    QJsonObject message = event;
    message.insert(QStringLiteral("type"), QStringLiteral("position"));
    const QString technician = message.value(QStringLiteral("technician_id")).toString();
    const QString city = cityOf(QStringLiteral("technicians"), technician);
    const QByteArray frame = compact(message);
    std::vector<QWebSocket *> sockets;
    for (const Client &client : m_clients)
        sockets.push_back(client.socket);
    for (QWebSocket *socket : sockets) {
        const Client *client = clientOf(socket);
        if (client && mayReadRecord(client->staff, QStringLiteral("technicians"), technician, city))
            send(socket, frame);
    }
}

void EventHub::send(QWebSocket *socket, const QByteArray &message)
{
    if (socket->bytesToWrite() > MaxQueuedBytes) {
        // A client this far behind has lost events anyway: it reconnects
        // with its cursor and gets a replay or `resync`.
        closeClient(socket, 1013, QStringLiteral("Too far behind; reconnect"));
        return;
    }
    socket->sendTextMessage(QString::fromUtf8(message));
}

void EventHub::pingAll()
{
    std::vector<QWebSocket *> sockets;
    for (const Client &client : m_clients)
        sockets.push_back(client.socket);
    for (QWebSocket *socket : sockets) {
        Client *client = clientOf(socket);
        if (!client)
            continue;
        if (!m_auth.authenticate(client->authorization)) {
            closeClient(socket, 4401, QStringLiteral("The access token has expired"));
            continue;
        }
        socket->ping();
    }
    if (m_clients.empty())
        m_pingTimer.stop();
}

void EventHub::closeClient(QWebSocket *socket, int code, const QString &reason)
{
    m_clients.erase(std::remove_if(m_clients.begin(), m_clients.end(),
                                   [socket](const Client &c) { return c.socket == socket; }),
                    m_clients.end());
    socket->close(closeCode(code), reason);
    // A peer that never answers the close handshake is cut off.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

EventHub::Client *EventHub::clientOf(QWebSocket *socket)
{
    for (Client &client : m_clients)
        if (client.socket == socket)
            return &client;
    return nullptr;
}

QString EventHub::cityOf(const QString &collection, const QString &id) const
{
    const bool technician = collection == QLatin1String("technicians");
    if (technician) {
        const auto cached = m_technicianCities.constFind(id);
        if (cached != m_technicianCities.cend())
            return *cached;
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT city FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    QString city;
    if (query.exec() && query.next())
        city = query.value(0).toString();
    if (technician && !id.isEmpty())
        m_technicianCities.insert(id, city);
    return city;
}

} // namespace OpsDesk::Server
