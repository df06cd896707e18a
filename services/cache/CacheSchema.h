#pragma once

#include <QStringList>

namespace OpsDesk::CacheSchema {

// Step N brings a cache from user_version N-1 to N. Steps are never edited
// once released; a change is a new step. tests/services/CacheDatabaseTest
// migrates from every earlier version.
const QList<QStringList> &migrationSteps();

} // namespace OpsDesk::CacheSchema
