#pragma once

#include <QString>
#include <QStringList>

namespace OpsDesk::Bench {

// The million-order data set the sync benchmarks share.
constexpr int Orders = 1000000;
constexpr int Technicians = 5000;

// The server options that make it (without simulated traffic).
QStringList demoArguments();

// Generating a million orders takes a while, so the data folder is generated
// once and kept under the system temp folder, keyed by the parameters; empty
// when generation failed (the reason is on stderr).
QString cachedDataDir(const QString &serverProgram);

// A console cache holding the million orders as the dispatcher sees them,
// synced once from the reference server by opsdesk-sync-worker (text index
// complete) and kept under the system temp folder for the UI benchmarks;
// empty when it could not be made (the reason is on stderr).
QString syncedClientCache();

// The first value of a query on a cache file, read-only (a real id to filter
// on); empty when there is none.
QString sampleValue(const QString &cachePath, const QString &sql);

} // namespace OpsDesk::Bench
