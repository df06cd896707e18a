#pragma once

#include "app/AppOptions.h"
#include "models/Staff.h"
#include "services/auth/SignInSettings.h"
#include "services/sync/OutboxTypes.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace OpsDesk {

class ApiClient;
class ConnectionState;
class CredentialStore;
class SessionManager;
class HealthMonitor;
class LanguageManager;
class LocalServerProcess;
class LoginDialog;
class MainWindow;
class SyncSession;
class ChangesDialog;
class AuditWorkspace;
class FinanceWorkspace;
class DashboardsWorkspace;
class DispatchWorkspace;
class OrdersWorkspace;
class Notifications;
class OrderAlerts;

// Wires the layers together for one run of the console: language, theme,
// the sign-in (silent resume, offline start or the sign-in dialog; or the
// demo server), the main window, and the --screenshot mode.
//
// Start without --demo (see docs/architecture.md, "Sign-in and session"):
// the server is --server or the one remembered from the last sign-in
// (SignInSettings). With a remembered user for that server, the refresh token
// from the keychain signs in silently; if the server cannot be reached (a
// network error, not an HTTP answer) and this computer has both the refresh
// token and a cache file for that staff member, the console starts offline
// with the remembered staff record and resumes the session as soon as the
// health check sees the server again. Every other case shows LoginDialog.
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
    // The sign-in dialog while it is open; null otherwise.
    LoginDialog *loginDialog() const { return m_login.get(); }
    ConnectionState *connection() const { return m_connection.get(); }
    ApiClient *api() const { return m_api.get(); }
    SessionManager *session() const { return m_session.get(); }
    // The signed-in staff member (also while offline).
    std::optional<Staff> staff() const { return m_staff; }
    bool isOffline() const { return m_staff && m_offline; }
    // How often the health check (and so the offline retry) runs.
    void setHealthIntervalMs(int ms);

public Q_SLOTS:
    // Revokes the session, deletes its keychain entry, forgets the remembered
    // staff record and shows the sign-in dialog again.
    void signOut();
    void finishSignOut(bool deleteLocalData);

Q_SIGNALS:
    // The window shows what it has to show (the --screenshot moment); emitted
    // by startSession().
    void dataReady();
    // The sign-in dialog is open and waits for the user.
    void signInRequired();
    // An offline session got its tokens back: the server is reachable again.
    void sessionOnline(const OpsDesk::Staff &staff);
    // The first sync of this session finished (ok or not).
    void firstSyncFinished(bool ok);
    void signedOut();

private:
    // THE HOOK: called once the staff member is known — after an online
    // sign-in (dialog or silent resume, online == true), an offline start
    // (online == false), or the demo's sign-in. Sets up the window for the
    // staff member (workspaces from role and city scope, the signed-in text)
    // and emits dataReady. The local cache and the sync engine are wired here.
    // When an offline session comes back online, sessionOnline() follows; a
    // sign-out calls endSession() before the next startSession().
    void startSession(const Staff &staff, bool online);
    // Undoes startSession(): the window offers nothing until the next sign-in.
    void endSession();
    // Deletes the encrypted offline documents of a cache and their keychain key.
    void removeAuditDocuments(const QString &cachePath, bool wait);
    void startSync(const Staff &staff);
    void openChanges();
    void openSearch();
    void openSettings();
    // The map tiles of the settings, for every map (at start, when the
    // server is known, and when the settings change).
    void applyTileSettings();
    void rebuildCache();
    void checkAlerts();
    void openRecord(const QString &collection, const QString &id);

    void startDemo();
    void signInToDemo(const QUrl &url);
    void beginSignIn();
    void resumeSession(const QUrl &server, const QString &username);
    void onResumeFailed(const QUrl &server, const QString &username, const QString &error);
    void retryOnline();
    void showLogin(const QUrl &server, const QString &username, const QString &notice);
    void onLoginSucceeded();
    void onSignedIn();
    void createSession(const QUrl &server, bool remember);
    void discardSession();
    void watchKeychain();
    void watchServer(const QUrl &server);
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
    std::unique_ptr<LoginDialog> m_login;
    // The signed-in staff member's cache and sync (pull, outbox, live events).
    std::unique_ptr<SyncSession> m_sync;
    QPointer<ChangesDialog> m_changes;
    QPointer<OrdersWorkspace> m_orders;
    QPointer<DispatchWorkspace> m_dispatch;
    QPointer<AuditWorkspace> m_audit;
    QPointer<FinanceWorkspace> m_finance;
    QPointer<DashboardsWorkspace> m_dashboards;
    std::unique_ptr<Notifications> m_notifications;
    std::unique_ptr<OrderAlerts> m_alerts;
    QTimer m_alertTimer;
    OutboxCounts m_lastCounts;
    int m_lastTimeouts = 0;
    // The demo's cache lives as long as its throw-away server.
    std::unique_ptr<QTemporaryDir> m_demoCacheDir;
    SignInSettings m_remembered;
    std::optional<Staff> m_staff;
    bool m_offline = false;
    bool m_resuming = false;
    bool m_screenshotScheduled = false;
    bool m_firstSyncDone = false;
};

} // namespace OpsDesk
