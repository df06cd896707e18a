#include "server/ApiServer.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMetaObject>

#include <cstdio>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Sync pages are built and sent in buffers of several megabytes, one
    // after another. glibc would hand each back to the kernel when freed and
    // fault it in again, zeroed, for the next page; keep them instead.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    // The demo data draws document images with text, which needs fonts and
    // therefore a QGuiApplication; the server never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDESK_VERSION_STRING));

    using OpsDesk::Server::ServerOptions;
    const auto parsed = ServerOptions::parse(QCoreApplication::arguments());
    if (!parsed.ok()) {
        std::fprintf(stderr, "opsdesk-server: %s\n\n%s", qPrintable(parsed.error),
                     qPrintable(ServerOptions::helpText()));
        return 2;
    }
    ServerOptions options = parsed.options;
    if (options.showHelp) {
        std::fprintf(stdout, "%s", qPrintable(ServerOptions::helpText()));
        return 0;
    }
    if (options.showVersion) {
        std::fprintf(stdout, "opsdesk-server %s\n", OPSDESK_VERSION_STRING);
        return 0;
    }
    if (options.dataDir.isEmpty())
        options.dataDir = QDir::current().filePath(QStringLiteral("opsdesk-server-data"));
    if (!QDir().mkpath(options.dataDir)) {
        std::fprintf(stderr, "opsdesk-server: cannot create the data folder %s\n",
                     qPrintable(options.dataDir));
        return 1;
    }

    OpsDesk::Server::ApiServer server(options);
    QString error;
    if (!server.initialize(&error)) {
        std::fprintf(stderr, "opsdesk-server: cannot open the data in %s: %s\n",
                     qPrintable(options.dataDir), qPrintable(error));
        return 1;
    }
    const quint16 port = server.listen(options.host, options.port);
    if (port == 0) {
        std::fprintf(stderr, "opsdesk-server: cannot listen on %s port %u\n",
                     qPrintable(options.host.toString()), unsigned(options.port));
        return 1;
    }
    std::fprintf(stdout, "opsdesk-server listening on %s port %u\n",
                 qPrintable(options.host.toString()), unsigned(port));
    std::fflush(stdout);

    if (options.exitOnStdinClose) {
        // The parent keeps our stdin open; end-of-file means it has gone.
        std::thread([] {
            while (std::getchar() != EOF) {
            }
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }).detach();
    }
    return app.exec();
}
