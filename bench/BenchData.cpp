#include "bench/BenchData.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace OpsDesk::Bench {

namespace {

void benchComplain(const QString &message)
{
    std::fprintf(stderr, "opsdesk-bench: %s\n", qPrintable(message));
}

} // namespace

QStringList demoArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--orders"), QString::number(Orders),
            QStringLiteral("--technicians"), QString::number(Technicians),
            // Measure the sync alone, without demo traffic writing meanwhile.
            QStringLiteral("--no-simulator")};
}

// Generating a million orders takes minutes, so the data folder is generated
// once and kept under the system temp folder, keyed by the parameters. A
// marker file says the generation finished; without it the folder is redone.
QString cachedDataDir(const QString &server)
{
    const QString dir = QDir(QDir::tempPath())
                            .filePath(QStringLiteral("opsdesk-bench-cache/orders%1-tech%2-seed1")
                                          .arg(Orders)
                                          .arg(Technicians));
    const QString marker = QDir(dir).filePath(QStringLiteral("generated"));
    if (QFile::exists(marker))
        return dir;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::fprintf(stderr, "opsdesk-bench: generating %d orders into %s (once)\n", Orders,
                 qPrintable(dir));
    // A plain process: generation may take longer than LocalServerProcess's
    // start timeout. The server prints its port line once the data is there.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(server, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--data-dir"), dir,
                                      QStringLiteral("--exit-on-stdin-close")} +
                              demoArguments());
    if (!process.waitForStarted(10000)) {
        benchComplain(QStringLiteral("cannot start %1").arg(server));
        return {};
    }
    QByteArray out;
    QDeadlineTimer deadline(60 * 60 * 1000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running &&
           !out.contains("listening on")) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    const bool ready = out.contains("listening on");
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!ready) {
        benchComplain(QStringLiteral("the server did not finish generating the demo data"));
        return {};
    }
    QFile done(marker);
    if (!done.open(QIODevice::WriteOnly))
        return {};
    done.write(demoArguments().join(QLatin1Char(' ')).toUtf8());
    return dir;
}

QString sampleValue(const QString &cachePath, const QString &sql)
{
    QString value;
    const QString connection = QStringLiteral("bench-sample");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(cachePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace OpsDesk::Bench
