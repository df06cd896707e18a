// Start-up without --demo, end to end inside the test process: the real
// Application, the real reference server process, the real keychain
// (gnome-keyring in the test command's private D-Bus session) and the test's
// private HOME (its QSettings file and data folder).
#include "app/Application.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/auth/SignInSettings.h"
#include "services/cache/CacheDatabase.h"
#include "services/core/AppPaths.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "ui/auth/LoginDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

const QString Password = QStringLiteral("opsdesk-demo");

class SignIn : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dataDir = new QTemporaryDir;
        startServer(0);
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
        delete s_dataDir;
        s_dataDir = nullptr;
    }

    // The server keeps its data (accounts, refresh tokens) in s_dataDir, so a
    // restart on the same port is the same server coming back.
    static void startServer(quint16 port)
    {
        delete s_server;
        s_server = new LocalServerProcess;
        s_server->start(TestSupport::program(QStringLiteral("opsdesk-server")),
                        {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("0"),
                         QStringLiteral("--technicians"), QStringLiteral("0"),
                         QStringLiteral("--port"), QString::number(port)},
                        s_dataDir->path());
        ASSERT_TRUE(s_server->waitForReady(60000)) << qPrintable(s_server->errorString());
        s_url = s_server->baseUrl();
    }

    void SetUp() override
    {
        QSettings().clear();
        QDir(AppPaths::dataDir() + QStringLiteral("/cache")).removeRecursively();
        for (const char *user : {"dispatcher", "finance", "auditor", "admin"})
            removeKey(QString::fromLatin1(user));
    }

    static AppOptions options(const QUrl &server = {})
    {
        AppOptions options;
        options.language = QStringLiteral("en");
        options.serverUrl = server;
        return options;
    }

    std::unique_ptr<Application> startApp(const AppOptions &options)
    {
        auto app = std::make_unique<Application>(options, &m_language);
        app->setHealthIntervalMs(200);
        EXPECT_TRUE(app->start());
        return app;
    }

    // Waits until the app is signed in (dataReady) or shows the dialog.
    static bool settle(Application &app)
    {
        return QTest::qWaitFor([&] { return app.staff() || app.loginDialog(); }, 40000);
    }

    static void signInThroughDialog(Application &app, const QString &user, bool remember)
    {
        ASSERT_TRUE(settle(app));
        LoginDialog *dialog = app.loginDialog();
        ASSERT_NE(dialog, nullptr);
        QSignalSpy ready(&app, &Application::dataReady);
        dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(user);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(Password);
        dialog->setRemember(remember);
        dialog->submit();
        ASSERT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0; }, 40000))
            << qPrintable(dialog->errorText());
        ASSERT_TRUE(app.staff().has_value());
        // Give the asynchronous keychain write its moment.
        QTest::qWait(300);
    }

    static CredentialStore::Result readKey(const QString &user)
    {
        CredentialStore keychain(QStringLiteral("OpsDesk"));
        CredentialStore::Result stored;
        QEventLoop loop;
        keychain.read(SessionManager::keyFor(s_url, user), &loop,
                      [&](const CredentialStore::Result &r) {
                          stored = r;
                          loop.quit();
                      });
        loop.exec();
        return stored;
    }

    static void removeKey(const QString &user)
    {
        CredentialStore keychain(QStringLiteral("OpsDesk"));
        QEventLoop loop;
        keychain.remove(SessionManager::keyFor(s_url, user), &loop,
                        [&](const CredentialStore::Result &) { loop.quit(); });
        loop.exec();
    }

    static QTemporaryDir *s_dataDir;
    static LocalServerProcess *s_server;
    static QUrl s_url;
    LanguageManager m_language;
};

QTemporaryDir *SignIn::s_dataDir = nullptr;
LocalServerProcess *SignIn::s_server = nullptr;
QUrl SignIn::s_url;

} // namespace

// The acceptance test: after a sign-in that keeps the session, neither the
// password nor either token is in any file of the application's data and
// config folders (the whole private HOME is scanned, byte by byte).
TEST_F(SignIn, NoTokenOrPasswordInAnyFile)
{
    auto app = startApp(options(s_url));
    signInThroughDialog(*app, QStringLiteral("dispatcher"), true);

    const QString accessToken = app->api()->accessToken();
    const CredentialStore::Result refresh = readKey(QStringLiteral("dispatcher"));
    ASSERT_TRUE(refresh.ok) << qPrintable(refresh.error);
    ASSERT_GT(accessToken.size(), 16);
    ASSERT_GT(refresh.secret.size(), 16);

    // What is remembered is there (so the scan below looks at real files).
    QSettings().sync();
    const SignInSettings remembered = SignInSettings::load();
    EXPECT_EQ(remembered.serverUrl, s_url);
    EXPECT_EQ(remembered.username, QStringLiteral("dispatcher"));
    ASSERT_TRUE(remembered.staff.has_value());
    EXPECT_TRUE(QFileInfo::exists(QSettings().fileName())) << qPrintable(QSettings().fileName());

    const QStringList folders{
        QDir::homePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
    };
    for (const QString &folder : folders) {
        for (const QByteArray &secret :
             {accessToken.toUtf8(), refresh.secret.toUtf8(), Password.toUtf8()})
            EXPECT_EQ(TestSupport::filesContaining(folder, secret), QStringList())
                << qPrintable(folder);
    }
}

TEST_F(SignIn, ResumesSilentlyAfterARestart)
{
    {
        auto first = startApp(options(s_url));
        signInThroughDialog(*first, QStringLiteral("finance"), true);
    }
    // A restart without --server: the remembered server and user, the
    // keychain's refresh token, no dialog.
    auto app = startApp(options());
    QSignalSpy signInRequired(app.get(), &Application::signInRequired);
    ASSERT_TRUE(settle(*app));
    EXPECT_EQ(app->loginDialog(), nullptr);
    EXPECT_EQ(signInRequired.count(), 0);
    ASSERT_TRUE(app->staff().has_value());
    EXPECT_EQ(app->staff()->username, QStringLiteral("finance"));
    EXPECT_FALSE(app->isOffline());
    EXPECT_EQ(app->mainWindow()->workspaces(), app->staff()->workspaces());
    EXPECT_TRUE(app->mainWindow()->isSignOutAvailable());
    EXPECT_TRUE(app->mainWindow()->signedInText().contains(app->staff()->displayName));
    EXPECT_TRUE(app->api()->hasAccessToken());
}

TEST_F(SignIn, WithoutKeepMeSignedInTheNextStartAsksAgain)
{
    {
        auto first = startApp(options(s_url));
        signInThroughDialog(*first, QStringLiteral("admin"), false);
    }
    EXPECT_TRUE(readKey(QStringLiteral("admin")).notFound);
    auto app = startApp(options());
    ASSERT_TRUE(settle(*app));
    ASSERT_NE(app->loginDialog(), nullptr);
    EXPECT_EQ(app->loginDialog()->serverUrl(), s_url);
    EXPECT_EQ(app->loginDialog()->username(), QStringLiteral("admin"));
    EXPECT_FALSE(app->loginDialog()->remember());
    EXPECT_EQ(app->mainWindow()->workspaces(), QList<Workspace>());
}

TEST_F(SignIn, SignOutForgetsTheSessionAndShowsTheDialog)
{
    auto app = startApp(options(s_url));
    signInThroughDialog(*app, QStringLiteral("admin"), true);
    ASSERT_TRUE(readKey(QStringLiteral("admin")).ok);

    QSignalSpy signedOut(app.get(), &Application::signedOut);
    auto *button = app->mainWindow()->findChild<QToolButton *>(QStringLiteral("signOutButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    button->click();
    // The question: keep the local data (the default) or delete it.
    QMessageBox *question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            question =
                app->mainWindow()->findChild<QMessageBox *>(QStringLiteral("signOutQuestion"));
            return question && question->isVisible();
        },
        5000));
    const QString cachePath =
        CacheDatabase::pathFor(AppPaths::dataDir(), s_url.toString(), app->staff()->id);
    question->findChild<QPushButton *>(QStringLiteral("signOutKeep"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedOut.count() > 0; }, 40000));
    EXPECT_TRUE(QFile::exists(cachePath)); // kept for the next sign-in

    ASSERT_NE(app->loginDialog(), nullptr);
    EXPECT_TRUE(app->loginDialog()->isVisible());
    EXPECT_EQ(app->loginDialog()->username(), QStringLiteral("admin"));
    EXPECT_FALSE(app->staff().has_value());
    EXPECT_EQ(app->mainWindow()->workspaces(), QList<Workspace>());
    EXPECT_FALSE(app->mainWindow()->isSignOutAvailable());
    EXPECT_TRUE(readKey(QStringLiteral("admin")).notFound);
    EXPECT_FALSE(SignInSettings::load().staff.has_value());
    EXPECT_EQ(SignInSettings::load().username, QStringLiteral("admin"));
    EXPECT_EQ(app->connection()->status(), ConnectionState::Status::Disconnected);

    // Signing in again from the same dialog, as somebody else.
    signInThroughDialog(*app, QStringLiteral("auditor"), true);
    EXPECT_EQ(app->mainWindow()->workspaces(), app->staff()->workspaces());
    EXPECT_TRUE(app->staff()->hasRole(Role::Auditor));
}

TEST_F(SignIn, SignOutCanDeleteTheLocalDataOrBeCancelled)
{
    auto app = startApp(options(s_url));
    signInThroughDialog(*app, QStringLiteral("finance"), true);
    const QString cachePath =
        CacheDatabase::pathFor(AppPaths::dataDir(), s_url.toString(), app->staff()->id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(cachePath); }, 20000));
    auto *button = app->mainWindow()->findChild<QToolButton *>(QStringLiteral("signOutButton"));
    auto question = [&] {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                const auto boxes = app->mainWindow()->findChildren<QMessageBox *>(
                    QStringLiteral("signOutQuestion"));
                for (QMessageBox *candidate : boxes)
                    if (candidate->isVisible())
                        box = candidate;
                return box != nullptr;
            },
            5000);
        return box;
    };

    // Cancel: still signed in, nothing deleted.
    button->click();
    QMessageBox *box = question();
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    EXPECT_TRUE(app->staff().has_value());
    EXPECT_TRUE(QFile::exists(cachePath));

    // Delete: signed out, and the cache with its files is gone.
    QSignalSpy signedOut(app.get(), &Application::signedOut);
    button->click();
    box = question();
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("signOutWipe"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedOut.count() > 0; }, 40000));
    EXPECT_FALSE(QFile::exists(cachePath));
    EXPECT_FALSE(QFile::exists(cachePath + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(cachePath + QStringLiteral(".files")));
    EXPECT_FALSE(readKey(QStringLiteral("finance")).ok);
}

// Runs last in this file: it stops the server and brings it back on the same
// port.
TEST_F(SignIn, StartsOfflineWithACacheAndResumesWhenTheServerIsBack)
{
    {
        auto first = startApp(options(s_url));
        signInThroughDialog(*first, QStringLiteral("auditor"), true);
    }
    const SignInSettings remembered = SignInSettings::load();
    ASSERT_TRUE(remembered.staff.has_value());
    const quint16 port = s_server->port();
    s_server->stop();
    // The first session made the cache; without it an offline start is refused.
    const QString cachePath =
        CacheDatabase::pathFor(AppPaths::dataDir(), s_url.toString(), remembered.staff->id);
    EXPECT_TRUE(QFile::exists(cachePath));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);

    // Unreachable and no cache file on this computer: the dialog, saying why.
    {
        auto app = startApp(options());
        ASSERT_TRUE(settle(*app));
        ASSERT_NE(app->loginDialog(), nullptr);
        EXPECT_FALSE(app->isOffline());
        EXPECT_TRUE(
            app->loginDialog()->findChild<QWidget *>(QStringLiteral("loginNotice"))->isVisible());
    }

    // With a cache file: the window opens offline with the remembered staff.
    {
        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(cachePath, CacheDatabase::Mode::ReadWrite, &error))
            << qPrintable(error);
    }
    auto app = startApp(options());
    QSignalSpy ready(app.get(), &Application::dataReady);
    ASSERT_TRUE(settle(*app));
    EXPECT_EQ(app->loginDialog(), nullptr);
    ASSERT_TRUE(app->isOffline());
    EXPECT_EQ(ready.count(), 1);
    EXPECT_EQ(app->staff()->id, remembered.staff->id);
    EXPECT_EQ(app->mainWindow()->workspaces(), remembered.staff->workspaces());
    EXPECT_EQ(app->mainWindow()->workspaces(), workspacesForRole(Role::Auditor));
    EXPECT_EQ(app->connection()->status(), ConnectionState::Status::Offline);
    EXPECT_FALSE(app->connection()->lastError().isEmpty());
    // The health check keeps trying and the window stays offline meanwhile.
    QTest::qWait(600);
    EXPECT_TRUE(app->isOffline());
    EXPECT_EQ(app->connection()->status(), ConnectionState::Status::Offline);

    // The server comes back: the session resumes without a dialog.
    QSignalSpy online(app.get(), &Application::sessionOnline);
    startServer(port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return online.count() > 0; }, 40000));
    EXPECT_FALSE(app->isOffline());
    EXPECT_EQ(app->loginDialog(), nullptr);
    EXPECT_TRUE(app->api()->hasAccessToken());
    // It syncs what it missed, then shows itself online.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return app->connection()->lastSuccessfulSync().isValid(); }, 30000));
    EXPECT_EQ(app->connection()->status(), ConnectionState::Status::Online);
}
