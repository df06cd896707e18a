#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace OpsDesk::Finance {

// The reconciliation (财务对账) of a period: which orders belong to it and the
// terms of its summary. Shared by the console's export (services/finance/
// Reconciliation) and the server's GET /api/v1/stats/reconciliation, so both
// compute the same figures from the same rules.
//
// Which orders: those created on a business day of the period (China time,
// UTC+8, the day the server's statistics and settlements use), in the scope
// (a city and a service item; empty = all). Each order brings all its money,
// whenever it moved: its payment, its approved or paid-out refunds and its
// settlement — an order cohort, so that every cent appears exactly once.
//
// The terms (all in cents):
//   paid                   Σ paid of the orders
//   refunded               Σ approved amount of their refunds in status
//                          approved or paid_out
//   net received           paid − refunded
//   platform revenue       Σ commission of settled orders
//                          − Σ coupon cost borne by the platform (settlements)
//                          + Σ paid of orders not settled (the platform holds it)
//                          − Σ platform share of refunds (refunded − technician share)
//   technician earnings    Σ (price − commission) of settled orders
//                          − Σ technician share of refunds
//                          (the earnings before the coupon cost they bear)
//   coupon cost borne by   −Σ (price − commission − earnings) of settled
//   technicians            orders: the settlement rule solved for the
//                          technician's coupon cost, a deduction (≤ 0)
//   difference             net received − (platform revenue + technician
//                          earnings + coupon cost borne by technicians)
// so that  paid − refunded = platform revenue + technician earnings + coupon
// cost borne by technicians  holds to the cent exactly when every settlement
// agrees with its order (paid = price − platform coupon cost − technician
// coupon cost); the difference is 0 then and shows any order it does not.
// Technician payable = technician earnings + coupon cost borne by technicians
// = Σ settlement earnings − Σ technician share of refunds (the ledger).
struct ReconciliationTotals
{
    qint64 orders = 0;
    qint64 paidOrders = 0;
    qint64 settledOrders = 0;
    qint64 refunds = 0;
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
    qint64 refundsTechnicianCents = 0;
    qint64 settledPaidCents = 0;
    qint64 settledPriceCents = 0;
    qint64 commissionCents = 0;
    qint64 couponCostPlatformCents = 0;
    qint64 settlementEarningsCents = 0;

    qint64 netReceivedCents() const { return paidCents - refundedCents; }
    qint64 refundsPlatformCents() const { return refundedCents - refundsTechnicianCents; }
    qint64 unsettledPaidCents() const { return paidCents - settledPaidCents; }
    qint64 platformRevenueCents() const
    {
        return commissionCents - couponCostPlatformCents + unsettledPaidCents() -
               refundsPlatformCents();
    }
    qint64 technicianEarningsCents() const
    {
        return settledPriceCents - commissionCents - refundsTechnicianCents;
    }
    // A deduction: ≤ 0 for consistent settlements.
    qint64 couponCostTechniciansCents() const
    {
        return -(settledPriceCents - commissionCents - settlementEarningsCents);
    }
    qint64 technicianPayableCents() const
    {
        return settlementEarningsCents - refundsTechnicianCents;
    }
    qint64 differenceCents() const
    {
        return netReceivedCents() -
               (platformRevenueCents() + technicianEarningsCents() + couponCostTechniciansCents());
    }

    bool operator==(const ReconciliationTotals &) const = default;
};

// One order's part, as the detail sheets show it (a settled order has its
// settlement's price, commission, platform coupon cost and earnings).
struct ReconciliationOrder
{
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
    qint64 refundsTechnicianCents = 0;
    qint64 refunds = 0;
    bool settled = false;
    qint64 settledPriceCents = 0;
    qint64 commissionCents = 0;
    qint64 couponCostPlatformCents = 0;
    qint64 settlementEarningsCents = 0;

    // The order's own terms: they add up to the totals' terms.
    qint64 platformRevenueCents() const;
    qint64 technicianEarningsCents() const;
    qint64 couponCostTechniciansCents() const;
};

void addOrder(ReconciliationTotals *totals, const ReconciliationOrder &order);

// A period of whole business days, both ends included.
struct ReconciliationPeriod
{
    QDate from;
    QDate to;

    static ReconciliationPeriod day(const QDate &day) { return {day, day}; }
    static ReconciliationPeriod month(int year, int month);
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The UTC bounds [start, end) as ISO text with milliseconds ("…T16:00:00.000Z"),
    // which orders against the server's times with and without milliseconds.
    QString startUtc() const;
    QString endUtc() const;
};

// The business day's offset from UTC (China time).
inline constexpr int BusinessDayUtcOffsetSeconds = 8 * 3600;

} // namespace OpsDesk::Finance
