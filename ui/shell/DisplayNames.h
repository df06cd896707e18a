#pragma once

#include "models/Role.h"
#include "models/Workspace.h"

#include <QString>

namespace OpsDesk {

// Translated, user-visible names of domain values. The ids in models/ are for
// the wire and the command line; these are for people.
QString workspaceTitle(Workspace workspace);
QString workspaceDescription(Workspace workspace);
QString workspaceIconPath(Workspace workspace); // ":/icons/dispatch.svg"
QString roleTitle(Role role);
// A synced collection ("orders", "refunds", …) as people call it.
QString collectionTitle(const QString &collection);

} // namespace OpsDesk
