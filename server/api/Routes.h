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
// GET /files/{sha256}, GET /stats/*, POST /admin/simulator.
void registerFileRoutes(Router &router);
void registerStatsRoutes(Router &router);
void registerSimulatorRoutes(ApiServer &server, Router &router);
// Commands of the contract (one file per area).
void registerOrderRoutes(Router &router);
void registerApplicationRoutes(Router &router);
void registerTechnicianRoutes(Router &router);
void registerRefundRoutes(Router &router);
void registerCouponRoutes(Router &router);
void registerWithdrawalRoutes(Router &router);
void registerCatalogRoutes(Router &router);

} // namespace OpsDesk::Server
