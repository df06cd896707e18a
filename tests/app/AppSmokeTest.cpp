// Runs the real opsdesk executable. Built twice: offscreen, and on the xcb
// platform under the Xvfb display that the test command starts.
#include "common/TestSupport.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

QString opsdesk()
{
    return TestSupport::program(QStringLiteral("opsdesk"));
}

// A real screenshot has a sensible size and more than a handful of colours.
void expectScreenshot(const QString &path)
{
    QImage image(path);
    ASSERT_FALSE(image.isNull()) << qPrintable(path);
    EXPECT_GE(image.width(), 800);
    EXPECT_GE(image.height(), 500);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20) << "the screenshot looks blank";
}

} // namespace

TEST(AppSmoke, VersionAndHelp)
{
    auto version = TestSupport::runProgram(opsdesk(), {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("opsdesk ")) << version.out.constData();

    auto help = TestSupport::runProgram(opsdesk(), {QStringLiteral("--help")}, 60000,
                                        {QStringLiteral("LANG=en_US.UTF-8")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *option : {"--demo", "--role", "--workspace", "--lang", "--screenshot"})
        EXPECT_TRUE(help.out.contains(option)) << option;
}

TEST(AppSmoke, BadArgumentsExitWithUsage)
{
    auto result =
        TestSupport::runProgram(opsdesk(), {QStringLiteral("--workspace"), QStringLiteral("nope")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("nope"));
}

TEST(AppSmoke, ScreenshotInEnglishAndChinese)
{
    QTemporaryDir dir;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString file = dir.filePath(QStringLiteral("shell-%1.png").arg(lang));
        auto result = TestSupport::runProgram(
            opsdesk(), {QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"), file});
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
        expectScreenshot(file);
    }
}

TEST(AppSmoke, DemoStartsTheServerSignsInAndStopsIt)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.png"));
    auto result = TestSupport::runProgram(
        opsdesk(),
        {QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral("dispatcher"),
         QStringLiteral("--workspace"), QStringLiteral("dispatch"), QStringLiteral("--lang"),
         QStringLiteral("en"), QStringLiteral("--screenshot"), file},
        120000);
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    expectScreenshot(file);
}

// Every role's demo starts on a new cache and shows its workspace: the
// finance pages and the dashboards are built before the first sync.
TEST(AppSmoke, FinanceAndDashboardsStartOnANewCache)
{
    QTemporaryDir dir;
    const QList<QPair<QString, QString>> runs{
        {QStringLiteral("finance"), QStringLiteral("finance")},
        {QStringLiteral("admin"), QStringLiteral("dashboards")}};
    for (const auto &[role, workspace] : runs) {
        const QString file = dir.filePath(workspace + QStringLiteral(".png"));
        auto result = TestSupport::runProgram(opsdesk(),
                                              {QStringLiteral("--demo"), QStringLiteral("--role"),
                                               role, QStringLiteral("--workspace"), workspace,
                                               QStringLiteral("--lang"), QStringLiteral("en"),
                                               QStringLiteral("--screenshot"), file},
                                              120000);
        ASSERT_EQ(result.exitCode, 0) << qPrintable(role) << result.err.constData();
        expectScreenshot(file);
    }
}
