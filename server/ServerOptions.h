#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace OpsDesk::Server {

// opsdesk-server's command line.
struct ServerOptions
{
    bool showHelp = false;
    bool showVersion = false;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;   // 0 = a free port, printed on stdout
    QString dataDir;       // empty = the current folder's "opsdesk-server-data"
    bool demo = false;     // demo accounts, demo data and the simulator
    quint32 seed = 1;      // demo data is deterministic from the seed
    QString city;          // demo city; empty = the default lively city
    int orders = 50000;    // demo orders over two years
    int technicians = 300; // demo technicians
    // demo technician applications; -1 = technicians / 8, from 12 to 80
    int applications = -1;
    // --demo-now: the moment the demo data ends and the simulator starts
    // (UTC); invalid = the real time. Makes a demo reproducible at a chosen
    // hour (technicians on duty, jobs under way) and tests independent of
    // the time they run at.
    QDateTime demoNow;
    // Simulated seconds per real second of the demo simulator.
    double simulatorSpeed = 1;
    bool exitOnStdinClose = false;
    bool testFaults = false;
    bool noSimulator = false; // --demo data without the traffic simulator  // accept PUT
                              // /admin/faults without --demo
    int accessTokenTtl = 900; // seconds

    struct Result;
    static Result parse(const QStringList &arguments);
    static QString helpText();
};

struct ServerOptions::Result
{
    ServerOptions options;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace OpsDesk::Server
