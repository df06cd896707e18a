#pragma once

#include "services/auth/SessionManager.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace OpsDesk {

class ApiClient;
class CredentialStore;

// The sign-in form: server address, username, password and "Keep me signed
// in on this computer". Sign in runs POST /api/v1/auth/login through a fresh
// ApiClient + SessionManager for the address typed; on success the dialog is
// accepted and the caller takes the signed-in session with takeSession().
//
// The password lives in its field only and is cleared after every attempt
// that reached out to a server (success or failure); a form that does not
// pass its own checks (bad address, empty field) keeps it. The dialog writes
// no file: the caller remembers the non-secret facts (SignInSettings), the
// SessionManager keeps the refresh token in the OS keychain when "Keep me
// signed in" is on.
//
// TLS errors are shown with the certificate's complaint and are never
// offered to be ignored.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    struct Session
    {
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<SessionManager> session;
    };

    explicit LoginDialog(CredentialStore *keychain, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServerUrl(const QUrl &url);
    void setUsername(const QString &username);
    void setRemember(bool remember);
    // A line shown above the form when it opens (e.g. "the session expired").
    void setNotice(const QString &text);
    // Puts the keyboard focus in the first field that still needs typing.
    void focusFirstEmptyField();

    QUrl serverUrl() const; // the address as typed, validated; empty if invalid
    QString username() const;
    bool remember() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    SessionManager::Failure lastFailure() const { return m_lastFailure; }

    // After accepted(): the signed-in session; ownership moves to the caller.
    Session takeSession();

    // Validates a server address: http:// or https://, a host, no query, no
    // user name in it. Trailing slashes are dropped. Nothing + a translated
    // reason when it is not usable.
    static std::optional<QUrl> parseServerUrl(const QString &text, QString *error);

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    void signedIn();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void retranslate();
    void setBusy(bool busy, const QString &server = {});
    void showError(const QString &text, QWidget *focus);
    void onLoginFinished(bool ok, const QString &error);
    void dropAttempt();
    QString failureText(const QString &server, const ApiError &error,
                        const QString &fallback) const;

    CredentialStore *m_keychain;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_notice;
    QLabel *m_serverLabel;
    QLabel *m_usernameLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QWidget *m_busyRow;
    QLabel *m_busyText;
    QPushButton *m_signIn;
    QPushButton *m_cancel;

    Session m_attempt;
    QUrl m_attemptUrl;
    bool m_busy = false;
    bool m_cancelled = false;
    SessionManager::Failure m_lastFailure = SessionManager::Failure::None;
};

} // namespace OpsDesk
