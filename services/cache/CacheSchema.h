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
// What a first full pass into a collection with no records builds once at
// its end instead of row by row: the technician index of settlements,
// withdrawals and refunds (step 6), the record facts of reviews, complaints,
// refunds and redemptions (step 7). While the meta row `key` exists, the
// facts' triggers leave the collection out; `finish` (also right after an
// interrupted load, at any point: it rebuilds from the records) builds it
// all and is followed by deleting that row.
inline constexpr const char *BulkLoadKeyPrefix = "bulk_load:";
struct RecordsBulkLoad
{
    QString key; // empty: nothing to build for this collection
    QStringList indexNames;
    QStringList finish;
    // Drops the indexes.
    QStringList begin() const;
};
RecordsBulkLoad recordsBulkLoad(const QString &collection);
// Statistics for the query planner (sampled: fast on a million orders); run
// after the orders' indexes were built.
QStringList analyze();

} // namespace OpsDesk::CacheSchema
