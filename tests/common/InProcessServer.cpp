#include "common/InProcessServer.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace OpsDesk::TestSupport {

std::unique_ptr<Server::ApiServer> startInProcessServer(const QString &dataDir)
{
    Server::ServerOptions options;
    options.dataDir = dataDir;
    options.demo = true;
    options.orders = 0;
    options.technicians = 0;
    auto server = std::make_unique<Server::ApiServer>(options);
    QString error;
    if (!server->initialize(&error)) {
        ADD_FAILURE() << "the in-process server did not start: " << qPrintable(error);
        return nullptr;
    }
    return server;
}

QByteArray loginInProcess(Server::ApiServer &server, const char *user)
{
    Server::HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/auth/login");
    request.body = QByteArray(R"({"username":")") + user + R"(","password":"opsdesk-demo"})";
    request.headers.insert("content-type", "application/json");
    const Server::HttpResponse response = server.handle(request);
    EXPECT_EQ(response.status, 200) << user << ": " << response.body.constData();
    return QJsonDocument::fromJson(response.body)[QStringLiteral("access_token")]
        .toString()
        .toLatin1();
}

} // namespace OpsDesk::TestSupport
