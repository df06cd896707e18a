// The console's API client and session against the real reference server
// process and the real keychain (gnome-keyring in the test command's private
// D-Bus session).
#include "common/TestSupport.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class Session : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new LocalServerProcess;
        s_server->start(TestSupport::program(QStringLiteral("opsdesk-server")),
                        {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("0"),
                         QStringLiteral("--technicians"), QStringLiteral("0"),
                         QStringLiteral("--access-token-ttl"), QStringLiteral("1")});
        ASSERT_TRUE(s_server->waitForReady(60000)) << qPrintable(s_server->errorString());
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    template<typename Call>
    static auto wait(Call call)
    {
        std::pair<bool, QString> result{false, {}};
        bool done = false;
        QEventLoop loop;
        call([&](bool ok, const QString &error) {
            result = {ok, error};
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return result;
    }

    static ApiResponse get(ApiClient &api, const QString &path)
    {
        ApiResponse result;
        QEventLoop loop;
        api.send(ApiRequest::get(path), &loop, [&](const ApiResponse &response) {
            result = response;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    static LocalServerProcess *s_server;
};

LocalServerProcess *Session::s_server = nullptr;

} // namespace

TEST_F(Session, LoginStoresTheRefreshTokenOnlyInTheKeychain)
{
    CredentialStore keychain(QStringLiteral("OpsDesk-test"));
    ApiClient api(s_server->baseUrl());
    SessionManager session(&api, &keychain);
    const auto [ok, error] = wait([&](auto done) {
        session.login(QStringLiteral("dispatcher"), QStringLiteral("opsdesk-demo"), done);
    });
    ASSERT_TRUE(ok) << qPrintable(error);
    ASSERT_TRUE(session.staff().has_value());
    EXPECT_TRUE(session.staff()->hasRole(Role::Dispatcher));

    // Give the asynchronous keychain write its moment.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    // Nothing secret in any file of the application's own folders.
    for (const auto location :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        for (const QByteArray &secret : {QByteArray("opsdesk-demo")})
            EXPECT_EQ(TestSupport::filesContaining(dir, secret), QStringList()) << qPrintable(dir);
    }

    // The keychain holds the refresh token under the server+user key.
    CredentialStore::Result stored;
    QEventLoop loop;
    keychain.read(SessionManager::keyFor(s_server->baseUrl(), QStringLiteral("dispatcher")), &loop,
                  [&](const CredentialStore::Result &r) {
                      stored = r;
                      loop.quit();
                  });
    loop.exec();
    ASSERT_TRUE(stored.ok) << qPrintable(stored.error);
    EXPECT_GT(stored.secret.size(), 20);

    // A restart: a new client resumes from the keychain alone.
    ApiClient api2(s_server->baseUrl());
    SessionManager resumed(&api2, &keychain);
    const auto [resumedOk, resumeError] =
        wait([&](auto done) { resumed.resume(QStringLiteral("dispatcher"), done); });
    ASSERT_TRUE(resumedOk) << qPrintable(resumeError);
    EXPECT_EQ(get(api2, QStringLiteral("/api/v1/me")).status, 200);

    // Logout deletes the keychain entry; resuming then fails cleanly.
    const auto [loggedOut, logoutError] = wait([&](auto done) { resumed.logout(done); });
    EXPECT_TRUE(loggedOut) << qPrintable(logoutError);
    ApiClient api3(s_server->baseUrl());
    SessionManager again(&api3, &keychain);
    const auto [againOk, againError] =
        wait([&](auto done) { again.resume(QStringLiteral("dispatcher"), done); });
    EXPECT_FALSE(againOk);
    EXPECT_FALSE(againError.isEmpty());
}

TEST_F(Session, ExpiredAccessTokenIsRefreshedOnceAndTheCallRepeated)
{
    CredentialStore keychain(QStringLiteral("OpsDesk-test"));
    ApiClient api(s_server->baseUrl());
    SessionManager session(&api, &keychain);
    session.setRemember(false);
    ASSERT_TRUE(wait([&](auto done) {
                    session.login(QStringLiteral("auditor"), QStringLiteral("opsdesk-demo"), done);
                }).first);
    // The server was started with --access-token-ttl 1.
    QThread::msleep(1500);
    const ApiResponse me = get(api, QStringLiteral("/api/v1/me"));
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("auditor"));
}

TEST_F(Session, WrongPasswordAndUnreachableServerGiveClearErrors)
{
    CredentialStore keychain(QStringLiteral("OpsDesk-test"));
    ApiClient api(s_server->baseUrl());
    SessionManager session(&api, &keychain);
    const auto [ok, error] = wait([&](auto done) {
        session.login(QStringLiteral("finance"), QStringLiteral("wrong"), done);
    });
    EXPECT_FALSE(ok);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(session.isSignedIn());

    ApiClient nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")));
    const ApiResponse response = get(nowhere, QStringLiteral("/api/v1/health"));
    EXPECT_FALSE(response.ok());
    EXPECT_EQ(response.error.kind, ApiError::Kind::Network);
    EXPECT_TRUE(response.error.isTransient());
    EXPECT_FALSE(response.error.message().isEmpty());
}

TEST_F(Session, ProblemDocumentsAreParsed)
{
    ApiClient api(s_server->baseUrl());
    const ApiResponse response = get(api, QStringLiteral("/api/v1/sync/orders"));
    EXPECT_EQ(response.status, 401);
    EXPECT_EQ(response.error.kind, ApiError::Kind::Http);
    EXPECT_EQ(response.error.type, QStringLiteral("unauthorized"));
    EXPECT_FALSE(response.error.isTransient());
}
