#include "services/finance/SettlementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace OpsDesk {

namespace {

const QString ByCollection = QStringLiteral("SELECT doc FROM records WHERE collection = ?");

} // namespace

bool SettlementCache::open(const QString &cachePath, QString *error)
{
    return m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error);
}

QList<QJsonObject> SettlementCache::commissionRates()
{
    QList<QJsonObject> rates = m_db.documents(ByCollection, {QStringLiteral("commission_rates")});
    std::sort(rates.begin(), rates.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString itemA = a.value(QStringLiteral("service_item_id")).toString();
        const QString itemB = b.value(QStringLiteral("service_item_id")).toString();
        if (itemA != itemB)
            return itemA < itemB;
        // All levels (null → 0) first, then by level.
        return a.value(QStringLiteral("star_level")).toInt(0) <
               b.value(QStringLiteral("star_level")).toInt(0);
    });
    return rates;
}

QJsonObject SettlementCache::commissionRate(const QString &id)
{
    return m_db
        .documents(ByCollection + QStringLiteral(" AND id = ?"),
                   {QStringLiteral("commission_rates"), id})
        .value(0);
}

QList<QJsonObject> SettlementCache::technicians()
{
    return m_db.documents(ByCollection + QStringLiteral(" ORDER BY id"),
                          {QStringLiteral("technicians")});
}

QJsonObject SettlementCache::technician(const QString &id)
{
    return m_db
        .documents(ByCollection + QStringLiteral(" AND id = ?"),
                   {QStringLiteral("technicians"), id})
        .value(0);
}

QList<QJsonObject> SettlementCache::withdrawals()
{
    return m_db.documents(
        ByCollection + QStringLiteral(" ORDER BY json_extract(doc, '$.requested_at') DESC, id"),
        {QStringLiteral("withdrawals")});
}

QJsonObject SettlementCache::withdrawal(const QString &id)
{
    return m_db
        .documents(ByCollection + QStringLiteral(" AND id = ?"),
                   {QStringLiteral("withdrawals"), id})
        .value(0);
}

QSet<QString> SettlementCache::pendingIds(const QString &collection)
{
    return m_db.pendingIds(collection);
}

QList<QJsonObject> SettlementCache::ofTechnician(const QString &collection,
                                                 const QString &technicianId)
{
    // The collection as a literal: that is how SQLite matches the partial
    // index records_<collection>_technician (CacheSchema step 6).
    return m_db.documents(QStringLiteral("SELECT doc FROM records WHERE collection = '%1' AND "
                                         "json_extract(doc, '$.technician_id') = ?")
                              .arg(collection),
                          {technicianId});
}

Finance::LedgerRecords SettlementCache::ledgerRecords(const QString &technicianId)
{
    Finance::LedgerRecords records;
    if (technicianId.isEmpty())
        return records;
    records.technician = technician(technicianId);
    records.settlements = ofTechnician(QStringLiteral("settlements"), technicianId);
    records.withdrawals = ofTechnician(QStringLiteral("withdrawals"), technicianId);
    records.refunds = ofTechnician(QStringLiteral("refunds"), technicianId);
    return records;
}

QHash<QString, Finance::BalanceInput> SettlementCache::balances(const QSet<QString> &technicianIds,
                                                                const std::atomic_bool *cancel)
{
    QHash<QString, Finance::BalanceInput> result;
    if (!m_db.isOpen() || technicianIds.isEmpty())
        return result;
    for (const QString &id : technicianIds)
        result.insert(id, {});
    // Settlements: many; summed per technician in SQL (the rule is the sum
    // of earnings_cents, Finance::addSettlement) through the technician index.
    QSqlQuery sum(m_db.database());
    sum.prepare(QStringLiteral(
        "SELECT total(json_extract(doc, '$.earnings_cents')) FROM records WHERE collection = "
        "'settlements' AND json_extract(doc, '$.technician_id') = ?"));
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (cancel && cancel->load())
            return {};
        sum.addBindValue(it.key());
        if (sum.exec() && sum.next())
            it->earningsCents += sum.value(0).toLongLong();
        sum.finish();
        // Withdrawals and refunds: few; each through the shared rule.
        for (const QJsonObject &doc : ofTechnician(QStringLiteral("withdrawals"), it.key()))
            Finance::addWithdrawal(&*it, doc);
        for (const QJsonObject &doc : ofTechnician(QStringLiteral("refunds"), it.key()))
            Finance::addRefund(&*it, doc);
    }
    for (auto it = result.begin(); it != result.end(); ++it)
        Finance::addIncentives(&*it, technician(it.key()));
    return result;
}

SettlementCache::WithdrawalQueue SettlementCache::withdrawalQueue(const std::atomic_bool *cancel)
{
    WithdrawalQueue queue;
    if (!m_db.isOpen()) {
        queue.error = QCoreApplication::translate("SettlementCache", "the local cache is not open");
        return queue;
    }
    // One read transaction: the requests and the balances of one state of
    // the cache (the sync engine may write in between otherwise).
    const bool read = m_db.transaction([&] {
        queue.withdrawals = withdrawals();
        queue.pending = pendingIds(QStringLiteral("withdrawals"));
        QSet<QString> waiting;
        for (const QJsonObject &w : std::as_const(queue.withdrawals))
            if (w.value(QStringLiteral("status")).toString() == QLatin1String("requested"))
                waiting.insert(w.value(QStringLiteral("technician_id")).toString());
        queue.balances = balances(waiting, cancel);
        return !(cancel && cancel->load());
    });
    queue.complete = read;
    if (!read && !(cancel && cancel->load()))
        queue.error = m_db.database().lastError().text();
    return queue;
}

QHash<QString, QString> SettlementCache::staffNames() const
{
    return m_db.recordNames(QStringLiteral("staff"), QStringLiteral("$.display_name"));
}

QHash<QString, QString> SettlementCache::technicianNames() const
{
    return m_db.recordNames(QStringLiteral("technicians"), QStringLiteral("$.name"));
}

} // namespace OpsDesk
