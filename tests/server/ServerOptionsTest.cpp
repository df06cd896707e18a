#include "server/ServerOptions.h"

#include <gtest/gtest.h>

using OpsDesk::Server::ServerOptions;

namespace {
ServerOptions::Result parse(std::initializer_list<const char *> args)
{
    QStringList list{QStringLiteral("opsdesk-server")};
    for (const char *arg : args)
        list.append(QString::fromUtf8(arg));
    return ServerOptions::parse(list);
}
} // namespace

TEST(ServerOptions, AllOptions)
{
    const auto result = parse({"--port", "0", "--data-dir", "/tmp/x", "--demo", "--seed", "7",
                               "--city", "Beijing", "--orders", "1000", "--technicians", "50"});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.options.port, 0);
    EXPECT_EQ(result.options.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_TRUE(result.options.demo);
    EXPECT_EQ(result.options.seed, 7u);
    EXPECT_EQ(result.options.city, QStringLiteral("beijing"));
    EXPECT_EQ(result.options.orders, 1000);
    EXPECT_EQ(result.options.technicians, 50);
}

TEST(ServerOptions, RejectsBadNumbers)
{
    EXPECT_FALSE(parse({"--port", "70000"}).ok());
    EXPECT_FALSE(parse({"--port", "x"}).ok());
    EXPECT_FALSE(parse({"--orders", "-1"}).ok());
    EXPECT_FALSE(parse({"--technicians", "1e3"}).ok());
    EXPECT_FALSE(parse({"--host", "not-an-ip"}).ok());
}

TEST(ServerOptions, HelpListsTheDemoAccounts)
{
    const QString help = ServerOptions::helpText();
    for (const char *account : {"dispatcher", "finance", "auditor", "admin", "opsdesk-demo"})
        EXPECT_TRUE(help.contains(QString::fromUtf8(account))) << account;
}
