#include "models/finance/CouponRules.h"

#include "models/Money.h"

#include <algorithm>

namespace OpsDesk::Finance {

QString couponKindId(CouponKind kind)
{
    switch (kind) {
    case CouponKind::Threshold:
        return QStringLiteral("threshold");
    case CouponKind::NoThreshold:
        return QStringLiteral("no_threshold");
    case CouponKind::ServiceItem:
        return QStringLiteral("service_item");
    case CouponKind::Percentage:
        return QStringLiteral("percentage");
    }
    return {};
}

std::optional<CouponKind> couponKindFromId(const QString &id)
{
    for (const CouponKind kind : {CouponKind::Threshold, CouponKind::NoThreshold,
                                  CouponKind::ServiceItem, CouponKind::Percentage})
        if (couponKindId(kind) == id)
            return kind;
    return std::nullopt;
}

QString referralRoleId(ReferralRole role)
{
    return role == ReferralRole::Inviter ? QStringLiteral("inviter") : QStringLiteral("invitee");
}

std::optional<ReferralRole> referralRoleFromId(const QString &id)
{
    for (const ReferralRole role : {ReferralRole::Inviter, ReferralRole::Invitee})
        if (referralRoleId(role) == id)
            return role;
    return std::nullopt;
}

QString costBearerId(CostBearer bearer)
{
    return bearer == CostBearer::Technician ? QStringLiteral("technician")
                                            : QStringLiteral("platform");
}

std::optional<CostBearer> costBearerFromId(const QString &id)
{
    for (const CostBearer bearer : {CostBearer::Platform, CostBearer::Technician})
        if (costBearerId(bearer) == id)
            return bearer;
    return std::nullopt;
}

bool isValidPromoCode(const QString &code)
{
    if (code.size() < 4 || code.size() > 20)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
}

QString couponIssueId(CouponIssue issue)
{
    switch (issue) {
    case CouponIssue::Required:
        return QStringLiteral("required");
    case CouponIssue::NotAllowedForKind:
        return QStringLiteral("not_allowed_for_kind");
    case CouponIssue::MustBePositive:
        return QStringLiteral("must_be_positive");
    case CouponIssue::ThresholdNotAboveAmount:
        return QStringLiteral("threshold_not_above_amount");
    case CouponIssue::PercentOutOfRange:
        return QStringLiteral("percent_out_of_range");
    case CouponIssue::EndNotAfterStart:
        return QStringLiteral("end_not_after_start");
    case CouponIssue::ValidityRequired:
        return QStringLiteral("validity_required");
    case CouponIssue::ValidityConflict:
        return QStringLiteral("validity_conflict");
    case CouponIssue::DaysOutOfRange:
        return QStringLiteral("days_out_of_range");
    case CouponIssue::BelowOne:
        return QStringLiteral("below_one");
    case CouponIssue::PromoCodeFormat:
        return QStringLiteral("promo_code_format");
    case CouponIssue::PromoCodeTaken:
        return QStringLiteral("promo_code_taken");
    }
    return {};
}

std::optional<CouponIssue> couponIssueFromId(const QString &id)
{
    for (int i = 0; i <= int(CouponIssue::PromoCodeTaken); ++i)
        if (couponIssueId(CouponIssue(i)) == id)
            return CouponIssue(i);
    return std::nullopt;
}

QList<CouponFieldIssue> validateCoupon(const CouponDefinition &c)
{
    QList<CouponFieldIssue> issues;
    auto add = [&issues](const char *field, CouponIssue code) {
        issues.append({QString::fromLatin1(field), code});
    };
    if (c.name.trimmed().isEmpty())
        add("name", CouponIssue::Required);

    const bool amountKind = c.kind != CouponKind::Percentage;
    bool amountOk = false;
    if (amountKind) {
        if (!c.amountOffCents)
            add("amount_off_cents", CouponIssue::Required);
        else if (*c.amountOffCents < 1)
            add("amount_off_cents", CouponIssue::MustBePositive);
        else
            amountOk = true;
    } else if (c.amountOffCents) {
        add("amount_off_cents", CouponIssue::NotAllowedForKind);
    }

    if (c.kind == CouponKind::Threshold) {
        if (!c.thresholdCents)
            add("threshold_cents", CouponIssue::Required);
        else if (*c.thresholdCents < 1)
            add("threshold_cents", CouponIssue::MustBePositive);
        else if (amountOk && *c.thresholdCents <= *c.amountOffCents)
            add("threshold_cents", CouponIssue::ThresholdNotAboveAmount);
    } else if (c.thresholdCents) {
        add("threshold_cents", CouponIssue::NotAllowedForKind);
    }

    if (c.kind == CouponKind::Percentage) {
        if (!c.percentOff)
            add("percent_off", CouponIssue::Required);
        else if (*c.percentOff < 1 || *c.percentOff > 100)
            add("percent_off", CouponIssue::PercentOutOfRange);
        if (!c.capCents)
            add("cap_cents", CouponIssue::Required);
        else if (*c.capCents < 1)
            add("cap_cents", CouponIssue::MustBePositive);
    } else {
        if (c.percentOff)
            add("percent_off", CouponIssue::NotAllowedForKind);
        if (c.capCents)
            add("cap_cents", CouponIssue::NotAllowedForKind);
    }

    if (c.kind == CouponKind::ServiceItem && c.serviceItemIds.isEmpty())
        add("service_item_ids", CouponIssue::Required);

    // Validity: a window [valid_from, valid_to), or valid_days_after_issue
    // (optionally with valid_from, the moment issuing starts) — not both.
    const bool days = c.validDaysAfterIssue.has_value();
    if (c.validTo.isValid() || (c.validFrom.isValid() && !days)) {
        if (!c.validFrom.isValid())
            add("valid_from", CouponIssue::Required);
        if (!c.validTo.isValid())
            add("valid_to", CouponIssue::Required);
        else if (c.validFrom.isValid() && c.validTo <= c.validFrom)
            add("valid_to", CouponIssue::EndNotAfterStart);
    }
    if (days) {
        if (c.validTo.isValid())
            add("valid_days_after_issue", CouponIssue::ValidityConflict);
        else if (*c.validDaysAfterIssue < 1 || *c.validDaysAfterIssue > 3650)
            add("valid_days_after_issue", CouponIssue::DaysOutOfRange);
    } else if (!c.validFrom.isValid() && !c.validTo.isValid()) {
        add("valid_from", CouponIssue::ValidityRequired);
    }

    if (c.totalQuota && *c.totalQuota < 1)
        add("total_quota", CouponIssue::BelowOne);
    if (c.perCustomerLimit < 1)
        add("per_customer_limit", CouponIssue::BelowOne);
    if (!c.promoCode.isEmpty() && !isValidPromoCode(c.promoCode))
        add("promo_code", CouponIssue::PromoCodeFormat);
    return issues;
}

qint64 discountFor(const CouponDefinition &coupon, const CouponOrder &order)
{
    if (order.priceCents <= 0)
        return 0;
    if (!coupon.serviceItemIds.isEmpty() && !coupon.serviceItemIds.contains(order.serviceItemId))
        return 0;
    qint64 discount = 0;
    switch (coupon.kind) {
    case CouponKind::Threshold:
        if (!coupon.thresholdCents || order.priceCents < *coupon.thresholdCents)
            return 0;
        discount = coupon.amountOffCents.value_or(0);
        break;
    case CouponKind::NoThreshold:
    case CouponKind::ServiceItem:
        discount = coupon.amountOffCents.value_or(0);
        break;
    case CouponKind::Percentage: {
        const qint64 percent = std::clamp<qint64>(coupon.percentOff.value_or(0), 0, 100);
        discount = Money::fromCents(order.priceCents).percentOfBasisPoints(percent * 100).cents();
        if (coupon.capCents)
            discount = std::min(discount, *coupon.capCents);
        break;
    }
    }
    return std::clamp<qint64>(discount, 0, order.priceCents);
}

QDateTime couponExpiry(const CouponDefinition &coupon, const QDateTime &issuedAt)
{
    if (coupon.validTo.isValid())
        return coupon.validTo;
    if (coupon.validDaysAfterIssue && issuedAt.isValid())
        return issuedAt.addDays(*coupon.validDaysAfterIssue);
    return {};
}

bool isCouponValidAt(const CouponDefinition &coupon, const QDateTime &issuedAt, const QDateTime &at)
{
    if (coupon.validFrom.isValid() && at < coupon.validFrom)
        return false;
    if (!coupon.validFrom.isValid() && !coupon.validTo.isValid() && issuedAt.isValid() &&
        at < issuedAt)
        return false;
    const QDateTime expiry = couponExpiry(coupon, issuedAt);
    return !expiry.isValid() || at < expiry;
}

namespace {

struct Candidate
{
    const CouponDefinition *coupon = nullptr;
    qint64 discount = 0;
    QDateTime expiry;
    bool held = false;
};

// Earlier expiry first; a coupon that never expires sorts last.
bool expiresBefore(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return false;
    if (!b.isValid())
        return true;
    return a < b;
}

bool better(const Candidate &a, const Candidate &b)
{
    if (a.discount != b.discount)
        return a.discount > b.discount;
    if (expiresBefore(a.expiry, b.expiry) || expiresBefore(b.expiry, a.expiry))
        return expiresBefore(a.expiry, b.expiry);
    return a.coupon->id < b.coupon->id;
}

} // namespace

BestCoupon bestCoupon(const QList<CouponDefinition> &coupons, const CouponOrder &order,
                      const CustomerCouponFacts &customer, const QDateTime &at)
{
    BestCoupon result;
    std::optional<Candidate> best;
    for (const CouponDefinition &coupon : coupons) {
        if (!coupon.active)
            continue;
        ++result.considered;
        if (coupon.newCustomersOnly && !customer.isNewCustomer)
            continue;
        const qint64 discount = discountFor(coupon, order);
        if (discount <= 0)
            continue;

        std::optional<Candidate> candidate;
        for (const HeldCoupon &held : customer.held) {
            if (held.couponId != coupon.id || !isCouponValidAt(coupon, held.issuedAt, at))
                continue;
            const QDateTime expiry = couponExpiry(coupon, held.issuedAt);
            if (!candidate || expiresBefore(expiry, candidate->expiry))
                candidate = Candidate{&coupon, discount, expiry, true};
        }
        if (!candidate && coupon.promoCode.isEmpty() && !coupon.referralRole) {
            const bool quotaLeft = !coupon.totalQuota || coupon.issuedCount < *coupon.totalQuota;
            const bool customerLeft =
                customer.issuedCount.value(coupon.id, 0) < coupon.perCustomerLimit;
            if (quotaLeft && customerLeft && isCouponValidAt(coupon, at, at))
                candidate = Candidate{&coupon, discount, couponExpiry(coupon, at), false};
        }
        if (candidate && (!best || better(*candidate, *best)))
            best = candidate;
    }
    if (best) {
        result.couponId = best->coupon->id;
        result.discountCents = best->discount;
        result.expiresAt = best->expiry;
        result.alreadyHeld = best->held;
    }
    return result;
}

} // namespace OpsDesk::Finance
