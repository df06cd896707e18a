#pragma once

#include "models/finance/Settlement.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace OpsDesk::Finance {

// Records (the JSON documents the server stores and the console caches) to
// the settlement rules' plain structs, shared by the reference server and
// the console so both compute a technician's earnings from an order alike.

// A commission_rates record: rate_bp, effective_from, star_level, history.
CommissionRate commissionRateFromJson(const QJsonObject &doc);

// The rate for a service item and star level on a day from its rate records
// (CR-<item> and CR-<item>-<level>): the level-specific one wins; 0 when
// there is none.
qint64 commissionRateBpFrom(const QList<QJsonObject> &rateDocs, int starLevel, const QDate &day);

// The settlement an order gets (price_cents, coupon_discount_cents) at a
// rate, with the coupon's cost borne by the technician or the platform.
SettlementAmounts settlementOfOrder(const QJsonObject &order, bool technicianBearsCoupon,
                                    qint64 rateBp);

// The star level a settlement uses when the technician record is missing.
inline constexpr int DefaultStarLevel = 3;

} // namespace OpsDesk::Finance
