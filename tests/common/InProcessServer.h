#pragma once

#include "server/ApiServer.h"

#include <memory>

namespace OpsDesk::TestSupport {

// A reference server inside the test process, driven without sockets through
// ApiServer::handle(): the demo accounts exist, no demo data is generated.
// Returns null (and fails the current test) when it cannot start.
std::unique_ptr<Server::ApiServer> startInProcessServer(const QString &dataDir);

// Signs a demo account ("dispatcher", "finance2", …) in and returns its
// access token; fails the current test if the login is refused.
QByteArray loginInProcess(Server::ApiServer &server, const char *user);

} // namespace OpsDesk::TestSupport
