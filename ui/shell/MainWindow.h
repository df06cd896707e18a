#pragma once

#include "models/Workspace.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;
class QStackedWidget;

namespace OpsDesk {

class ConnectionIndicator;
class Notifications;
class NotificationsPanel;
class ConnectionState;

// The console's frame: the workspace navigation on the left, the current
// workspace in the middle, the connection state and the signed-in staff
// member in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionState *connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the workspaces on offer (those the signed-in role may use).
    void setWorkspaces(const QList<Workspace> &workspaces);
    QList<Workspace> workspaces() const { return m_order; }
    // Shows `workspace` if it is on offer; false otherwise.
    bool showWorkspace(Workspace workspace);
    std::optional<Workspace> currentWorkspace() const;
    // Installs the widget of a workspace (replacing the empty page).
    void setWorkspaceWidget(Workspace workspace, QWidget *widget);
    // Puts the empty pages back (sign-out, cache rebuilt): the workspaces'
    // layouts are saved and their widgets deleted at once, closing their
    // readers of the cache.
    void resetWorkspaceWidgets();

    void setSignedInText(const QString &text);
    QString signedInText() const;
    // Shows or hides the status bar's "Sign out" button.
    void setSignOutAvailable(bool available);
    bool isSignOutAvailable() const;
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }

    // The status bar's "Changes" button (opens the list of changes not yet
    // on the server); shown while a session is open.
    void setChangesAvailable(bool available);
    // A sync run's progress in the status bar, with a Cancel button;
    // `percent` < 0 shows a busy bar.
    void showSyncProgress(const QString &text, int percent);
    void hideSyncProgress();
    bool isSyncProgressVisible() const;
    QString syncProgressText() const;

    // Moves the current workspace into a window of its own (a second
    // monitor); closing that window brings it back. Ctrl+Shift+D.
    void detachCurrentWorkspace();
    void reattachWorkspace(Workspace workspace);
    bool isDetached(Workspace workspace) const { return m_detached.contains(int(workspace)); }
    // The notifications panel (a dock, hidden until asked for) and the
    // status bar's button with the unread count (Ctrl+Shift+N).
    void setNotifications(Notifications *notifications);
    // Window geometry and state, and the layout of every workspace that keeps
    // one (WorkspaceLayout), come back after a restart (QSettings; no
    // secrets). restoreLayout() is called by the application at start (not
    // for screenshots); workspaces installed later are restored as they come.
    // saveLayout() runs on close and when a workspace is replaced.
    void restoreLayout();
    void saveLayout() const;

Q_SIGNALS:
    void signOutRequested();
    void changesRequested();
    void syncCancelRequested();
    void searchRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void showShortcuts();
    void updateBell();

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    ConnectionIndicator *m_indicator;
    QLabel *m_signedIn;
    QToolButton *m_signOut;
    QToolButton *m_changes;
    QToolButton *m_bell = nullptr;
    NotificationsPanel *m_notificationsPanel = nullptr;
    Notifications *m_notifications = nullptr;
    QLabel *m_syncText;
    QProgressBar *m_syncBar;
    QToolButton *m_syncCancel;
    QWidget *m_noWorkspace;
    QLabel *m_brandText = nullptr;
    QList<Workspace> m_order;
    QHash<int, QWidget *> m_pages; // keyed by Workspace
    bool m_restoreWorkspaceLayouts = false;
    std::optional<Workspace> m_savedWorkspace; // the one open at the last close
    QHash<int, QWidget *> m_detached;          // workspace → its own window
    QHash<int, QWidget *> m_placeholders;
};

} // namespace OpsDesk
