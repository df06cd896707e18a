#pragma once

#include "models/finance/CouponRules.h"
#include "services/cache/CacheDatabase.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OpsDesk {

// What the coupons page reads from the local cache: the coupons (our own
// changes' local look included), the redemptions and customers behind the
// best-coupon preview, and the per-coupon and per-campaign figures of
// GET /stats/coupons computed with SQL over the cached orders and
// redemptions.
//
// Threading contract: opens its own read-only connection to the cache file
// and belongs to the thread that called open(). WAL mode: reads never wait
// for the sync engine's writer.
class CouponCache
{
public:
    // The figures of one coupon or one campaign over a range of business
    // days (UTC+8), as the server counts them: `issued` redemption records
    // issued in the range; `redeemed` (paid), `orders`, `discountCents` and
    // `revenueCents` (paid − refunded) over the orders created in the range
    // that used the coupon.
    struct Figures
    {
        QString key; // coupon id, or campaign name ("" for coupons without one)
        qint64 coupons = 0;
        qint64 issued = 0;
        qint64 redeemed = 0;
        qint64 discountCents = 0;
        qint64 orders = 0;
        qint64 revenueCents = 0;
    };

    struct Customer
    {
        QString id;
        QString name;
    };

    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    // Every cached coupon record, by id.
    QList<QJsonObject> couponDocs();
    QList<Finance::CouponDefinition> coupons();
    QJsonObject coupon(const QString &id);
    QHash<QString, QString> serviceItemNames() const { return m_db.serviceItemNames(); }
    QList<Customer> customers();
    QJsonObject customer(const QString &id);
    QList<QJsonObject> redemptionsOf(const QString &customerId);
    // Checkout's view of a customer at `at` (models/finance/CouponJson).
    Finance::CustomerCouponFacts customerFacts(const QString &customerId, const QDateTime &at);

    // Per coupon (rows with any activity) and per campaign, over [from, to].
    QList<Figures> couponFigures(const QDate &from, const QDate &to);
    QList<Figures> campaignFigures(const QDate &from, const QDate &to);

private:
    QList<Figures> figures(bool byCampaign, const QDate &from, const QDate &to);

    CacheDatabase m_db;
};

} // namespace OpsDesk
