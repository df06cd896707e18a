#include "common/SettlementFixtures.h"

#include "models/Money.h"
#include "services/audit/AuditCommands.h"
#include "services/sync/SyncEngine.h"

#include <QSignalSpy>

namespace OpsDesk::TestSupport {

QJsonObject requestedWithdrawal(SettlementCache &cache, bool withinBalance,
                                const QSet<QString> &skip)
{
    const QList<QJsonObject> all = cache.withdrawals();
    QSet<QString> technicians;
    for (const QJsonObject &w : all)
        technicians.insert(w.value(QStringLiteral("technician_id")).toString());
    const auto balances = cache.balances(technicians);
    for (const QJsonObject &w : all) {
        if (w.value(QStringLiteral("status")).toString() != QLatin1String("requested") ||
            skip.contains(w.value(QStringLiteral("id")).toString()))
            continue;
        const qint64 balance = Finance::availableBalanceCents(
            balances.value(w.value(QStringLiteral("technician_id")).toString()));
        const bool within = w.value(QStringLiteral("amount_cents")).toInteger() <= balance;
        if (within == withinBalance)
            return w;
    }
    return {};
}

bool pullNow(SyncSession &sync)
{
    QSignalSpy finished(sync.engine(), &SyncEngine::runFinished);
    sync.engine()->syncNow();
    return finished.wait(30000) && finished.at(0).at(0).toBool();
}

QJsonObject withdrawalOverBalance(SettlementCache &cache, SyncSession &finance,
                                  SyncedDemo::Other &admin)
{
    return withdrawalOverBalance(cache, finance, *admin.sync, admin.staff, admin.cachePath);
}

QJsonObject withdrawalOverBalance(SettlementCache &cache, SyncSession &finance, SyncSession &admin,
                                  const Staff &adminStaff, const QString &adminCachePath)
{
    if (QJsonObject over = requestedWithdrawal(cache, false); !over.isEmpty())
        return over;
    const QJsonObject within = requestedWithdrawal(cache, true);
    if (within.isEmpty())
        return {};
    const QString technicianId = within.value(QStringLiteral("technician_id")).toString();
    const qint64 balance =
        Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId));
    const qint64 penalty = balance - within.value(QStringLiteral("amount_cents")).toInteger() + 100;
    SettlementCache adminCache;
    if (!adminCache.open(adminCachePath, nullptr))
        return {};
    QString error;
    submitAndWait(admin,
                  AuditCommands::incentive(adminStaff, adminCache.technician(technicianId),
                                           AuditCommands::IncentiveKind::Penalty,
                                           Money::fromCents(penalty),
                                           QStringLiteral("客户投诉赔付")),
                  &error);
    if (!error.isEmpty() || !waitForOutboxSettled(admin) || !outboxEntries(admin).isEmpty() ||
        !pullNow(finance))
        return {};
    return cache.withdrawal(within.value(QStringLiteral("id")).toString());
}

} // namespace OpsDesk::TestSupport
