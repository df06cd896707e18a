#include "server/api/FinanceSupport.h"

#include "models/finance/EarningsFacts.h"
#include "models/finance/TechnicianLedger.h"
#include "server/api/CommandQueries.h"

#include <QDateTime>
#include <QJsonArray>

namespace OpsDesk::Server {

qint64 commissionRateBp(Store &store, const QString &serviceItemId, int starLevel, const QDate &day)
{
    QList<QJsonObject> docs;
    if (const auto general =
            store.get(QStringLiteral("commission_rates"), QStringLiteral("CR-") + serviceItemId))
        docs.append(general->doc);
    if (const auto specific =
            store.get(QStringLiteral("commission_rates"),
                      QStringLiteral("CR-%1-%2").arg(serviceItemId).arg(starLevel)))
        docs.append(specific->doc);
    return Finance::commissionRateBpFrom(docs, starLevel, day);
}

Finance::SettlementAmounts settlementForOrder(Store &store, const QJsonObject &order,
                                              const QDate &day)
{
    int starLevel = Finance::DefaultStarLevel;
    if (const auto technician = store.get(QStringLiteral("technicians"),
                                          order.value(QStringLiteral("technician_id")).toString()))
        starLevel = technician->doc.value(QStringLiteral("star_level")).toInt(starLevel);
    bool technicianBears = false;
    const QString couponId = order.value(QStringLiteral("coupon_id")).toString();
    if (!couponId.isEmpty()) {
        if (const auto coupon = store.get(QStringLiteral("coupons"), couponId))
            technicianBears = coupon->doc.value(QStringLiteral("cost_bearer")).toString() ==
                              QLatin1String("technician");
    }
    return Finance::settlementOfOrder(
        order, technicianBears,
        commissionRateBp(store, order.value(QStringLiteral("service_item_id")).toString(),
                         starLevel, day));
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

} // namespace OpsDesk::Server
