#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace OpsDesk {

class ApiClient;

// The server's live event stream (WebSocket /api/v1/events): change
// notifications make the sync engine pull soon; technicians' positions are
// collected and handed on in batches, without a pull. Reconnects with a
// growing pause and resumes from the last sequence number it saw.
class LiveEvents : public QObject
{
    Q_OBJECT
public:
    explicit LiveEvents(ApiClient *api, QObject *parent = nullptr);
    ~LiveEvents() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    // Something changed at the server (or the stream lost track): pull.
    void changesAvailable(const QStringList &collections);
    void positions(const QList<QJsonObject> &positions);

private:
    void open();
    void onMessage(const QString &text);
    void onClosed();
    void flushPositions();

    ApiClient *m_api;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QTimer m_positionFlush;
    QTimer m_changeFlush;
    QList<QJsonObject> m_positions;
    QStringList m_changed;
    qint64 m_lastSeq = -1;
    int m_failures = 0;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace OpsDesk
