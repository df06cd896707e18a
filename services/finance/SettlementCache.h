#pragma once

#include "models/finance/Settlement.h"
#include "models/finance/TechnicianLedger.h"
#include "services/cache/CacheDatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <atomic>

namespace OpsDesk {

// What the settlement page reads from the local cache: commission rates,
// technicians, one technician's ledger records (settlements, withdrawals,
// refunds, the action_log's rewards and penalties), the withdrawal requests
// and the technicians' balances (models/finance/TechnicianLedger: the rule
// the server's withdrawal check uses).
//
// Threading contract: one object per thread (the GUI thread, or a worker
// that opens its own: the settlement page's withdrawals tab); its own
// read-only connection (WAL: never waits for the sync engine's writer).
//
// Cost: the per-technician reads go through the partial indexes on
// technician_id of settlements, withdrawals and refunds (CacheSchema step
// 6): a technician's records, not the collection
// (finance.ledger_technician_600k, finance.withdrawal_balances_600k).
class SettlementCache
{
public:
    // What the withdrawals tab shows, read in one snapshot (one read
    // transaction): the requests (newest first), the ids with a change of
    // ours waiting in the outbox, and the balance parts of every technician
    // with a waiting (requested) request.
    struct WithdrawalQueue
    {
        QList<QJsonObject> withdrawals;
        QSet<QString> pending;
        QHash<QString, Finance::BalanceInput> balances;
        bool complete = false; // false when cancelled or the cache could not be read
        QString error;         // why it could not be read
    };

    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    // Every commission rate, by service item and star level (all levels first).
    QList<QJsonObject> commissionRates();
    QJsonObject commissionRate(const QString &id);
    QList<QJsonObject> technicians(); // by id
    QJsonObject technician(const QString &id);
    QList<QJsonObject> withdrawals(); // newest request first
    QJsonObject withdrawal(const QString &id);
    // Record ids with a change of ours waiting in the outbox.
    QSet<QString> pendingIds(const QString &collection);

    Finance::LedgerRecords ledgerRecords(const QString &technicianId);
    // All-time balance parts of each technician asked for. Stops between two
    // technicians once `cancel` is set (the result is then incomplete).
    QHash<QString, Finance::BalanceInput> balances(const QSet<QString> &technicianIds,
                                                   const std::atomic_bool *cancel = nullptr);
    // The withdrawals tab's data (~1 s at 600,000 settlements and 500
    // waiting requests: meant for a worker thread); `cancel` as above.
    WithdrawalQueue withdrawalQueue(const std::atomic_bool *cancel = nullptr);

    // Names for ids: service items (the console's language), staff, technicians.
    QHash<QString, QString> serviceItemNames() const { return m_db.serviceItemNames(); }
    QHash<QString, QString> staffNames() const;
    QHash<QString, QString> technicianNames() const;

private:
    QList<QJsonObject> ofTechnician(const QString &collection, const QString &technicianId);
    CacheDatabase m_db;
};

} // namespace OpsDesk
