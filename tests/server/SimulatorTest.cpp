// The demo traffic simulator, driven fast without timers: orders arrive,
// positions are reported without new versions, and orders only move along
// the state machine.
#include "server/demo/Simulator.h"
#include "models/OrderStatus.h"
#include "server/ApiServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::Server;

namespace {

struct Snapshot
{
    qint64 version = 0;
    qint64 seq = 0;
    QString positionAt;
};

QHash<QString, Snapshot> technicians(Store &store)
{
    QHash<QString, Snapshot> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, version, seq, json_extract(doc, '$.last_position_at') FROM "
                          "records WHERE collection = 'technicians'"));
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

} // namespace

TEST(Simulator, RunsTheDemoPlatform)
{
    QTemporaryDir dir;
    ServerOptions options;
    options.dataDir = dir.path();
    options.demo = true;
    options.orders = 600;
    options.technicians = 40;
    // A Thursday, 15:00 in China: technicians on duty and (with this seed)
    // jobs under way, whatever the hour the test runs at.
    options.demoNow = QDateTime(QDate(2026, 7, 16), QTime(7, 0), Qt::UTC);
    ApiServer server(options);
    QString error;
    ASSERT_TRUE(server.initialize(&error)) << qPrintable(error);
    Simulator *simulator = server.simulator();
    ASSERT_TRUE(simulator->isRunning()); // --demo starts it
    simulator->setRunning(false);        // the test drives it by hand

    Store &store = server.store();
    const qint64 ordersBefore = store.count(QStringLiteral("orders"));
    const qint64 settlementsBefore = store.count(QStringLiteral("settlements"));
    QList<QJsonObject> positions;
    QObject::connect(simulator, &Simulator::positionReported,
                     [&positions](const QJsonObject &event) { positions.append(event); });
    QList<Store::Change> changes;
    const auto before = technicians(store);

    // Positions only: 30 simulated seconds.
    simulator->advance(30);
    const auto afterPositions = technicians(store);
    ASSERT_FALSE(positions.isEmpty());
    for (const QJsonObject &p : positions) {
        EXPECT_EQ(p[QStringLiteral("type")].toString(), QStringLiteral("position"));
        const QString id = p[QStringLiteral("technician_id")].toString();
        ASSERT_TRUE(afterPositions.contains(id));
        EXPECT_EQ(afterPositions[id].positionAt, p[QStringLiteral("at")].toString());
        EXPECT_TRUE(p.contains(QStringLiteral("heading")));
        EXPECT_GE(p[QStringLiteral("lat")].toDouble(), 30.5);
        EXPECT_LE(p[QStringLiteral("lat")].toDouble(), 32.0);
    }
    const int reported = simulator->counters().positions;
    EXPECT_EQ(reported, positions.size());
    // Reports move nothing in sync: same version and seq unless the
    // technician's record itself changed (work status).
    int unchanged = 0;
    for (const QJsonObject &p : positions) {
        const QString id = p[QStringLiteral("technician_id")].toString();
        if (afterPositions[id].version == before[id].version) {
            EXPECT_EQ(afterPositions[id].seq, before[id].seq);
            ++unchanged;
        }
    }
    EXPECT_GT(unchanged, 0);

    // Four simulated hours.
    simulator->advance(4 * 3600);
    const Simulator::Counters &c = simulator->counters();
    EXPECT_GT(c.ordersCreated, 0);
    EXPECT_EQ(store.count(QStringLiteral("orders")), ordersBefore + c.ordersCreated);
    EXPECT_GT(c.transitions, 0);
    EXPECT_GT(c.positions, reported);
    EXPECT_GT(c.completed, 0);
    EXPECT_EQ(store.count(QStringLiteral("settlements")), settlementsBefore + c.completed);

    // Every order's history is a path of the state machine.
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT doc FROM records WHERE collection = 'orders'"));
    int checked = 0;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const QJsonArray history = o[QStringLiteral("status_history")].toArray();
        for (qsizetype i = 1; i < history.size(); ++i) {
            const auto from =
                orderStatusFromId(history[i - 1][QStringLiteral("status")].toString());
            const auto to = orderStatusFromId(history[i][QStringLiteral("status")].toString());
            ASSERT_TRUE(from && to);
            EXPECT_TRUE(isOrderTransitionAllowed(*from, *to))
                << qPrintable(o[QStringLiteral("id")].toString());
        }
        EXPECT_EQ(history.last()[QStringLiteral("status")].toString(),
                  o[QStringLiteral("status")].toString());
        ++checked;
    }
    EXPECT_EQ(checked, ordersBefore + c.ordersCreated);

    // The admin switch.
    HttpRequest login;
    login.method = "POST";
    login.path = QStringLiteral("/api/v1/auth/login");
    login.body = R"({"username":"admin","password":"opsdesk-demo"})";
    login.headers.insert("content-type", "application/json");
    const QByteArray token =
        QJsonDocument::fromJson(server.handle(login).body)[QStringLiteral("access_token")]
            .toString()
            .toLatin1();
    HttpRequest start;
    start.method = "POST";
    start.path = QStringLiteral("/api/v1/admin/simulator");
    start.body = R"({"running":true})";
    start.headers = {{"authorization", "Bearer " + token},
                     {"content-type", "application/json"},
                     {"idempotency-key", "8d3c1c1e-4b7a-4c55-9d7e-0a1b2c3d4e5f"}};
    const HttpResponse started = server.handle(start);
    EXPECT_EQ(started.status, 200) << started.body.constData();
    EXPECT_TRUE(simulator->isRunning());
    start.body = R"({"running":"yes"})";
    start.headers.insert("idempotency-key", "9d3c1c1e-4b7a-4c55-9d7e-0a1b2c3d4e5f");
    EXPECT_EQ(server.handle(start).status, 400);
    simulator->setRunning(false);
}
