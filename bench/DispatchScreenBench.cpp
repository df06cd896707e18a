// dispatch.reload_1m: the dispatch workspace on the dispatcher's
// million-order cache (Bench::syncedClientCache: 1,000,000 orders, 5,000
// technicians) re-reading what a sync change touches: the queue, the open
// orders for the map (clustered on a worker, waited for here), the
// technicians (parsed again only when their record changed), the location
// checks, the queue list and the candidates of the selected order. This is
// what runs on the GUI thread after each batch of changes (debounced
// 400 ms). dispatch.reload_1m_first is the first load, every technician
// parsed.
#include "bench/Bench.h"
#include "bench/BenchData.h"
#include "models/Role.h"
#include "models/Staff.h"
#include "ui/dispatch/DispatchWorkspace.h"
#include "ui/map/MapView.h"

#include <QElapsedTimer>
#include <QListWidget>

#include <memory>

using namespace OpsDesk;

namespace {

struct ScreenBench
{
    std::unique_ptr<DispatchWorkspace> workspace;
    double firstMs = -1;

    ScreenBench()
    {
        const QString path = Bench::syncedClientCache();
        if (path.isEmpty())
            return;
        Staff staff;
        staff.id = QStringLiteral("ST0002");
        staff.roles = {Role::Dispatcher};
        QElapsedTimer timer;
        timer.start();
        workspace = std::make_unique<DispatchWorkspace>(staff, path, nullptr);
        workspace->map()->waitForLayers();
        firstMs = double(timer.nsecsElapsed()) / 1e6;
        workspace->resize(1400, 850);
        workspace->selectFirstInQueue();
    }
};

ScreenBench &screen()
{
    static auto *bench = new ScreenBench; // its widgets live until the process ends
    return *bench;
}

double reload()
{
    ScreenBench &b = screen();
    if (!b.workspace)
        return -1;
    QElapsedTimer timer;
    timer.start();
    b.workspace->reload();
    b.workspace->map()->waitForLayers();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return b.workspace->map()->orders().empty() ? -1 : ms;
}

double firstLoad()
{
    return screen().firstMs;
}

} // namespace

OPSDESK_BENCHMARK(.name = QStringLiteral("dispatch.reload_1m"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("Dispatch workspace re-read after a sync change "
                                                "(million-order cache, 5,000 technicians)"),
                  .repetitions = 15, .run = reload);
OPSDESK_BENCHMARK(.name = QStringLiteral("dispatch.reload_1m_first"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("Its first load: every technician parsed"),
                  .repetitions = 1, .run = firstLoad);
