#pragma once

#include "models/finance/Settlement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OpsDesk::Finance {

// A commission rate (basis points) as the percentage finance types and
// reads: 1525 → "15.25" (always two decimals, '.' separator).
QString ratePercentText(qint64 rateBp);
// "15", "15.2", "15.25", "15.25 %", " 7.5% " → basis points. Empty when the
// text is not a plain number with at most two decimals (no sign, no
// thousands separator, no currency). Range checks are the caller's.
std::optional<qint64> parseRatePercent(const QString &text);

// Reading the records that move a technician's balance, shared by the
// reference server (its withdrawal check) and the console (the ledger and
// the withdrawal queue), so both count the same things:
//   + settlement earnings_cents
//   + reward, − penalty amounts in the technician's action_log
//   − refunds charged to the technician (technician_share_cents of refunds
//     approved or paid out)
//   − withdrawals approved or paid
bool withdrawalReducesBalance(const QJsonObject &withdrawal);
bool refundChargesTechnician(const QJsonObject &refund);
void addSettlement(BalanceInput *balance, const QJsonObject &settlement);
void addWithdrawal(BalanceInput *balance, const QJsonObject &withdrawal);
void addRefund(BalanceInput *balance, const QJsonObject &refund);
void addIncentives(BalanceInput *balance, const QJsonObject &technician);

// A reward or penalty from a technician's action_log.
struct Incentive
{
    bool reward = true;
    qint64 amountCents = 0;
    QDateTime at;
    QString by;
    QString reason;
    bool pending = false; // our change, not yet on the server
};
QList<Incentive> incentivesOf(const QJsonObject &technician);

// Everything of one technician the ledger reads (JSON records as synced).
struct LedgerRecords
{
    QJsonObject technician;
    QList<QJsonObject> settlements;
    QList<QJsonObject> withdrawals;
    QList<QJsonObject> refunds;
};

enum class LedgerEntryKind
{
    Order,        // a settlement: the order's earnings
    Reward,       // action_log reward
    Penalty,      // action_log penalty
    RefundCharge, // the technician's share of an approved refund
    Withdrawal    // a withdrawal request (moves the balance once approved)
};

struct LedgerEntry
{
    LedgerEntryKind kind = LedgerEntryKind::Order;
    QDateTime at;      // when it moved (or would move) the balance, UTC
    QString reference; // order id, refund id, withdrawal id; empty for incentives
    QString status;    // withdrawal and refund status; empty otherwise
    QString note;      // incentive reason, withdrawal reason
    // Orders only:
    qint64 priceCents = 0;
    qint64 couponPlatformCents = 0;   // discount borne by the platform
    qint64 couponTechnicianCents = 0; // discount borne by the technician
    qint64 commissionCents = 0;
    // The effect on the balance: earnings, +reward, −penalty, −charge,
    // −withdrawal (0 for a withdrawal requested or rejected).
    qint64 amountCents = 0;
    qint64 balanceCents = 0; // the running balance after this entry
};

struct LedgerTotals
{
    int orders = 0;
    qint64 priceCents = 0;
    qint64 couponPlatformCents = 0;
    qint64 couponTechnicianCents = 0;
    qint64 commissionCents = 0;
    qint64 earningsCents = 0;
    qint64 rewardsCents = 0;
    qint64 penaltiesCents = 0;
    qint64 refundChargesCents = 0;
    qint64 withdrawnCents = 0;
    qint64 netCents = 0; // the sum of the entries' effects
};

struct TechnicianLedger
{
    qint64 openingBalanceCents = 0;   // everything before the period
    QList<LedgerEntry> entries;       // the period's entries, oldest first
    LedgerTotals totals;              // of the period's entries
    qint64 closingBalanceCents = 0;   // opening + totals.netCents
    BalanceInput allTime;             // every record, whatever the period
    qint64 availableBalanceCents = 0; // availableBalanceCents(allTime)
};

// The technician's coupon cost of a settlement record. The record carries
// price, commission, platform coupon cost and earnings; the contract's rule
// earnings = price − commission − technician's coupon cost gives the rest.
qint64 technicianCouponCostCents(const QJsonObject &settlement);

// The ledger of [from, to) (UTC instants; an invalid bound is open). The
// running balance starts at the opening balance; an entry without a time
// (a change of ours not yet on the server) counts as now. Entries at the
// same instant keep the order orders, rewards, penalties, refunds,
// withdrawals.
TechnicianLedger buildLedger(const LedgerRecords &records, const QDateTime &from,
                             const QDateTime &to, const QDateTime &now);

} // namespace OpsDesk::Finance
