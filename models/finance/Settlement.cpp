#include "models/finance/Settlement.h"

#include "models/Money.h"

#include <algorithm>

namespace OpsDesk::Finance {

qint64 commissionCents(qint64 priceCents, qint64 rateBasisPoints)
{
    return Money::fromCents(priceCents).percentOfBasisPoints(rateBasisPoints).cents();
}

SettlementAmounts settle(const SettlementInput &input)
{
    SettlementAmounts out;
    out.priceCents = input.priceCents;
    out.commissionCents = commissionCents(input.priceCents, input.commissionRateBp);
    const qint64 discount = std::clamp<qint64>(input.couponDiscountCents, 0, input.priceCents);
    if (input.couponCostBearer == CostBearer::Technician)
        out.couponCostTechnicianCents = discount;
    else
        out.couponCostPlatformCents = discount;
    out.earningsCents = out.priceCents - out.commissionCents - out.couponCostTechnicianCents;
    return out;
}

qint64 rateOn(const CommissionRate &rate, const QDate &day)
{
    QList<RateValue> values = rate.history;
    values.append(rate.current);
    const RateValue *best = nullptr;
    for (const RateValue &value : values) {
        if (value.effectiveFrom.isValid() && day.isValid() && value.effectiveFrom > day)
            continue;
        if (!best || value.effectiveFrom >= best->effectiveFrom)
            best = &value;
    }
    if (best)
        return best->rateBp;
    // Before any value took effect: the oldest one.
    const RateValue *oldest = &values.first();
    for (const RateValue &value : values)
        if (value.effectiveFrom < oldest->effectiveFrom)
            oldest = &value;
    return oldest->rateBp;
}

namespace {

// Whether some value of `rate` has taken effect on `day`.
bool inEffectOn(const CommissionRate &rate, const QDate &day)
{
    if (!day.isValid())
        return true;
    if (!rate.current.effectiveFrom.isValid() || rate.current.effectiveFrom <= day)
        return true;
    for (const RateValue &value : rate.history)
        if (!value.effectiveFrom.isValid() || value.effectiveFrom <= day)
            return true;
    return false;
}

} // namespace

std::optional<qint64> applicableRateBp(const QList<CommissionRate> &rates, int starLevel,
                                       const QDate &day)
{
    const CommissionRate *general = nullptr;
    const CommissionRate *specific = nullptr;
    for (const CommissionRate &rate : rates) {
        if (rate.starLevel && *rate.starLevel == starLevel)
            specific = &rate;
        else if (!rate.starLevel)
            general = &rate;
    }
    // A level rate introduced later does not reach back before it took
    // effect: the all-levels rate of that day applies then.
    if (specific && (inEffectOn(*specific, day) || !general))
        return rateOn(*specific, day);
    if (general)
        return rateOn(*general, day);
    return std::nullopt;
}

qint64 availableBalanceCents(const BalanceInput &input)
{
    return input.earningsCents + input.rewardsCents - input.penaltiesCents -
           input.refundChargebacksCents - input.withdrawnCents;
}

qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    Q_ASSERT(c != 0);
#ifdef __SIZEOF_INT128__
    const __int128 product = static_cast<__int128>(a) * b;
    __int128 quotient = product / c;
    const __int128 remainder = product % c;
    const __int128 absRemainder = remainder < 0 ? -remainder : remainder;
    const __int128 absDivisor = c < 0 ? -static_cast<__int128>(c) : c;
    if (absRemainder * 2 >= absDivisor)
        quotient += ((product < 0) != (c < 0)) ? -1 : 1;
    return static_cast<qint64>(quotient);
#else
    // Split a into q·c + r so that the products stay in range for amounts
    // below about 9·10^9 cents each.
    const qint64 q = a / c;
    const qint64 r = a % c;
    const qint64 whole = q * b;
    const qint64 product = r * b;
    qint64 quotient = product / c;
    const qint64 remainder = product % c;
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    const qint64 absDivisor = c < 0 ? -c : c;
    if (absRemainder * 2 >= absDivisor)
        quotient += ((product < 0) != (c < 0)) ? -1 : 1;
    return whole + quotient;
#endif
}

} // namespace OpsDesk::Finance
