#pragma once

#include "server/api/RequestContext.h"
#include "server/store/Store.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractHttpServer;
class QWebSocket;
QT_END_NAMESPACE

namespace OpsDesk::Server {

class AuthService;

// The live event stream, GET /api/v1/events (WebSocket).
//
// ApiServer::handleRequest lets QAbstractHttpServer complete the WebSocket
// upgrade of GET /api/v1/events (other paths answer 404); the hub takes the
// new sockets, checks the path again and the access token (query parameter
// `access_token` or the Authorization header; an unusable token closes the
// socket with code 4401, a wrong path with 4404, a malformed cursor with
// 4400), then sends `hello` with the store's current sequence, replays the
// buffered changes after `cursor` (or `resync` when the buffer no longer
// reaches back that far), and from then on every committed change the staff
// member may read (the rule of api/ReadAccess.h) and every technician
// position in their cities. Every 20 s each socket is pinged and its token
// checked again (expired → 4401).
//
// Threading: everything on the server's one thread, like Store.
class EventHub : public QObject
{
    Q_OBJECT
public:
    static const QString Path; // "/api/v1/events"
    static constexpr int DefaultBufferCapacity = 50000;
    static constexpr int PingIntervalMs = 20000;
    static constexpr qint64 MaxQueuedBytes = 16 * 1024 * 1024; // slower clients are dropped

    EventHub(AuthService &auth, Store &store, QObject *parent = nullptr);
    ~EventHub() override;

    // Takes the WebSocket connections `server` accepts from now on.
    void attach(QAbstractHttpServer &server);
    // Starts buffering after `seq` (the store's sequence once it is open):
    // cursors before it get `resync`.
    void reset(qint64 seq);
    void setBufferCapacity(int capacity);
    void setPingIntervalMs(int ms);

    // Store's change listener: buffers and broadcasts the committed changes.
    void publishChanges(const QList<Store::Change> &changes);

    int clientCount() const { return int(m_clients.size()); }
    qint64 oldestReplayableCursor() const { return m_floor; }

public Q_SLOTS:
    // A technician position report: {technician_id, lat, lng, at, heading?}
    // ("type" is set to "position"). Sent live, never buffered or replayed.
    void publishPosition(const QJsonObject &event);

private:
    struct BufferedChange
    {
        qint64 seq = 0;
        QString collection;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QString city;
        QByteArray message; // the compact JSON frame
    };
    struct Client
    {
        QWebSocket *socket = nullptr; // child of the hub
        QByteArray authorization;     // "Bearer <token>", checked again on every ping
        StaffIdentity staff;
    };

    void onNewConnection(QAbstractHttpServer *server);
    void accept(QWebSocket *socket);
    void onTextMessage(QWebSocket *socket, const QString &message);
    void replay(QWebSocket *socket, const QString &cursorText);
    void send(QWebSocket *socket, const QByteArray &message);
    void pingAll();
    void closeClient(QWebSocket *socket, int code, const QString &reason);
    Client *clientOf(QWebSocket *socket);
    QString cityOf(const QString &collection, const QString &id) const;

    AuthService &m_auth;
    Store &m_store;
    std::vector<Client> m_clients;
    std::deque<BufferedChange> m_buffer;
    int m_capacity = DefaultBufferCapacity;
    qint64 m_floor = 0; // every change after this seq is in the buffer
    QTimer m_pingTimer;
    mutable QHash<QString, QString> m_technicianCities;
};

} // namespace OpsDesk::Server
