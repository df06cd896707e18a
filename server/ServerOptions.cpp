#include "server/ServerOptions.h"

#include <QCommandLineParser>

namespace OpsDesk::Server {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Show the version.")};
    QCommandLineOption host{QStringLiteral("host"),
                            QStringLiteral("Address to listen on (default 127.0.0.1)."),
                            QStringLiteral("address")};
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("Port to listen on; 0 picks a free port and prints "
                                           "it on stdout (default 8080)."),
                            QStringLiteral("n")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QStringLiteral("Folder of the server's database and files."),
                               QStringLiteral("dir")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Create the demo accounts and demo data and run the "
                                           "simulator.")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed of the deterministic demo data (default 1)."),
                            QStringLiteral("n")};
    QCommandLineOption city{QStringLiteral("city"),
                            QStringLiteral("Demo city (beijing, shanghai, guangzhou, shenzhen, "
                                           "hangzhou, chengdu, wuhan, or all; default shanghai, "
                                           "all from 200000 orders on)."),
                            QStringLiteral("name")};
    QCommandLineOption demoNow{QStringLiteral("demo-now"),
                               QStringLiteral("The moment the demo data ends and the simulator "
                                              "starts, e.g. 2026-07-14T02:30:00Z (default: now)."),
                               QStringLiteral("time")};
    QCommandLineOption orders{QStringLiteral("orders"),
                              QStringLiteral("Number of demo orders (default 50000)."),
                              QStringLiteral("n")};
    QCommandLineOption technicians{QStringLiteral("technicians"),
                                   QStringLiteral("Number of demo technicians (default 300)."),
                                   QStringLiteral("n")};
    QCommandLineOption applications{
        QStringLiteral("applications"),
        QStringLiteral("Number of demo technician applications (default: one per eight "
                       "technicians, 12 to 80)."),
        QStringLiteral("n")};
    QCommandLineOption noSimulator{
        QStringLiteral("no-simulator"),
        QStringLiteral("With --demo: generate the demo data but do not start the traffic "
                       "simulator (benchmarks).")};
    QCommandLineOption simulatorSpeed{
        QStringLiteral("simulator-speed"),
        QStringLiteral("Time multiplier of the demo traffic simulator (default 1)."),
        QStringLiteral("n")};
    QCommandLineOption exitOnStdinClose{
        QStringLiteral("exit-on-stdin-close"),
        QStringLiteral("Exit when standard input closes (used when a console starts the "
                       "server as its child).")};

    QCommandLineOption testFaults{
        QStringLiteral("test-faults"),
        QStringLiteral("Accept fault injection (PUT /api/v1/admin/faults) without --demo.")};
    QCommandLineOption accessTokenTtl{
        QStringLiteral("access-token-ttl"),
        QStringLiteral("Lifetime of access tokens in seconds (default 900)."), QStringLiteral("s")};

    Parser()
    {
        parser.setApplicationDescription(QStringLiteral(
            "opsdesk-server — the reference central server of the OpsDesk platform.\n\n"
            "Demo accounts (with --demo), all with the password opsdesk-demo:\n"
            "  dispatcher  dispatches orders\n"
            "  finance     refunds, coupons, settlement, reconciliation\n"
            "  auditor     technician applications and reviews\n"
            "  admin       everything"));
        parser.addOptions({help, version, host, port, dataDir, demo, seed, demoNow, city, orders,
                           technicians, applications, simulatorSpeed, noSimulator, exitOnStdinClose,
                           testFaults, accessTokenTtl});
    }
};

bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

ServerOptions::Result ServerOptions::parse(const QStringList &arguments)
{
    Result result;
    Parser p;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText();
        return result;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument: %1")
                           .arg(p.parser.positionalArguments().constFirst());
        return result;
    }
    ServerOptions &o = result.options;
    o.showHelp = p.parser.isSet(p.help);
    o.showVersion = p.parser.isSet(p.version);
    o.demo = p.parser.isSet(p.demo);
    o.exitOnStdinClose = p.parser.isSet(p.exitOnStdinClose);
    o.testFaults = p.parser.isSet(p.testFaults);
    o.noSimulator = p.parser.isSet(p.noSimulator);
    o.dataDir = p.parser.value(p.dataDir);
    o.city = p.parser.value(p.city).toLower();

    qint64 value = 0;
    if (p.parser.isSet(p.host)) {
        if (!o.host.setAddress(p.parser.value(p.host))) {
            result.error =
                QStringLiteral("--host: not an IP address: %1").arg(p.parser.value(p.host));
            return result;
        }
    }
    if (p.parser.isSet(p.port)) {
        if (!parseInt(p.parser.value(p.port), 0, 65535, &value)) {
            result.error = QStringLiteral("--port: expected a number from 0 to 65535");
            return result;
        }
        o.port = static_cast<quint16>(value);
    }
    if (p.parser.isSet(p.seed)) {
        if (!parseInt(p.parser.value(p.seed), 0, 0xffffffffLL, &value)) {
            result.error = QStringLiteral("--seed: expected a non-negative number");
            return result;
        }
        o.seed = static_cast<quint32>(value);
    }
    if (p.parser.isSet(p.demoNow)) {
        o.demoNow = QDateTime::fromString(p.parser.value(p.demoNow), Qt::ISODate).toUTC();
        if (!o.demoNow.isValid()) {
            result.error = QStringLiteral("--demo-now: expected an ISO 8601 time such as "
                                          "2026-07-14T02:30:00Z");
            return result;
        }
    }
    if (p.parser.isSet(p.orders)) {
        if (!parseInt(p.parser.value(p.orders), 0, 10000000, &value)) {
            result.error = QStringLiteral("--orders: expected a number from 0 to 10000000");
            return result;
        }
        o.orders = static_cast<int>(value);
    }
    if (p.parser.isSet(p.technicians)) {
        if (!parseInt(p.parser.value(p.technicians), 0, 100000, &value)) {
            result.error = QStringLiteral("--technicians: expected a number from 0 to 100000");
            return result;
        }
        o.technicians = static_cast<int>(value);
    }
    if (p.parser.isSet(p.applications)) {
        if (!parseInt(p.parser.value(p.applications), 0, 100000, &value)) {
            result.error = QStringLiteral("--applications: expected a number from 0 to 100000");
            return result;
        }
        o.applications = static_cast<int>(value);
    }
    if (p.parser.isSet(p.simulatorSpeed)) {
        bool ok = false;
        const double speed = p.parser.value(p.simulatorSpeed).toDouble(&ok);
        if (!ok || speed < 0.1 || speed > 10000) {
            result.error = QStringLiteral("--simulator-speed: expected a number from 0.1 to 10000");
            return result;
        }
        o.simulatorSpeed = speed;
    }
    if (p.parser.isSet(p.accessTokenTtl)) {
        if (!parseInt(p.parser.value(p.accessTokenTtl), 1, 86400, &value)) {
            result.error = QStringLiteral("--access-token-ttl: expected 1 to 86400 seconds");
            return result;
        }
        o.accessTokenTtl = static_cast<int>(value);
    }
    return result;
}

QString ServerOptions::helpText()
{
    Parser p;
    return p.parser.helpText();
}

} // namespace OpsDesk::Server
