#include "ui/shell/MainWindow.h"

#include "models/Notifications.h"
#include "ui/shell/ConnectionIndicator.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/EmptyWorkspace.h"
#include "ui/shell/NotificationsPanel.h"
#include "ui/shell/WorkspaceLayout.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace OpsDesk {

namespace {
constexpr int WorkspaceRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(ConnectionState *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_indicator(new ConnectionIndicator(connection, this))
    , m_signedIn(new QLabel(this))
    , m_signOut(new QToolButton(this))
    , m_changes(new QToolButton(this))
    , m_syncText(new QLabel(this))
    , m_syncBar(new QProgressBar(this))
    , m_syncCancel(new QToolButton(this))
    , m_noWorkspace(new QWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/opsdesk.svg")));
    resize(1280, 800);

    m_nav->setObjectName(QStringLiteral("workspaceNav"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFocusPolicy(Qt::StrongFocus);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_order.size())
            m_stack->setCurrentWidget(m_pages.value(static_cast<int>(m_order.at(row))));
    });

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setFixedWidth(168);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto *brand = new QWidget(side);
    brand->setObjectName(QStringLiteral("brand"));
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(14, 12, 8, 12);
    auto *logo = new QLabel(brand);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/opsdesk.svg")).pixmap(QSize(26, 26)));
    m_brandText = new QLabel(brand);
    m_brandText->setObjectName(QStringLiteral("brandText"));
    brandLayout->addWidget(logo);
    brandLayout->addWidget(m_brandText, 1);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_nav, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_signedIn->setObjectName(QStringLiteral("signedInText"));
    statusBar()->addWidget(m_indicator);
    statusBar()->addPermanentWidget(m_signedIn);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAutoRaise(true);
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_signOut->hide();
    connect(m_signOut, &QToolButton::clicked, this, &MainWindow::signOutRequested);
    statusBar()->addPermanentWidget(m_signOut);

    m_changes->setObjectName(QStringLiteral("changesButton"));
    m_changes->setAutoRaise(true);
    m_changes->hide();
    connect(m_changes, &QToolButton::clicked, this, &MainWindow::changesRequested);
    statusBar()->insertWidget(1, m_changes);
    m_syncText->setObjectName(QStringLiteral("syncProgressText"));
    m_syncBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_syncBar->setMaximumWidth(160);
    m_syncBar->setTextVisible(false);
    m_syncCancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_syncCancel->setAutoRaise(true);
    connect(m_syncCancel, &QToolButton::clicked, this, &MainWindow::syncCancelRequested);
    statusBar()->insertWidget(2, m_syncText);
    statusBar()->insertWidget(3, m_syncBar);
    statusBar()->insertWidget(4, m_syncCancel);
    hideSyncProgress();

    // Keyboard: Ctrl+1…6 switch workspaces, Ctrl+K searches, Ctrl+Shift+C
    // lists the changes not yet on the server, F1 lists the shortcuts.
    for (int n = 1; n <= 6; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        connect(shortcut, &QShortcut::activated, this, [this, n] {
            if (n <= m_order.size())
                m_nav->setCurrentRow(n - 1);
        });
    }
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this), &QShortcut::activated, this,
            &MainWindow::searchRequested);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this),
            &QShortcut::activated, this, [this] {
                if (!m_changes->isHidden())
                    Q_EMIT changesRequested();
            });
    connect(new QShortcut(QKeySequence(Qt::Key_F1), this), &QShortcut::activated, this,
            &MainWindow::showShortcuts);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this),
            &QShortcut::activated, this, &MainWindow::detachCurrentWorkspace);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this), &QShortcut::activated,
            this, &MainWindow::settingsRequested);

    // Shown while nobody is signed in (no workspace on offer).
    m_noWorkspace->setObjectName(QStringLiteral("noWorkspace"));
    m_stack->addWidget(m_noWorkspace);

    for (const Workspace workspace : allWorkspaces()) {
        auto *page = new EmptyWorkspace(workspace, m_stack);
        m_pages.insert(static_cast<int>(workspace), page);
        m_stack->addWidget(page);
    }
    setWorkspaces(allWorkspaces());
    retranslate();
}

void MainWindow::setWorkspaces(const QList<Workspace> &workspaces)
{
    const auto previous = currentWorkspace();
    m_order = workspaces;
    m_nav->clear();
    for (const Workspace workspace : workspaces) {
        auto *item = new QListWidgetItem(QIcon(workspaceIconPath(workspace)),
                                         workspaceTitle(workspace), m_nav);
        item->setData(WorkspaceRole, static_cast<int>(workspace));
    }
    if (m_savedWorkspace && workspaces.contains(*m_savedWorkspace))
        showWorkspace(*m_savedWorkspace);
    else if (previous && workspaces.contains(*previous))
        showWorkspace(*previous);
    else if (!workspaces.isEmpty())
        m_nav->setCurrentRow(0);
    else
        m_stack->setCurrentWidget(m_noWorkspace);
}

bool MainWindow::showWorkspace(Workspace workspace)
{
    const qsizetype row = m_order.indexOf(workspace);
    if (row < 0)
        return false;
    m_nav->setCurrentRow(static_cast<int>(row));
    return true;
}

std::optional<Workspace> MainWindow::currentWorkspace() const
{
    const int row = m_nav->currentRow();
    if (row < 0 || row >= m_order.size())
        return std::nullopt;
    return m_order.at(row);
}

MainWindow::~MainWindow()
{
    // Detached workspaces come home, to go with this window.
    for (QWidget *window : m_detached.values())
        window->close();
}

void MainWindow::setWorkspaceWidget(Workspace workspace, QWidget *widget)
{
    const int key = static_cast<int>(workspace);
    if (isDetached(workspace))
        m_detached.value(key)->close();
    QWidget *old = m_pages.value(key);
    const bool wasCurrent = m_stack->currentWidget() == old;
    m_stack->addWidget(widget);
    m_pages.insert(key, widget);
    if (auto *layout = dynamic_cast<WorkspaceLayout *>(widget);
        layout && m_restoreWorkspaceLayouts) {
        QSettings settings;
        layout->restoreLayout(settings);
    }
    if (old) {
        if (auto *layout = dynamic_cast<const WorkspaceLayout *>(old)) {
            QSettings settings;
            layout->saveLayout(settings);
        }
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
}

void MainWindow::resetWorkspaceWidgets()
{
    for (const Workspace workspace : allWorkspaces()) {
        QWidget *old = m_pages.value(int(workspace));
        if (!old || qobject_cast<EmptyWorkspace *>(old))
            continue;
        setWorkspaceWidget(workspace, new EmptyWorkspace(workspace, m_stack));
        delete old; // setWorkspaceWidget only scheduled it
    }
}

void MainWindow::setSignedInText(const QString &text)
{
    m_signedIn->setText(text);
}

QString MainWindow::signedInText() const
{
    return m_signedIn->text();
}

void MainWindow::setSignOutAvailable(bool available)
{
    m_signOut->setVisible(available);
}

bool MainWindow::isSignOutAvailable() const
{
    return !m_signOut->isHidden();
}

namespace {

// A workspace in a window of its own; closing it hands the workspace back.
class DetachedWindow : public QWidget
{
public:
    DetachedWindow(std::function<void()> onClose)
        : QWidget(nullptr, Qt::Window)
        , m_onClose(std::move(onClose))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_onClose)
            std::exchange(m_onClose, nullptr)();
        QWidget::closeEvent(event);
    }

private:
    std::function<void()> m_onClose;
};

} // namespace

void MainWindow::detachCurrentWorkspace()
{
    const auto workspace = currentWorkspace();
    if (!workspace || isDetached(*workspace))
        return;
    const int key = int(*workspace);
    QWidget *page = m_pages.value(key);
    if (!page)
        return;
    auto *window = new DetachedWindow([this, w = *workspace] { reattachWorkspace(w); });
    window->setObjectName(QStringLiteral("detachedWorkspace"));
    window->setWindowTitle(tr("%1 — OpsDesk").arg(workspaceTitle(*workspace)));
    window->setWindowIcon(windowIcon());
    // The stack keeps a placeholder that says where the workspace went.
    auto *placeholder = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(placeholder);
    auto *text = new QLabel(tr("%1 is open in its own window.").arg(workspaceTitle(*workspace)),
                            placeholder);
    text->setAlignment(Qt::AlignCenter);
    auto *back = new QToolButton(placeholder);
    back->setText(tr("Bring it back here"));
    connect(back, &QToolButton::clicked, window, &QWidget::close);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    const bool wasCurrent = m_stack->currentWidget() == page;
    m_stack->addWidget(placeholder);
    m_stack->removeWidget(page);
    if (wasCurrent)
        m_stack->setCurrentWidget(placeholder);
    window->layout()->addWidget(page);
    page->show();
    m_detached.insert(key, window);
    m_placeholders.insert(key, placeholder);
    m_pages.insert(key, placeholder);
    window->resize(size() * 0.8);
    window->show();
}

void MainWindow::reattachWorkspace(Workspace workspace)
{
    const int key = int(workspace);
    QWidget *window = m_detached.take(key);
    QWidget *placeholder = m_placeholders.take(key);
    if (!window || !placeholder)
        return;
    QWidget *page = window->layout()->itemAt(0) ? window->layout()->itemAt(0)->widget() : nullptr;
    if (!page)
        return;
    const bool wasCurrent = m_stack->currentWidget() == placeholder;
    m_stack->addWidget(page);
    m_pages.insert(key, page);
    if (wasCurrent)
        m_stack->setCurrentWidget(page);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
}

void MainWindow::setNotifications(Notifications *notifications)
{
    m_notifications = notifications;
    m_notificationsPanel = new NotificationsPanel(notifications, this);
    m_notificationsPanel->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsPanel);
    m_bell = new QToolButton(this);
    m_bell->setObjectName(QStringLiteral("notificationsButton"));
    m_bell->setAutoRaise(true);
    m_bell->setCheckable(true);
    connect(m_bell, &QToolButton::toggled, m_notificationsPanel, &QWidget::setVisible);
    connect(m_notificationsPanel, &QDockWidget::visibilityChanged, m_bell,
            &QToolButton::setChecked);
    connect(notifications, &Notifications::unreadCountChanged, this, &MainWindow::updateBell);
    statusBar()->addPermanentWidget(m_bell);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this),
            &QShortcut::activated, m_bell, &QToolButton::toggle);
    updateBell();
}

void MainWindow::updateBell()
{
    if (!m_bell)
        return;
    const int unread = m_notifications->unreadCount();
    m_bell->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
    m_bell->setToolTip(tr("New orders, dispatch timeouts and refused changes (Ctrl+Shift+N)"));
}

void MainWindow::setChangesAvailable(bool available)
{
    m_changes->setVisible(available);
}

void MainWindow::showSyncProgress(const QString &text, int percent)
{
    m_syncText->setText(text);
    m_syncBar->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_syncBar->setValue(percent);
    m_syncText->show();
    m_syncBar->show();
    m_syncCancel->show();
}

void MainWindow::hideSyncProgress()
{
    m_syncText->hide();
    m_syncBar->hide();
    m_syncCancel->hide();
}

bool MainWindow::isSyncProgressVisible() const
{
    return !m_syncBar->isHidden();
}

QString MainWindow::syncProgressText() const
{
    return m_syncText->text();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_restoreWorkspaceLayouts = true;
    m_savedWorkspace =
        workspaceFromId(settings.value(QStringLiteral("window/workspace")).toString());
    if (m_savedWorkspace && m_order.contains(*m_savedWorkspace))
        showWorkspace(*m_savedWorkspace);
    for (QWidget *page : std::as_const(m_pages))
        if (auto *layout = dynamic_cast<WorkspaceLayout *>(page))
            layout->restoreLayout(settings);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (const auto current = currentWorkspace())
        settings.setValue(QStringLiteral("window/workspace"), workspaceId(*current));
    for (const QWidget *page : std::as_const(m_pages))
        if (auto *layout = dynamic_cast<const WorkspaceLayout *>(page))
            layout->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    const QString rows =
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Ctrl+1 … Ctrl+6"), tr("Switch to the 1st … 6th workspace")) +
        QStringLiteral("<tr><td><b>Ctrl+K</b></td><td>%1</td></tr>")
            .arg(tr("Search orders, technicians and customers")) +
        QStringLiteral("<tr><td><b>Ctrl+Shift+C</b></td><td>%1</td></tr>")
            .arg(tr("Changes not yet on the server")) +
        QStringLiteral("<tr><td><b>Ctrl+Shift+N</b></td><td>%1</td></tr>")
            .arg(tr("Notifications")) +
        QStringLiteral("<tr><td><b>Ctrl+Shift+D</b></td><td>%1</td></tr>")
            .arg(tr("Open the workspace in its own window")) +
        QStringLiteral("<tr><td><b>Ctrl+,</b></td><td>%1</td></tr>").arg(tr("Settings")) +
        QStringLiteral("<tr><td><b>F1</b></td><td>%1</td></tr>").arg(tr("This list")) +
        QStringLiteral("<tr><td colspan='2'><br><b>%1</b></td></tr>").arg(tr("Orders")) +
        QStringLiteral("<tr><td><b>Ctrl+F</b></td><td>%1</td></tr>")
            .arg(tr("Search the orders (number, address, customer, phone tail, notes)")) +
        QStringLiteral("<tr><td><b>Ctrl+Shift+X</b></td><td>%1</td></tr>")
            .arg(tr("Clear the filters")) +
        QStringLiteral("<tr><td><b>Ctrl+Shift+S</b></td><td>%1</td></tr>")
            .arg(tr("Save the filters as a view")) +
        QStringLiteral("<tr><td><b>Ctrl+E</b></td><td>%1</td></tr>")
            .arg(tr("Export the orders of the current filter")) +
        QStringLiteral("<tr><td><b>Ctrl+Enter</b></td><td>%1</td></tr>")
            .arg(tr("In the reason or note field: add it as a note")) +
        QStringLiteral("<tr><td><b>Tab, Shift+Tab</b></td><td>%1</td></tr>")
            .arg(tr("Move between the filters, the table and the order's actions")) +
        QStringLiteral("<tr><td colspan='2'><br><b>%1</b></td></tr>").arg(tr("Dispatch")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Alt+1 … Alt+9"), tr("Assign the selected orders to the 1st … 9th candidate")) +
        QStringLiteral("<tr><td><b>Enter</b></td><td>%1</td></tr>")
            .arg(tr("In the queue: on to the candidates; on a candidate: assign")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Shift+drag on the map"), tr("Lasso: select the waiting orders inside")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Drag orders"),
                 tr("From the queue or the map onto a technician or a candidate: assign")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Arrows, +/−"), tr("On the map: pan, zoom")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(tr("Left/Right, Enter, Esc"),
                 tr("On the day schedule: move the chosen job by 15 min, confirm, cancel"));
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("shortcutsHelp"));
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing=6>") + rows + QStringLiteral("</table>"));
    box.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("OpsDesk — Operations Console"));
    m_brandText->setText(tr("OpsDesk"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setToolTip(tr("End the session on this computer and forget it in the keychain."));
    m_changes->setText(tr("Changes…"));
    m_changes->setToolTip(tr("Changes not yet on the server, refused ones and conflicts "
                             "(Ctrl+Shift+C)"));
    m_syncCancel->setText(tr("Cancel"));
    updateBell();
    m_syncCancel->setToolTip(tr("Stop this synchronisation; what was pulled stays."));
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem *item = m_nav->item(row);
        const auto workspace = static_cast<Workspace>(item->data(WorkspaceRole).toInt());
        item->setText(workspaceTitle(workspace));
        item->setToolTip(workspaceDescription(workspace));
    }
}

} // namespace OpsDesk
