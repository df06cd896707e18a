#pragma once

#include "models/Workspace.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QToolButton;
class QStackedWidget;

namespace OpsDesk {

class ConnectionIndicator;
class ConnectionState;

// The console's frame: the workspace navigation on the left, the current
// workspace in the middle, the connection state and the signed-in staff
// member in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionState *connection, QWidget *parent = nullptr);

    // Replaces the workspaces on offer (those the signed-in role may use).
    void setWorkspaces(const QList<Workspace> &workspaces);
    QList<Workspace> workspaces() const { return m_order; }
    // Shows `workspace` if it is on offer; false otherwise.
    bool showWorkspace(Workspace workspace);
    std::optional<Workspace> currentWorkspace() const;
    // Installs the widget of a workspace (replacing the empty page).
    void setWorkspaceWidget(Workspace workspace, QWidget *widget);

    void setSignedInText(const QString &text);
    QString signedInText() const;
    // Shows or hides the status bar's "Sign out" button.
    void setSignOutAvailable(bool available);
    bool isSignOutAvailable() const;
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    ConnectionIndicator *m_indicator;
    QLabel *m_signedIn;
    QToolButton *m_signOut;
    QWidget *m_noWorkspace;
    QLabel *m_brandText = nullptr;
    QList<Workspace> m_order;
    QHash<int, QWidget *> m_pages; // keyed by Workspace
};

} // namespace OpsDesk
