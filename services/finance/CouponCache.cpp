#include "services/finance/CouponCache.h"

#include "models/BusinessDay.h"
#include "models/finance/CouponJson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace OpsDesk {

namespace {

// The first UTC moment of a business day (UTC+8) as the cache's ISO text.
QString dayStartUtc(const QDate &day)
{
    return businessDayStart(day)
        .toString(Qt::ISODate)
        .chopped(1); // without the "Z": sorts just before every time of that second on
}

} // namespace

bool CouponCache::open(const QString &cachePath, QString *error)
{
    return m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error);
}

QList<QJsonObject> CouponCache::couponDocs()
{
    return m_db.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'coupons' ORDER BY id"), {});
}

QList<Finance::CouponDefinition> CouponCache::coupons()
{
    QList<Finance::CouponDefinition> result;
    for (const QJsonObject &doc : couponDocs())
        result.append(Finance::couponFromJson(doc));
    return result;
}

QJsonObject CouponCache::coupon(const QString &id)
{
    const QList<QJsonObject> found = m_db.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'coupons' AND id = ?"), {id});
    return found.isEmpty() ? QJsonObject() : found.first();
}

QList<CouponCache::Customer> CouponCache::customers()
{
    QList<Customer> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, json_extract(doc, '$.name') FROM records WHERE "
                                   "collection = 'customers' ORDER BY id")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

QJsonObject CouponCache::customer(const QString &id)
{
    const QList<QJsonObject> found = m_db.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'customers' AND id = ?"), {id});
    return found.isEmpty() ? QJsonObject() : found.first();
}

QList<QJsonObject> CouponCache::redemptionsOf(const QString &customerId)
{
    return m_db.documents(
        QStringLiteral("SELECT doc FROM records WHERE collection = 'redemptions' AND "
                       "json_extract(doc, '$.customer_id') = ?"),
        {customerId});
}

Finance::CustomerCouponFacts CouponCache::customerFacts(const QString &customerId,
                                                        const QDateTime &at)
{
    return Finance::customerCouponFacts(customer(customerId), redemptionsOf(customerId), at);
}

QList<CouponCache::Figures> CouponCache::couponFigures(const QDate &from, const QDate &to)
{
    return figures(false, from, to);
}

QList<CouponCache::Figures> CouponCache::campaignFigures(const QDate &from, const QDate &to)
{
    return figures(true, from, to);
}

QList<CouponCache::Figures> CouponCache::figures(bool byCampaign, const QDate &from,
                                                 const QDate &to)
{
    QList<Figures> result;
    if (!m_db.isOpen() || !from.isValid() || !to.isValid() || from > to)
        return result;
    // Orders by the orders projection's created_at index (UTC bounds of the
    // business days), their coupon and payment from the record; issued
    // coupons by the business day of issued_at.
    const QString key = byCampaign
                            ? QStringLiteral("COALESCE(json_extract(c.doc, '$.campaign'), '')")
                            : QStringLiteral("a.coupon_id");
    const QString sql =
        QStringLiteral(
            "WITH used AS ("
            " SELECT json_extract(r.doc, '$.coupon_id') AS coupon_id,"
            "  TOTAL(COALESCE(json_extract(r.doc, '$.paid_at'), '') != '') AS redeemed,"
            "  TOTAL(o.coupon_discount_cents) AS discount, COUNT(*) AS orders,"
            "  TOTAL(o.paid_cents - o.refunded_cents) AS revenue"
            " FROM orders o JOIN records r ON r.collection = 'orders' AND r.id = o.id"
            " WHERE o.created_at >= ? AND o.created_at < ?"
            "  AND json_extract(r.doc, '$.coupon_id') IS NOT NULL"
            " GROUP BY 1),"
            " issued AS ("
            " SELECT json_extract(doc, '$.coupon_id') AS coupon_id, COUNT(*) AS issued"
            " FROM records WHERE collection = 'redemptions'"
            "  AND date(json_extract(doc, '$.issued_at'), '+8 hours') BETWEEN ? AND ?"
            " GROUP BY 1),"
            " activity AS ("
            " SELECT coupon_id, 0 AS issued, redeemed, discount, orders, revenue FROM used"
            " UNION ALL SELECT coupon_id, issued, 0, 0, 0, 0 FROM issued),"
            " per_coupon AS ("
            " SELECT coupon_id, SUM(issued) AS issued, SUM(redeemed) AS redeemed,"
            "  SUM(discount) AS discount, SUM(orders) AS orders, SUM(revenue) AS revenue"
            " FROM activity GROUP BY coupon_id)"
            " SELECT %1, COUNT(*), SUM(a.issued), SUM(a.redeemed), SUM(a.discount), SUM(a.orders),"
            "  SUM(a.revenue)"
            " FROM per_coupon a LEFT JOIN records c ON c.collection = 'coupons' AND c.id = "
            "a.coupon_id"
            " GROUP BY 1 ORDER BY 1")
            .arg(key);
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(dayStartUtc(from));
    query.addBindValue(dayStartUtc(to.addDays(1)));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return result;
    while (query.next()) {
        Figures f;
        f.key = query.value(0).toString();
        f.coupons = query.value(1).toLongLong();
        f.issued = qint64(query.value(2).toDouble());
        f.redeemed = qint64(query.value(3).toDouble());
        f.discountCents = qint64(query.value(4).toDouble());
        f.orders = qint64(query.value(5).toDouble());
        f.revenueCents = qint64(query.value(6).toDouble());
        result.append(f);
    }
    return result;
}

} // namespace OpsDesk
