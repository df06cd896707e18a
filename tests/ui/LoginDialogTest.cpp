// The sign-in dialog against the real reference server process (demo
// accounts, password "opsdesk-demo") and the real keychain (gnome-keyring in
// the test command's private D-Bus session). The failure cases use small
// loopback TCP servers that answer what a wrong address would answer.
#include "ui/auth/LoginDialog.h"
#include "common/TestSupport.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/style/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

// A loopback TCP server that answers every request with `answer` (and closes
// the connection), or never answers when `answer` is empty.
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (m_answer.isEmpty())
                        return;
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url(const char *scheme) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(serverPort());
    }

private:
    QByteArray m_answer;
};

class LoginDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new LocalServerProcess;
        s_server->start(TestSupport::program(QStringLiteral("opsdesk-server")),
                        {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("0"),
                         QStringLiteral("--technicians"), QStringLiteral("0")});
        ASSERT_TRUE(s_server->waitForReady(60000)) << qPrintable(s_server->errorString());
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_language.setLanguage(QStringLiteral("en")));
        Theme::apply(*qApp);
        m_dialog = std::make_unique<LoginDialog>(&m_keychain);
        m_dialog->show();
        m_dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template<typename T>
    T *child(const char *name)
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void fill(const QString &server, const QString &username, const QString &password)
    {
        child<QLineEdit>("serverEdit")->setText(server);
        child<QLineEdit>("usernameEdit")->setText(username);
        child<QLineEdit>("passwordEdit")->setText(password);
    }

    // Enter in the password field, then wait for the answer.
    void submitWithEnter()
    {
        auto *password = child<QLineEdit>("passwordEdit");
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return);
        EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 40000));
    }

    static LocalServerProcess *s_server;
    LanguageManager m_language;
    CredentialStore m_keychain{QStringLiteral("OpsDesk-test")};
    std::unique_ptr<LoginDialog> m_dialog;
};

LocalServerProcess *LoginDialogTest::s_server = nullptr;

} // namespace

TEST_F(LoginDialogTest, SignsInWithEnterAndHandsOverTheSession)
{
    fill(s_server->baseUrl().toString() + QStringLiteral("/"), QStringLiteral("dispatcher"),
         QStringLiteral("opsdesk-demo"));
    QSignalSpy signedIn(m_dialog.get(), &LoginDialog::signedIn);
    submitWithEnter();
    ASSERT_EQ(signedIn.count(), 1) << qPrintable(m_dialog->errorText());
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(m_dialog->isVisible());
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->text().isEmpty());
    // The trailing slash is gone from the address that is used and remembered.
    EXPECT_EQ(m_dialog->serverUrl(), s_server->baseUrl());

    LoginDialog::Session session = m_dialog->takeSession();
    ASSERT_TRUE(session.session && session.api);
    ASSERT_TRUE(session.session->isSignedIn());
    EXPECT_TRUE(session.session->staff()->hasRole(Role::Dispatcher));
    EXPECT_TRUE(session.session->remembers());
    EXPECT_TRUE(session.api->hasAccessToken());
}

TEST_F(LoginDialogTest, WrongPasswordKeepsTheUsernameAndClearsThePassword)
{
    fill(s_server->baseUrl().toString(), QStringLiteral("finance"), QStringLiteral("not-it"));
    submitWithEnter();
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(m_dialog->lastFailure(), SessionManager::Failure::WrongCredentials);
    EXPECT_TRUE(m_dialog->errorText().contains(QStringLiteral("password is wrong")))
        << qPrintable(m_dialog->errorText());
    EXPECT_TRUE(child<QLabel>("loginError")->isVisible());
    EXPECT_EQ(child<QLineEdit>("usernameEdit")->text(), QStringLiteral("finance"));
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->text().isEmpty());
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->hasFocus());
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->isEnabled());

    // The next attempt with the right password works from the same dialog.
    child<QLineEdit>("passwordEdit")->setText(QStringLiteral("opsdesk-demo"));
    submitWithEnter();
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted) << qPrintable(m_dialog->errorText());
}

TEST_F(LoginDialogTest, UnreachableServerSaysSo)
{
    // A port that was free a moment ago: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    fill(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("auditor"),
         QStringLiteral("opsdesk-demo"));
    submitWithEnter();
    EXPECT_EQ(m_dialog->lastFailure(), SessionManager::Failure::Unreachable);
    EXPECT_TRUE(m_dialog->errorText().contains(QStringLiteral("cannot be reached")))
        << qPrintable(m_dialog->errorText());
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->text().isEmpty());
    EXPECT_EQ(child<QLineEdit>("usernameEdit")->text(), QStringLiteral("auditor"));
}

TEST_F(LoginDialogTest, BadAddressesAreRefusedBeforeAnyRequest)
{
    for (const QString &address :
         {QString(), QStringLiteral("ops.example.com"), QStringLiteral("ftp://ops.example.com"),
          QStringLiteral("https://"), QStringLiteral("http://user@ops.example.com"),
          QStringLiteral("https://ops.example.com/?x=1"), QStringLiteral("not an address")}) {
        fill(address, QStringLiteral("admin"), QStringLiteral("opsdesk-demo"));
        child<QPushButton>("signInButton")->click();
        EXPECT_FALSE(m_dialog->isBusy()) << qPrintable(address);
        EXPECT_FALSE(m_dialog->errorText().isEmpty()) << qPrintable(address);
        EXPECT_TRUE(child<QLineEdit>("serverEdit")->hasFocus()) << qPrintable(address);
        // Nothing was sent, so nothing needs to be typed again.
        EXPECT_EQ(child<QLineEdit>("passwordEdit")->text(), QStringLiteral("opsdesk-demo"));
    }
    fill(s_server->baseUrl().toString(), QString(), QStringLiteral("opsdesk-demo"));
    child<QPushButton>("signInButton")->click();
    EXPECT_TRUE(child<QLineEdit>("usernameEdit")->hasFocus());
    EXPECT_FALSE(m_dialog->errorText().isEmpty());

    QString error;
    EXPECT_EQ(
        LoginDialog::parseServerUrl(QStringLiteral(" HTTPS://ops.example.com:8443/base/ "), &error),
        QUrl(QStringLiteral("https://ops.example.com:8443/base")));
    EXPECT_FALSE(LoginDialog::parseServerUrl(QStringLiteral("mailto:ops@example.com"), &error));
}

// Qt 6.4 has no QSslServer. An https:// address pointing at a plain TCP port
// that answers garbage (or at the plain-http reference server) fails in the
// TLS handshake, which is the same error path as a bad certificate: the
// complaint is shown, and nothing offers to ignore it.
TEST_F(LoginDialogTest, TlsErrorsAreShownAndNeverOfferedToBeIgnored)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    FakeServer garbage("this is not TLS\r\n\r\n");
    for (const QString &address :
         {garbage.url("https"), QStringLiteral("https://127.0.0.1:%1").arg(s_server->port())}) {
        fill(address, QStringLiteral("dispatcher"), QStringLiteral("opsdesk-demo"));
        submitWithEnter();
        EXPECT_EQ(m_dialog->lastFailure(), SessionManager::Failure::Tls) << qPrintable(address);
        const QString error = m_dialog->errorText();
        EXPECT_TRUE(error.contains(QStringLiteral("secure connection"))) << qPrintable(error);
        EXPECT_TRUE(error.contains(QStringLiteral("SSL")) || error.contains(QStringLiteral("TLS")))
            << "the certificate's complaint is shown: " << qPrintable(error);
        EXPECT_TRUE(child<QLineEdit>("passwordEdit")->text().isEmpty());
    }
    QStringList buttons;
    for (QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        buttons.append(button->text());
    EXPECT_EQ(buttons.filter(QStringLiteral("gnore"), Qt::CaseInsensitive), QStringList());
    EXPECT_EQ(buttons.filter(QStringLiteral("anyway"), Qt::CaseInsensitive), QStringList());
}

TEST_F(LoginDialogTest, AWebServerThatIsNotOpsDeskIsNamedAsSuch)
{
    FakeServer html("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n"
                    "Connection: close\r\n\r\n<html>Welcome</html>");
    FakeServer notFound("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                        "Content-Length: 9\r\nConnection: close\r\n\r\nNot found");
    FakeServer badJson("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                       "Content-Length: 9\r\nConnection: close\r\n\r\n{\"access\"");
    for (const FakeServer *server : {&html, &notFound, &badJson}) {
        fill(server->url("http"), QStringLiteral("admin"), QStringLiteral("opsdesk-demo"));
        submitWithEnter();
        EXPECT_EQ(m_dialog->lastFailure(), SessionManager::Failure::NotAnOpsDeskServer)
            << qPrintable(server->url("http")) << qPrintable(m_dialog->errorText());
        EXPECT_TRUE(m_dialog->errorText().contains(QStringLiteral("not as an OpsDesk server")))
            << qPrintable(m_dialog->errorText());
    }
}

TEST_F(LoginDialogTest, BusyWhileSigningInAndEscapeCancelsTheAttempt)
{
    FakeServer silent{QByteArray()};
    fill(silent.url("http"), QStringLiteral("admin"), QStringLiteral("opsdesk-demo"));
    child<QPushButton>("signInButton")->click();
    ASSERT_TRUE(m_dialog->isBusy());
    EXPECT_FALSE(child<QLineEdit>("serverEdit")->isEnabled());
    EXPECT_FALSE(child<QLineEdit>("passwordEdit")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("signInButton")->isEnabled());
    EXPECT_TRUE(child<QWidget>("loginBusy")->isVisible());
    // A second Enter does not start a second request.
    m_dialog->submit();

    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 5000));
    EXPECT_TRUE(m_dialog->isVisible()) << "Esc while busy cancels the attempt, not the dialog";
    EXPECT_TRUE(m_dialog->errorText().isEmpty());
    EXPECT_TRUE(child<QLineEdit>("serverEdit")->isEnabled());
    EXPECT_FALSE(child<QWidget>("loginBusy")->isVisible());

    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    EXPECT_EQ(m_dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(m_dialog->isVisible());
}

TEST_F(LoginDialogTest, FocusMovesTopToBottom)
{
    QList<QWidget *> chain;
    QWidget *widget = child<QLineEdit>("serverEdit");
    for (int i = 0; i < 6; ++i) {
        chain.append(widget);
        widget = widget->nextInFocusChain();
        while (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible())
            widget = widget->nextInFocusChain();
    }
    QStringList names;
    for (QWidget *w : chain)
        names.append(w->objectName());
    EXPECT_EQ(names, (QStringList{QStringLiteral("serverEdit"), QStringLiteral("usernameEdit"),
                                  QStringLiteral("passwordEdit"), QStringLiteral("rememberCheck"),
                                  QStringLiteral("signInButton"), QStringLiteral("cancelButton")}));

    m_dialog->setServerUrl(QUrl(QStringLiteral("https://ops.example.com")));
    m_dialog->focusFirstEmptyField();
    EXPECT_TRUE(child<QLineEdit>("usernameEdit")->hasFocus());
    m_dialog->setUsername(QStringLiteral("auditor"));
    m_dialog->focusFirstEmptyField();
    EXPECT_TRUE(child<QLineEdit>("passwordEdit")->hasFocus());
    EXPECT_EQ(child<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
}

// Renders the dialog in both languages for the documentation; the images go
// to the test's folder, and to $OPSDESK_SCREENSHOT_DIR when that is set.
TEST_F(LoginDialogTest, Screenshots)
{
    const QString outDir = qEnvironmentVariableIsSet("OPSDESK_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("OPSDESK_SCREENSHOT_DIR")
                               : QDir::homePath();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ASSERT_TRUE(m_language.setLanguage(lang));
        QApplication::processEvents();
        fill(QStringLiteral("https://ops.example.com"), QStringLiteral("dispatcher"), QString());
        m_dialog->focusFirstEmptyField();
        QApplication::processEvents();
        const QImage image = m_dialog->grab().toImage();
        EXPECT_GE(image.width(), 480);
        EXPECT_TRUE(image.save(QDir(outDir).filePath(QStringLiteral("login-%1.png").arg(lang))));

        // The wrong-password state, for a look at the error's layout.
        fill(s_server->baseUrl().toString(), QStringLiteral("dispatcher"), QStringLiteral("x"));
        submitWithEnter();
        QApplication::processEvents();
        EXPECT_TRUE(m_dialog->grab().save(
            QDir(outDir).filePath(QStringLiteral("login-error-%1.png").arg(lang))));

        // The TLS complaint, the longest message.
        if (QSslSocket::supportsSsl()) {
            FakeServer garbage("this is not TLS\r\n\r\n");
            fill(garbage.url("https"), QStringLiteral("dispatcher"), QStringLiteral("x"));
            submitWithEnter();
            QApplication::processEvents();
            EXPECT_TRUE(m_dialog->grab().save(
                QDir(outDir).filePath(QStringLiteral("login-tls-%1.png").arg(lang))));
        }
        child<QLabel>("loginError")->hide();
    }
    ASSERT_TRUE(m_language.setLanguage(QStringLiteral("en")));
}
