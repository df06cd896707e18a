#pragma once

#include <QString>

namespace OpsDesk {

// Where the console keeps its files. Everything goes through here so that a
// test can point the whole application at a private folder.
class AppPaths
{
public:
    // The application-data folder (caches, offline documents); created on demand.
    static QString dataDir();
    // The full path of a program shipped next to the running executable
    // ("opsdesk-server" → ".../bin/opsdesk-server" or "...\\opsdesk-server.exe").
    static QString siblingProgram(const QString &baseName);
};

} // namespace OpsDesk
