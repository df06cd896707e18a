#include "server/auth/AuthService.h"

#include "server/store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace OpsDesk::Server {

namespace {

constexpr int Pbkdf2Iterations = 20000;
constexpr qint64 RefreshTtlMs = 30LL * 24 * 3600 * 1000;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

QString randomToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashPassword(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              Pbkdf2Iterations, 32);
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool StaffIdentity::hasAnyRole(const QList<Role> &anyOf) const
{
    for (const Role role : anyOf)
        if (roles.contains(role))
            return true;
    return false;
}

bool StaffIdentity::mayAccessCity(const QString &city) const
{
    return cities.isEmpty() || city.isEmpty() || cities.contains(city);
}

AuthService::AuthService(Store &store)
    : m_store(store)
{}

void AuthService::upsertAccount(const QString &id, const QString &username,
                                const QString &displayName, const QList<Role> &roles,
                                const QStringList &cities, const QString &password,
                                const QString &nowIso)
{
    QJsonArray roleArray;
    for (const Role role : roles)
        roleArray.append(roleId(role));
    m_store.put(QStringLiteral("staff"),
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("username"), username},
                            {QStringLiteral("display_name"), displayName},
                            {QStringLiteral("roles"), roleArray},
                            {QStringLiteral("cities"), QJsonArray::fromStringList(cities)},
                            {QStringLiteral("active"), true}},
                nowIso);
    const QByteArray salt = randomBytes(16);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO credentials(staff_id, username, salt, hash) VALUES(?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(username);
    query.addBindValue(salt);
    query.addBindValue(hashPassword(password, salt));
    query.exec();
}

void AuthService::createDemoAccounts(const QString &primaryCity, const QString &otherCity,
                                     const QString &nowIso)
{
    const QString password = QStringLiteral("opsdesk-demo");
    struct Account
    {
        const char *id;
        const char *username;
        const char *name;
        QList<Role> roles;
        bool scoped;
    };
    const QList<Account> accounts{
        {"ST0001", "admin", "系统管理员 Admin", {Role::Admin}, false},
        {"ST0002", "dispatcher", "调度 王芳", {Role::Dispatcher}, false},
        {"ST0003", "finance", "财务 李静", {Role::Finance}, false},
        {"ST0004", "auditor", "审核 张伟", {Role::Auditor}, false},
        // Second accounts: a different finance approver for two-step refunds,
        // a second dispatcher and auditor for conflicts, and a dispatcher
        // limited to another city for city-scope checks.
        {"ST0005", "finance2", "财务 赵敏", {Role::Finance}, false},
        {"ST0006", "dispatcher2", "调度 陈刚", {Role::Dispatcher}, false},
        {"ST0007", "auditor2", "审核 刘洋", {Role::Auditor}, false},
        {"ST0008", "dispatcher_scoped", "调度 周杰（限城市）", {Role::Dispatcher}, true},
    };
    for (const Account &a : accounts) {
        QStringList cities;
        if (a.scoped)
            cities.append(otherCity.isEmpty() ? primaryCity : otherCity);
        upsertAccount(QString::fromLatin1(a.id), QString::fromLatin1(a.username),
                      QString::fromUtf8(a.name), a.roles, cities, password, nowIso);
    }
}

AuthService::Tokens AuthService::issue(const QString &staffId)
{
    Tokens tokens;
    tokens.accessToken = randomToken();
    tokens.refreshToken = randomToken();
    tokens.expiresIn = m_accessTtl;
    m_sessions.insert(tokens.accessToken, {staffId, nowMs() + qint64(m_accessTtl) * 1000});
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO refresh_tokens(token_hash, staff_id, expires_at) VALUES(?, ?, ?)"));
    query.addBindValue(tokenHash(tokens.refreshToken));
    query.addBindValue(staffId);
    query.addBindValue(nowMs() + RefreshTtlMs);
    query.exec();
    if (const auto staff = m_store.get(QStringLiteral("staff"), staffId))
        tokens.staff = staff->doc;
    return tokens;
}

std::optional<AuthService::Tokens> AuthService::login(const QString &username,
                                                      const QString &password)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT staff_id, salt, hash FROM credentials WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString staffId = query.value(0).toString();
    const QByteArray expected = query.value(2).toByteArray();
    const QByteArray actual = hashPassword(password, query.value(1).toByteArray());
    // Constant-time comparison.
    if (expected.size() != actual.size())
        return std::nullopt;
    int difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= expected.at(i) ^ actual.at(i);
    if (difference != 0)
        return std::nullopt;
    const auto staff = m_store.get(QStringLiteral("staff"), staffId);
    if (!staff || !staff->doc.value(QStringLiteral("active")).toBool())
        return std::nullopt;
    return issue(staffId);
}

std::optional<AuthService::Tokens> AuthService::refresh(const QString &refreshToken)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT staff_id, expires_at, revoked FROM refresh_tokens "
                                 "WHERE token_hash = ?"));
    query.addBindValue(tokenHash(refreshToken));
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (query.value(2).toInt() != 0 || query.value(1).toLongLong() < nowMs())
        return std::nullopt;
    const QString staffId = query.value(0).toString();
    QSqlQuery revoke(m_store.database());
    revoke.prepare(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE token_hash = ?"));
    revoke.addBindValue(tokenHash(refreshToken));
    revoke.exec();
    return issue(staffId);
}

bool AuthService::logout(const QString &refreshToken)
{
    QSqlQuery revoke(m_store.database());
    revoke.prepare(QStringLiteral(
        "UPDATE refresh_tokens SET revoked = 1 WHERE token_hash = ? AND revoked = 0"));
    revoke.addBindValue(tokenHash(refreshToken));
    revoke.exec();
    return revoke.numRowsAffected() > 0;
}

std::optional<StaffIdentity> AuthService::authenticate(const QByteArray &authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    const auto it = m_sessions.constFind(token);
    if (it == m_sessions.cend())
        return std::nullopt;
    if (it->expiresAtMs < nowMs()) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return identity(it->staffId);
}

std::optional<StaffIdentity> AuthService::identity(const QString &staffId) const
{
    const auto staff = m_store.get(QStringLiteral("staff"), staffId);
    if (!staff || !staff->doc.value(QStringLiteral("active")).toBool())
        return std::nullopt;
    StaffIdentity identity;
    identity.id = staffId;
    identity.username = staff->doc.value(QStringLiteral("username")).toString();
    identity.displayName = staff->doc.value(QStringLiteral("display_name")).toString();
    for (const QJsonValue &role : staff->doc.value(QStringLiteral("roles")).toArray())
        if (const auto r = roleFromId(role.toString()))
            identity.roles.append(*r);
    for (const QJsonValue &city : staff->doc.value(QStringLiteral("cities")).toArray())
        identity.cities.append(city.toString());
    return identity;
}

} // namespace OpsDesk::Server
