#pragma once

#include "services/api/ApiTypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace OpsDesk {

// The console's HTTP door to the central server. One instance per signed-in
// session, used from the GUI thread. Every call is asynchronous; callbacks run
// on the GUI thread and only while their context object is alive.
//
// Bearer tokens: the access token is held in memory only. When an
// authenticated call answers 401 and a refresher is set, the client asks it
// for a new access token once and repeats the call once.
//
// TLS: certificate errors are never ignored; they fail the call with
// ApiError::Kind::Tls and the certificate's complaint in the message.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;
    // Asked for a fresh access token; calls `done(true)` once it has set one
    // with setAccessToken(), or `done(false)`.
    using Refresher = std::function<void(std::function<void(bool)> done)>;

    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // For the event stream's upgrade request and for the tests that check the
    // token never reaches a file; never logged.
    QString accessToken() const { return m_accessToken; }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }
    QNetworkAccessManager *network() { return &m_network; }

    void send(const ApiRequest &request, QObject *context, Callback callback);
    // Aborts every call in flight; their callbacks get Kind::Cancelled.
    void cancelAll();

    // Turns a finished reply into an ApiResponse (public for tests).
    static ApiResponse toResponse(QNetworkReply *reply, bool checkJson = true);

private:
    void sendOnce(const ApiRequest &request, QObject *context, Callback callback, bool mayRefresh);

    QUrl m_baseUrl;
    QString m_accessToken;
    Refresher m_refresher;
    QNetworkAccessManager m_network;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace OpsDesk
