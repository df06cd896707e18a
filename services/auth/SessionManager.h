#pragma once

#include "models/Staff.h"
#include "services/api/ApiTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace OpsDesk {

class ApiClient;
class CredentialStore;

// One staff member's session with one central server.
//
// The access token lives in the ApiClient's memory only. The refresh token
// lives in the OS keychain (one entry per server and user, see keyFor()) and
// in this object's memory; it is never written to a file, a log or QSettings.
// A 401 makes the ApiClient ask this manager for a new access token once.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;

    // Why the last login() or resume() failed, for the caller to act on (the
    // sign-in dialog words it, the start-up decides between offline and the
    // dialog).
    enum class Failure
    {
        None,
        WrongCredentials,   // 401 from /auth/login
        NoSavedSession,     // resume(): the keychain has no entry for the server+user
        Keychain,           // resume(): the keychain could not be read
        SessionExpired,     // resume(): the refresh token was refused
        Unreachable,        // no connection, refused, DNS, timeout
        Tls,                // TLS handshake or certificate problem (never ignored)
        NotAnOpsDeskServer, // an answer that is not the OpsDesk API
        ServerError,        // an OpsDesk problem answer (5xx, 429, …)
    };

    SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    // Keychain entry of a server and user: "<scheme>://<host>:<port>|<username>".
    static QString keyFor(const QUrl &server, const QString &username);

    // false: keep the refresh token in memory only (the demo's throw-away
    // server); the session then ends with the program.
    void setRemember(bool remember) { m_remember = remember; }

    void login(const QString &username, const QString &password, Done done);
    // Revokes the refresh token at the server (best effort) and deletes the
    // keychain entry.
    void logout(Done done);
    // Signs in again with the refresh token from the keychain (a restart).
    void resume(const QString &username, Done done);

    std::optional<Staff> staff() const { return m_staff; }
    bool isSignedIn() const { return m_staff.has_value(); }
    QString username() const { return m_username; }
    // A refresh token is held (from a login or read from the keychain), even
    // when the server could not be reached to use it.
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    bool remembers() const { return m_remember; }

    Failure lastFailure() const { return m_lastFailure; }
    // The server's or the network's error behind lastFailure() (kind None for
    // keychain failures).
    ApiError lastError() const { return m_lastError; }
    // What an API error means for a sign-in; `refreshing`: a 401 means the
    // saved session expired rather than a wrong password.
    static Failure classify(const ApiError &error, bool refreshing);

Q_SIGNALS:
    void signedIn(const OpsDesk::Staff &staff);
    void signedOut();
    // The keychain could not store the refresh token: the session works but
    // will not survive a restart.
    void keychainWarning(const QString &message);

private:
    void refresh(std::function<void(bool)> done);
    void acceptTokens(const QJsonObject &body, Done done);
    void fail(Failure failure, const ApiError &error = {});

    ApiClient *m_api;
    CredentialStore *m_credentials;
    QString m_username;
    QString m_refreshToken;
    std::optional<Staff> m_staff;
    bool m_remember = true;
    Failure m_lastFailure = Failure::None;
    ApiError m_lastError;
};

} // namespace OpsDesk
