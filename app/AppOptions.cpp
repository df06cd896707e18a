#include "app/AppOptions.h"

#include "ui/i18n/LanguageManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace OpsDesk {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("AppOptions", "Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("AppOptions", "Show the version.")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions",
                                    "Start the reference server next to this program with demo "
                                    "data on a free loopback port, sign in with a demo account "
                                    "and stop the server on exit.")};
    QCommandLineOption role{
        QStringLiteral("role"),
        QCoreApplication::translate("AppOptions",
                                    "With --demo: the demo account to sign in as (dispatcher, "
                                    "finance, auditor or admin; default admin)."),
        QStringLiteral("role")};
    QCommandLineOption workspace{
        QStringLiteral("workspace"),
        QCoreApplication::translate("AppOptions",
                                    "The workspace to open: dispatch, orders, audit, finance, "
                                    "dashboards or admin."),
        QStringLiteral("name")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions",
                                    "User-interface language: zh_CN or en (default: from the "
                                    "system locale)."),
        QStringLiteral("language")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions",
                                    "Once the window has its data, save it as a PNG image to "
                                    "<file> and exit."),
        QStringLiteral("file")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate("AppOptions", "The central server to connect to."),
        QStringLiteral("url")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "AppOptions", "OpsDesk — the operations console of the home-service platform."));
        parser.addOptions({help, version, demo, role, workspace, lang, screenshot, server});
    }
};

} // namespace

AppOptions::Result AppOptions::parse(const QStringList &arguments)
{
    Result result;
    Parser p;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText();
        return result;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("AppOptions", "Unexpected argument: %1")
                           .arg(p.parser.positionalArguments().constFirst());
        return result;
    }
    AppOptions &o = result.options;
    o.showHelp = p.parser.isSet(p.help);
    o.showVersion = p.parser.isSet(p.version);
    o.demo = p.parser.isSet(p.demo);

    if (p.parser.isSet(p.role)) {
        const QString value = p.parser.value(p.role);
        o.role = roleFromId(value);
        if (!o.role) {
            result.error =
                QCoreApplication::translate(
                    "AppOptions", "Unknown role \"%1\": use dispatcher, finance, auditor or admin.")
                    .arg(value);
            return result;
        }
        if (!o.demo) {
            result.error = QCoreApplication::translate(
                "AppOptions", "--role chooses a demo account and needs --demo.");
            return result;
        }
    }
    if (p.parser.isSet(p.workspace)) {
        const QString value = p.parser.value(p.workspace);
        o.workspace = workspaceFromId(value);
        if (!o.workspace) {
            result.error = QCoreApplication::translate(
                               "AppOptions", "Unknown workspace \"%1\": use dispatch, orders, "
                                             "audit, finance, dashboards or admin.")
                               .arg(value);
            return result;
        }
    }
    if (p.parser.isSet(p.lang)) {
        o.language = p.parser.value(p.lang);
        if (!LanguageManager::supportedLanguages().contains(o.language)) {
            result.error = QCoreApplication::translate("AppOptions",
                                                       "Unknown language \"%1\": use zh_CN or en.")
                               .arg(o.language);
            return result;
        }
    }
    if (p.parser.isSet(p.screenshot)) {
        o.screenshotFile = p.parser.value(p.screenshot);
        if (o.screenshotFile.isEmpty()) {
            result.error =
                QCoreApplication::translate("AppOptions", "--screenshot needs a file name.");
            return result;
        }
    }
    if (p.parser.isSet(p.server)) {
        o.serverUrl = QUrl::fromUserInput(p.parser.value(p.server));
        if (!o.serverUrl.isValid() || o.serverUrl.host().isEmpty() ||
            (o.serverUrl.scheme() != QStringLiteral("http") &&
             o.serverUrl.scheme() != QStringLiteral("https"))) {
            result.error = QCoreApplication::translate(
                               "AppOptions", "\"%1\" is not an http or https server address.")
                               .arg(p.parser.value(p.server));
            return result;
        }
        if (o.demo) {
            result.error = QCoreApplication::translate(
                "AppOptions",
                "--server and --demo exclude each other: --demo runs its own server.");
            return result;
        }
    }
    return result;
}

QString AppOptions::helpText()
{
    Parser p;
    return p.parser.helpText();
}

} // namespace OpsDesk
