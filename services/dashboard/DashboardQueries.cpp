#include "services/dashboard/DashboardQueries.h"

#include "services/cache/SqlStatement.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace OpsDesk {

using namespace Dashboard;

namespace {

// The filter's conditions on the orders table `o`, appended after the
// statement's own parameters (plain `?`: SQLite numbers them on).
struct Conditions
{
    QByteArray sql;
    QList<QByteArray> values;
    bool any() const { return !values.isEmpty(); }
};

Conditions orderConditions(const Filter &f)
{
    Conditions c;
    const auto add = [&c](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        c.sql += QByteArray(" AND o.") + column + " = ?";
        c.values.append(value.toUtf8());
    };
    add("city", f.city);
    add("district", f.district);
    add("service_item_id", f.serviceItemId);
    add("customer_type", f.customerType);
    return c;
}

void bindConditions(SqlStatement &statement, int first, const Conditions &c)
{
    for (const QByteArray &value : c.values)
        statement.bind(first++, value);
}

QByteArray utc(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate).toUtf8();
}

QByteArray dayStart(const QDate &day)
{
    return businessDayStartUtc(day).toUtf8();
}

// Maps a business day to the index of its bucket within [from, to].
class BucketIndex
{
public:
    BucketIndex(const QDate &from, const QDate &to, Bucket bucket)
        : m_first(from.toJulianDay())
    {
        const QList<QDate> starts = bucketStarts(from, to, bucket);
        m_count = int(starts.size());
        int index = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            while (index + 1 < starts.size() && d >= starts[index + 1])
                ++index;
            m_of.push_back(index);
        }
    }
    int count() const { return m_count; }
    // -1 outside the range.
    int of(qint64 julianDay) const
    {
        const qint64 i = julianDay - m_first;
        return i >= 0 && i < qint64(m_of.size()) ? m_of[size_t(i)] : -1;
    }
    // The bucket of a cache timestamp. The passes read in time order, so
    // the date and hour of the last one usually answer without a parse.
    int ofTimestamp(QByteArrayView utc)
    {
        const QByteArrayView hour = utc.first(std::min<qsizetype>(13, utc.size()));
        if (hour != QByteArrayView(m_lastHour)) {
            m_lastHour = hour.toByteArray();
            m_lastBucket = of(businessJulianDay(utc));
        }
        return m_lastBucket;
    }

private:
    qint64 m_first;
    int m_count = 0;
    std::vector<int> m_of;
    QByteArray m_lastHour;
    int m_lastBucket = -1;
};

// The customers of the period (once per order) and of the period before,
// by their figures' number: sorted once, then counted in runs and matched by
// a merge — cheaper than a hash lookup per order for half a million orders.
class CustomerRuns
{
public:
    void addCurrent(qint64 customer) { m_current.push_back(customer); }
    void addPrevious(qint64 customer) { m_previous.push_back(customer); }
    // Sorts what was added (in the thread that added it).
    void sort()
    {
        std::sort(m_current.begin(), m_current.end());
        std::sort(m_previous.begin(), m_previous.end());
    }
    // Takes over another thread's sorted runs, keeping the order.
    void absorb(CustomerRuns &other)
    {
        const auto mergeInto = [](std::vector<qint64> &into, std::vector<qint64> &from) {
            const auto middle = qsizetype(into.size());
            into.insert(into.end(), from.begin(), from.end());
            std::inplace_merge(into.begin(), into.begin() + middle, into.end());
            from.clear();
        };
        mergeInto(m_current, other.m_current);
        mergeInto(m_previous, other.m_previous);
    }
    // After sort() (and absorb()):
    // f(qint64 customer, qint64 ordersInThePeriod, bool orderedInThePreviousPeriod)
    template<typename F>
    void forEach(F f) const
    {
        auto previous = m_previous.cbegin();
        for (auto it = m_current.cbegin(); it != m_current.cend();) {
            const auto end = std::upper_bound(it, m_current.cend(), *it);
            previous = std::lower_bound(previous, m_previous.cend(), *it);
            f(*it, qint64(end - it), previous != m_previous.cend() && *previous == *it);
            it = end;
        }
    }

private:
    std::vector<qint64> m_current, m_previous;
};

// The cells of the orders' figures (figure_cells: city, district, service
// item, customer type) by number, and whether the filter takes each.
class Cells
{
public:
    void load(const CacheDatabase &cache, const Filter &filter)
    {
        SqlStatement q(cache.database(), "SELECT id, city, district, service_item_id, "
                                         "customer_type FROM figure_cells");
        const auto matches = [](const QString &wanted, QByteArrayView value) {
            return wanted.isEmpty() || QByteArrayView(wanted.toUtf8()) == value;
        };
        const bool any = !filter.city.isEmpty() || !filter.district.isEmpty() ||
                         !filter.serviceItemId.isEmpty() || !filter.customerType.isEmpty();
        // Number 0: an order without a cell (none is written so).
        m_taken.assign(1, any ? 0 : 1);
        m_district.assign(1, districtIndex({}));
        m_service.assign(1, serviceIndex({}));
        while (q.step()) {
            const qint64 id = q.columnInt(0);
            if (id <= 0 || id > 10'000'000)
                continue;
            if (qsizetype(m_taken.size()) <= id) {
                m_taken.resize(size_t(id) + 1, 0);
                m_district.resize(size_t(id) + 1, m_district[0]);
                m_service.resize(size_t(id) + 1, m_service[0]);
            }
            const QByteArrayView city = q.columnView(1), district = q.columnView(2);
            m_taken[size_t(id)] = matches(filter.city, city) &&
                                  matches(filter.district, district) &&
                                  matches(filter.serviceItemId, q.columnView(3)) &&
                                  matches(filter.customerType, q.columnView(4));
            m_district[size_t(id)] = districtIndex(city.toByteArray() + '/' + district);
            m_service[size_t(id)] = serviceIndex(q.columnView(3).toByteArray());
        }
    }
    qsizetype count() const { return qsizetype(m_taken.size()); }
    // Whether the filter takes an order of cell `id` (-1: an unknown cell).
    int of(qint64 id) const
    {
        return id >= 0 && id < qint64(m_taken.size()) && m_taken[size_t(id)] ? int(id) : -1;
    }
    // Orders per cell → orders per district ("city/district") and per service item.
    void sum(const std::vector<qint64> &perCell, QHash<QByteArray, qint64> *districts,
             QHash<QByteArray, qint64> *services) const
    {
        for (size_t id = 0; id < perCell.size() && id < m_taken.size(); ++id) {
            if (perCell[id] == 0)
                continue;
            (*districts)[m_districtKeys[m_district[id]]] += perCell[id];
            (*services)[m_serviceKeys[m_service[id]]] += perCell[id];
        }
    }

private:
    static int indexIn(QList<QByteArray> &keys, QHash<QByteArray, int> &of, const QByteArray &key)
    {
        auto it = of.constFind(key);
        if (it == of.constEnd()) {
            it = of.insert(key, int(keys.size()));
            keys.append(key);
        }
        return *it;
    }
    int districtIndex(const QByteArray &key)
    {
        return indexIn(m_districtKeys, m_districtOf, key.isEmpty() ? QByteArray("/") : key);
    }
    int serviceIndex(const QByteArray &key) { return indexIn(m_serviceKeys, m_serviceOf, key); }

    std::vector<char> m_taken;
    std::vector<int> m_district, m_service;
    QList<QByteArray> m_districtKeys, m_serviceKeys;
    QHash<QByteArray, int> m_districtOf, m_serviceOf;
};

QList<CountRow> sortedCounts(const QHash<QByteArray, qint64> &counts)
{
    QList<CountRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({QString::fromUtf8(it.key()), QString::fromUtf8(it.key()), it.value()});
    std::sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return rows;
}

struct TechnicianTally
{
    qint64 completed = 0, onTime = 0, reviews = 0, ratingSum = 0;
};

void kpis(const CacheDatabase &cache, const Filter &filter, Figures *out)
{
    const QSqlDatabase db = cache.database();
    const Conditions c = orderConditions(filter);
    const QDateTime now = filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc();
    const QDateTime before = now.addSecs(-24 * 3600);
    const QDate today = businessDay(now);
    auto &k = out->kpis;

    // Today (and yesterday up to the same time): orders, revenue, active
    // technicians.
    const QByteArray daySql = QByteArray("SELECT count(*), total(coalesce(o.paid_cents, 0) - "
                                         "coalesce(o.refunded_cents, 0)), count(DISTINCT "
                                         "o.technician_id) FROM orders o WHERE o.created_at >= ?1 "
                                         "AND o.created_at <= ?2") +
                              c.sql;
    SqlStatement day(db, daySql.constData());
    const auto dayFigures = [&](const QDate &d, const QDateTime &upTo, bool current) {
        day.bind(1, dayStart(d)).bind(2, utc(upTo));
        bindConditions(day, 3, c);
        day.step();
        KpiValue &orders = k[size_t(Kpi::OrdersToday)];
        KpiValue &revenue = k[size_t(Kpi::RevenueToday)];
        KpiValue &technicians = k[size_t(Kpi::TechniciansActive)];
        (current ? orders.current : orders.previous) = day.columnInt(0);
        (current ? revenue.current : revenue.previous) = qint64(day.columnReal(1));
        (current ? technicians.current : technicians.previous) = day.columnInt(2);
        day.reset();
    };
    dayFigures(today, now, true);
    dayFigures(today.addDays(-1), before, false);

    // Now, by status (what the orders workspace lists).
    const auto count = [&](const QByteArray &sql, const QList<QByteArray> &fixed) {
        const QByteArray qSql = sql + c.sql;
        SqlStatement q(db, qSql.constData());
        int i = 1;
        for (const QByteArray &value : fixed)
            q.bind(i++, value);
        bindConditions(q, i, c);
        q.step();
        return q.columnInt(0);
    };
    k[size_t(Kpi::AwaitingDispatch)].current =
        count("SELECT count(*) FROM orders o WHERE o.status = 'awaiting_dispatch'", {});
    k[size_t(Kpi::InService)].current =
        count("SELECT count(*) FROM orders o WHERE o.status = 'in_service'", {});
    const QByteArray nowText = utc(now);
    k[size_t(Kpi::Overdue)].current =
        count("SELECT count(*) FROM orders o WHERE o.status NOT IN ('completed', 'cancelled') "
              "AND o.appointment_start < ? AND o.appointment_end < ?",
              {nowText, nowText});

    // 24 hours before, from when each order was paid, dispatched, started,
    // completed or cancelled: orders created within the 90 days before and
    // not closed by then (one range of orders_closing).
    const QByteArray thenSql =
        QByteArray("SELECT total(o.paid_at <= ?1 AND coalesce(o.dispatched_at > ?1, 1) AND "
                   "coalesce(o.cancelled_at > ?1, 1)), total(o.started_at <= ?1 AND "
                   "coalesce(o.completed_at > ?1, 1) AND coalesce(o.cancelled_at > ?1, 1)), "
                   "total(o.appointment_end < ?1 AND coalesce(o.completed_at > ?1, 1) AND "
                   "coalesce(o.cancelled_at > ?1, 1)) FROM orders o WHERE "
                   "min(coalesce(o.completed_at, '9'), coalesce(o.cancelled_at, '9')) > ?1 AND "
                   "o.created_at >= ?2 AND o.created_at <= ?1") +
        c.sql;
    SqlStatement then(db, thenSql.constData());
    then.bind(1, utc(before)).bind(2, utc(before.addDays(-90)));
    bindConditions(then, 3, c);
    then.step();
    k[size_t(Kpi::AwaitingDispatch)].previous = qint64(then.columnReal(0));
    k[size_t(Kpi::InService)].previous = qint64(then.columnReal(1));
    k[size_t(Kpi::Overdue)].previous = qint64(then.columnReal(2));
    then.reset();

    // Refund requests waiting for a decision: orders with one, now and then.
    const QByteArray join =
        c.any() ? QByteArray(" JOIN orders o ON o.id = rf.order_id") : QByteArray();
    k[size_t(Kpi::RefundsPending)].current =
        count("SELECT count(DISTINCT rf.order_id) FROM record_facts rf" + join +
                  " WHERE rf.collection = 'refunds' AND rf.status IN ('submitted', "
                  "'first_approved')",
              {});
    const QByteArray beforeText = utc(before);
    k[size_t(Kpi::RefundsPending)].previous =
        count("SELECT count(DISTINCT rf.order_id) FROM record_facts rf" + join +
                  " WHERE rf.collection = 'refunds' AND rf.at <= ?1 AND "
                  "coalesce(rf.decided_at > ?1, 1)",
              {beforeText});

    // Technicians at work now (their records).
    QSqlQuery online(db);
    online.prepare(QStringLiteral("SELECT count(*) FROM records WHERE collection = "
                                  "'technicians' AND json_extract(doc, '$.work_status') IN "
                                  "('online', 'busy')") +
                   (filter.city.isEmpty() ? QString() : QStringLiteral(" AND city = ?")));
    if (!filter.city.isEmpty())
        online.addBindValue(filter.city);
    if (online.exec() && online.next())
        out->techniciansOnline = online.value(0).toLongLong();
}

struct CouponTally
{
    qint64 redeemed = 0, discount = 0, orders = 0, revenue = 0;
};

// What a pass over (part of) the period counts; two threads' parts add up.
struct PeriodTally
{
    QList<qint64> volume;
    qint64 created = 0, paid = 0, dispatched = 0, completed = 0, onTime = 0;
    std::vector<qint64> cells; // orders per cell number
    QHash<qint64, CouponTally> coupons;
    QHash<qint64, TechnicianTally> technicians;

    void add(const PeriodTally &o)
    {
        for (int i = 0; i < volume.size() && i < o.volume.size(); ++i)
            volume[i] += o.volume[i];
        created += o.created;
        paid += o.paid;
        dispatched += o.dispatched;
        completed += o.completed;
        onTime += o.onTime;
        if (cells.size() < o.cells.size())
            cells.resize(o.cells.size(), 0);
        for (size_t i = 0; i < o.cells.size(); ++i)
            cells[i] += o.cells[i];
        for (auto it = o.coupons.cbegin(); it != o.coupons.cend(); ++it) {
            CouponTally &t = coupons[it.key()];
            t.redeemed += it->redeemed;
            t.discount += it->discount;
            t.orders += it->orders;
            t.revenue += it->revenue;
        }
        for (auto it = o.technicians.cbegin(); it != o.technicians.cend(); ++it) {
            TechnicianTally &t = technicians[it.key()];
            t.completed += it->completed;
            t.onTime += it->onTime;
            t.reviews += it->reviews;
            t.ratingSum += it->ratingSum;
        }
    }
};

// The business days [first, last] as Julian day numbers, the figures' days.
void bindDays(SqlStatement &statement, const QDate &first, const QDate &last)
{
    statement.bindInt(1, first.toJulianDay()).bindInt(2, last.toJulianDay());
}

// The period's orders created on the business days [first, last], read from
// the figures' covering index (orders_figures: small integers) in one pass.
void periodPass(const CacheDatabase &cache, const Filter &filter, const Cells &cells,
                const QDate &first, const QDate &last, PeriodTally *tally, CustomerRuns *customers)
{
    BucketIndex current(filter.from, filter.to, filter.bucket);
    tally->volume = QList<qint64>(current.count(), 0);
    tally->cells.assign(size_t(cells.count()), 0);
    SqlStatement period(cache.database(),
                        "SELECT fig_day, fig_cell, fig_customer, fig_technician, fig_flags, "
                        "fig_net, fig_coupon, coalesce(coupon_discount_cents, 0), rating FROM "
                        "orders WHERE fig_day >= ?1 AND fig_day <= ?2");
    bindDays(period, first, last);
    while (period.step()) {
        const int cell = cells.of(period.columnInt(1));
        if (cell < 0)
            continue;
        const int bucket = current.of(period.columnInt(0));
        if (bucket >= 0)
            ++tally->volume[bucket];
        ++tally->created;
        ++tally->cells[size_t(cell)];
        customers->addCurrent(period.columnInt(2));
        const qint64 flags = period.columnInt(4);
        const bool paid = flags & Paid;
        const bool isCompleted = flags & Completed;
        const bool reachedInTime = flags & ReachedInTime;
        tally->paid += paid ? 1 : 0;
        tally->dispatched += (flags & Dispatched) ? 1 : 0;
        if (isCompleted) {
            ++tally->completed;
            tally->onTime += reachedInTime ? 1 : 0;
        }
        if (const qint64 coupon = period.columnInt(6); coupon != 0) {
            CouponTally &t = tally->coupons[coupon];
            t.redeemed += paid ? 1 : 0;
            t.discount += period.columnInt(7);
            ++t.orders;
            t.revenue += period.columnInt(5);
        }
        const qint64 technician = period.columnInt(3);
        if (isCompleted && technician != 0) {
            TechnicianTally &t = tally->technicians[technician];
            ++t.completed;
            t.onTime += reachedInTime ? 1 : 0;
            if (const qint64 rating = period.columnInt(8); rating > 0) {
                ++t.reviews;
                t.ratingSum += rating;
            }
        }
    }
    period.reset();
}

// The names the charts show: service items, coupons' campaigns, technicians;
// and the ids behind the figures' numbers of technicians and coupons.
struct Names
{
    QHash<QString, QString> services, campaigns, technicians;
    QHash<qint64, QString> technicianIds, couponIds;

    void load(const CacheDatabase &cache)
    {
        services = cache.serviceItemNames();
        campaigns = cache.recordNames(QStringLiteral("coupons"), QStringLiteral("$.campaign"));
        technicians = cache.recordNames(QStringLiteral("technicians"), QStringLiteral("$.name"));
        SqlStatement keys(cache.database(),
                          "SELECT kind, id, key FROM figure_keys WHERE kind IN (2, 3)");
        while (keys.step())
            (keys.columnInt(0) == 2 ? technicianIds : couponIds)
                .insert(keys.columnInt(1), keys.columnText(2));
    }
};

// The period's figures from its tally, with names.
void describePeriod(const Names &names, const Cells &cells, const Filter &filter,
                    const PeriodTally &tally, Figures *out)
{
    out->buckets = bucketStarts(filter.from, filter.to, filter.bucket);
    out->volume = tally.volume;
    out->created = tally.created;
    out->paid = tally.paid;
    out->dispatched = tally.dispatched;
    out->completed = tally.completed;
    out->kpis[size_t(Kpi::OnTimeRate)].current =
        tally.completed ? (tally.onTime * 10000 + tally.completed / 2) / tally.completed : 0;
    QHash<QByteArray, qint64> services, districts;
    cells.sum(tally.cells, &districts, &services);

    // Labels.
    out->serviceNames = names.services;
    out->byService = sortedCounts(services);
    for (CountRow &row : out->byService)
        row.label = out->serviceNames.value(row.key, row.key);
    out->byDistrict = sortedCounts(districts);
    for (CountRow &row : out->byDistrict)
        row.label = row.key.section(QLatin1Char('/'), 1);

    for (auto it = tally.coupons.cbegin(); it != tally.coupons.cend(); ++it) {
        CouponRow row;
        row.couponId = names.couponIds.value(it.key());
        row.campaign = names.campaigns.value(row.couponId);
        row.redeemed = it->redeemed;
        row.discountCents = it->discount;
        row.orders = it->orders;
        row.revenueCents = it->revenue;
        out->coupons.append(row);
    }

    for (auto it = tally.technicians.cbegin(); it != tally.technicians.cend(); ++it) {
        TechnicianRow row;
        row.technicianId = names.technicianIds.value(it.key());
        row.name = names.technicians.value(row.technicianId, row.technicianId);
        row.completed = it->completed;
        row.onTime = it->onTime;
        row.reviews = it->reviews;
        row.ratingSum = it->ratingSum;
        out->leaderboard.append(row);
    }
    std::sort(out->leaderboard.begin(), out->leaderboard.end(),
              [](const TechnicianRow &a, const TechnicianRow &b) {
                  if (a.completed != b.completed)
                      return a.completed > b.completed;
                  if (a.ratingSum * b.reviews != b.ratingSum * a.reviews)
                      return a.ratingSum * b.reviews > b.ratingSum * a.reviews;
                  return a.technicianId < b.technicianId;
              });
    if (out->leaderboard.size() > 20)
        out->leaderboard.resize(20);
}

// The previous period: its volume and on-time rate (the filter applies),
// and which customers ordered in it — any city or service, as the server's
// new-or-returning rule counts.
void previousPass(const CacheDatabase &cache, const Filter &filter, const Cells &cells,
                  Figures *out, CustomerRuns *customers)
{
    BucketIndex previous(filter.previousFrom(), filter.previousTo(), filter.bucket);
    out->previousBuckets = bucketStarts(filter.previousFrom(), filter.previousTo(), filter.bucket);
    out->previousVolume = QList<qint64>(previous.count(), 0);
    qint64 previousCompleted = 0, previousOnTime = 0;
    SqlStatement before(cache.database(),
                        "SELECT fig_day, fig_cell, fig_customer, fig_flags FROM orders WHERE "
                        "fig_day >= ?1 AND fig_day <= ?2");
    bindDays(before, filter.previousFrom(), filter.previousTo());
    while (before.step()) {
        customers->addPrevious(before.columnInt(2));
        if (cells.of(before.columnInt(1)) < 0)
            continue;
        const int bucket = previous.of(before.columnInt(0));
        if (bucket >= 0)
            ++out->previousVolume[bucket];
        const qint64 flags = before.columnInt(3);
        if (flags & Completed) {
            ++previousCompleted;
            previousOnTime += (flags & ReachedInTime) ? 1 : 0;
        }
    }
    before.reset();
    out->kpis[size_t(Kpi::OnTimeRate)].previous =
        previousCompleted ? (previousOnTime * 10000 + previousCompleted / 2) / previousCompleted
                          : 0;
}

// New or returning (the server's rule): a customer is new when their first
// order ever is within the period. Those not seen in the previous period are
// looked up before it — only when the cache goes back further.
void splitCustomers(const CacheDatabase &cache, const Filter &filter, Figures *out,
                    const CustomerRuns &customers)
{
    const QSqlDatabase db = cache.database();
    SqlStatement earliest(db, "SELECT min(fig_day) FROM orders");
    const bool olderOrders = earliest.step() && !earliest.columnIsNull(0) &&
                             earliest.columnInt(0) < filter.previousFrom().toJulianDay();
    earliest.reset();
    const QByteArray previousStart = dayStart(filter.previousFrom());
    SqlStatement probe(db, "SELECT 1 FROM orders WHERE customer_id = (SELECT key FROM "
                           "figure_keys WHERE id = ?1) AND created_at < ?2 LIMIT 1");
    customers.forEach([&](qint64 customer, qint64 orders, bool earlier) {
        bool returning = earlier;
        if (!returning && olderOrders) {
            probe.bindInt(1, customer).bind(2, previousStart);
            returning = probe.step();
            probe.reset();
        }
        if (returning) {
            ++out->returningCustomers;
            out->ordersByReturning += orders;
        } else {
            ++out->newCustomers;
            out->ordersByNew += orders;
        }
    });
}

// Reviews (with their rating) and complaints per bucket of [from, to], by
// the day they were written.
void quality(const CacheDatabase &cache, const Filter &filter, const QDate &from, const QDate &to,
             QList<QualityBucket> *buckets)
{
    const Conditions c = orderConditions(filter);
    const QByteArray join =
        c.any() ? QByteArray(" JOIN orders o ON o.id = rf.order_id") : QByteArray();
    BucketIndex index(from, to, filter.bucket);
    *buckets = QList<QualityBucket>(index.count());
    const QByteArray qSql = "SELECT rf.collection, rf.at, rf.rating FROM record_facts rf" + join +
                            " WHERE rf.collection IN ('reviews', 'complaints') AND rf.at >= "
                            "?1 AND rf.at < ?2" +
                            c.sql;
    SqlStatement q(cache.database(), qSql.constData());
    q.bind(1, dayStart(from)).bind(2, dayStart(to.addDays(1)));
    bindConditions(q, 3, c);
    while (q.step()) {
        const int bucket = index.ofTimestamp(q.columnView(1));
        if (bucket < 0)
            continue;
        QualityBucket &b = (*buckets)[bucket];
        if (q.columnView(0) == "complaints") {
            ++b.complaints;
        } else if (!q.columnIsNull(2)) {
            const qint64 rating = q.columnInt(2);
            ++b.reviews;
            b.ratingSum += rating;
            b.praises += rating >= 4 ? 1 : 0;
        }
    }
}

void refunds(const CacheDatabase &cache, const Filter &filter, Figures *out)
{
    const Conditions c = orderConditions(filter);
    const QByteArray join =
        c.any() ? QByteArray(" JOIN orders o ON o.id = rf.order_id") : QByteArray();
    const QByteArray qSql =
        "SELECT coalesce(rf.reason, ''), count(*), total(rf.amount_cents), "
        "total(CASE WHEN rf.status IN ('approved', 'paid_out') THEN rf.approved_cents "
        "END) FROM record_facts rf" +
        join + " WHERE rf.collection = 'refunds' AND rf.at >= ?1 AND rf.at < ?2" + c.sql +
        " GROUP BY 1 ORDER BY 2 DESC, 1";
    SqlStatement q(cache.database(), qSql.constData());
    q.bind(1, dayStart(filter.from)).bind(2, dayStart(filter.to.addDays(1)));
    bindConditions(q, 3, c);
    while (q.step())
        out->refunds.append(
            {q.columnText(0), q.columnInt(1), qint64(q.columnReal(2)), qint64(q.columnReal(3))});
}

void couponsIssued(const CacheDatabase &cache, const Filter &filter, const Names &names,
                   Figures *out)
{
    // As the server counts: coupons handed out within the period, by the
    // redemption's city and its customer's type (an issued coupon has no
    // order yet, so the district and service item do not apply).
    QByteArray sql = "SELECT rf.coupon_id, count(*) FROM record_facts rf";
    if (!filter.customerType.isEmpty())
        sql += " JOIN records c ON c.collection = 'customers' AND c.id = rf.customer_id";
    sql += " WHERE rf.collection = 'redemptions' AND rf.at >= ?1 AND rf.at < ?2";
    if (!filter.city.isEmpty())
        sql += " AND rf.city = ?3";
    if (!filter.customerType.isEmpty())
        sql += filter.city.isEmpty() ? " AND json_extract(c.doc, '$.customer_type') = ?3"
                                     : " AND json_extract(c.doc, '$.customer_type') = ?4";
    sql += " GROUP BY 1";
    const QByteArray qSql = sql;
    SqlStatement q(cache.database(), qSql.constData());
    q.bind(1, dayStart(filter.from)).bind(2, dayStart(filter.to.addDays(1)));
    int next = 3;
    if (!filter.city.isEmpty())
        q.bind(next++, filter.city);
    if (!filter.customerType.isEmpty())
        q.bind(next++, filter.customerType);
    QHash<QString, qint64> issued;
    while (q.step())
        issued.insert(q.columnText(0), q.columnInt(1));
    const QHash<QString, QString> &campaigns = names.campaigns;
    for (CouponRow &row : out->coupons)
        row.issued = issued.take(row.couponId);
    for (auto it = issued.cbegin(); it != issued.cend(); ++it) {
        CouponRow row;
        row.couponId = it.key();
        row.campaign = campaigns.value(it.key());
        row.issued = it.value();
        out->coupons.append(row);
    }
    std::sort(out->coupons.begin(), out->coupons.end(), [](const CouponRow &a, const CouponRow &b) {
        if (a.orders != b.orders)
            return a.orders > b.orders;
        if (a.issued != b.issued)
            return a.issued > b.issued;
        return a.couponId < b.couponId;
    });
}

// The read connections look at the file through memory mapping: no copy of
// every page read (half a million index entries per pass).
void mapFile(const CacheDatabase &cache)
{
    QSqlQuery pragma(cache.database());
    pragma.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
}

// Runs `work` in one read transaction: its figures from one snapshot, and
// the file's read lock taken once rather than per statement. The error, if
// any.
QString inTransaction(const CacheDatabase &cache, const std::function<void()> &work)
{
    QSqlDatabase db = cache.database();
    db.transaction();
    try {
        work();
    } catch (const std::exception &e) {
        db.rollback();
        return QString::fromUtf8(e.what());
    }
    db.commit();
    return {};
}

} // namespace

bool DashboardQueries::open(const QString &cachePath, QString *error)
{
    m_path = cachePath;
    if (!m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error))
        return false;
    mapFile(m_db);
    return true;
}

bool DashboardQueries::compute(const Filter &filter, Figures *out)
{
    m_error.clear();
    *out = Figures{};
    out->filter = filter;
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the cache is not open");
        return false;
    }
    // Two connections on two threads: this one reads most of the period's
    // orders and its reviews and complaints; a helper the tiles, the
    // previous period, its reviews and complaints, refunds, the names, and
    // the period's last days (a share that makes the two end together at a
    // year on a million orders: docs/dashboards.md). A sync committing in
    // between may put them a page apart.
    const qint64 days = filter.from.daysTo(filter.to) + 1;
    const QDate mainLast = filter.to.addDays(-(days / 5));
    // Each thread reads the cells in its own snapshot: numbers are never
    // given twice, so the two agree on those both know.
    Cells cells, helperCells;
    CustomerRuns customers, helperCustomers;
    PeriodTally tally, helperTally;
    Names names;
    Figures side;
    QString sideError;
    std::thread helper([&] {
        CacheDatabase other;
        if (!other.open(m_path, CacheDatabase::Mode::ReadOnly, &sideError))
            return;
        mapFile(other);
        sideError = inTransaction(other, [&] {
            helperCells.load(other, filter);
            kpis(other, filter, &side);
            previousPass(other, filter, helperCells, &side, &helperCustomers);
            quality(other, filter, filter.previousFrom(), filter.previousTo(),
                    &side.previousQuality);
            refunds(other, filter, &side);
            names.load(other);
            if (mainLast < filter.to)
                periodPass(other, filter, helperCells, mainLast.addDays(1), filter.to, &helperTally,
                           &helperCustomers);
        });
        helperCustomers.sort();
    });
    m_error = inTransaction(m_db, [&] {
        cells.load(m_db, filter);
        periodPass(m_db, filter, cells, filter.from, mainLast, &tally, &customers);
        quality(m_db, filter, filter.from, filter.to, &out->quality);
        customers.sort();
    });
    helper.join();
    if (m_error.isEmpty())
        m_error = sideError;
    if (!m_error.isEmpty())
        return false;
    tally.add(helperTally);
    customers.absorb(helperCustomers);
    describePeriod(names, cells.count() >= helperCells.count() ? cells : helperCells, filter, tally,
                   out);
    const qint64 onTime = out->kpis[size_t(Kpi::OnTimeRate)].current;
    out->kpis = side.kpis;
    out->kpis[size_t(Kpi::OnTimeRate)].current = onTime;
    out->techniciansOnline = side.techniciansOnline;
    out->previousBuckets = side.previousBuckets;
    out->previousVolume = side.previousVolume;
    out->previousQuality = side.previousQuality;
    out->refunds = side.refunds;
    m_error = inTransaction(m_db, [&] {
        splitCustomers(m_db, filter, out, customers);
        couponsIssued(m_db, filter, names, out);
    });
    return m_error.isEmpty();
}

} // namespace OpsDesk
