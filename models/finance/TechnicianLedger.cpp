#include "models/finance/TechnicianLedger.h"

#include "models/Money.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace OpsDesk::Finance {

namespace {

QString statusOf(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("status")).toString();
}

qint64 cents(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1String(field)).toInteger();
}

QDateTime timeOf(const QJsonObject &doc, std::initializer_list<const char *> fields)
{
    for (const char *field : fields) {
        const QDateTime time =
            QDateTime::fromString(doc.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toUTC();
    }
    return {};
}

} // namespace

QString ratePercentText(qint64 rateBp)
{
    // A rate in basis points has the same digits as an amount in cents.
    return Money::fromCents(rateBp).toDecimalString();
}

std::optional<qint64> parseRatePercent(const QString &text)
{
    QString plain = text.trimmed();
    if (plain.endsWith(QLatin1Char('%')))
        plain = plain.chopped(1).trimmed();
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{0,2})?$"));
    if (!number.match(plain).hasMatch())
        return std::nullopt;
    const std::optional<Money> value = Money::parse(plain);
    if (!value)
        return std::nullopt;
    return value->cents();
}

bool withdrawalReducesBalance(const QJsonObject &withdrawal)
{
    const QString status = statusOf(withdrawal);
    return status == QLatin1String("approved") || status == QLatin1String("paid");
}

bool refundChargesTechnician(const QJsonObject &refund)
{
    const QString status = statusOf(refund);
    return status == QLatin1String("approved") || status == QLatin1String("paid_out");
}

void addSettlement(BalanceInput *balance, const QJsonObject &settlement)
{
    balance->earningsCents += cents(settlement, "earnings_cents");
}

void addWithdrawal(BalanceInput *balance, const QJsonObject &withdrawal)
{
    if (withdrawalReducesBalance(withdrawal))
        balance->withdrawnCents += cents(withdrawal, "amount_cents");
}

void addRefund(BalanceInput *balance, const QJsonObject &refund)
{
    if (refundChargesTechnician(refund))
        balance->refundChargebacksCents += cents(refund, "technician_share_cents");
}

QList<Incentive> incentivesOf(const QJsonObject &technician)
{
    QList<Incentive> result;
    for (const QJsonValue &value : technician.value(QStringLiteral("action_log")).toArray()) {
        const QJsonObject action = value.toObject();
        const QString kind = action.value(QStringLiteral("action")).toString();
        if (kind != QLatin1String("reward") && kind != QLatin1String("penalty"))
            continue;
        Incentive incentive;
        incentive.reward = kind == QLatin1String("reward");
        incentive.amountCents = cents(action, "amount_cents");
        incentive.at = timeOf(action, {"at"});
        incentive.by = action.value(QStringLiteral("by")).toString();
        incentive.reason = action.value(QStringLiteral("reason")).toString();
        incentive.pending = action.value(QStringLiteral("pending")).toBool();
        result.append(incentive);
    }
    return result;
}

void addIncentives(BalanceInput *balance, const QJsonObject &technician)
{
    for (const Incentive &incentive : incentivesOf(technician)) {
        if (incentive.reward)
            balance->rewardsCents += incentive.amountCents;
        else
            balance->penaltiesCents += incentive.amountCents;
    }
}

qint64 technicianCouponCostCents(const QJsonObject &settlement)
{
    return std::max<qint64>(0, cents(settlement, "price_cents") -
                                   cents(settlement, "commission_cents") -
                                   cents(settlement, "earnings_cents"));
}

TechnicianLedger buildLedger(const LedgerRecords &records, const QDateTime &from,
                             const QDateTime &to, const QDateTime &now)
{
    QList<LedgerEntry> all;
    TechnicianLedger ledger;
    for (const QJsonObject &settlement : records.settlements) {
        addSettlement(&ledger.allTime, settlement);
        LedgerEntry entry;
        entry.kind = LedgerEntryKind::Order;
        entry.at = timeOf(settlement, {"settled_at", "updated_at"});
        entry.reference = settlement.value(QStringLiteral("order_id")).toString();
        entry.priceCents = cents(settlement, "price_cents");
        entry.couponPlatformCents = cents(settlement, "coupon_cost_platform_cents");
        entry.couponTechnicianCents = technicianCouponCostCents(settlement);
        entry.commissionCents = cents(settlement, "commission_cents");
        entry.amountCents = cents(settlement, "earnings_cents");
        all.append(entry);
    }
    addIncentives(&ledger.allTime, records.technician);
    for (const Incentive &incentive : incentivesOf(records.technician)) {
        LedgerEntry entry;
        entry.kind = incentive.reward ? LedgerEntryKind::Reward : LedgerEntryKind::Penalty;
        entry.at = incentive.at;
        entry.note = incentive.reason;
        entry.amountCents = incentive.reward ? incentive.amountCents : -incentive.amountCents;
        all.append(entry);
    }
    for (const QJsonObject &refund : records.refunds) {
        addRefund(&ledger.allTime, refund);
        if (!refundChargesTechnician(refund) || cents(refund, "technician_share_cents") == 0)
            continue;
        LedgerEntry entry;
        entry.kind = LedgerEntryKind::RefundCharge;
        entry.at = timeOf(refund, {"decided_at", "updated_at", "created_at"});
        entry.reference = refund.value(QStringLiteral("id")).toString();
        entry.status = statusOf(refund);
        entry.note = refund.value(QStringLiteral("order_id")).toString();
        entry.amountCents = -cents(refund, "technician_share_cents");
        all.append(entry);
    }
    for (const QJsonObject &withdrawal : records.withdrawals) {
        addWithdrawal(&ledger.allTime, withdrawal);
        LedgerEntry entry;
        entry.kind = LedgerEntryKind::Withdrawal;
        entry.at = withdrawalReducesBalance(withdrawal)
                       ? timeOf(withdrawal, {"decided_at", "requested_at", "updated_at"})
                       : timeOf(withdrawal, {"requested_at", "updated_at"});
        entry.reference = withdrawal.value(QStringLiteral("id")).toString();
        entry.status = statusOf(withdrawal);
        entry.note = withdrawal.value(QStringLiteral("reason")).toString();
        entry.priceCents = 0;
        entry.amountCents =
            withdrawalReducesBalance(withdrawal) ? -cents(withdrawal, "amount_cents") : 0;
        all.append(entry);
    }
    for (LedgerEntry &entry : all)
        if (!entry.at.isValid())
            entry.at = now.toUTC();
    std::stable_sort(all.begin(), all.end(), [](const LedgerEntry &a, const LedgerEntry &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return int(a.kind) < int(b.kind);
    });

    qint64 balance = 0;
    for (LedgerEntry &entry : all) {
        if (from.isValid() && entry.at < from) {
            balance += entry.amountCents;
            continue;
        }
        if (to.isValid() && entry.at >= to)
            break;
        if (ledger.entries.isEmpty())
            ledger.openingBalanceCents = balance;
        balance += entry.amountCents;
        entry.balanceCents = balance;
        LedgerTotals &t = ledger.totals;
        switch (entry.kind) {
        case LedgerEntryKind::Order:
            ++t.orders;
            t.priceCents += entry.priceCents;
            t.couponPlatformCents += entry.couponPlatformCents;
            t.couponTechnicianCents += entry.couponTechnicianCents;
            t.commissionCents += entry.commissionCents;
            t.earningsCents += entry.amountCents;
            break;
        case LedgerEntryKind::Reward:
            t.rewardsCents += entry.amountCents;
            break;
        case LedgerEntryKind::Penalty:
            t.penaltiesCents -= entry.amountCents;
            break;
        case LedgerEntryKind::RefundCharge:
            t.refundChargesCents -= entry.amountCents;
            break;
        case LedgerEntryKind::Withdrawal:
            t.withdrawnCents -= entry.amountCents;
            break;
        }
        t.netCents += entry.amountCents;
        ledger.entries.append(entry);
    }
    if (ledger.entries.isEmpty())
        ledger.openingBalanceCents = balance;
    ledger.closingBalanceCents = ledger.openingBalanceCents + ledger.totals.netCents;
    ledger.availableBalanceCents = availableBalanceCents(ledger.allTime);
    return ledger;
}

} // namespace OpsDesk::Finance
