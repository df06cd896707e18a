#pragma once

#include <QStringList>

namespace OpsDesk::CacheSchema {

// Step N brings a cache from user_version N-1 to N. Steps are never edited
// once released; a change is a new step. tests/services/CacheDatabaseTest
// migrates from every earlier version.
const QList<QStringList> &migrationSteps();

// The secondary indexes of the orders projection (CREATE INDEX IF NOT
// EXISTS …) and their names. A first full pass into an empty cache drops
// them and builds them once at its end: much faster than growing them row
// by row.
QStringList ordersIndexes();
QStringList ordersIndexNames();
// Fills orders_fts from the orders projection and the records (after a bulk
// load, or a migration that rebuilt the projection). Ends with the join, so
// a WHERE clause may be appended.
QString rebuildOrdersText();
// A first full pass into a collection with no records writes them without
// what keeps `records`' secondary structures row by row: the record facts'
// triggers (step 7; every insert into `records` pays for them, whatever its
// collection) and the collection's technician index (step 6). The end of the
// pass runs recordsBulkLoadFinish(): the index, the collection's facts in
// one INSERT … SELECT, the triggers again. It builds from the records, so it
// may run at any point (a load left over when the program stopped, a local
// change written meanwhile). The meta row BulkLoadKeyPrefix + collection
// marks a load under way.
inline constexpr const char *BulkLoadKeyPrefix = "bulk_load:";
QStringList recordsBulkLoadBegin(const QString &collection);
QStringList recordsBulkLoadFinish(const QString &collection);
// Statistics for the query planner (sampled: fast on a million orders); run
// after the orders' indexes were built.
QStringList analyze();

} // namespace OpsDesk::CacheSchema
