#include "app/AppOptions.h"
#include "app/Application.h"
#include "ui/i18n/LanguageManager.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OpsDesk"));
    QApplication::setOrganizationName(QStringLiteral("OpsDesk"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDESK_VERSION_STRING));

    // Help and error texts follow the system language.
    OpsDesk::LanguageManager language;
    language.setLanguage(OpsDesk::LanguageManager::languageForLocale(QLocale::system()));

    const auto parsed = OpsDesk::AppOptions::parse(QApplication::arguments());
    if (!parsed.ok()) {
        std::fprintf(stderr, "opsdesk: %s\n\n%s", qPrintable(parsed.error),
                     qPrintable(OpsDesk::AppOptions::helpText()));
        return 2;
    }
    if (parsed.options.showHelp) {
        std::fprintf(stdout, "%s", qPrintable(OpsDesk::AppOptions::helpText()));
        return 0;
    }
    if (parsed.options.showVersion) {
        std::fprintf(stdout, "opsdesk %s\n", OPSDESK_VERSION_STRING);
        return 0;
    }

    OpsDesk::Application opsdesk(parsed.options, &language);
    if (!opsdesk.start())
        return 1;
    return app.exec();
}
