// opsdesk-startup-probe CACHE [zh_CN|en]: the console's start on a cache that
// already holds the orders, as after an offline start — QApplication, the
// translation, the theme, the main window with the dispatcher's workspaces,
// the sync session opening the cache (its server unreachable), and the orders
// workspace on the cache — until the window is interactive: the orders table
// has painted its first rows and the event loop has run what was queued
// (the per-status counts). Prints
//   painted <ms>   the first paint of the table with rows
//   interactive <ms>
// (milliseconds since main() began) and exits 0; 1 when the window did not
// become interactive within a minute. ui.startup_1m runs it and measures the
// whole process from its start.
#include "models/ConnectionState.h"
#include "models/Role.h"
#include "models/Staff.h"
#include "models/SyncCollections.h"
#include "models/orders/OrdersTableModel.h"
#include "services/api/ApiClient.h"
#include "services/sync/SyncSession.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/orders/OrdersWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/style/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

using namespace OpsDesk;

class FirstPaint : public QObject
{
public:
    FirstPaint(QTableView *table, const QElapsedTimer &clock)
        : m_table(table)
        , m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && m_table->model()->rowCount() > 0) {
            m_done = true;
            // After this paint has been handled: then after what it queued.
            QTimer::singleShot(0, this, [this] {
                std::printf("painted %lld\n", static_cast<long long>(m_clock.elapsed()));
                QTimer::singleShot(0, this, [this] {
                    std::printf("interactive %lld\n", static_cast<long long>(m_clock.elapsed()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OpsDesk-startup-probe"));
    QApplication::setOrganizationName(QStringLiteral("OpsDesk"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: opsdesk-startup-probe CACHE [zh_CN|en]\n");
        return 2;
    }
    const QString cachePath = args.at(1);
    LanguageManager language;
    language.setLanguage(args.size() > 2 ? args.at(2) : QStringLiteral("zh_CN"));
    Theme::apply(app);

    Staff staff;
    staff.id = QStringLiteral("ST0002");
    staff.username = QStringLiteral("dispatcher");
    staff.displayName = QStringLiteral("Dispatcher");
    staff.roles = {Role::Dispatcher};

    ConnectionState connection;
    // Nothing listens on port 9 of the loopback: the session starts offline.
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:9")));
    SyncSession sync(&api, &connection, cachePath, readableCollections(staff.roles));
    sync.setLiveEventsEnabled(false);

    MainWindow window(&connection);
    window.setWorkspaces(staff.workspaces());
    auto *orders = new OrdersWorkspace(staff, cachePath, &sync);
    window.setWorkspaceWidget(Workspace::Orders, orders);
    window.showWorkspace(Workspace::Orders);
    FirstPaint probe(orders->table(), clock);
    orders->table()->viewport()->installEventFilter(&probe);
    window.resize(1400, 850);
    window.show();
    sync.start();

    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "opsdesk-startup-probe: the window did not become interactive\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
