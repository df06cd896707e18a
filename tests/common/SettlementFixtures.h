#pragma once

#include "common/SyncedDemo.h"
#include "services/finance/SettlementCache.h"

#include <QJsonObject>
#include <QSet>

namespace OpsDesk::TestSupport {

// Withdrawal requests of a finance cache for the settlement tests.

// A requested withdrawal whose amount is (not) within its technician's
// available balance as the cache counts it; empty when there is none.
QJsonObject requestedWithdrawal(SettlementCache &cache, bool withinBalance,
                                const QSet<QString> &skip = {});

// A requested withdrawal over its technician's balance: one of the demo's,
// or, when there is none, one made so by a penalty the administrator gives
// (through `admin`'s outbox; `finance` pulls it afterwards). Empty when that
// failed.
QJsonObject withdrawalOverBalance(SettlementCache &cache, SyncSession &finance,
                                  SyncedDemo::Other &admin);
QJsonObject withdrawalOverBalance(SettlementCache &cache, SyncSession &finance, SyncSession &admin,
                                  const Staff &adminStaff, const QString &adminCachePath);

// Pulls once; true when the run finished well.
bool pullNow(SyncSession &sync);

} // namespace OpsDesk::TestSupport
