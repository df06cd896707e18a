#pragma once

namespace OpsDesk::Server {

class ApiServer;
class Router;
class AuthService;

// Each area registers its routes; ApiServer::registerRoutes calls them all.
void registerSystemRoutes(ApiServer &server, Router &router);
void registerAuthRoutes(Router &router, AuthService &auth);
void registerSyncRoutes(Router &router);
void registerAdminRoutes(ApiServer &server, Router &router);

} // namespace OpsDesk::Server
