#include "common/TestSupport.h"
#include "services/server/LocalServerProcess.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(ServerProcess, PortZeroPrintsThePortAndHealthAnswersJson)
{
    LocalServerProcess server;
    server.start(TestSupport::program(QStringLiteral("opsdesk-server")), {});
    ASSERT_TRUE(server.waitForReady(120000)) << qPrintable(server.errorString());
    EXPECT_GT(server.port(), 0);

    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/api/v1/health"));
    const auto result = TestSupport::httpRequest("GET", url);
    ASSERT_EQ(result.status, 200) << qPrintable(result.error);
    EXPECT_EQ(result.contentType, QByteArray("application/json"));
    const QJsonObject body = result.json().object();
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(body.value(QStringLiteral("service")).toString(), QStringLiteral("opsdesk-server"));
    EXPECT_FALSE(body.value(QStringLiteral("demo")).toBool());
}

TEST(ServerProcess, UnknownPathGetsAProblemDocument)
{
    LocalServerProcess server;
    // No demo data needed here: this keeps the test quick in sanitizer builds.
    server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                 {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("0"),
                  QStringLiteral("--technicians"), QStringLiteral("0")});
    ASSERT_TRUE(server.waitForReady(120000)) << qPrintable(server.errorString());
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/api/v1/no-such-thing"));
    const auto result = TestSupport::httpRequest("GET", url);
    EXPECT_EQ(result.status, 404);
    EXPECT_EQ(result.contentType, QByteArray("application/problem+json"));
    EXPECT_EQ(result.json().object().value(QStringLiteral("status")).toInt(), 404);
}

TEST(ServerProcess, ExitsWhenItsParentGoes)
{
    // LocalServerProcess keeps the child's stdin open; closing it stands for
    // the console dying. The server must exit on its own.
    QProcess process;
    process.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                   QDir::temp().filePath(QStringLiteral("opsdesk-exit-test")),
                   QStringLiteral("--exit-on-stdin-close")});
    ASSERT_TRUE(process.waitForStarted());
    ASSERT_TRUE(process.waitForReadyRead(30000));
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
}

TEST(ServerProcess, BadCommandLineExitsWithUsage)
{
    const auto result =
        TestSupport::runProgram(TestSupport::program(QStringLiteral("opsdesk-server")),
                                {QStringLiteral("--port"), QStringLiteral("nope")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("--port"));
}

TEST(ServerProcess, MissingProgramReportsAnError)
{
    LocalServerProcess server;
    server.start(QStringLiteral("/nonexistent/opsdesk-server"), {});
    EXPECT_FALSE(server.waitForReady(10000));
    EXPECT_FALSE(server.errorString().isEmpty());
}
