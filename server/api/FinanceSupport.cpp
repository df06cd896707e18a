#include "server/api/FinanceSupport.h"

#include "models/finance/TechnicianLedger.h"
#include "server/api/CommandQueries.h"

#include <QDateTime>
#include <QJsonArray>

namespace OpsDesk::Server {

namespace {

Finance::CommissionRate rateFromJson(const QJsonObject &doc)
{
    Finance::CommissionRate rate;
    const QJsonValue level = doc.value(QStringLiteral("star_level"));
    if (level.isDouble())
        rate.starLevel = level.toInt();
    rate.current.rateBp = doc.value(QStringLiteral("rate_bp")).toInteger();
    rate.current.effectiveFrom =
        QDate::fromString(doc.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
    for (const QJsonValue &entry : doc.value(QStringLiteral("history")).toArray())
        rate.history.append(
            {entry[QStringLiteral("rate_bp")].toInteger(),
             QDate::fromString(entry[QStringLiteral("effective_from")].toString(), Qt::ISODate)});
    return rate;
}

std::optional<qint64> optionalInt(const QJsonObject &doc, const char *field)
{
    const QJsonValue value = doc.value(QLatin1String(field));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

QDateTime optionalTime(const QJsonObject &doc, const char *field)
{
    return QDateTime::fromString(doc.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
}

} // namespace

qint64 commissionRateBp(Store &store, const QString &serviceItemId, int starLevel, const QDate &day)
{
    QList<Finance::CommissionRate> rates;
    if (const auto general =
            store.get(QStringLiteral("commission_rates"), QStringLiteral("CR-") + serviceItemId))
        rates.append(rateFromJson(general->doc));
    if (const auto specific =
            store.get(QStringLiteral("commission_rates"),
                      QStringLiteral("CR-%1-%2").arg(serviceItemId).arg(starLevel)))
        rates.append(rateFromJson(specific->doc));
    return Finance::applicableRateBp(rates, starLevel, day).value_or(0);
}

Finance::SettlementAmounts settlementForOrder(Store &store, const QJsonObject &order,
                                              const QDate &day)
{
    int starLevel = 3;
    if (const auto technician = store.get(QStringLiteral("technicians"),
                                          order.value(QStringLiteral("technician_id")).toString()))
        starLevel = technician->doc.value(QStringLiteral("star_level")).toInt(3);
    Finance::SettlementInput input;
    input.priceCents = order.value(QStringLiteral("price_cents")).toInteger();
    input.couponDiscountCents = order.value(QStringLiteral("coupon_discount_cents")).toInteger();
    const QString couponId = order.value(QStringLiteral("coupon_id")).toString();
    if (!couponId.isEmpty()) {
        if (const auto coupon = store.get(QStringLiteral("coupons"), couponId);
            coupon && coupon->doc.value(QStringLiteral("cost_bearer")).toString() ==
                          QLatin1String("technician"))
            input.couponCostBearer = Finance::CostBearer::Technician;
    }
    input.commissionRateBp = commissionRateBp(
        store, order.value(QStringLiteral("service_item_id")).toString(), starLevel, day);
    return Finance::settle(input);
}

QJsonObject settlementRecord(Store &store, const QJsonObject &order, const QString &nowIso)
{
    const Finance::SettlementAmounts amounts =
        settlementForOrder(store, order, businessDay(nowIso));
    const QString orderId = order.value(QStringLiteral("id")).toString();
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("SE-") + orderId)},
        {QStringLiteral("technician_id"), order.value(QStringLiteral("technician_id"))},
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("city"), order.value(QStringLiteral("city"))},
        {QStringLiteral("price_cents"), amounts.priceCents},
        {QStringLiteral("coupon_cost_platform_cents"), amounts.couponCostPlatformCents},
        {QStringLiteral("commission_cents"), amounts.commissionCents},
        {QStringLiteral("earnings_cents"), amounts.earningsCents},
        {QStringLiteral("settled_at"), nowIso},
    };
}

qint64 technicianEarnings(Store &store, const QJsonObject &order, const QDate &day)
{
    if (order.value(QStringLiteral("technician_id")).toString().isEmpty())
        return 0;
    const QList<Record> settlements = findRecords(store, QStringLiteral("settlements"), "order_id",
                                                  order.value(QStringLiteral("id")).toString());
    if (!settlements.isEmpty())
        return settlements.first().doc.value(QStringLiteral("earnings_cents")).toInteger();
    return settlementForOrder(store, order, day).earningsCents;
}

Finance::BalanceInput technicianBalance(Store &store, const QString &technicianId)
{
    Finance::BalanceInput balance;
    for (const Record &settlement :
         findRecords(store, QStringLiteral("settlements"), "technician_id", technicianId))
        Finance::addSettlement(&balance, settlement.doc);
    for (const Record &withdrawal :
         findRecords(store, QStringLiteral("withdrawals"), "technician_id", technicianId))
        Finance::addWithdrawal(&balance, withdrawal.doc);
    for (const Record &refund :
         findRecords(store, QStringLiteral("refunds"), "technician_id", technicianId))
        Finance::addRefund(&balance, refund.doc);
    if (const auto technician = store.get(QStringLiteral("technicians"), technicianId))
        Finance::addIncentives(&balance, technician->doc);
    return balance;
}

Finance::CouponDefinition couponFromJson(const QJsonObject &doc)
{
    Finance::CouponDefinition c;
    c.id = doc.value(QStringLiteral("id")).toString();
    c.name = doc.value(QStringLiteral("name")).toString();
    c.kind = Finance::couponKindFromId(doc.value(QStringLiteral("kind")).toString())
                 .value_or(Finance::CouponKind::NoThreshold);
    c.amountOffCents = optionalInt(doc, "amount_off_cents");
    c.thresholdCents = optionalInt(doc, "threshold_cents");
    c.percentOff = optionalInt(doc, "percent_off");
    c.capCents = optionalInt(doc, "cap_cents");
    for (const QJsonValue &item : doc.value(QStringLiteral("service_item_ids")).toArray())
        c.serviceItemIds.append(item.toString());
    c.validFrom = optionalTime(doc, "valid_from");
    c.validTo = optionalTime(doc, "valid_to");
    c.validDaysAfterIssue = optionalInt(doc, "valid_days_after_issue");
    c.totalQuota = optionalInt(doc, "total_quota");
    c.issuedCount = doc.value(QStringLiteral("issued_count")).toInteger();
    c.perCustomerLimit = doc.value(QStringLiteral("per_customer_limit")).toInteger(1);
    c.newCustomersOnly = doc.value(QStringLiteral("new_customers_only")).toBool();
    c.active = doc.value(QStringLiteral("active")).toBool(true);
    return c;
}

} // namespace OpsDesk::Server
