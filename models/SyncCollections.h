#pragma once

#include "models/Role.h"

#include <QStringList>

namespace OpsDesk {

// The collections the console caches, in the order a first sync pulls them
// (small reference data first, so screens can label what follows).
QStringList syncCollections();

// The collections a staff member with these roles may read — the same rule
// the central server applies (api/openapi.yaml, /sync/{collection}).
QStringList readableCollections(const QList<Role> &roles);

} // namespace OpsDesk
