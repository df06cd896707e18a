// The finance rules of models/finance: coupon validation, discounts, the
// best-coupon choice (against a brute-force reference), refund bounds and
// split, commission and settlement arithmetic in cents.
#include "models/finance/CouponRules.h"
#include "models/finance/Reconciliation.h"
#include "models/finance/RefundRules.h"
#include "models/finance/Settlement.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

using namespace OpsDesk::Finance;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CouponDefinition thresholdCoupon()
{
    CouponDefinition c;
    c.id = QStringLiteral("CP0001");
    c.name = QStringLiteral("30 off 200");
    c.kind = CouponKind::Threshold;
    c.amountOffCents = 3000;
    c.thresholdCents = 20000;
    c.validFrom = utc("2026-12-01T00:00:00Z");
    c.validTo = utc("2027-01-01T00:00:00Z");
    return c;
}

bool hasIssue(const QList<CouponFieldIssue> &issues, const char *field, CouponIssue code)
{
    return issues.contains(CouponFieldIssue{QString::fromLatin1(field), code});
}

} // namespace

TEST(CouponRules, ValidDefinitionsHaveNoIssues)
{
    EXPECT_TRUE(validateCoupon(thresholdCoupon()).isEmpty());
    CouponDefinition percent;
    percent.name = QStringLiteral("15%");
    percent.kind = CouponKind::Percentage;
    percent.percentOff = 15;
    percent.capCents = 5000;
    percent.validDaysAfterIssue = 30;
    EXPECT_TRUE(validateCoupon(percent).isEmpty());
}

TEST(CouponRules, ValidationNamesEveryFieldAndCode)
{
    CouponDefinition c = thresholdCoupon();
    c.thresholdCents = 2000; // below the amount off
    c.validTo = utc("2026-11-01T00:00:00Z");
    c.totalQuota = 0;
    c.perCustomerLimit = 0;
    c.name = QStringLiteral("  ");
    const auto issues = validateCoupon(c);
    EXPECT_TRUE(hasIssue(issues, "name", CouponIssue::Required));
    EXPECT_TRUE(hasIssue(issues, "threshold_cents", CouponIssue::ThresholdNotAboveAmount));
    EXPECT_TRUE(hasIssue(issues, "valid_to", CouponIssue::EndNotAfterStart));
    EXPECT_TRUE(hasIssue(issues, "total_quota", CouponIssue::BelowOne));
    EXPECT_TRUE(hasIssue(issues, "per_customer_limit", CouponIssue::BelowOne));
    EXPECT_EQ(issues.size(), 5);

    c = thresholdCoupon();
    c.thresholdCents = 3000; // equal is not above
    EXPECT_TRUE(
        hasIssue(validateCoupon(c), "threshold_cents", CouponIssue::ThresholdNotAboveAmount));
    c.amountOffCents = -5;
    c.thresholdCents.reset();
    const auto negative = validateCoupon(c);
    EXPECT_TRUE(hasIssue(negative, "amount_off_cents", CouponIssue::MustBePositive));
    EXPECT_TRUE(hasIssue(negative, "threshold_cents", CouponIssue::Required));

    CouponDefinition p;
    p.name = QStringLiteral("pct");
    p.kind = CouponKind::Percentage;
    p.percentOff = 101;
    p.amountOffCents = 100;
    p.validDaysAfterIssue = 0;
    const auto percent = validateCoupon(p);
    EXPECT_TRUE(hasIssue(percent, "percent_off", CouponIssue::PercentOutOfRange));
    EXPECT_TRUE(hasIssue(percent, "cap_cents", CouponIssue::Required));
    EXPECT_TRUE(hasIssue(percent, "amount_off_cents", CouponIssue::NotAllowedForKind));
    EXPECT_TRUE(hasIssue(percent, "valid_days_after_issue", CouponIssue::DaysOutOfRange));
    p.percentOff = 0;
    EXPECT_TRUE(hasIssue(validateCoupon(p), "percent_off", CouponIssue::PercentOutOfRange));

    CouponDefinition s;
    s.name = QStringLiteral("items");
    s.kind = CouponKind::ServiceItem;
    s.amountOffCents = 500;
    const auto item = validateCoupon(s);
    EXPECT_TRUE(hasIssue(item, "service_item_ids", CouponIssue::Required));
    EXPECT_TRUE(hasIssue(item, "valid_from", CouponIssue::ValidityRequired));

    CouponDefinition both = thresholdCoupon();
    both.validDaysAfterIssue = 7;
    both.capCents = 10;
    const auto conflict = validateCoupon(both);
    EXPECT_TRUE(hasIssue(conflict, "valid_days_after_issue", CouponIssue::ValidityConflict));
    EXPECT_TRUE(hasIssue(conflict, "cap_cents", CouponIssue::NotAllowedForKind));

    // valid_from with valid_days_after_issue: issued from then on, each copy
    // valid N days.
    CouponDefinition rolling = thresholdCoupon();
    rolling.validTo = QDateTime();
    rolling.validDaysAfterIssue = 30;
    EXPECT_TRUE(validateCoupon(rolling).isEmpty());
    EXPECT_FALSE(isCouponValidAt(rolling, {}, utc("2026-11-30T00:00:00Z")));
    EXPECT_TRUE(isCouponValidAt(rolling, utc("2026-12-05T00:00:00Z"), utc("2027-01-03T00:00:00Z")));
    EXPECT_FALSE(
        isCouponValidAt(rolling, utc("2026-12-05T00:00:00Z"), utc("2027-01-04T00:00:00Z")));

    CouponDefinition half = thresholdCoupon();
    half.validFrom = QDateTime();
    EXPECT_TRUE(hasIssue(validateCoupon(half), "valid_from", CouponIssue::Required));
}

TEST(CouponRules, IssueAndKindIdsAreStableAndDistinct)
{
    QSet<QString> ids;
    for (int i = 0; i <= int(CouponIssue::PromoCodeTaken); ++i) {
        ids.insert(couponIssueId(CouponIssue(i)));
        EXPECT_EQ(couponIssueFromId(couponIssueId(CouponIssue(i))), CouponIssue(i));
    }
    EXPECT_EQ(ids.size(), int(CouponIssue::PromoCodeTaken) + 1);
    EXPECT_FALSE(couponIssueFromId(QStringLiteral("nonsense")).has_value());
    EXPECT_EQ(couponIssueId(CouponIssue::ThresholdNotAboveAmount),
              QStringLiteral("threshold_not_above_amount"));
    for (const CouponKind kind : {CouponKind::Threshold, CouponKind::NoThreshold,
                                  CouponKind::ServiceItem, CouponKind::Percentage})
        EXPECT_EQ(couponKindFromId(couponKindId(kind)), kind);
    EXPECT_FALSE(couponKindFromId(QStringLiteral("free")).has_value());
}

TEST(CouponRules, DiscountArithmetic)
{
    const CouponDefinition threshold = thresholdCoupon();
    EXPECT_EQ(discountFor(threshold, {QStringLiteral("S1"), 19999}), 0);
    EXPECT_EQ(discountFor(threshold, {QStringLiteral("S1"), 20000}), 3000);

    CouponDefinition flat;
    flat.kind = CouponKind::NoThreshold;
    flat.amountOffCents = 5000;
    EXPECT_EQ(discountFor(flat, {QStringLiteral("S1"), 3000}), 3000); // never above the price
    EXPECT_EQ(discountFor(flat, {QStringLiteral("S1"), 0}), 0);

    CouponDefinition item = flat;
    item.kind = CouponKind::ServiceItem;
    item.serviceItemIds = {QStringLiteral("S2")};
    EXPECT_EQ(discountFor(item, {QStringLiteral("S1"), 9000}), 0);
    EXPECT_EQ(discountFor(item, {QStringLiteral("S2"), 9000}), 5000);

    CouponDefinition percent;
    percent.kind = CouponKind::Percentage;
    percent.percentOff = 15;
    percent.capCents = 2000;
    EXPECT_EQ(discountFor(percent, {QStringLiteral("S1"), 1999}), 300); // 299.85 → 300
    EXPECT_EQ(discountFor(percent, {QStringLiteral("S1"), 1990}), 299); // 298.5 → 299 (half away)
    EXPECT_EQ(discountFor(percent, {QStringLiteral("S1"), 100000}), 2000); // capped
    percent.percentOff = 5;
    EXPECT_EQ(discountFor(percent, {QStringLiteral("S1"), 10}), 1); // 0.5 → 1
    percent.percentOff = 100;
    percent.capCents = 1000000;
    EXPECT_EQ(discountFor(percent, {QStringLiteral("S1"), 4321}), 4321);
}

TEST(CouponRules, ValidityWindowAndDaysAfterIssue)
{
    const CouponDefinition window = thresholdCoupon();
    EXPECT_FALSE(isCouponValidAt(window, {}, utc("2026-11-30T23:59:59Z")));
    EXPECT_TRUE(isCouponValidAt(window, {}, utc("2026-12-01T00:00:00Z")));
    EXPECT_FALSE(isCouponValidAt(window, {}, utc("2027-01-01T00:00:00Z"))); // end exclusive

    CouponDefinition days;
    days.validDaysAfterIssue = 7;
    const QDateTime issued = utc("2026-11-01T10:00:00Z");
    EXPECT_TRUE(isCouponValidAt(days, issued, utc("2026-11-08T09:59:59Z")));
    EXPECT_FALSE(isCouponValidAt(days, issued, utc("2026-11-08T10:00:00Z")));
    EXPECT_EQ(couponExpiry(days, issued), utc("2026-11-08T10:00:00Z"));
}

TEST(CouponRules, BestCouponTieBreakAndCustomerRules)
{
    const QDateTime at = utc("2026-12-10T00:00:00Z");
    CouponDefinition a = thresholdCoupon(); // 3000, expires 2027-01-01
    a.id = QStringLiteral("CP0002");
    CouponDefinition b = a;
    b.id = QStringLiteral("CP0003");
    b.validTo = utc("2026-12-20T00:00:00Z"); // same discount, earlier expiry
    CouponDefinition c = a;
    c.id = QStringLiteral("CP0001"); // same as a, lower id
    const CouponOrder order{QStringLiteral("S1"), 25000};
    CustomerCouponFacts customer;

    BestCoupon best = bestCoupon({a, b, c}, order, customer, at);
    EXPECT_EQ(best.couponId, QStringLiteral("CP0003"));
    EXPECT_EQ(best.discountCents, 3000);
    EXPECT_EQ(best.considered, 3);
    best = bestCoupon({a, c}, order, customer, at);
    EXPECT_EQ(best.couponId, QStringLiteral("CP0001"));

    CouponDefinition bigger = a;
    bigger.id = QStringLiteral("CP0009");
    bigger.amountOffCents = 4000;
    bigger.newCustomersOnly = true;
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).couponId, QStringLiteral("CP0002"));
    customer.isNewCustomer = true;
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).couponId, QStringLiteral("CP0009"));

    bigger.totalQuota = 5;
    bigger.issuedCount = 5; // quota used up
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).couponId, QStringLiteral("CP0002"));
    customer.held.append({bigger.id, utc("2026-12-02T00:00:00Z")}); // but the customer holds one
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).couponId, QStringLiteral("CP0009"));
    EXPECT_TRUE(bestCoupon({a, bigger}, order, customer, at).alreadyHeld);

    customer.held.clear();
    bigger.totalQuota.reset();
    customer.issuedCount.insert(bigger.id, 1); // per-customer limit 1 reached
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).couponId, QStringLiteral("CP0002"));
    bigger.active = false;
    EXPECT_EQ(bestCoupon({a, bigger}, order, customer, at).considered, 1);

    EXPECT_FALSE(bestCoupon({a}, {QStringLiteral("S1"), 100}, customer, at).found());
    EXPECT_EQ(bestCoupon({}, order, customer, at).discountCents, 0);
}

TEST(CouponRules, PromoCodeAndReferralCouponsAreOnlyUsedWhenHeld)
{
    const QDateTime at = utc("2026-12-10T00:00:00Z");
    CouponDefinition plain = thresholdCoupon(); // 3000
    CouponDefinition coded = plain;
    coded.id = QStringLiteral("CP0005");
    coded.amountOffCents = 5000;
    coded.promoCode = QStringLiteral("WINTER50");
    CouponDefinition referral = plain;
    referral.id = QStringLiteral("CP0006");
    referral.amountOffCents = 6000;
    referral.referralRole = ReferralRole::Invitee;
    const CouponOrder order{QStringLiteral("S1"), 25000};
    CustomerCouponFacts customer;
    EXPECT_EQ(bestCoupon({plain, coded, referral}, order, customer, at).couponId, plain.id);
    customer.held.append({coded.id, utc("2026-12-05T00:00:00Z")}); // the code was entered
    EXPECT_EQ(bestCoupon({plain, coded, referral}, order, customer, at).couponId, coded.id);
    customer.held.append({referral.id, utc("2026-12-06T00:00:00Z")}); // invited
    const BestCoupon best = bestCoupon({plain, coded, referral}, order, customer, at);
    EXPECT_EQ(best.couponId, referral.id);
    EXPECT_TRUE(best.alreadyHeld);

    EXPECT_TRUE(isValidPromoCode(QStringLiteral("WINTER50")));
    for (const char *bad : {"WIN", "winter50", "WINTER-50", "ABCDEFGHIJKLMNOPQRSTU", "冬季优惠"})
        EXPECT_FALSE(isValidPromoCode(QString::fromUtf8(bad))) << bad;
    coded.promoCode = QStringLiteral("winter50");
    EXPECT_EQ(validateCoupon(coded), (QList<CouponFieldIssue>{{QStringLiteral("promo_code"),
                                                               CouponIssue::PromoCodeFormat}}));
    for (const ReferralRole role : {ReferralRole::Inviter, ReferralRole::Invitee})
        EXPECT_EQ(referralRoleFromId(referralRoleId(role)), role);
    EXPECT_EQ(costBearerFromId(QStringLiteral("technician")), CostBearer::Technician);
    EXPECT_FALSE(costBearerFromId(QStringLiteral("customer")).has_value());
}

namespace {

// An independent brute-force implementation of the checkout rule.
struct Option
{
    QString id;
    qint64 discount = 0;
    qint64 expiryKey = 0; // seconds since epoch; max for never
};

qint64 referenceDiscount(const CouponDefinition &c, const CouponOrder &o)
{
    if (!c.serviceItemIds.isEmpty() && !c.serviceItemIds.contains(o.serviceItemId))
        return 0;
    qint64 d = 0;
    if (c.kind == CouponKind::Threshold) {
        if (o.priceCents < *c.thresholdCents)
            return 0;
        d = *c.amountOffCents;
    } else if (c.kind == CouponKind::Percentage) {
        d = (o.priceCents * *c.percentOff * 100 + 5000) / 10000; // non-negative: half up
        d = std::min(d, *c.capCents);
    } else {
        d = *c.amountOffCents;
    }
    return std::min(d, o.priceCents);
}

Option referenceBest(const QList<CouponDefinition> &coupons, const CouponOrder &order,
                     const CustomerCouponFacts &customer, const QDateTime &at)
{
    QList<Option> options;
    for (const CouponDefinition &c : coupons) {
        if (!c.active || (c.newCustomersOnly && !customer.isNewCustomer))
            continue;
        const qint64 discount = referenceDiscount(c, order);
        if (discount <= 0)
            continue;
        auto windowOk = [&](const QDateTime &issued) {
            if (c.validFrom.isValid())
                return c.validFrom <= at && at < c.validTo;
            return issued <= at && at < issued.addDays(*c.validDaysAfterIssue);
        };
        auto expiryOf = [&](const QDateTime &issued) {
            return c.validTo.isValid() ? c.validTo.toSecsSinceEpoch()
                                       : issued.addDays(*c.validDaysAfterIssue).toSecsSinceEpoch();
        };
        QList<qint64> heldExpiries;
        for (const HeldCoupon &h : customer.held)
            if (h.couponId == c.id && windowOk(h.issuedAt))
                heldExpiries.append(expiryOf(h.issuedAt));
        if (!heldExpiries.isEmpty()) {
            options.append(
                {c.id, discount, *std::min_element(heldExpiries.begin(), heldExpiries.end())});
            continue;
        }
        const bool quota = !c.totalQuota || c.issuedCount < *c.totalQuota;
        const bool limit = customer.issuedCount.value(c.id) < c.perCustomerLimit;
        if (quota && limit && windowOk(at))
            options.append({c.id, discount, expiryOf(at)});
    }
    if (options.isEmpty())
        return {};
    std::sort(options.begin(), options.end(), [](const Option &x, const Option &y) {
        if (x.discount != y.discount)
            return x.discount > y.discount;
        if (x.expiryKey != y.expiryKey)
            return x.expiryKey < y.expiryKey;
        return x.id < y.id;
    });
    return options.first();
}

} // namespace

TEST(CouponRules, BestCouponMatchesBruteForceOnGeneratedCases)
{
    QRandomGenerator random(20261122);
    const QDateTime at = utc("2026-12-15T12:00:00Z");
    const QStringList items{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
    int withCoupon = 0;
    for (int round = 0; round < 300; ++round) {
        QList<CouponDefinition> coupons;
        const int count = 1 + int(random.bounded(8));
        for (int i = 0; i < count; ++i) {
            CouponDefinition c;
            c.id = QStringLiteral("CP%1").arg(int(random.bounded(40)), 4, 10, QLatin1Char('0'));
            c.name = c.id;
            c.kind = CouponKind(random.bounded(4));
            const qint64 amounts[] = {500, 1000, 1500};
            if (c.kind == CouponKind::Percentage) {
                c.percentOff = 5 + qint64(random.bounded(4)) * 5;
                c.capCents = amounts[random.bounded(3)];
            } else {
                c.amountOffCents = amounts[random.bounded(3)];
            }
            if (c.kind == CouponKind::Threshold)
                c.thresholdCents = 5000 + qint64(random.bounded(3)) * 5000;
            if (c.kind == CouponKind::ServiceItem || random.bounded(4) == 0)
                c.serviceItemIds = {items[random.bounded(3)]};
            if (random.bounded(2) == 0) {
                c.validFrom = at.addDays(qint64(random.bounded(5)) - 3);
                c.validTo = c.validFrom.addDays(1 + qint64(random.bounded(4)));
            } else {
                c.validDaysAfterIssue = 1 + qint64(random.bounded(10));
            }
            if (random.bounded(3) == 0) {
                c.totalQuota = 1 + qint64(random.bounded(3));
                c.issuedCount = qint64(random.bounded(4));
            }
            c.perCustomerLimit = 1 + qint64(random.bounded(2));
            c.newCustomersOnly = random.bounded(4) == 0;
            c.active = random.bounded(6) != 0;
            ASSERT_TRUE(validateCoupon(c).isEmpty()) << round;
            coupons.append(c);
        }
        CustomerCouponFacts customer;
        customer.isNewCustomer = random.bounded(2) == 0;
        for (const CouponDefinition &c : coupons) {
            const int issued = int(random.bounded(3));
            customer.issuedCount.insert(c.id, issued);
            for (int k = 0; k < issued; ++k)
                if (random.bounded(2) == 0)
                    customer.held.append({c.id, at.addSecs(-qint64(random.bounded(12 * 86400)))});
        }
        const CouponOrder order{items[random.bounded(3)], qint64(random.bounded(20000))};

        const BestCoupon best = bestCoupon(coupons, order, customer, at);
        const Option expected = referenceBest(coupons, order, customer, at);
        ASSERT_EQ(best.couponId, expected.id) << "round " << round;
        ASSERT_EQ(best.discountCents, expected.discount) << "round " << round;
        ASSERT_LE(best.discountCents, order.priceCents);
        int active = 0;
        for (const CouponDefinition &c : coupons)
            active += c.active ? 1 : 0;
        ASSERT_EQ(best.considered, active);
        withCoupon += best.found() ? 1 : 0;
    }
    // The generator exercises both outcomes often.
    EXPECT_GT(withCoupon, 50);
    EXPECT_LT(withCoupon, 300);
}

TEST(RefundRules, Bounds)
{
    EXPECT_EQ(refundableCents(9800, 0), 9800);
    EXPECT_EQ(refundableCents(9800, 9800), 0);
    EXPECT_EQ(refundableCents(100, 200), 0);
    EXPECT_EQ(checkRefundAmount(0, 9800, 0, 9800), RefundAmountCheck::BelowMinimum);
    EXPECT_EQ(checkRefundAmount(1, 9800, 0, 9800), RefundAmountCheck::Ok);
    EXPECT_EQ(checkRefundAmount(9800, 9800, 0, 9800), RefundAmountCheck::Ok);
    EXPECT_EQ(checkRefundAmount(9801, 9800, 0, 20000), RefundAmountCheck::AboveRefundable);
    EXPECT_EQ(checkRefundAmount(5000, 9800, 4801, 9800), RefundAmountCheck::AboveRefundable);
    EXPECT_EQ(checkRefundAmount(5000, 9800, 0, 4000), RefundAmountCheck::AboveRequested);
    EXPECT_EQ(checkRefundAmount(5000, 9800, 0, 9800, 4000), RefundAmountCheck::AboveFirstApproval);
    EXPECT_EQ(checkRefundAmount(3000, 9800, 0, 9800, 4000), RefundAmountCheck::Ok);
    EXPECT_FALSE(needsSecondApproval(50000, DefaultSecondApprovalThresholdCents));
    EXPECT_TRUE(needsSecondApproval(50001, DefaultSecondApprovalThresholdCents));
}

TEST(RefundRules, SplitFollowsTheTechniciansShareOfThePayment)
{
    // The contract's example: 20 % commission, no coupon.
    RefundSplit split = splitRefund(12800, 0, 45000, 36000);
    EXPECT_EQ(split.technicianShareCents, 10240);
    EXPECT_EQ(split.platformShareCents, 2560);
    // No technician: the platform bears it all.
    split = splitRefund(5000, 0, 9800, 0);
    EXPECT_EQ(split.technicianShareCents, 0);
    EXPECT_EQ(split.platformShareCents, 5000);
    // Earnings above the payment (a big platform coupon): capped at the amount.
    split = splitRefund(1000, 0, 1000, 8000);
    EXPECT_EQ(split.technicianShareCents, 1000);
    EXPECT_EQ(split.platformShareCents, 0);
}

TEST(RefundRules, PartialRefundsAddUpToTheCent)
{
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        const qint64 paid = 1 + qint64(random.bounded(100000));
        const qint64 earnings = qint64(random.bounded(int(paid + 1)));
        qint64 refunded = 0, technician = 0, platform = 0;
        while (refunded < paid) {
            const qint64 amount = std::min<qint64>(paid - refunded, 1 + random.bounded(int(paid)));
            const RefundSplit s = splitRefund(amount, refunded, paid, earnings);
            ASSERT_EQ(s.technicianShareCents + s.platformShareCents, amount);
            ASSERT_GE(s.technicianShareCents, 0);
            ASSERT_GE(s.platformShareCents, 0);
            technician += s.technicianShareCents;
            platform += s.platformShareCents;
            refunded += amount;
        }
        // A full refund in pieces charges the technician exactly their earnings.
        EXPECT_EQ(technician, earnings) << paid << ' ' << earnings;
        EXPECT_EQ(platform, paid - earnings);
    }
}

TEST(Settlement, CommissionRoundsHalfAwayFromZeroInCents)
{
    EXPECT_EQ(commissionCents(12800, 1500), 1920);
    EXPECT_EQ(commissionCents(333, 1250), 42); // 41.625
    EXPECT_EQ(commissionCents(10, 2500), 3);   // 2.5
    EXPECT_EQ(commissionCents(10, 2400), 2);   // 2.4
    EXPECT_EQ(commissionCents(45000, 2000), 9000);
    EXPECT_EQ(commissionCents(99999, 0), 0);
    EXPECT_EQ(commissionCents(99999, 10000), 99999);
    EXPECT_EQ(mulDivRound(-5, 1, 2), -3);
    EXPECT_EQ(mulDivRound(5, 1, 2), 3);
    EXPECT_EQ(mulDivRound(4000000000000LL, 3000000000LL, 6000000000LL), 2000000000000LL);
}

TEST(Settlement, EarningsAndCouponCost)
{
    SettlementAmounts s = settle({45000, 0, CostBearer::Platform, 2000});
    EXPECT_EQ(s.commissionCents, 9000);
    EXPECT_EQ(s.earningsCents, 36000);

    s = settle({12800, 3000, CostBearer::Platform, 1500});
    EXPECT_EQ(s.commissionCents, 1920);
    EXPECT_EQ(s.couponCostPlatformCents, 3000);
    EXPECT_EQ(s.couponCostTechnicianCents, 0);
    EXPECT_EQ(s.earningsCents, 10880); // the platform's coupon does not reduce earnings

    s = settle({12800, 3000, CostBearer::Technician, 1500});
    EXPECT_EQ(s.couponCostTechnicianCents, 3000);
    EXPECT_EQ(s.earningsCents, 7880);
    // Reconciliation: customer paid = technician earnings + platform net.
    const qint64 paid = 12800 - 3000;
    EXPECT_EQ(s.earningsCents + (s.commissionCents), paid);
}

TEST(Settlement, RatesByLevelAndEffectiveDate)
{
    CommissionRate all;
    all.current = {1500, QDate(2026, 12, 1)};
    all.history = {{2000, QDate(2026, 1, 1)}};
    CommissionRate level5;
    level5.starLevel = 5;
    level5.current = {1000, QDate(2026, 1, 1)};
    EXPECT_EQ(rateOn(all, QDate(2026, 11, 30)), 2000);
    EXPECT_EQ(rateOn(all, QDate(2026, 12, 1)), 1500);
    EXPECT_EQ(rateOn(all, QDate(2025, 6, 1)), 2000); // before any value: the oldest
    EXPECT_EQ(applicableRateBp({all, level5}, 5, QDate(2026, 12, 2)), 1000);
    EXPECT_EQ(applicableRateBp({all, level5}, 3, QDate(2026, 12, 2)), 1500);
    EXPECT_FALSE(applicableRateBp({level5}, 3, QDate(2026, 12, 2)).has_value());
    // A level rate introduced later does not reach back: before its first
    // day the all-levels rate of that day applies; alone it still answers.
    CommissionRate lateLevel4;
    lateLevel4.starLevel = 4;
    lateLevel4.current = {1200, QDate(2026, 12, 1)};
    EXPECT_EQ(applicableRateBp({all, lateLevel4}, 4, QDate(2026, 11, 30)), 2000);
    EXPECT_EQ(applicableRateBp({all, lateLevel4}, 4, QDate(2026, 12, 1)), 1200);
    EXPECT_EQ(applicableRateBp({lateLevel4}, 4, QDate(2026, 11, 30)), 1200);
}

TEST(Settlement, AvailableBalance)
{
    EXPECT_EQ(availableBalanceCents({100000, 5000, 2000, 10240, 30000}), 62760);
    EXPECT_EQ(availableBalanceCents({}), 0);
}

// Reconciliation terms (models/finance/Reconciliation.h).
TEST(Reconciliation, PeriodsAreBusinessDaysInChinaTime)
{
    const ReconciliationPeriod june = ReconciliationPeriod::month(2026, 6);
    EXPECT_EQ(june.from, QDate(2026, 6, 1));
    EXPECT_EQ(june.to, QDate(2026, 6, 30));
    EXPECT_EQ(june.startUtc(), QStringLiteral("2026-05-31T16:00:00.000Z"));
    EXPECT_EQ(june.endUtc(), QStringLiteral("2026-06-30T16:00:00.000Z"));
    EXPECT_EQ(ReconciliationPeriod::month(2028, 2).to, QDate(2028, 2, 29));
    const auto day = ReconciliationPeriod::day(QDate(2026, 1, 1));
    EXPECT_EQ(day.startUtc(), QStringLiteral("2025-12-31T16:00:00.000Z"));
    EXPECT_EQ(day.endUtc(), QStringLiteral("2026-01-01T16:00:00.000Z"));
    // Both server formats order inside the bounds: with and without milliseconds.
    EXPECT_LT(june.startUtc(), QStringLiteral("2026-05-31T16:00:00Z"));
    EXPECT_LT(QStringLiteral("2026-06-30T15:59:59.999Z"), june.endUtc());
    EXPECT_GE(QStringLiteral("2026-06-30T16:00:00Z"), june.endUtc());
    EXPECT_FALSE((ReconciliationPeriod{QDate(2026, 6, 2), QDate(2026, 6, 1)}).isValid());
}

TEST(Reconciliation, OrdersAddUpAndTheIdentityHolds)
{
    // Price 100.00, a 10.00 coupon borne by the technician, 15 % commission,
    // 30.00 refunded of which 12.00 charged to the technician.
    const SettlementAmounts settled = settle({10000, 1000, CostBearer::Technician, 1500});
    ReconciliationOrder a;
    a.paidCents = 9000;
    a.refundedCents = 3000;
    a.refundsTechnicianCents = 1200;
    a.refunds = 1;
    a.settled = true;
    a.settledPriceCents = settled.priceCents;
    a.commissionCents = settled.commissionCents;
    a.couponCostPlatformCents = settled.couponCostPlatformCents;
    a.settlementEarningsCents = settled.earningsCents;
    EXPECT_EQ(a.platformRevenueCents(), 1500 - 1800);
    EXPECT_EQ(a.technicianEarningsCents(), 8500 - 1200);
    EXPECT_EQ(a.couponCostTechniciansCents(), -1000);
    // A paid order not settled yet, with a platform coupon: the platform holds it.
    ReconciliationOrder b;
    b.paidCents = 4500;
    ReconciliationTotals t;
    addOrder(&t, a);
    addOrder(&t, b);
    EXPECT_EQ(t.orders, 2);
    EXPECT_EQ(t.settledOrders, 1);
    EXPECT_EQ(t.netReceivedCents(), 13500 - 3000);
    EXPECT_EQ(t.platformRevenueCents(), a.platformRevenueCents() + b.platformRevenueCents());
    EXPECT_EQ(t.technicianEarningsCents(), a.technicianEarningsCents());
    EXPECT_EQ(t.netReceivedCents(), t.platformRevenueCents() + t.technicianEarningsCents() +
                                        t.couponCostTechniciansCents());
    EXPECT_EQ(t.differenceCents(), 0);
    EXPECT_EQ(t.technicianPayableCents(), settled.earningsCents - 1200);
    // A settlement that does not match what was paid shows as the difference.
    a.settlementEarningsCents -= 7;
    ReconciliationTotals off;
    addOrder(&off, a);
    EXPECT_EQ(off.differenceCents(), 7);
}
