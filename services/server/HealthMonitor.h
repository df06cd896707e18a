#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace OpsDesk {

class ConnectionState;

// Asks the central server's /api/v1/health at an interval and keeps the
// ConnectionState up to date. A reply that is not the expected JSON counts as
// the server being unreachable, with a message saying why.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(ConnectionState *state, QObject *parent = nullptr);

    void setServerUrl(const QUrl &baseUrl);
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void checkNow();

Q_SIGNALS:
    void checked(bool online);

private:
    void onFinished(QNetworkReply *reply);

    ConnectionState *m_state;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QUrl m_baseUrl;
    QPointer<QNetworkReply> m_pending;
};

} // namespace OpsDesk
