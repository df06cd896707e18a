#include "services/server/HealthMonitor.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "services/server/LocalServerProcess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(HealthMonitor, OnlineAgainstTheRealServerThenOfflineWhenItStops)
{
    LocalServerProcess server;
    server.start(TestSupport::program(QStringLiteral("opsdesk-server")), {});
    ASSERT_TRUE(server.waitForReady(30000)) << qPrintable(server.errorString());

    ConnectionState state;
    HealthMonitor monitor(&state);
    monitor.setServerUrl(server.baseUrl());
    QSignalSpy checked(&monitor, &HealthMonitor::checked);
    monitor.checkNow();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_EQ(state.status(), ConnectionState::Status::Online);
    EXPECT_FALSE(state.serverVersion().isEmpty());

    server.stop();
    monitor.checkNow();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_EQ(state.status(), ConnectionState::Status::Offline);
    EXPECT_TRUE(state.offlineSince().isValid());
    EXPECT_FALSE(state.lastError().isEmpty());
}

TEST(HealthMonitor, AServerThatIsNotOpsDeskIsReportedAsSuch)
{
    // A plain TCP server answering HTTP with something that is not our JSON.
    QTcpServer fake;
    ASSERT_TRUE(fake.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&fake, &QTcpServer::newConnection, &fake, [&fake] {
        QTcpSocket *socket = fake.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                          "Connection: close\r\n\r\n<html");
            socket->disconnectFromHost();
        });
    });
    ConnectionState state;
    HealthMonitor monitor(&state);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(fake.serverPort());
    monitor.setServerUrl(url);
    QSignalSpy checked(&monitor, &HealthMonitor::checked);
    monitor.checkNow();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_EQ(checked.first().first().toBool(), false);
    EXPECT_EQ(state.status(), ConnectionState::Status::Offline);
    EXPECT_TRUE(state.lastError().contains(QStringLiteral("OpsDesk")));
}
