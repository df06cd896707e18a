#pragma once

#include "services/sync/OutboxTypes.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace OpsDesk {

class CacheRecords;

// The outbox table: users' changes waiting for the server. Runs on the
// CacheWriter's thread inside its transactions; every method is one step of
// the outbox's life, written together with the record it affects.
//
// Order: entries of one record go to the server one after another, oldest
// first; an entry that is parked or in conflict holds back the later entries
// of its record until a person resolves it. Entries of different records do
// not wait for each other.
class OutboxStore
{
public:
    using UnitRandom = std::function<double()>;

    OutboxStore(const QSqlDatabase &db, CacheRecords &records, UnitRandom random);

    // Appends the change and applies its local look. Returns the entry's
    // operation id (the Idempotency-Key).
    QString enqueue(const LocalChange &change, const QDateTime &now);
    // The first waiting entry of each record whose time has come.
    QList<OutboxEntry> due(qint64 nowMs, int limit) const;
    // When the next waiting entry becomes due; -1 when none waits.
    qint64 nextDueMs() const;
    // Applies the server's answer; returns the collections whose records changed.
    QStringList applyResult(const OutboxResult &result, qint64 nowMs);

    // A person's decisions. False when the entry is not in a state that allows it.
    bool discard(const QString &opId);
    // Conflict: send the same change again on top of the server's current version.
    bool applyAgain(const QString &opId);
    // Parked: try again (with a new Idempotency-Key).
    bool retry(const QString &opId);

    OutboxCounts counts() const;
    QList<OutboxEntry> entries() const;
    std::optional<OutboxEntry> entry(const QString &opId) const;

private:
    bool hasEntries(const QString &collection, const QString &recordId) const;

    QSqlDatabase m_db;
    CacheRecords &m_records;
    UnitRandom m_random;
};

} // namespace OpsDesk
