#pragma once

#include "models/finance/Settlement.h"
#include "server/store/Store.h"

#include <QJsonObject>

namespace OpsDesk::Server {

// Glue between the stored JSON records and models/finance: loads what a rule
// needs and converts records to the rules' plain structs.

// The commission rate (basis points) for a service item and star level on a
// business day: CR-<item>-<level> wins over CR-<item>; 0 when neither exists.
qint64 commissionRateBp(Store &store, const QString &serviceItemId, int starLevel,
                        const QDate &day);

// The settlement of a completed (or to be completed) order by its technician.
Finance::SettlementAmounts settlementForOrder(Store &store, const QJsonObject &order,
                                              const QDate &day);

// A new settlement record for a completed order ("SE-<order id>").
QJsonObject settlementRecord(Store &store, const QJsonObject &order, const QString &nowIso);

// The technician's earnings from an order: its settlement record when there
// is one, otherwise the settlement the order would get; 0 without technician.
qint64 technicianEarnings(Store &store, const QJsonObject &order, const QDate &day);

// What the technician may withdraw now (models/finance availableBalanceCents).
Finance::BalanceInput technicianBalance(Store &store, const QString &technicianId);

} // namespace OpsDesk::Server
