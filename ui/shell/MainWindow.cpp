#include "ui/shell/MainWindow.h"

#include "ui/shell/ConnectionIndicator.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/EmptyWorkspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

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
    if (previous && workspaces.contains(*previous))
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

void MainWindow::setWorkspaceWidget(Workspace workspace, QWidget *widget)
{
    const int key = static_cast<int>(workspace);
    QWidget *old = m_pages.value(key);
    const bool wasCurrent = m_stack->currentWidget() == old;
    m_stack->addWidget(widget);
    m_pages.insert(key, widget);
    if (old) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
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
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem *item = m_nav->item(row);
        const auto workspace = static_cast<Workspace>(item->data(WorkspaceRole).toInt());
        item->setText(workspaceTitle(workspace));
        item->setToolTip(workspaceDescription(workspace));
    }
}

} // namespace OpsDesk
