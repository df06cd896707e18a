#pragma once

#include "app/AppOptions.h"

#include <QObject>

#include <memory>

namespace OpsDesk {

class ApiClient;
class ConnectionState;
class CredentialStore;
class SessionManager;
class HealthMonitor;
class LanguageManager;
class LocalServerProcess;
class MainWindow;

// Wires the layers together for one run of the console: language, theme,
// the connection to the server (or the demo server), the main window, and
// the --screenshot mode.
class Application : public QObject
{
    Q_OBJECT
public:
    Application(const AppOptions &options, LanguageManager *language, QObject *parent = nullptr);
    ~Application() override;

    // Builds the window and starts the work. Returns false (with a message on
    // stderr) when the console cannot start.
    bool start();
    MainWindow *mainWindow() const { return m_window.get(); }

Q_SIGNALS:
    // The window shows what it has to show (the --screenshot moment).
    void dataReady();

private:
    void startDemo();
    void signInToDemo(const QUrl &url);
    void onDataReady();
    void takeScreenshotAndQuit();
    void fatal(const QString &message);

    AppOptions m_options;
    LanguageManager *m_language;
    std::unique_ptr<ConnectionState> m_connection;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<LocalServerProcess> m_demoServer;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<MainWindow> m_window;
    bool m_dataReady = false;
};

} // namespace OpsDesk
