#include "app/Application.h"

#include "models/ConnectionState.h"
#include "models/Staff.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/AppPaths.h"
#include "services/core/CredentialStore.h"
#include "services/server/HealthMonitor.h"
#include "services/server/LocalServerProcess.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/MainWindow.h"
#include "ui/style/Theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace OpsDesk {

Application::Application(const AppOptions &options, LanguageManager *language, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_language(language)
    , m_connection(std::make_unique<ConnectionState>())
    , m_health(std::make_unique<HealthMonitor>(m_connection.get()))
{}

Application::~Application()
{
    m_health->stop();
    m_session.reset();
    m_api.reset();
    m_window.reset();
    m_demoServer.reset();
}

bool Application::start()
{
    const QString language = m_options.language.isEmpty()
                                 ? LanguageManager::languageForLocale(QLocale::system())
                                 : m_options.language;
    if (!m_language->setLanguage(language)) {
        std::fprintf(stderr, "opsdesk: the %s translation could not be loaded\n",
                     qPrintable(language));
        return false;
    }
    Theme::apply(*qApp);

    m_window = std::make_unique<MainWindow>(m_connection.get());
    const Role role = m_options.role.value_or(Role::Admin);
    if (m_options.demo) {
        m_window->setWorkspaces(workspacesForRole(role));
        m_window->setSignedInText(tr("Signing in as the %1 demo account…").arg(roleTitle(role)));
    }
    if (m_options.workspace && !m_window->showWorkspace(*m_options.workspace)) {
        std::fprintf(stderr, "opsdesk: the %s workspace is not available to this account\n",
                     qPrintable(workspaceId(*m_options.workspace)));
    }

    connect(this, &Application::dataReady, this, &Application::onDataReady);
    m_window->show();

    if (m_options.demo) {
        startDemo();
    } else if (m_options.serverUrl.isValid()) {
        m_health->setServerUrl(m_options.serverUrl);
        connect(m_health.get(), &HealthMonitor::checked, this, [this] {
            if (!m_dataReady)
                Q_EMIT dataReady();
        });
        m_health->start();
    } else {
        // Nothing to wait for: the window is ready once it has been laid out.
        QTimer::singleShot(0, this, [this] { Q_EMIT dataReady(); });
    }
    return true;
}

void Application::startDemo()
{
    m_demoServer = std::make_unique<LocalServerProcess>();
    m_connection->setDemo(true);
    m_connection->markConnecting();
    connect(m_demoServer.get(), &LocalServerProcess::ready, this,
            [this](const QUrl &url) { signInToDemo(url); });
    connect(m_demoServer.get(), &LocalServerProcess::failed, this, [this](const QString &error) {
        fatal(tr("The demo server could not be started.\n\n%1").arg(error));
    });
    const QString program = AppPaths::siblingProgram(QStringLiteral("opsdesk-server"));
    if (!QFileInfo::exists(program)) {
        fatal(tr("The demo needs opsdesk-server next to this program, but %1 does not exist.")
                  .arg(program));
        return;
    }
    m_demoServer->start(program, {QStringLiteral("--demo")});
}

void Application::signInToDemo(const QUrl &url)
{
    m_health->setServerUrl(url);
    m_health->start();
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk"));
    m_api = std::make_unique<ApiClient>(url);
    m_session = std::make_unique<SessionManager>(m_api.get(), m_credentials.get());
    m_session->setRemember(false);
    const Role role = m_options.role.value_or(Role::Admin);
    m_session->login(
        roleId(role), QStringLiteral("opsdesk-demo"), [this, role](bool ok, const QString &error) {
            if (!ok) {
                fatal(tr("The demo account could not sign in.\n\n%1").arg(error));
                return;
            }
            const Staff staff = *m_session->staff();
            m_window->setWorkspaces(staff.workspaces());
            if (m_options.workspace)
                m_window->showWorkspace(*m_options.workspace);
            m_window->setSignedInText(tr("Demo · %1 (%2)").arg(staff.displayName, roleTitle(role)));
            if (!m_dataReady)
                Q_EMIT dataReady();
        });
}

void Application::onDataReady()
{
    m_dataReady = true;
    if (!m_options.screenshotFile.isEmpty())
        // Let pending layout and paint events settle before grabbing.
        QTimer::singleShot(200, this, &Application::takeScreenshotAndQuit);
}

void Application::takeScreenshotAndQuit()
{
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_options.screenshotFile, "PNG")) {
        std::fprintf(stderr, "opsdesk: could not write the screenshot to %s\n",
                     qPrintable(m_options.screenshotFile));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(m_options.screenshotFile));
    QCoreApplication::exit(0);
}

void Application::fatal(const QString &message)
{
    std::fprintf(stderr, "opsdesk: %s\n", qPrintable(message));
    if (!m_options.screenshotFile.isEmpty()) {
        QCoreApplication::exit(1);
        return;
    }
    QMessageBox::critical(m_window.get(), tr("OpsDesk"), message);
    QCoreApplication::exit(1);
}

} // namespace OpsDesk
