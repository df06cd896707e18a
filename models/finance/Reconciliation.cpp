#include "models/finance/Reconciliation.h"

#include <QDateTime>
#include <QTimeZone>

namespace OpsDesk::Finance {

qint64 ReconciliationOrder::platformRevenueCents() const
{
    const qint64 kept = settled ? commissionCents - couponCostPlatformCents : paidCents;
    return kept - (refundedCents - refundsTechnicianCents);
}

qint64 ReconciliationOrder::technicianEarningsCents() const
{
    return (settled ? settledPriceCents - commissionCents : 0) - refundsTechnicianCents;
}

qint64 ReconciliationOrder::couponCostTechniciansCents() const
{
    return settled ? -(settledPriceCents - commissionCents - settlementEarningsCents) : 0;
}

void addOrder(ReconciliationTotals *totals, const ReconciliationOrder &order)
{
    ++totals->orders;
    if (order.paidCents > 0)
        ++totals->paidOrders;
    totals->refunds += order.refunds;
    totals->paidCents += order.paidCents;
    totals->refundedCents += order.refundedCents;
    totals->refundsTechnicianCents += order.refundsTechnicianCents;
    if (order.settled) {
        ++totals->settledOrders;
        totals->settledPaidCents += order.paidCents;
        totals->settledPriceCents += order.settledPriceCents;
        totals->commissionCents += order.commissionCents;
        totals->couponCostPlatformCents += order.couponCostPlatformCents;
        totals->settlementEarningsCents += order.settlementEarningsCents;
    }
}

ReconciliationPeriod ReconciliationPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate()};
}

namespace {

QString utcStartOf(const QDate &day)
{
    const QDateTime local(day, QTime(0, 0), QTimeZone(BusinessDayUtcOffsetSeconds));
    return local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

QString ReconciliationPeriod::startUtc() const
{
    return utcStartOf(from);
}

QString ReconciliationPeriod::endUtc() const
{
    return utcStartOf(to.addDays(1));
}

} // namespace OpsDesk::Finance
