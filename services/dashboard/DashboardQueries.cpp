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

// The conditions with numbered parameters from `first` on (for a statement
// where they come before its own parameters in the text).
QByteArray numbered(const Conditions &c, int first)
{
    QByteArray sql;
    for (const char ch : c.sql) {
        sql += ch;
        if (ch == '?')
            sql += QByteArray::number(first++);
    }
    return sql;
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

// The business day of a cache timestamp ("2026-11-21T17:05:00Z") as a
// Julian day number; 0 when it does not parse.
qint64 businessJulianDay(QByteArrayView t)
{
    if (t.size() < 13)
        return 0;
    const auto num = [&t](int at, int length) {
        int value = 0;
        for (int i = at; i < at + length; ++i) {
            const char c = t[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2), h = num(11, 2);
    if (y < 0 || m < 1 || d < 1 || h < 0)
        return 0;
    const QDate date(y, m, d);
    if (!date.isValid())
        return 0;
    return date.toJulianDay() + (h >= 16 ? 1 : 0);
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

// A counter keyed by the bytes of a column, copying a key only when new.
template<typename Value>
Value &slot(QHash<QByteArray, Value> &hash, QByteArrayView key)
{
    const QByteArray probe = QByteArray::fromRawData(key.data(), key.size());
    auto it = hash.find(probe);
    if (it == hash.end())
        it = hash.insert(QByteArray(key.data(), key.size()), Value{});
    return *it;
}

// Ids of the cache ("C000123", "T02852") as integers where they have that
// shape — up to 3 letters, then 1 to 12 digits: hashing an integer costs far
// less than hashing and comparing text, and a year has hundreds of thousands
// of customers. Other ids go through a text hash.
bool encodeId(QByteArrayView key, quint64 *code)
{
    quint64 prefix = 0;
    qsizetype i = 0;
    for (; i < key.size() && i < 3; ++i) {
        const char c = key[i];
        if (c >= 'A' && c <= 'Z')
            prefix = prefix * 64 + quint64(c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            prefix = prefix * 64 + quint64(c - 'a' + 27);
        else
            break;
    }
    const qsizetype digits = key.size() - i;
    if (digits < 1 || digits > 12)
        return false;
    quint64 number = 0;
    for (; i < key.size(); ++i) {
        const char c = key[i];
        if (c < '0' || c > '9')
            return false;
        number = number * 10 + quint64(c - '0');
    }
    *code = (prefix << 44) | (quint64(digits) << 40) | number;
    return true;
}
QByteArray decodeId(quint64 code)
{
    QByteArray letters;
    for (quint64 prefix = code >> 44; prefix; prefix /= 64) {
        const int v = int(prefix % 64);
        letters.prepend(char(v <= 26 ? 'A' + v - 1 : 'a' + v - 27));
    }
    const int digits = int((code >> 40) & 0xf);
    const QByteArray number = QByteArray::number(code & ((quint64(1) << 40) - 1));
    return letters + QByteArray(digits - number.size(), '0') + number;
}

template<typename Value>
class IdTable
{
public:
    Value &operator[](QByteArrayView key)
    {
        quint64 code = 0;
        if (encodeId(key, &code))
            return m_numbers[code];
        return slot(m_texts, key);
    }
    // f(const QByteArray &key, const Value &value) for every entry.
    template<typename F>
    void forEach(F f) const
    {
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            f(decodeId(it.key()), it.value());
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
            f(it.key(), it.value());
    }

private:
    QHash<quint64, Value> m_numbers;
    QHash<QByteArray, Value> m_texts;
};

// The customers of the period (once per order) and of the period before:
// integer ids sorted once, then counted in runs and matched by a merge —
// cheaper than a hash lookup per order for half a million orders.
class CustomerRuns
{
public:
    void addCurrent(QByteArrayView id)
    {
        quint64 code = 0;
        if (encodeId(id, &code))
            m_current.push_back(code);
        else
            ++slot(m_otherCurrent, id);
    }
    void addPrevious(QByteArrayView id)
    {
        quint64 code = 0;
        if (encodeId(id, &code))
            m_previous.push_back(code);
        else
            slot(m_otherPrevious, id) = true;
    }
    // Sorts what was added (in the thread that added it).
    void sort()
    {
        std::sort(m_current.begin(), m_current.end());
        std::sort(m_previous.begin(), m_previous.end());
    }
    // Takes over another thread's sorted runs, keeping the order.
    void absorb(CustomerRuns &other)
    {
        const auto mergeInto = [](std::vector<quint64> &into, std::vector<quint64> &from) {
            const auto middle = qsizetype(into.size());
            into.insert(into.end(), from.begin(), from.end());
            std::inplace_merge(into.begin(), into.begin() + middle, into.end());
            from.clear();
        };
        mergeInto(m_current, other.m_current);
        mergeInto(m_previous, other.m_previous);
        for (auto it = other.m_otherCurrent.cbegin(); it != other.m_otherCurrent.cend(); ++it)
            m_otherCurrent[it.key()] += it.value();
        for (auto it = other.m_otherPrevious.cbegin(); it != other.m_otherPrevious.cend(); ++it)
            m_otherPrevious.insert(it.key(), true);
    }
    // A customer's id, made into text only when asked for.
    struct Id
    {
        quint64 code = 0;
        const QByteArray *text = nullptr;
        QByteArray get() const { return text ? *text : decodeId(code); }
    };
    // After sort() (and absorb()):
    // f(const Id &id, qint64 ordersInThePeriod, bool orderedInThePreviousPeriod)
    template<typename F>
    void forEach(F f)
    {
        auto previous = m_previous.cbegin();
        for (auto it = m_current.cbegin(); it != m_current.cend();) {
            const auto end = std::upper_bound(it, m_current.cend(), *it);
            previous = std::lower_bound(previous, m_previous.cend(), *it);
            f(Id{*it, nullptr}, qint64(end - it),
              previous != m_previous.cend() && *previous == *it);
            it = end;
        }
        for (auto it = m_otherCurrent.cbegin(); it != m_otherCurrent.cend(); ++it)
            f(Id{0, &it.key()}, it.value(), m_otherPrevious.contains(it.key()));
    }

private:
    std::vector<quint64> m_current, m_previous;
    QHash<QByteArray, qint64> m_otherCurrent;
    QHash<QByteArray, bool> m_otherPrevious;
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
    // completed or cancelled: orders created within the 90 days before.
    const QByteArray thenSql =
        QByteArray("SELECT total(o.paid_at <= ?1 AND coalesce(o.dispatched_at > ?1, 1) AND "
                   "coalesce(o.cancelled_at > ?1, 1)), total(o.started_at <= ?1 AND "
                   "coalesce(o.completed_at > ?1, 1) AND coalesce(o.cancelled_at > ?1, 1)), "
                   "total(o.appointment_end < ?1 AND coalesce(o.completed_at > ?1, 1) AND "
                   "coalesce(o.cancelled_at > ?1, 1)) FROM orders o WHERE o.created_at >= "
                   "?2 AND o.created_at <= ?1") +
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
    QHash<QByteArray, qint64> services, districts;
    QHash<QByteArray, CouponTally> coupons;
    IdTable<TechnicianTally> technicians;

    void add(const PeriodTally &o)
    {
        for (int i = 0; i < volume.size() && i < o.volume.size(); ++i)
            volume[i] += o.volume[i];
        created += o.created;
        paid += o.paid;
        dispatched += o.dispatched;
        completed += o.completed;
        onTime += o.onTime;
        for (auto it = o.services.cbegin(); it != o.services.cend(); ++it)
            services[it.key()] += it.value();
        for (auto it = o.districts.cbegin(); it != o.districts.cend(); ++it)
            districts[it.key()] += it.value();
        for (auto it = o.coupons.cbegin(); it != o.coupons.cend(); ++it) {
            CouponTally &t = coupons[it.key()];
            t.redeemed += it->redeemed;
            t.discount += it->discount;
            t.orders += it->orders;
            t.revenue += it->revenue;
        }
        o.technicians.forEach([this](const QByteArray &id, const TechnicianTally &v) {
            TechnicianTally &t = technicians[id];
            t.completed += v.completed;
            t.onTime += v.onTime;
            t.reviews += v.reviews;
            t.ratingSum += v.ratingSum;
        });
    }
};

// The period's orders created on the business days [first, last], read from
// the covering index in one pass.
void periodPass(const CacheDatabase &cache, const Filter &filter, const QDate &first,
                const QDate &last, PeriodTally *tally, CustomerRuns *customers)
{
    const QSqlDatabase db = cache.database();
    const Conditions c = orderConditions(filter);
    BucketIndex current(filter.from, filter.to, filter.bucket);
    tally->volume = QList<qint64>(current.count(), 0);
    QHash<QByteArray, qint64> &services = tally->services;
    QHash<QByteArray, qint64> &districts = tally->districts;
    QHash<QByteArray, CouponTally> &coupons = tally->coupons;
    IdTable<TechnicianTally> &technicians = tally->technicians;
    const QByteArray periodSql =
        QByteArray("SELECT o.created_at, o.city, o.district, o.service_item_id, "
                   "o.customer_id, o.technician_id, o.paid_at IS NOT NULL, o.dispatched_at "
                   "IS NOT NULL, (o.completed_at IS NOT NULL OR o.status = 'completed'), "
                   "coalesce(o.paid_cents, 0) - coalesce(o.refunded_cents, 0), o.coupon_id, "
                   "coalesce(o.coupon_discount_cents, 0), o.rating, o.arrived_at <= "
                   "o.appointment_end FROM orders o WHERE o.created_at >= ?1 AND "
                   "o.created_at < ?2") +
        c.sql;
    SqlStatement period(db, periodSql.constData());
    period.bind(1, dayStart(first)).bind(2, dayStart(last.addDays(1)));
    bindConditions(period, 3, c);
    QByteArray districtKey;
    while (period.step()) {
        const int bucket = current.ofTimestamp(period.columnView(0));
        if (bucket >= 0)
            ++tally->volume[bucket];
        ++tally->created;
        const QByteArrayView city = period.columnView(1);
        districtKey.clear();
        districtKey.append(city.data(), city.size()).append('/').append(period.columnView(2));
        ++slot(districts, districtKey);
        ++slot(services, period.columnView(3));
        customers->addCurrent(period.columnView(4));
        const bool paid = period.columnInt(6) != 0;
        const bool isCompleted = period.columnInt(8) != 0;
        const bool reachedInTime = period.columnInt(13) != 0;
        tally->paid += paid ? 1 : 0;
        tally->dispatched += period.columnInt(7) != 0 ? 1 : 0;
        if (isCompleted) {
            ++tally->completed;
            tally->onTime += reachedInTime ? 1 : 0;
        }
        const qint64 revenue = period.columnInt(9);
        if (!period.columnIsNull(10)) {
            CouponTally &t = slot(coupons, period.columnView(10));
            t.redeemed += paid ? 1 : 0;
            t.discount += period.columnInt(11);
            ++t.orders;
            t.revenue += revenue;
        }
        if (isCompleted && !period.columnIsNull(5)) {
            TechnicianTally &t = technicians[period.columnView(5)];
            ++t.completed;
            t.onTime += reachedInTime ? 1 : 0;
            if (!period.columnIsNull(12)) {
                ++t.reviews;
                t.ratingSum += period.columnInt(12);
            }
        }
    }
    period.reset();
}

// The period's figures from its tally, with names.
// The names the charts show: service items, coupons' campaigns, technicians.
struct Names
{
    QHash<QString, QString> services, campaigns, technicians;

    void load(const CacheDatabase &cache)
    {
        services = cache.serviceItemNames();
        campaigns = cache.recordNames(QStringLiteral("coupons"), QStringLiteral("$.campaign"));
        technicians = cache.recordNames(QStringLiteral("technicians"), QStringLiteral("$.name"));
    }
};

void describePeriod(const Names &names, const Filter &filter, const PeriodTally &tally,
                    Figures *out)
{
    out->buckets = bucketStarts(filter.from, filter.to, filter.bucket);
    out->volume = tally.volume;
    out->created = tally.created;
    out->paid = tally.paid;
    out->dispatched = tally.dispatched;
    out->completed = tally.completed;
    out->kpis[size_t(Kpi::OnTimeRate)].current =
        tally.completed ? (tally.onTime * 10000 + tally.completed / 2) / tally.completed : 0;
    const QHash<QByteArray, qint64> &services = tally.services;
    const QHash<QByteArray, qint64> &districts = tally.districts;
    const QHash<QByteArray, CouponTally> &coupons = tally.coupons;
    const IdTable<TechnicianTally> &technicians = tally.technicians;

    // Labels.
    out->serviceNames = names.services;
    out->byService = sortedCounts(services);
    for (CountRow &row : out->byService)
        row.label = out->serviceNames.value(row.key, row.key);
    out->byDistrict = sortedCounts(districts);
    for (CountRow &row : out->byDistrict)
        row.label = row.key.section(QLatin1Char('/'), 1);

    const QHash<QString, QString> &campaigns = names.campaigns;
    for (auto it = coupons.cbegin(); it != coupons.cend(); ++it) {
        CouponRow row;
        row.couponId = QString::fromUtf8(it.key());
        row.campaign = campaigns.value(row.couponId);
        row.redeemed = it->redeemed;
        row.discountCents = it->discount;
        row.orders = it->orders;
        row.revenueCents = it->revenue;
        out->coupons.append(row);
    }

    technicians.forEach([&](const QByteArray &id, const TechnicianTally &done) {
        TechnicianRow row;
        row.technicianId = QString::fromUtf8(id);
        row.name = names.technicians.value(row.technicianId, row.technicianId);
        row.completed = done.completed;
        row.onTime = done.onTime;
        row.reviews = done.reviews;
        row.ratingSum = done.ratingSum;
        out->leaderboard.append(row);
    });
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
void previousPass(const CacheDatabase &cache, const Filter &filter, Figures *out,
                  CustomerRuns *customers)
{
    const QSqlDatabase db = cache.database();
    BucketIndex previous(filter.previousFrom(), filter.previousTo(), filter.bucket);
    out->previousBuckets = bucketStarts(filter.previousFrom(), filter.previousTo(), filter.bucket);
    out->previousVolume = QList<qint64>(previous.count(), 0);
    // Whether an order matches the filter, as a column (1 without one).
    const Conditions c = orderConditions(filter);
    const QByteArray beforeSql =
        "SELECT o.created_at, o.customer_id, (o.completed_at IS NOT NULL OR o.status = "
        "'completed'), o.arrived_at <= o.appointment_end, (1" +
        numbered(c, 3) + ") FROM orders o WHERE o.created_at >= ?1 AND o.created_at < ?2";
    qint64 previousCompleted = 0, previousOnTime = 0;
    SqlStatement before(db, beforeSql.constData());
    const QByteArray previousStart = dayStart(filter.previousFrom());
    before.bind(1, previousStart).bind(2, dayStart(filter.from));
    bindConditions(before, 3, c);
    while (before.step()) {
        customers->addPrevious(before.columnView(1));
        if (before.columnInt(4) == 0)
            continue;
        const int bucket = previous.ofTimestamp(before.columnView(0));
        if (bucket >= 0)
            ++out->previousVolume[bucket];
        if (before.columnInt(2) != 0) {
            ++previousCompleted;
            previousOnTime += before.columnInt(3) != 0 ? 1 : 0;
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
                    CustomerRuns *customers)
{
    const QSqlDatabase db = cache.database();
    const QByteArray previousStart = dayStart(filter.previousFrom());
    SqlStatement earliest(db, "SELECT min(created_at) FROM orders");
    const bool olderOrders = earliest.step() && !earliest.columnIsNull(0) &&
                             earliest.columnView(0) < QByteArrayView(previousStart);
    earliest.reset();
    SqlStatement probe(db, "SELECT 1 FROM orders WHERE customer_id = ?1 AND created_at < ?2 "
                           "LIMIT 1");
    customers->forEach([&](const CustomerRuns::Id &customer, qint64 orders, bool earlier) {
        bool returning = earlier;
        if (!returning && olderOrders) {
            probe.bind(1, customer.get()).bind(2, previousStart);
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

void quality(const CacheDatabase &cache, const Filter &filter, Figures *out)
{
    const QSqlDatabase db = cache.database();
    const Conditions c = orderConditions(filter);
    const QByteArray join =
        c.any() ? QByteArray(" JOIN orders o ON o.id = rf.order_id") : QByteArray();
    const auto fill = [&](const QDate &from, const QDate &to, QList<QualityBucket> *buckets) {
        BucketIndex index(from, to, filter.bucket);
        *buckets = QList<QualityBucket>(index.count());
        const QByteArray qSql = "SELECT rf.collection, rf.at, rf.rating FROM record_facts rf" +
                                join +
                                " WHERE rf.collection IN ('reviews', 'complaints') AND rf.at >= "
                                "?1 AND rf.at < ?2" +
                                c.sql;
        SqlStatement q(db, qSql.constData());
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
    };
    fill(filter.from, filter.to, &out->quality);
    fill(filter.previousFrom(), filter.previousTo(), &out->previousQuality);
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
    // Two connections on two threads: this one reads the period's orders, a
    // helper the previous period, the tiles, reviews and complaints, and
    // refunds. (A sync committing in between may put them a page apart.)
    // The helper also reads the period's last sixth of days once its own
    // work is done (it has less), so the two threads end together.
    const qint64 days = filter.from.daysTo(filter.to) + 1;
    const QDate mainLast = filter.to.addDays(-(days / 6));
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
            kpis(other, filter, &side);
            previousPass(other, filter, &side, &helperCustomers);
            quality(other, filter, &side);
            refunds(other, filter, &side);
            names.load(other);
            if (mainLast < filter.to)
                periodPass(other, filter, mainLast.addDays(1), filter.to, &helperTally,
                           &helperCustomers);
        });
        helperCustomers.sort();
    });
    m_error = inTransaction(m_db, [&] {
        periodPass(m_db, filter, filter.from, mainLast, &tally, &customers);
        customers.sort();
    });
    helper.join();
    if (m_error.isEmpty())
        m_error = sideError;
    if (!m_error.isEmpty())
        return false;
    tally.add(helperTally);
    customers.absorb(helperCustomers);
    describePeriod(names, filter, tally, out);
    const qint64 onTime = out->kpis[size_t(Kpi::OnTimeRate)].current;
    out->kpis = side.kpis;
    out->kpis[size_t(Kpi::OnTimeRate)].current = onTime;
    out->techniciansOnline = side.techniciansOnline;
    out->previousBuckets = side.previousBuckets;
    out->previousVolume = side.previousVolume;
    out->quality = side.quality;
    out->previousQuality = side.previousQuality;
    out->refunds = side.refunds;
    m_error = inTransaction(m_db, [&] {
        splitCustomers(m_db, filter, out, &customers);
        couponsIssued(m_db, filter, names, out);
    });
    return m_error.isEmpty();
}

} // namespace OpsDesk
