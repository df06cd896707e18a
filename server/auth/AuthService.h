#pragma once

#include "server/api/RequestContext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace OpsDesk::Server {

class Store;

// Staff accounts, passwords (PBKDF2-SHA256 with a per-account salt) and
// tokens. Access tokens live in memory only and expire after accessTtl;
// refresh tokens are stored hashed, rotate on every refresh and are revoked
// on logout. A server restart therefore forgets access tokens: clients
// refresh, which is exactly what they do on any 401.
class AuthService
{
public:
    explicit AuthService(Store &store);

    void setAccessTtlSeconds(int seconds) { m_accessTtl = seconds; }
    int accessTtlSeconds() const { return m_accessTtl; }

    // Creates or replaces an account (staff record + credentials).
    void upsertAccount(const QString &id, const QString &username, const QString &displayName,
                       const QList<Role> &roles, const QStringList &cities, const QString &password,
                       const QString &nowIso);
    // The demo accounts of README.md, all with the password "opsdesk-demo".
    void createDemoAccounts(const QString &primaryCity, const QString &otherCity,
                            const QString &nowIso);

    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QJsonObject staff;
    };
    std::optional<Tokens> login(const QString &username, const QString &password);
    std::optional<Tokens> refresh(const QString &refreshToken);
    bool logout(const QString &refreshToken);

    // The staff member of a bearer token, or nothing if unknown or expired.
    std::optional<StaffIdentity> authenticate(const QByteArray &authorizationHeader);
    std::optional<StaffIdentity> identity(const QString &staffId) const;

private:
    Tokens issue(const QString &staffId);

    struct Session
    {
        QString staffId;
        qint64 expiresAtMs = 0;
    };
    Store &m_store;
    QHash<QString, Session> m_sessions; // access token → session
    int m_accessTtl = 900;
};

QString isoNow();

} // namespace OpsDesk::Server
