#include "ui/finance/CouponText.h"

#include "models/Money.h"

namespace OpsDesk {

using namespace Finance;

QString CouponText::kindName(CouponKind kind)
{
    switch (kind) {
    case CouponKind::Threshold:
        return tr("Amount off above a minimum (满减)");
    case CouponKind::NoThreshold:
        return tr("Amount off, no minimum (无门槛)");
    case CouponKind::ServiceItem:
        return tr("Amount off on service items (限服务项目)");
    case CouponKind::Percentage:
        return tr("Percentage off with a cap");
    }
    return {};
}

QString CouponText::costBearerName(CostBearer bearer)
{
    return bearer == CostBearer::Technician ? tr("Technician") : tr("Platform");
}

QString CouponText::referralRoleName(std::optional<ReferralRole> role)
{
    if (!role)
        return tr("Not a referral reward");
    return *role == ReferralRole::Inviter ? tr("Inviter's reward") : tr("Invitee's reward");
}

QString CouponText::money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

QString CouponText::value(const CouponDefinition &c)
{
    switch (c.kind) {
    case CouponKind::Threshold:
        return tr("%1 off from %2")
            .arg(money(c.amountOffCents.value_or(0)), money(c.thresholdCents.value_or(0)));
    case CouponKind::NoThreshold:
    case CouponKind::ServiceItem:
        return tr("%1 off").arg(money(c.amountOffCents.value_or(0)));
    case CouponKind::Percentage:
        return tr("%1% off, at most %2")
            .arg(c.percentOff.value_or(0))
            .arg(money(c.capCents.value_or(0)));
    }
    return {};
}

QString CouponText::validity(const CouponDefinition &c)
{
    if (c.validDaysAfterIssue) {
        const QString days = tr("%n day(s) after issue", nullptr, int(*c.validDaysAfterIssue));
        return c.validFrom.isValid()
                   ? tr("%1, issued from %2")
                         .arg(days, businessDayOf(c.validFrom).toString(Qt::ISODate))
                   : days;
    }
    const QString from =
        c.validFrom.isValid() ? businessDayOf(c.validFrom).toString(Qt::ISODate) : QString();
    const QString to = c.validTo.isValid()
                           ? businessDayOf(c.validTo.addSecs(-1)).toString(Qt::ISODate)
                           : tr("open-ended");
    return tr("%1 – %2").arg(from, to);
}

QString CouponText::terms(const CouponDefinition &c, const QHash<QString, QString> &names)
{
    QStringList lines{value(c)};
    if (!c.serviceItemIds.isEmpty()) {
        QStringList items;
        for (const QString &id : c.serviceItemIds)
            items.append(names.value(id, id));
        lines.append(tr("For: %1").arg(items.join(QStringLiteral(", "))));
    }
    lines.append(tr("Valid: %1").arg(validity(c)));
    if (c.newCustomersOnly)
        lines.append(tr("New customers only."));
    lines.append(tr("At most %n per customer.", nullptr, int(c.perCustomerLimit)));
    if (!c.stackable)
        lines.append(tr("Cannot be combined with other coupons."));
    return lines.join(QLatin1Char('\n'));
}

QString CouponText::issue(const QString &field, CouponIssue code, const CouponDefinition &c)
{
    const auto is = [&field](const char *name) {
        return field == QLatin1String(name);
    };
    switch (code) {
    case CouponIssue::Required:
        if (is("name"))
            return tr("Give the coupon a name.");
        if (is("amount_off_cents"))
            return tr("Enter the amount off.");
        if (is("threshold_cents"))
            return tr("Enter the minimum order amount.");
        if (is("percent_off"))
            return tr("Enter the percentage off.");
        if (is("cap_cents"))
            return tr("Enter the largest discount a customer can get.");
        if (is("service_item_ids"))
            return tr("Tick at least one service item.");
        if (is("valid_from"))
            return tr("Enter the first day.");
        if (is("valid_to"))
            return tr("Enter the last day.");
        return tr("This is required.");
    case CouponIssue::NotAllowedForKind:
        return tr("This kind of coupon does not use this; clear it.");
    case CouponIssue::MustBePositive:
        return tr("Must be at least %1.").arg(money(1));
    case CouponIssue::ThresholdNotAboveAmount:
        return tr("The minimum order amount must be above the amount off (%1); otherwise the "
                  "customer would pay nothing or less.")
            .arg(money(c.amountOffCents.value_or(0)));
    case CouponIssue::PercentOutOfRange:
        return tr("The percentage must be between 1 and 100.");
    case CouponIssue::EndNotAfterStart:
        return tr("The last day is before the first day.");
    case CouponIssue::ValidityRequired:
        return tr("Choose fixed dates or a number of days after issue.");
    case CouponIssue::ValidityConflict:
        return tr("Use either fixed dates or days after issue, not both.");
    case CouponIssue::DaysOutOfRange:
        return tr("The number of days must be between 1 and 3650.");
    case CouponIssue::BelowOne:
        return is("total_quota") ? tr("The total quota must be at least 1 (leave it empty for "
                                      "no limit).")
                                 : tr("Each customer must be allowed at least 1.");
    case CouponIssue::PromoCodeFormat:
        return tr("A promo code has 4 to 20 characters: capital letters A–Z and digits 0–9 "
                  "only.");
    case CouponIssue::PromoCodeTaken:
        return tr("Another coupon already has this promo code; choose another.");
    }
    return {};
}

} // namespace OpsDesk
