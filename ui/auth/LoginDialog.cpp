#include "ui/auth/LoginDialog.h"

#include "services/api/ApiClient.h"
#include "services/core/CredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

} // namespace

LoginDialog::LoginDialog(CredentialStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_busyRow(new QWidget(this))
    , m_busyText(new QLabel(m_busyRow))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/opsdesk.svg")));
    setModal(true);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/opsdesk.svg")).pixmap(QSize(40, 40)));
    logo->setAlignment(Qt::AlignTop);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    m_subtitle->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(heading, 1);

    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase |
                                  Qt::ImhNoPredictiveText);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);

    m_serverLabel->setBuddy(m_server);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_busyRow->setObjectName(QStringLiteral("loginBusy"));
    auto *busyBar = new QProgressBar(m_busyRow);
    busyBar->setRange(0, 0); // indeterminate
    busyBar->setTextVisible(false);
    busyBar->setFixedSize(96, 8);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(8);
    busyLayout->addWidget(busyBar);
    busyLayout->addWidget(m_busyText, 1);
    m_busyRow->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Top to bottom, then the buttons in the order they are read.
    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_signIn);
    setTabOrder(m_signIn, m_cancel);

    setMinimumWidth(480);
    retranslate();
}

LoginDialog::~LoginDialog()
{
    if (m_attempt.api)
        m_attempt.api->cancelAll();
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    fitHeight();
}

void LoginDialog::fitHeight()
{
    // Word-wrapped messages come and go: the height follows them at the
    // current width, so that a long message is never cut off and no gap is
    // left when it goes.
    QLayout *box = layout();
    box->activate();
    const int height = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    resize(width(), qMax(height, box->totalMinimumSize().height()));
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void LoginDialog::focusFirstEmptyField()
{
    if (m_server->text().trimmed().isEmpty())
        m_server->setFocus();
    else if (m_username->text().trimmed().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

QUrl LoginDialog::serverUrl() const
{
    QString ignored;
    return parseServerUrl(m_server->text(), &ignored).value_or(QUrl());
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

LoginDialog::Session LoginDialog::takeSession()
{
    return std::move(m_attempt);
}

std::optional<QUrl> LoginDialog::parseServerUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter the server address, for example https://ops.example.com.");
        return std::nullopt;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *error = tr("\"%1\" is not a server address. Enter it with http:// or https://, for "
                    "example https://ops.example.com.")
                     .arg(trimmed);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = tr("Enter the server address without a user name, \"?\" or \"#\" part.");
        return std::nullopt;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    m_error->clear();
    m_error->hide();
    fitHeight();
    QString problem;
    const auto url = parseServerUrl(m_server->text(), &problem);
    if (!url) {
        showError(problem, m_server);
        return;
    }
    if (username().isEmpty()) {
        showError(tr("Enter your username."), m_username);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."), m_password);
        return;
    }

    m_server->setText(url->toString());
    m_attemptUrl = *url;
    m_cancelled = false;
    m_lastFailure = SessionManager::Failure::None;
    m_attempt.api = std::make_unique<ApiClient>(*url);
    m_attempt.session = std::make_unique<SessionManager>(m_attempt.api.get(), m_keychain);
    m_attempt.session->setRemember(remember());
    setBusy(true, hostAndPort(*url));
    const QString password = m_password->text();
    m_attempt.session->login(username(), password,
                             [this](bool ok, const QString &error) { onLoginFinished(ok, error); });
}

void LoginDialog::onLoginFinished(bool ok, const QString &error)
{
    m_password->clear();
    setBusy(false);
    if (ok) {
        if (!remember())
            // An older "keep me signed in" for this server and user must not
            // resume on the next start.
            m_keychain->remove(SessionManager::keyFor(m_attemptUrl, username()), m_keychain,
                               [](const CredentialStore::Result &) {});
        accept();
        Q_EMIT signedIn();
        return;
    }
    m_lastFailure = m_attempt.session->lastFailure();
    const ApiError apiError = m_attempt.session->lastError();
    const bool cancelled = m_cancelled;
    dropAttempt();
    if (cancelled) {
        m_lastFailure = SessionManager::Failure::None;
        m_password->setFocus();
        return;
    }
    QWidget *focus =
        m_lastFailure == SessionManager::Failure::WrongCredentials ? m_password : m_server;
    showError(failureText(hostAndPort(m_attemptUrl), apiError, error), focus);
    if (focus == m_server)
        m_server->selectAll();
}

QString LoginDialog::failureText(const QString &server, const ApiError &error,
                                 const QString &fallback) const
{
    switch (m_lastFailure) {
    case SessionManager::Failure::WrongCredentials:
        return tr("The username or the password is wrong. Check them and try again.");
    case SessionManager::Failure::Unreachable:
        return tr("The server %1 cannot be reached. Check the address and the network "
                  "connection.\n(%2)")
            .arg(server, error.kind == ApiError::Kind::Timeout ? error.message() : error.detail);
    case SessionManager::Failure::Tls:
        return tr("The secure connection to %1 failed: %2\n\nOpsDesk never connects to a server "
                  "whose certificate it cannot verify. Ask your administrator to fix the "
                  "server's certificate or to install your organisation's certificate "
                  "authority on this computer.")
            .arg(server, error.detail);
    case SessionManager::Failure::NotAnOpsDeskServer:
        return tr("%1 answered, but not as an OpsDesk server would. Check the address: it is "
                  "the one your administrator gave you, without /api.")
            .arg(server);
    case SessionManager::Failure::ServerError:
        return tr("The server could not sign you in: %1").arg(fallback);
    default:
        break;
    }
    return fallback;
}

void LoginDialog::dropAttempt()
{
    // Called from inside the attempt's own callback: delete on the next turn.
    if (m_attempt.session)
        m_attempt.session.release()->deleteLater();
    if (m_attempt.api)
        m_attempt.api.release()->deleteLater();
}

void LoginDialog::reject()
{
    if (m_busy) {
        // Esc or Cancel while signing in stops the attempt, not the dialog.
        m_cancelled = true;
        m_attempt.api->cancelAll();
        return;
    }
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy, const QString &server)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy) {
        m_busyText->setText(tr("Signing in to %1…").arg(server));
        m_cancel->setFocus();
    }
    m_busyRow->setVisible(busy);
    fitHeight();
}

void LoginDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    fitHeight();
    if (focus)
        focus->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in — OpsDesk"));
    m_title->setText(tr("Sign in to OpsDesk"));
    m_subtitle->setText(tr("The operations console of the home-service platform."));
    m_serverLabel->setText(tr("&Server address:"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("https://ops.example.com"));
    m_remember->setText(tr("&Keep me signed in on this computer"));
    m_remember->setToolTip(tr("The session is kept in the operating system's keychain, never "
                              "in a file, and survives a restart. Sign out to remove it."));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
    if (isVisible())
        fitHeight();
}

} // namespace OpsDesk
