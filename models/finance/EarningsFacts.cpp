#include "models/finance/EarningsFacts.h"

#include <QJsonArray>

namespace OpsDesk::Finance {

CommissionRate commissionRateFromJson(const QJsonObject &doc)
{
    CommissionRate rate;
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

qint64 commissionRateBpFrom(const QList<QJsonObject> &rateDocs, int starLevel, const QDate &day)
{
    QList<CommissionRate> rates;
    for (const QJsonObject &doc : rateDocs)
        rates.append(commissionRateFromJson(doc));
    return applicableRateBp(rates, starLevel, day).value_or(0);
}

SettlementAmounts settlementOfOrder(const QJsonObject &order, bool technicianBearsCoupon,
                                    qint64 rateBp)
{
    SettlementInput input;
    input.priceCents = order.value(QStringLiteral("price_cents")).toInteger();
    input.couponDiscountCents = order.value(QStringLiteral("coupon_discount_cents")).toInteger();
    input.couponCostBearer = technicianBearsCoupon ? CostBearer::Technician : CostBearer::Platform;
    input.commissionRateBp = rateBp;
    return settle(input);
}

} // namespace OpsDesk::Finance
