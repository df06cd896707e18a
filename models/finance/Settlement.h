#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

#include <optional>

namespace OpsDesk::Finance {

// Who pays for a coupon discount on an order.
enum class CostBearer
{
    Platform,
    Technician
};

// The platform commission on a price: price × rate (basis points), rounded
// half away from zero to the cent (models/Money.h percentOfBasisPoints).
qint64 commissionCents(qint64 priceCents, qint64 rateBasisPoints);

// What one completed order brings its technician.
struct SettlementInput
{
    qint64 priceCents = 0;          // list price of the order
    qint64 couponDiscountCents = 0; // discount the customer got
    CostBearer couponCostBearer = CostBearer::Platform;
    qint64 commissionRateBp = 0;
};

struct SettlementAmounts
{
    qint64 priceCents = 0;
    qint64 commissionCents = 0;
    qint64 couponCostPlatformCents = 0;   // discount the platform bears
    qint64 couponCostTechnicianCents = 0; // discount the technician bears
    qint64 earningsCents = 0;
};

// The settlement rule:
//   commission = price × rate (on the list price, half away from zero)
//   earnings   = price − commission − coupon discount borne by the technician
// A discount borne by the platform does not reduce the technician's earnings:
// the platform pays it out of its commission (it is reported separately as
// coupon_cost_platform_cents for reconciliation).
SettlementAmounts settle(const SettlementInput &input);

// One value of a commission rate and the day it takes effect.
struct RateValue
{
    qint64 rateBp = 0;
    QDate effectiveFrom;
};

// A commission rate record: the current value and its earlier values.
struct CommissionRate
{
    std::optional<int> starLevel; // empty: all star levels
    RateValue current;
    QList<RateValue> history; // earlier values, oldest first
};

// The value of `rate` that applies to an order completed on `day`: the value
// with the latest effective_from on or before `day`; before the first value
// took effect, the oldest value.
qint64 rateOn(const CommissionRate &rate, const QDate &day);

// Picks the rate for a technician's star level: a level-specific rate wins
// over the all-levels rate once it has taken effect (before its first
// effective day the all-levels rate of that day applies). Empty when neither
// exists.
std::optional<qint64> applicableRateBp(const QList<CommissionRate> &rates, int starLevel,
                                       const QDate &day);

// What a technician may withdraw:
//   settlement earnings + rewards − penalties − refunds charged to the
//   technician − withdrawals approved or paid
struct BalanceInput
{
    qint64 earningsCents = 0;
    qint64 rewardsCents = 0;
    qint64 penaltiesCents = 0;
    qint64 refundChargebacksCents = 0;
    qint64 withdrawnCents = 0;
};
qint64 availableBalanceCents(const BalanceInput &input);

// a × b / c rounded half away from zero without overflow for any amounts the
// platform handles; c must not be 0.
qint64 mulDivRound(qint64 a, qint64 b, qint64 c);

} // namespace OpsDesk::Finance
