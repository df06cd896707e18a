#include "services/server/HealthMonitor.h"

#include "models/ConnectionState.h"
#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace OpsDesk {

HealthMonitor::HealthMonitor(ConnectionState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
}

void HealthMonitor::setServerUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_state->setServerUrl(baseUrl);
}

void HealthMonitor::start()
{
    checkNow();
    m_timer.start();
}

void HealthMonitor::stop()
{
    m_timer.stop();
    if (m_pending)
        m_pending->abort();
}

void HealthMonitor::checkNow()
{
    if (m_pending || !m_baseUrl.isValid())
        return;
    // Only the first contact shows "connecting": an offline console stays
    // offline (with its reason) while it keeps trying.
    if (m_state->status() == ConnectionState::Status::Disconnected)
        m_state->markConnecting();
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HealthMonitor::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply->error() != QNetworkReply::NoError) {
        qCInfo(lcNetwork) << "health check failed:" << reply->errorString();
        m_state->markOffline(tr("The server cannot be reached: %1").arg(reply->errorString()), now);
        Q_EMIT checked(false);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject body = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        body.value(QStringLiteral("status")).toString() != QStringLiteral("ok")) {
        m_state->markOffline(tr("The server answered, but not as an OpsDesk server would."), now);
        Q_EMIT checked(false);
        return;
    }
    m_state->markOnline(body.value(QStringLiteral("version")).toString(), now);
    Q_EMIT checked(true);
}

} // namespace OpsDesk
