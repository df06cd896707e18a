#pragma once

#include "models/finance/Settlement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDesk::Finance {

// The coupon kinds of the brief: 满减 (amount off from a threshold), 无门槛
// (amount off), 限服务项目 (amount off on some service items), percentage
// with a cap.
enum class CouponKind
{
    Threshold,
    NoThreshold,
    ServiceItem,
    Percentage
};

QString couponKindId(CouponKind kind); // "no_threshold"
std::optional<CouponKind> couponKindFromId(const QString &id);

// A referral program (邀请有礼) is the coupons marked with a role: every
// active coupon marked `inviter` is issued to the customer who invited,
// every one marked `invitee` to the new customer who came by the invitation.
enum class ReferralRole
{
    Inviter,
    Invitee
};

QString referralRoleId(ReferralRole role); // "inviter"
std::optional<ReferralRole> referralRoleFromId(const QString &id);

QString costBearerId(CostBearer bearer); // "platform"
std::optional<CostBearer> costBearerFromId(const QString &id);

// A promo code: 4 to 20 characters, A–Z and 0–9 only.
bool isValidPromoCode(const QString &code);

// A coupon definition as plain values (the server and the console convert
// their JSON to this). Absent optional fields are std::nullopt / an invalid
// QDateTime.
struct CouponDefinition
{
    QString id;
    QString name;
    CouponKind kind = CouponKind::NoThreshold;
    std::optional<qint64> amountOffCents;
    std::optional<qint64> thresholdCents;
    std::optional<qint64> percentOff; // 1..100
    std::optional<qint64> capCents;
    QStringList serviceItemIds; // empty: every service item
    QDateTime validFrom;        // fixed window [validFrom, validTo), or when issuing starts
    QDateTime validTo;
    std::optional<qint64> validDaysAfterIssue; // or N days from issue (no validTo)
    std::optional<qint64> totalQuota;          // empty: unlimited
    qint64 issuedCount = 0;
    qint64 redeemedCount = 0;
    qint64 perCustomerLimit = 1;
    bool newCustomersOnly = false;
    bool stackable =
        false; // may be combined with other coupons (kept, not applied: one coupon per order)
    bool active = true;
    CostBearer costBearer = CostBearer::Platform;
    QString campaign;                         // empty: none
    QString promoCode;                        // empty: none; otherwise issued only to who enters it
    std::optional<ReferralRole> referralRole; // issued only through referrals
};

// Why a definition is refused. Stable codes: the server sends couponIssueId()
// and the console translates them.
enum class CouponIssue
{
    Required,                // the field is needed for this kind
    NotAllowedForKind,       // the field makes no sense for this kind
    MustBePositive,          // an amount below 1 cent
    ThresholdNotAboveAmount, // threshold_cents ≤ amount_off_cents
    PercentOutOfRange,       // percent_off outside 1..100
    EndNotAfterStart,        // valid_to ≤ valid_from
    ValidityRequired,        // neither a window nor valid_days_after_issue
    ValidityConflict,        // both a window and valid_days_after_issue
    DaysOutOfRange,          // valid_days_after_issue outside 1..3650
    BelowOne,                // total_quota or per_customer_limit below 1
    PromoCodeFormat,         // promo_code not 4–20 of A–Z, 0–9
    PromoCodeTaken,          // promo_code used by another coupon (server only)
};

QString couponIssueId(CouponIssue issue); // "threshold_not_above_amount"
std::optional<CouponIssue> couponIssueFromId(const QString &id);

struct CouponFieldIssue
{
    QString field; // JSON field name, e.g. "threshold_cents"
    CouponIssue code;
    bool operator==(const CouponFieldIssue &) const = default;
};

// Every problem of a definition, in field order; empty when it is valid.
QList<CouponFieldIssue> validateCoupon(const CouponDefinition &coupon);

// The order a coupon is applied to.
struct CouponOrder
{
    QString serviceItemId;
    qint64 priceCents = 0;
};

// The discount in cents the coupon gives on the order, ignoring validity,
// quota and customer rules: 0 when the service item is excluded or the
// threshold is not reached; percentage = price × percent rounded half away
// from zero, then capped; never more than the price.
qint64 discountFor(const CouponDefinition &coupon, const CouponOrder &order);

// One coupon issued to the customer and not yet redeemed.
struct HeldCoupon
{
    QString couponId;
    QDateTime issuedAt;
};

// What the platform knows about the customer at checkout.
struct CustomerCouponFacts
{
    bool isNewCustomer = false;
    QHash<QString, qint64> issuedCount; // coupon id → issued to this customer (ever)
    QList<HeldCoupon> held;             // issued, not redeemed
};

// When a coupon issued at `issuedAt` stops being valid (exclusive); invalid
// when it never expires.
QDateTime couponExpiry(const CouponDefinition &coupon, const QDateTime &issuedAt);
// True when a coupon issued at `issuedAt` may be used at `at`.
bool isCouponValidAt(const CouponDefinition &coupon, const QDateTime &issuedAt,
                     const QDateTime &at);

struct BestCoupon
{
    QString couponId; // empty: no coupon applies
    qint64 discountCents = 0;
    QDateTime expiresAt;      // of the chosen coupon; invalid = never
    bool alreadyHeld = false; // false: it would be issued at checkout
    int considered = 0;       // active coupons evaluated
    bool found() const { return !couponId.isEmpty(); }
};

// The coupon the checkout picks. A coupon is a candidate when it is active,
// the customer is new if it is for new customers only, and either
//  - the customer holds an unredeemed copy valid at `at` (the copy expiring
//    first is used), or
//  - it can still be issued at checkout: it has no promo code and no
//    referral role (those are issued only by the code or the referral), is
//    within total_quota and the customer's per_customer_limit, and its
//    window (if any) contains `at`;
// and its discount on the order is above 0.
// The best candidate has the largest discount, then the earliest expiry
// (never-expiring last), then the lowest id.
BestCoupon bestCoupon(const QList<CouponDefinition> &coupons, const CouponOrder &order,
                      const CustomerCouponFacts &customer, const QDateTime &at);

} // namespace OpsDesk::Finance
