#include "app/AppOptions.h"

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {
AppOptions::Result parse(std::initializer_list<const char *> args)
{
    QStringList list{QStringLiteral("opsdesk")};
    for (const char *arg : args)
        list.append(QString::fromUtf8(arg));
    return AppOptions::parse(list);
}
} // namespace

TEST(AppOptions, NoArgumentsIsValid)
{
    const auto result = parse({});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_FALSE(result.options.demo);
    EXPECT_TRUE(result.options.language.isEmpty());
}

TEST(AppOptions, DemoWithRoleWorkspaceLanguageAndScreenshot)
{
    const auto result = parse({"--demo", "--role", "finance", "--workspace", "finance", "--lang",
                               "zh_CN", "--screenshot", "out.png"});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_TRUE(result.options.demo);
    EXPECT_EQ(result.options.role, Role::Finance);
    EXPECT_EQ(result.options.workspace, Workspace::Finance);
    EXPECT_EQ(result.options.language, QStringLiteral("zh_CN"));
    EXPECT_EQ(result.options.screenshotFile, QStringLiteral("out.png"));
}

TEST(AppOptions, HelpAndVersion)
{
    EXPECT_TRUE(parse({"--help"}).options.showHelp);
    EXPECT_TRUE(parse({"--version"}).options.showVersion);
    EXPECT_TRUE(AppOptions::helpText().contains(QStringLiteral("--screenshot")));
}

TEST(AppOptions, BadInputGetsAClearError)
{
    EXPECT_TRUE(parse({"--role", "dispatcher"}).error.contains(QStringLiteral("--demo")));
    EXPECT_TRUE(parse({"--demo", "--role", "cashier"}).error.contains(QStringLiteral("cashier")));
    EXPECT_TRUE(parse({"--workspace", "map"}).error.contains(QStringLiteral("map")));
    EXPECT_TRUE(parse({"--lang", "fr"}).error.contains(QStringLiteral("fr")));
    EXPECT_FALSE(parse({"--screenshot"}).ok());
    EXPECT_FALSE(parse({"--bogus"}).ok());
    EXPECT_FALSE(parse({"stray"}).ok());
    EXPECT_FALSE(parse({"--server", "ftp://example.org"}).ok());
    EXPECT_FALSE(parse({"--server", "http://127.0.0.1:1", "--demo"}).ok());
    EXPECT_TRUE(parse({"--server", "https://ops.example.org"}).ok());
}
