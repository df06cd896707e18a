#include "services/auth/SessionManager.h"

#include "services/api/ApiClient.h"
#include "services/core/CredentialStore.h"
#include "services/core/Logging.h"

namespace OpsDesk {

SessionManager::SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    m_api->setRefresher([this](std::function<void(bool)> done) { refresh(std::move(done)); });
}

QString SessionManager::keyFor(const QUrl &server, const QString &username)
{
    return QStringLiteral("%1://%2:%3|%4")
        .arg(server.scheme(), server.host())
        .arg(server.port(server.scheme() == QLatin1String("https") ? 443 : 80))
        .arg(username);
}

SessionManager::Failure SessionManager::classify(const ApiError &error, bool refreshing)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Failure::None;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return Failure::Unreachable;
    case ApiError::Kind::Tls:
        return Failure::Tls;
    case ApiError::Kind::InvalidResponse:
        return Failure::NotAnOpsDeskServer;
    case ApiError::Kind::Http:
        break;
    }
    // An OpsDesk server always answers errors with a problem document; a web
    // server, a proxy's login page or another service does not.
    if (error.type.isEmpty() && error.title.isEmpty())
        return Failure::NotAnOpsDeskServer;
    if (error.status == 401)
        return refreshing ? Failure::SessionExpired : Failure::WrongCredentials;
    if (refreshing && error.status >= 400 && error.status < 500 && error.status != 429)
        return Failure::SessionExpired;
    return Failure::ServerError;
}

void SessionManager::fail(Failure failure, const ApiError &error)
{
    m_lastFailure = failure;
    m_lastError = error;
}

void SessionManager::login(const QString &username, const QString &password, Done done)
{
    m_username = username;
    fail(Failure::None);
    ApiRequest request = ApiRequest::post(QStringLiteral("/api/v1/auth/login"),
                                          QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}});
    request.authenticated = false;
    m_api->send(request, this, [this, done](const ApiResponse &response) {
        if (!response.ok()) {
            fail(classify(response.error, false), response.error);
            if (m_lastFailure == Failure::WrongCredentials)
                done(false, tr("The username or the password is wrong."));
            else
                done(false, response.error.message());
            return;
        }
        acceptTokens(response.json(), done);
    });
}

void SessionManager::acceptTokens(const QJsonObject &body, Done done)
{
    const QString access = body.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    const auto staff = Staff::fromJson(body.value(QStringLiteral("staff")).toObject());
    if (access.isEmpty() || refreshToken.isEmpty() || !staff) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.detail = tr("The server's sign-in answer is incomplete.");
        fail(Failure::NotAnOpsDeskServer, error);
        done(false, error.detail);
        return;
    }
    m_api->setAccessToken(access);
    m_refreshToken = refreshToken;
    m_staff = staff;
    if (m_remember)
        m_credentials->write(keyFor(m_api->baseUrl(), m_username), refreshToken, this,
                             [this](const CredentialStore::Result &result) {
                                 if (!result.ok)
                                     Q_EMIT keychainWarning(result.error);
                             });
    Q_EMIT signedIn(*m_staff);
    done(true, {});
}

void SessionManager::refresh(std::function<void(bool)> done)
{
    if (m_refreshToken.isEmpty()) {
        fail(Failure::NoSavedSession);
        done(false);
        return;
    }
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/api/v1/auth/refresh"),
                         QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}});
    request.authenticated = false;
    m_api->send(request, this, [this, done](const ApiResponse &response) {
        if (!response.ok()) {
            qCInfo(lcNetwork) << "token refresh failed:" << response.status;
            fail(classify(response.error, true), response.error);
            done(false);
            return;
        }
        acceptTokens(response.json(), [done](bool ok, const QString &) { done(ok); });
    });
}

void SessionManager::resume(const QString &username, Done done)
{
    m_username = username;
    fail(Failure::None);
    m_credentials->read(keyFor(m_api->baseUrl(), username), this,
                        [this, done](const CredentialStore::Result &result) {
                            if (!result.ok) {
                                fail(result.notFound ? Failure::NoSavedSession : Failure::Keychain);
                                done(false, result.error);
                                return;
                            }
                            m_refreshToken = result.secret;
                            refresh([this, done](bool ok) {
                                if (ok) {
                                    done(true, {});
                                    return;
                                }
                                done(false,
                                     m_lastFailure == Failure::SessionExpired
                                         ? tr("The saved session has expired; sign in again.")
                                         : m_lastError.message());
                            });
                        });
}

void SessionManager::logout(Done done)
{
    const QString key = keyFor(m_api->baseUrl(), m_username);
    auto finish = [this, key, done] {
        auto forget = [this, done](bool ok, const QString &error) {
            m_api->setAccessToken({});
            m_refreshToken.clear();
            m_staff.reset();
            Q_EMIT signedOut();
            done(ok, error);
        };
        if (!m_remember) {
            forget(true, {});
            return;
        }
        m_credentials->remove(key, this, [forget](const CredentialStore::Result &result) {
            forget(result.ok, result.error);
        });
    };
    if (m_refreshToken.isEmpty()) {
        finish();
        return;
    }
    m_api->send(ApiRequest::post(QStringLiteral("/api/v1/auth/logout"),
                                 QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}),
                this, [finish](const ApiResponse &) { finish(); });
}

} // namespace OpsDesk
