#pragma once

namespace OpsDesk::Server {

class Router;
class TileRenderer;

// GET /api/v1/tiles/{z}/{x}/{y}.png: the basemap tile as image/png, no
// authentication. 400 for an invalid address, 404 outside the coverage, 304
// when If-None-Match names the current ETag. The renderer must outlive the
// router.
void registerTileRoutes(Router &router, TileRenderer &renderer);

} // namespace OpsDesk::Server
