#include "models/finance/CouponJson.h"

#include <QJsonArray>

namespace OpsDesk::Finance {

namespace {

std::optional<qint64> optionalInt(const QJsonObject &doc, QLatin1String field)
{
    const QJsonValue value = doc.value(field);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

QDateTime optionalTime(const QJsonObject &doc, QLatin1String field)
{
    return QDateTime::fromString(doc.value(field).toString(), Qt::ISODateWithMs);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

CouponDefinition couponFromJson(const QJsonObject &doc)
{
    CouponDefinition c;
    c.id = doc.value(QLatin1String("id")).toString();
    c.name = doc.value(QLatin1String("name")).toString();
    c.kind = couponKindFromId(doc.value(QLatin1String("kind")).toString())
                 .value_or(CouponKind::NoThreshold);
    c.amountOffCents = optionalInt(doc, QLatin1String("amount_off_cents"));
    c.thresholdCents = optionalInt(doc, QLatin1String("threshold_cents"));
    c.percentOff = optionalInt(doc, QLatin1String("percent_off"));
    c.capCents = optionalInt(doc, QLatin1String("cap_cents"));
    for (const QJsonValue &item : doc.value(QLatin1String("service_item_ids")).toArray())
        c.serviceItemIds.append(item.toString());
    c.validFrom = optionalTime(doc, QLatin1String("valid_from"));
    c.validTo = optionalTime(doc, QLatin1String("valid_to"));
    c.validDaysAfterIssue = optionalInt(doc, QLatin1String("valid_days_after_issue"));
    c.totalQuota = optionalInt(doc, QLatin1String("total_quota"));
    c.issuedCount = doc.value(QLatin1String("issued_count")).toInteger();
    c.redeemedCount = doc.value(QLatin1String("redeemed_count")).toInteger();
    c.perCustomerLimit = doc.value(QLatin1String("per_customer_limit")).toInteger(1);
    c.newCustomersOnly = doc.value(QLatin1String("new_customers_only")).toBool();
    c.stackable = doc.value(QLatin1String("stackable")).toBool();
    c.active = doc.value(QLatin1String("active")).toBool(true);
    c.costBearer = costBearerFromId(doc.value(QLatin1String("cost_bearer")).toString())
                       .value_or(CostBearer::Platform);
    c.campaign = doc.value(QLatin1String("campaign")).toString();
    c.promoCode = doc.value(QLatin1String("promo_code")).toString();
    c.referralRole = referralRoleFromId(doc.value(QLatin1String("referral_role")).toString());
    return c;
}

QJsonObject couponInputJson(const CouponDefinition &c)
{
    QJsonObject o{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), couponKindId(c.kind)},
        {QStringLiteral("service_item_ids"), QJsonArray::fromStringList(c.serviceItemIds)},
        {QStringLiteral("per_customer_limit"), c.perCustomerLimit},
        {QStringLiteral("new_customers_only"), c.newCustomersOnly},
        {QStringLiteral("stackable"), c.stackable},
        {QStringLiteral("cost_bearer"), costBearerId(c.costBearer)}};
    const auto put = [&o](const char *field, const std::optional<qint64> &value) {
        if (value)
            o.insert(QLatin1String(field), *value);
    };
    put("amount_off_cents", c.amountOffCents);
    put("threshold_cents", c.thresholdCents);
    put("percent_off", c.percentOff);
    put("cap_cents", c.capCents);
    put("valid_days_after_issue", c.validDaysAfterIssue);
    put("total_quota", c.totalQuota);
    if (c.validFrom.isValid())
        o.insert(QStringLiteral("valid_from"), isoUtc(c.validFrom));
    if (c.validTo.isValid())
        o.insert(QStringLiteral("valid_to"), isoUtc(c.validTo));
    if (!c.campaign.isEmpty())
        o.insert(QStringLiteral("campaign"), c.campaign);
    if (!c.promoCode.isEmpty())
        o.insert(QStringLiteral("promo_code"), c.promoCode);
    if (c.referralRole)
        o.insert(QStringLiteral("referral_role"), referralRoleId(*c.referralRole));
    return o;
}

CustomerCouponFacts customerCouponFacts(const QJsonObject &customer,
                                        const QList<QJsonObject> &redemptions, const QDateTime &at)
{
    CustomerCouponFacts facts;
    const QDateTime firstOrder = optionalTime(customer, QLatin1String("first_order_at"));
    facts.isNewCustomer = !firstOrder.isValid() || firstOrder >= at;
    for (const QJsonObject &redemption : redemptions) {
        const QString couponId = redemption.value(QLatin1String("coupon_id")).toString();
        facts.issuedCount[couponId] += 1;
        if (!redemption.contains(QLatin1String("order_id")) &&
            !redemption.contains(QLatin1String("redeemed_at")))
            facts.held.append({couponId, optionalTime(redemption, QLatin1String("issued_at"))});
    }
    return facts;
}

} // namespace OpsDesk::Finance
