#pragma once

#include "models/BusinessDay.h"
#include "models/finance/CouponRules.h"

#include <QCoreApplication>
#include <QString>

namespace OpsDesk {

// Translated words and sentences of the coupons page: kinds, what a coupon
// gives, its validity and terms, and every validation problem in plain
// words for the field it concerns.
class CouponText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::CouponText)
public:
    static QString kindName(Finance::CouponKind kind);
    static QString costBearerName(Finance::CostBearer bearer);
    static QString referralRoleName(std::optional<Finance::ReferralRole> role);
    static QString money(qint64 cents);
    // "¥30.00 off from ¥200.00", "10% off, at most ¥50.00".
    static QString value(const Finance::CouponDefinition &coupon);
    // "2026-06-01 – 2026-08-31" or "30 days after issue".
    static QString validity(const Finance::CouponDefinition &coupon);
    // The printed terms: value, service items, validity, limits.
    static QString terms(const Finance::CouponDefinition &coupon,
                         const QHash<QString, QString> &serviceItemNames);
    // The problem of one field, as a sentence for the person filling the form.
    static QString issue(const QString &field, Finance::CouponIssue code,
                         const Finance::CouponDefinition &coupon);
};

} // namespace OpsDesk
