#include "models/finance/Reconciliation.h"
#include "server/api/CommandSupport.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <map>
#include <stdexcept>

namespace OpsDesk::Server {

// GET /api/v1/stats/*: dashboard aggregates, computed with SQL over
// order_facts (one narrow row per order, `created_day` the business day in
// UTC+8) and, for reviews, complaints and coupons, over their records.
//
// Every endpoint takes the same filters (city, district, service_item_id,
// customer_type, from, to); a caller with a city scope only gets figures of
// their cities, and asking for another city is 403 out-of-scope.

namespace {

struct Filters
{
    QString from; // yyyy-MM-dd, business days (UTC+8), both included
    QString to;
    QString city;
    QString district;
    QString serviceItem;
    QString customerType;
    QStringList scope; // the caller's cities; empty = all
};

// A WHERE fragment over order_facts (alias f) with its bound values.
struct Where
{
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        sql += (sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        values += bound;
    }

    // "<column> IN (…)" over `list`.
    void addIn(const QString &column, const QStringList &list)
    {
        QVariantList bound;
        for (const QString &value : list)
            bound.append(value);
        add(column + QStringLiteral(" IN (") + sqlPlaceholders(list.size()) + QLatin1Char(')'),
            bound);
    }
};

QString today()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().toString(Qt::ISODate);
}

std::optional<HttpResponse> parseFilters(RequestContext &context, Filters *f)
{
    const QUrlQuery &q = context.request.query;
    const auto value = [&q](const char *name) {
        return q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
    };
    QList<QPair<QString, QString>> errors;
    f->city = value("city");
    f->district = value("district");
    f->serviceItem = value("service_item_id");
    f->customerType = value("customer_type");
    if (!f->customerType.isEmpty() && f->customerType != QLatin1String("consumer") &&
        f->customerType != QLatin1String("business"))
        errors.append({QStringLiteral("customer_type"), QStringLiteral("consumer or business")});
    const auto date = [&](const char *name, const QString &fallback, QString *out) {
        const QString text = value(name);
        if (text.isEmpty()) {
            *out = fallback;
            return;
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            errors.append({QString::fromLatin1(name), QStringLiteral("a date YYYY-MM-DD")});
        *out = d.toString(Qt::ISODate);
    };
    date("to", today(), &f->to);
    const QDate to = QDate::fromString(f->to, Qt::ISODate);
    date("from", to.isValid() ? to.addDays(-30).toString(Qt::ISODate) : QString(), &f->from);
    const QDate from = QDate::fromString(f->from, Qt::ISODate);
    if (from.isValid() && to.isValid()) {
        if (from > to)
            errors.append({QStringLiteral("from"), QStringLiteral("must not be after to")});
        else if (from.daysTo(to) > 400)
            errors.append({QStringLiteral("to"), QStringLiteral("at most 400 days after from")});
    }
    if (!errors.isEmpty())
        return Problem::validation(errors).toResponse();
    f->scope = context.staff ? context.staff->cities : QStringList();
    if (!f->city.isEmpty() && !f->scope.isEmpty() && !f->scope.contains(f->city))
        return outOfScope(QStringLiteral("%1 is outside your city scope.").arg(f->city));
    return std::nullopt;
}

// Conditions on f (order_facts); `withDays` adds the created_day range.
Where orderWhere(const Filters &f, bool withDays = true)
{
    Where w;
    if (withDays)
        w.add(QStringLiteral("f.created_day BETWEEN ? AND ?"), {f.from, f.to});
    if (!f.city.isEmpty())
        w.add(QStringLiteral("f.city = ?"), {f.city});
    if (!f.scope.isEmpty())
        w.addIn(QStringLiteral("f.city"), f.scope);
    if (!f.district.isEmpty())
        w.add(QStringLiteral("f.district = ?"), {f.district});
    if (!f.serviceItem.isEmpty())
        w.add(QStringLiteral("f.service_item_id = ?"), {f.serviceItem});
    if (!f.customerType.isEmpty())
        w.add(QStringLiteral("f.customer_type = ?"), {f.customerType});
    return w;
}

QSqlQuery run(Store &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query;
}

QStringList daysOf(const Filters &f)
{
    QStringList days;
    const QDate to = QDate::fromString(f.to, Qt::ISODate);
    for (QDate d = QDate::fromString(f.from, Qt::ISODate); d <= to; d = d.addDays(1))
        days.append(d.toString(Qt::ISODate));
    return days;
}

HttpResponse rows(const QJsonArray &array)
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("rows"), array}});
}

using Handler = HttpResponse (*)(RequestContext &, const Filters &);

HttpResponse ordersDaily(RequestContext &context, const Filters &f)
{
    const Where w = orderWhere(f);
    QSqlQuery q = run(context.store,
                      QStringLiteral("SELECT f.created_day, f.city, f.district, f.service_item_id, "
                                     "f.status, COUNT(*), SUM(f.paid_cents - f.refunded_cents) "
                                     "FROM order_facts f") +
                          w.sql + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"),
                      w.values);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("date"), q.value(0).toString()},
                               {QStringLiteral("city"), q.value(1).toString()},
                               {QStringLiteral("district"), q.value(2).toString()},
                               {QStringLiteral("service_item_id"), q.value(3).toString()},
                               {QStringLiteral("status"), q.value(4).toString()},
                               {QStringLiteral("count"), q.value(5).toLongLong()},
                               {QStringLiteral("revenue_cents"), q.value(6).toLongLong()}});
    return rows(out);
}

// Decision: a technician is active on a day when an order created that
// business day is (or was) assigned to them — order_facts keeps no service
// date and the server no online history. Every day of the range is listed.
HttpResponse techniciansActive(RequestContext &context, const Filters &f)
{
    Where w = orderWhere(f);
    w.add(QStringLiteral("f.technician_id IS NOT NULL"));
    QSqlQuery q = run(context.store,
                      QStringLiteral("SELECT f.created_day, COUNT(DISTINCT f.technician_id) FROM "
                                     "order_facts f") +
                          w.sql + QStringLiteral(" GROUP BY 1"),
                      w.values);
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    QJsonArray out;
    for (const QString &day : daysOf(f))
        out.append(QJsonObject{{QStringLiteral("date"), day},
                               {QStringLiteral("count"), counts.value(day)}});
    return rows(out);
}

HttpResponse funnel(RequestContext &context, const Filters &f)
{
    const Where w = orderWhere(f);
    QSqlQuery q = run(context.store,
                      QStringLiteral("SELECT COUNT(*), TOTAL(f.paid), TOTAL(f.dispatched), "
                                     "TOTAL(f.completed) FROM order_facts f") +
                          w.sql,
                      w.values);
    q.next();
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("created"), q.value(0).toLongLong()},
                         {QStringLiteral("paid"), qint64(q.value(1).toDouble())},
                         {QStringLiteral("dispatched"), qint64(q.value(2).toDouble())},
                         {QStringLiteral("completed"), qint64(q.value(3).toDouble())}});
}

// New: the customer's first order ever (any city or item) falls inside the
// range; returning: it is earlier. Counts customers with at least one
// matching order in the range, and those orders.
HttpResponse ordersPerCustomer(RequestContext &context, const Filters &f)
{
    const Where w = orderWhere(f);
    QVariantList values = w.values;
    values << f.from << f.from << f.from << f.from;
    QSqlQuery q =
        run(context.store,
            QStringLiteral("WITH sel AS (SELECT f.customer_id AS customer_id, COUNT(*) AS n FROM "
                           "order_facts f") +
                w.sql +
                QStringLiteral(
                    " GROUP BY f.customer_id), firsts AS (SELECT o.customer_id AS customer_id, "
                    "MIN(o.created_day) AS first FROM order_facts o WHERE o.customer_id IN (SELECT "
                    "customer_id FROM sel) GROUP BY o.customer_id) "
                    "SELECT TOTAL(firsts.first >= ?), TOTAL(firsts.first < ?), "
                    "TOTAL(CASE WHEN firsts.first >= ? THEN sel.n ELSE 0 END), "
                    "TOTAL(CASE WHEN firsts.first < ? THEN sel.n ELSE 0 END) "
                    "FROM sel JOIN firsts ON firsts.customer_id = sel.customer_id"),
            values);
    q.next();
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("new_customers"), qint64(q.value(0).toDouble())},
                         {QStringLiteral("returning_customers"), qint64(q.value(1).toDouble())},
                         {QStringLiteral("orders_by_new"), qint64(q.value(2).toDouble())},
                         {QStringLiteral("orders_by_returning"), qint64(q.value(3).toDouble())}});
}

// Reviews and complaints count on their own business day (created_at in
// UTC+8); the filters apply to the order they belong to.
HttpResponse complaintPraise(RequestContext &context, const Filters &f)
{
    const Where w = orderWhere(f, false);
    const QString orderConditions =
        w.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + w.sql.mid(7); // " WHERE "
    const auto perDay = [&](const char *collection, const QString &columns) {
        QVariantList values{QString::fromLatin1(collection), f.from, f.to};
        values += w.values;
        return run(context.store,
                   QStringLiteral("SELECT r.day, ") + columns +
                       QStringLiteral(" FROM (SELECT date(json_extract(doc, '$.created_at'), "
                                      "'+8 hours') AS day, json_extract(doc, '$.order_id') AS "
                                      "order_id, json_extract(doc, '$.rating') AS rating FROM "
                                      "records WHERE collection = ? AND deleted = 0) r JOIN "
                                      "order_facts f ON f.id = r.order_id WHERE r.day BETWEEN ? "
                                      "AND ?") +
                       orderConditions + QStringLiteral(" GROUP BY r.day"),
                   values);
    };
    QHash<QString, qint64> complaints;
    QSqlQuery c = perDay("complaints", QStringLiteral("COUNT(*)"));
    while (c.next())
        complaints.insert(c.value(0).toString(), c.value(1).toLongLong());
    struct Reviews
    {
        qint64 praises = 0;
        double average = 0;
    };
    QHash<QString, Reviews> reviews;
    QSqlQuery r = perDay("reviews", QStringLiteral("TOTAL(r.rating >= 4), AVG(r.rating)"));
    while (r.next())
        reviews.insert(r.value(0).toString(),
                       {qint64(r.value(1).toDouble()), r.value(2).toDouble()});
    QJsonArray out;
    for (const QString &day : daysOf(f)) {
        const Reviews rv = reviews.value(day);
        out.append(QJsonObject{{QStringLiteral("date"), day},
                               {QStringLiteral("complaints"), complaints.value(day)},
                               {QStringLiteral("praises"), rv.praises},
                               {QStringLiteral("avg_rating"), std::round(rv.average * 100) / 100}});
    }
    return rows(out);
}

// Per coupon: `issued` counts redemption records issued in the range (only
// the city and customer-type filters apply: an issued coupon has no order
// yet); `redeemed`, `discount_cents`, `orders` and `revenue_cents` come from
// the orders created in the range that used the coupon, with every filter.
HttpResponse coupons(RequestContext &context, const Filters &f)
{
    struct Row
    {
        qint64 issued = 0, redeemed = 0, discount = 0, orders = 0, revenue = 0;
    };
    std::map<QString, Row> byCoupon;

    Where used = orderWhere(f);
    used.add(QStringLiteral("f.coupon_id IS NOT NULL"));
    QSqlQuery q = run(context.store,
                      QStringLiteral("SELECT f.coupon_id, TOTAL(f.paid), "
                                     "TOTAL(f.coupon_discount_cents), COUNT(*), "
                                     "TOTAL(f.paid_cents - f.refunded_cents) FROM order_facts f") +
                          used.sql + QStringLiteral(" GROUP BY f.coupon_id"),
                      used.values);
    while (q.next()) {
        Row &row = byCoupon[q.value(0).toString()];
        row.redeemed = qint64(q.value(1).toDouble());
        row.discount = qint64(q.value(2).toDouble());
        row.orders = q.value(3).toLongLong();
        row.revenue = qint64(q.value(4).toDouble());
    }

    Where issued;
    issued.add(QStringLiteral("r.collection = 'redemptions' AND r.deleted = 0"));
    issued.add(QStringLiteral("date(json_extract(r.doc, '$.issued_at'), '+8 hours') BETWEEN ? "
                              "AND ?"),
               {f.from, f.to});
    if (!f.city.isEmpty())
        issued.add(QStringLiteral("r.city = ?"), {f.city});
    if (!f.scope.isEmpty())
        issued.addIn(QStringLiteral("r.city"), f.scope);
    QString join;
    if (!f.customerType.isEmpty()) {
        join = QStringLiteral(" JOIN records c ON c.collection = 'customers' AND c.id = "
                              "json_extract(r.doc, '$.customer_id')");
        issued.add(QStringLiteral("json_extract(c.doc, '$.customer_type') = ?"), {f.customerType});
    }
    QSqlQuery i = run(context.store,
                      QStringLiteral("SELECT json_extract(r.doc, '$.coupon_id'), COUNT(*) FROM "
                                     "records r") +
                          join + issued.sql + QStringLiteral(" GROUP BY 1"),
                      issued.values);
    while (i.next())
        byCoupon[i.value(0).toString()].issued = i.value(1).toLongLong();

    QHash<QString, QString> campaigns;
    QSqlQuery c = run(context.store,
                      QStringLiteral("SELECT id, json_extract(doc, '$.campaign') FROM records "
                                     "WHERE collection = 'coupons' AND deleted = 0"),
                      {});
    while (c.next())
        if (!c.value(1).isNull())
            campaigns.insert(c.value(0).toString(), c.value(1).toString());

    QJsonArray out;
    for (const auto &[id, row] : byCoupon) {
        QJsonObject o{{QStringLiteral("coupon_id"), id},
                      {QStringLiteral("issued"), row.issued},
                      {QStringLiteral("redeemed"), row.redeemed},
                      {QStringLiteral("discount_cents"), row.discount},
                      {QStringLiteral("orders"), row.orders},
                      {QStringLiteral("revenue_cents"), row.revenue}};
        if (campaigns.contains(id))
            o.insert(QStringLiteral("campaign"), campaigns.value(id));
        out.append(o);
    }
    return rows(out);
}

// Square cells of cell_m metres: rows of cell_m in latitude, and within a
// row cells of cell_m along the row's middle latitude.
HttpResponse heatmap(RequestContext &context, const Filters &f)
{
    int cell = 500;
    const QString text = context.request.query.queryItemValue(QStringLiteral("cell_m")).trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        cell = text.toInt(&ok);
        if (!ok || cell < 50 || cell > 10000)
            return Problem::validation(
                       {{QStringLiteral("cell_m"), QStringLiteral("an integer from 50 to 10000")}})
                .toResponse();
    }
    constexpr double MetresPerDegree = 111320.0;
    constexpr double ToRad = 3.14159265358979323846 / 180.0;
    const double dLat = cell / MetresPerDegree;
    const Where w = orderWhere(f);
    QSqlQuery q = run(context.store,
                      QStringLiteral("SELECT f.lat, f.lng FROM order_facts f") + w.sql, w.values);
    std::map<std::pair<qint64, qint64>, qint64> cells;
    while (q.next()) {
        const double lat = q.value(0).toDouble();
        const double lng = q.value(1).toDouble();
        const qint64 y = qint64(std::floor(lat / dLat));
        const double mid = (double(y) + 0.5) * dLat;
        const double dLng = cell / (MetresPerDegree * std::cos(mid * ToRad));
        ++cells[{y, qint64(std::floor(lng / dLng))}];
    }
    QJsonArray out;
    for (const auto &[key, count] : cells) {
        const double lat = (double(key.first) + 0.5) * dLat;
        const double dLng = cell / (MetresPerDegree * std::cos(lat * ToRad));
        out.append(QJsonObject{
            {QStringLiteral("lat"), std::round(lat * 1e6) / 1e6},
            {QStringLiteral("lng"), std::round((double(key.second) + 0.5) * dLng * 1e6) / 1e6},
            {QStringLiteral("count"), count}});
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("cell_m"), cell}, {QStringLiteral("cells"), out}});
}

// The reconciliation summary (models/finance/Reconciliation.h): the orders
// created on the days of the range (business days, UTC+8) in the city and
// service item filters, with their payments, their approved or paid-out
// refunds and their settlements — the totals the console's reconciliation
// export writes in its Summary sheet.
HttpResponse reconciliation(RequestContext &context, const Filters &filters)
{
    // Only the city and the service item narrow a reconciliation.
    Filters f = filters;
    f.district.clear();
    f.customerType.clear();
    const Where w = orderWhere(f);
    Finance::ReconciliationTotals t;
    QSqlQuery orders = run(context.store,
                           QStringLiteral("SELECT COUNT(*), TOTAL(coalesce(f.paid_cents, 0) <> 0),"
                                          " TOTAL(f.paid_cents) FROM order_facts f") +
                               w.sql,
                           w.values);
    if (orders.next()) {
        t.orders = orders.value(0).toLongLong();
        t.paidOrders = qint64(orders.value(1).toDouble());
        t.paidCents = qint64(orders.value(2).toDouble());
    }
    const QString conditions = w.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + w.sql.mid(7);
    QSqlQuery refunds =
        run(context.store,
            QStringLiteral("SELECT COUNT(*), TOTAL(json_extract(r.doc, '$.approved_amount_cents')),"
                           " TOTAL(json_extract(r.doc, '$.technician_share_cents')) FROM records r"
                           " JOIN order_facts f ON f.id = json_extract(r.doc, '$.order_id')"
                           " WHERE r.collection = 'refunds' AND r.deleted = 0"
                           " AND json_extract(r.doc, '$.status') IN ('approved', 'paid_out')") +
                conditions,
            w.values);
    if (refunds.next()) {
        t.refunds = refunds.value(0).toLongLong();
        t.refundedCents = qint64(refunds.value(1).toDouble());
        t.refundsTechnicianCents = qint64(refunds.value(2).toDouble());
    }
    // One settlement per order; should there be two, the first by id counts
    // (as in the console).
    QSqlQuery settled = run(
        context.store,
        QStringLiteral("SELECT COUNT(*), TOTAL(f.paid_cents), TOTAL(s.price), TOTAL(s.commission),"
                       " TOTAL(s.coupon_platform), TOTAL(s.earnings) FROM (SELECT"
                       " json_extract(doc, '$.order_id') AS order_id,"
                       " json_extract(doc, '$.price_cents') AS price,"
                       " json_extract(doc, '$.commission_cents') AS commission,"
                       " json_extract(doc, '$.coupon_cost_platform_cents') AS coupon_platform,"
                       " json_extract(doc, '$.earnings_cents') AS earnings, MIN(id)"
                       " FROM records WHERE collection = 'settlements' AND deleted = 0"
                       " GROUP BY 1) s JOIN order_facts f ON f.id = s.order_id") +
            w.sql,
        w.values);
    if (settled.next()) {
        t.settledOrders = settled.value(0).toLongLong();
        t.settledPaidCents = qint64(settled.value(1).toDouble());
        t.settledPriceCents = qint64(settled.value(2).toDouble());
        t.commissionCents = qint64(settled.value(3).toDouble());
        t.couponCostPlatformCents = qint64(settled.value(4).toDouble());
        t.settlementEarningsCents = qint64(settled.value(5).toDouble());
    }
    QJsonObject body{
        {QStringLiteral("from"), f.from},
        {QStringLiteral("to"), f.to},
        {QStringLiteral("orders"), t.orders},
        {QStringLiteral("paid_orders"), t.paidOrders},
        {QStringLiteral("settled_orders"), t.settledOrders},
        {QStringLiteral("refunds"), t.refunds},
        {QStringLiteral("paid_cents"), t.paidCents},
        {QStringLiteral("refunded_cents"), t.refundedCents},
        {QStringLiteral("net_received_cents"), t.netReceivedCents()},
        {QStringLiteral("commission_cents"), t.commissionCents},
        {QStringLiteral("coupon_cost_platform_cents"), t.couponCostPlatformCents},
        {QStringLiteral("unsettled_paid_cents"), t.unsettledPaidCents()},
        {QStringLiteral("refunds_platform_cents"), t.refundsPlatformCents()},
        {QStringLiteral("refunds_technician_cents"), t.refundsTechnicianCents},
        {QStringLiteral("platform_revenue_cents"), t.platformRevenueCents()},
        {QStringLiteral("technician_earnings_cents"), t.technicianEarningsCents()},
        {QStringLiteral("coupon_cost_technicians_cents"), t.couponCostTechniciansCents()},
        {QStringLiteral("technician_payable_cents"), t.technicianPayableCents()},
        {QStringLiteral("difference_cents"), t.differenceCents()},
    };
    if (!f.city.isEmpty())
        body.insert(QStringLiteral("city"), f.city);
    if (!f.serviceItem.isEmpty())
        body.insert(QStringLiteral("service_item_id"), f.serviceItem);
    return HttpResponse::json(200, body);
}

} // namespace

void registerStatsRoutes(Router &router)
{
    const std::pair<const char *, Handler> endpoints[] = {
        {"orders-daily", ordersDaily},
        {"technicians-active", techniciansActive},
        {"funnel", funnel},
        {"orders-per-customer", ordersPerCustomer},
        {"complaint-praise", complaintPraise},
        {"coupons", coupons},
        {"heatmap", heatmap},
    };
    for (const auto &[name, handler] : endpoints) {
        router.add("GET", QStringLiteral("/api/v1/stats/") + QString::fromLatin1(name), {},
                   [handler](RequestContext &context) {
                       Filters filters;
                       if (auto error = parseFilters(context, &filters))
                           return *error;
                       return handler(context, filters);
                   });
    }
    // Money of the platform: finance and administrators only.
    router.add("GET", QStringLiteral("/api/v1/stats/reconciliation"),
               RouteOptions{.roles = {Role::Finance, Role::Admin}}, [](RequestContext &context) {
                   Filters filters;
                   if (auto error = parseFilters(context, &filters))
                       return *error;
                   return reconciliation(context, filters);
               });
}

} // namespace OpsDesk::Server
