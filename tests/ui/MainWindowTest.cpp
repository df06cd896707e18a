#include "ui/shell/MainWindow.h"
#include "models/ConnectionState.h"
#include "models/Role.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/shell/ConnectionIndicator.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {
QStringList navTexts(MainWindow &window)
{
    QStringList texts;
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("workspaceNav"));
    for (int i = 0; i < nav->count(); ++i)
        texts.append(nav->item(i)->text());
    return texts;
}
} // namespace

TEST(MainWindow, ShowsAllSixWorkspacesForAdmin)
{
    LanguageManager language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    ConnectionState connection;
    MainWindow window(&connection);
    window.setWorkspaces(workspacesForRole(Role::Admin));
    EXPECT_EQ(navTexts(window),
              (QStringList{QStringLiteral("Dispatch"), QStringLiteral("Orders"),
                           QStringLiteral("Audit"), QStringLiteral("Finance"),
                           QStringLiteral("Dashboards"), QStringLiteral("Admin")}));
    for (const Workspace workspace : allWorkspaces())
        EXPECT_NE(
            window.findChild<QWidget *>(QStringLiteral("workspace_") + workspaceId(workspace)),
            nullptr);
}

TEST(MainWindow, RoleLimitsTheWorkspaces)
{
    ConnectionState connection;
    MainWindow window(&connection);
    window.setWorkspaces(workspacesForRole(Role::Auditor));
    EXPECT_TRUE(window.showWorkspace(Workspace::Audit));
    EXPECT_FALSE(window.showWorkspace(Workspace::Finance));
    EXPECT_EQ(window.currentWorkspace(), Workspace::Audit);
}

TEST(MainWindow, KeyboardMovesBetweenWorkspaces)
{
    ConnectionState connection;
    MainWindow window(&connection);
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("workspaceNav"));
    auto *stack = window.findChild<QStackedWidget *>();
    nav->setFocus();
    window.showWorkspace(Workspace::Dispatch);
    QTest::keyClick(nav, Qt::Key_Down);
    EXPECT_EQ(window.currentWorkspace(), Workspace::Orders);
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("workspace_orders"));
}

TEST(MainWindow, SwitchingLanguageRetranslatesWithoutRestart)
{
    LanguageManager language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    ConnectionState connection;
    MainWindow window(&connection);
    EXPECT_EQ(navTexts(window).first(), QStringLiteral("Dispatch"));

    ASSERT_TRUE(language.setLanguage(QStringLiteral("zh_CN")));
    QApplication::processEvents();
    EXPECT_EQ(navTexts(window).first(), QStringLiteral("派单"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("运营")));
    EXPECT_EQ(window.connectionIndicator()->text(), QStringLiteral("未连接"));

    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    QApplication::processEvents();
    EXPECT_EQ(navTexts(window).first(), QStringLiteral("Dispatch"));
    EXPECT_FALSE(language.setLanguage(QStringLiteral("fr")));
}

TEST(MainWindow, StatusBarFollowsTheConnection)
{
    LanguageManager language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    ConnectionState connection;
    MainWindow window(&connection);
    QUrl url(QStringLiteral("http://127.0.0.1:8123"));
    connection.setServerUrl(url);
    connection.setDemo(true);
    connection.markOnline(QStringLiteral("0.1.0"), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(window.connectionIndicator()->text(),
              QStringLiteral("Online · demo server 127.0.0.1:8123"));
    connection.markOffline(QStringLiteral("refused"), QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(window.connectionIndicator()->text().startsWith(QStringLiteral("Offline since")));
}

TEST(LanguageManager, PicksChineseForAnyChineseLocale)
{
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QStringLiteral("zh_TW"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("en"));
}

TEST(MainWindow, AWorkspaceGoesToItsOwnWindowAndComesBack)
{
    ConnectionState state;
    MainWindow window(&state);
    window.show();
    ASSERT_TRUE(window.showWorkspace(Workspace::Orders));
    auto *page = new QLabel(QStringLiteral("orders page"));
    window.setWorkspaceWidget(Workspace::Orders, page);
    window.detachCurrentWorkspace();
    ASSERT_TRUE(window.isDetached(Workspace::Orders));
    QWidget *detached = page->window();
    EXPECT_NE(detached, &window);
    EXPECT_EQ(detached->objectName(), QStringLiteral("detachedWorkspace"));
    detached->close();
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.isDetached(Workspace::Orders));
    EXPECT_EQ(page->window(), &window);
    EXPECT_TRUE(page->isVisible());
}

TEST(MainWindow, TheWorkspaceOpenAtCloseComesBack)
{
    ConnectionState connection;
    {
        MainWindow window(&connection);
        window.setWorkspaces(workspacesForRole(Role::Admin));
        window.showWorkspace(Workspace::Finance);
        window.saveLayout();
    }
    MainWindow window(&connection);
    window.restoreLayout();
    window.setWorkspaces(workspacesForRole(Role::Admin));
    EXPECT_EQ(window.currentWorkspace(), Workspace::Finance);
    // A role without it starts on its own first workspace.
    MainWindow other(&connection);
    other.restoreLayout();
    other.setWorkspaces(workspacesForRole(Role::Dispatcher));
    EXPECT_EQ(other.currentWorkspace(), Workspace::Dispatch);
    QSettings().remove(QStringLiteral("window"));
}
