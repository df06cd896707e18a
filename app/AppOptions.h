#pragma once

#include "models/Role.h"
#include "models/Workspace.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace OpsDesk {

// The console's command line, parsed and validated. Parsing never exits the
// process: main() decides what to do with --help, --version and errors.
struct AppOptions
{
    bool showHelp = false;
    bool showVersion = false;
    bool demo = false;
    std::optional<Role> role;           // --role (with --demo)
    std::optional<Workspace> workspace; // --workspace
    QString language;                   // --lang; empty = from the system locale
    QString screenshotFile;             // --screenshot
    QUrl serverUrl;                     // --server

    struct Result;
    static Result parse(const QStringList &arguments);
    static QString helpText();
};

struct AppOptions::Result
{
    AppOptions options;
    QString error; // empty when the command line is valid
    bool ok() const { return error.isEmpty(); }
};

} // namespace OpsDesk
