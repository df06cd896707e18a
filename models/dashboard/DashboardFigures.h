#pragma once

#include "models/orders/OrderFilter.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace OpsDesk::Dashboard {

// Days are business days: China time (UTC+8), as the central server's
// /stats/* aggregates count them, whatever the console's own time zone.

enum class Bucket
{
    Day,
    Week, // Monday to Sunday
    Month
};

// What every chart of the dashboards shows: the orders of a city, district,
// service item and customer type created within [from, to] (business days,
// both included). `now` is the moment the "today" and "now" tiles are taken
// at (the current time; tests fix it).
struct Filter
{
    QString city;
    QString district;
    QString serviceItemId;
    QString customerType; // "consumer" | "business" | empty
    QDate from;
    QDate to;
    Bucket bucket = Bucket::Day;
    QDateTime now;

    bool operator==(const Filter &) const = default;
    // The period of the same length just before [from, to].
    QDate previousFrom() const { return from.addDays(-(from.daysTo(to) + 1)); }
    QDate previousTo() const { return from.addDays(-1); }
};

// The business day of a moment (businessDayStartUtc: models/orders/OrderFilter.h).
QDate businessDay(const QDateTime &moment);
// The business day of a cache timestamp ("2026-11-21T17:05:00Z" → 22 Nov).
QDate businessDayOfUtcText(QStringView isoUtc);
// The same as a Julian day number, without making a QDate per call (the
// cache writer projects it for every order); 0 when it does not parse.
qint64 businessJulianDay(QByteArrayView isoUtc);

// What the dashboards count of an order, as bits of one number (the cache
// projects it: `orders.fig_flags`).
enum OrderFlag : int
{
    Paid = 1,          // paid_at is set
    Dispatched = 2,    // it was assigned at some time
    Completed = 4,     // completed (a completion time, or the status)
    ReachedInTime = 8, // arrived no later than the appointment window's end
};
int orderFlags(bool paid, bool dispatched, bool completed, QByteArrayView arrivedAt,
               QByteArrayView appointmentEnd);

// A sensible bucket for a range: days up to 62 days, weeks up to 190, months.
Bucket bucketFor(const QDate &from, const QDate &to);
// The first day of the bucket holding `day`.
QDate bucketStart(const QDate &day, Bucket bucket);
// Every bucket's first day, from the one holding `from` to the one holding
// `to`; the first and last may be cut by the range.
QList<QDate> bucketStarts(const QDate &from, const QDate &to, Bucket bucket);

// The KPI tiles, in the order they are shown.
enum class Kpi
{
    OrdersToday,       // created today, up to now — vs yesterday up to the same time
    AwaitingDispatch,  // now — vs 24 hours before
    InService,         // now — vs 24 hours before
    Overdue,           // now — vs 24 hours before
    TechniciansActive, // with an order created today — vs yesterday up to the same time
    OnTimeRate,        // basis points, over the period — vs the previous period
    RefundsPending,    // refund requests waiting for a decision now — vs 24 hours before
    RevenueToday,      // cents, paid minus refunded, of today's orders — vs yesterday
    Count
};

struct KpiValue
{
    qint64 current = 0;
    qint64 previous = 0;
};

struct CountRow
{
    QString key;   // service item id, "city/district", reason code, coupon id …
    QString label; // what the chart shows (names looked up)
    qint64 count = 0;
};

struct QualityBucket
{
    qint64 complaints = 0;
    qint64 praises = 0; // reviews rated 4 or 5
    qint64 reviews = 0;
    qint64 ratingSum = 0;
    double averageRating() const { return reviews ? double(ratingSum) / double(reviews) : 0.0; }
};

struct RefundReason
{
    QString reason; // reason code
    qint64 count = 0;
    qint64 requestedCents = 0;
    qint64 approvedCents = 0; // approved or paid out
};

struct CouponRow
{
    QString couponId;
    QString campaign; // empty when the coupon names none
    qint64 issued = 0;
    qint64 redeemed = 0; // orders that used it and were paid
    qint64 discountCents = 0;
    qint64 orders = 0; // orders that used it
    qint64 revenueCents = 0;
};

struct TechnicianRow
{
    QString technicianId;
    QString name;
    qint64 completed = 0;
    qint64 onTime = 0; // completed orders reached before the appointment ended
    qint64 reviews = 0;
    qint64 ratingSum = 0;
    double averageRating() const { return reviews ? double(ratingSum) / double(reviews) : 0.0; }
    double onTimeRate() const { return completed ? double(onTime) / double(completed) : 0.0; }
};

// Every figure of the dashboards for one Filter.
struct Figures
{
    Filter filter;
    std::array<KpiValue, size_t(Kpi::Count)> kpis{};
    qint64 techniciansOnline = 0; // online or busy now (their records)

    // Order volume per bucket (bucketStarts of the filter); the previous
    // period's buckets line up by position.
    QList<QDate> buckets;
    QList<qint64> volume;
    QList<QDate> previousBuckets;
    QList<qint64> previousVolume;

    QList<CountRow> byService;  // most orders first
    QList<CountRow> byDistrict; // most orders first; key "city/district"

    qint64 created = 0, paid = 0, dispatched = 0, completed = 0; // the funnel

    qint64 newCustomers = 0, returningCustomers = 0;
    qint64 ordersByNew = 0, ordersByReturning = 0;

    QList<QualityBucket> quality;         // per bucket, by the review's / complaint's day
    QList<QualityBucket> previousQuality; // the previous period's buckets

    QList<RefundReason> refunds;      // by reason, most requests first
    QList<CouponRow> coupons;         // most orders first
    QList<TechnicianRow> leaderboard; // most completed first (at most 20)

    QHash<QString, QString> serviceNames; // id → name (for labels)
};

// Drill-down: the orders a chart element counts, as the orders workspace's
// filter. Each gives exactly the charted count through OrderCache.
OrderFilter ordersOf(const Filter &filter);                        // the whole period
OrderFilter ordersInBucket(const Filter &filter, int bucketIndex); // a point of the volume chart
OrderFilter ordersInPreviousBucket(const Filter &filter, int bucketIndex);
OrderFilter ordersOfService(const Filter &filter, const QString &serviceItemId);
OrderFilter ordersOfDistrict(const Filter &filter, const QString &cityDistrictKey);
OrderFilter ordersAtStage(const Filter &filter, OrderFilter::Stage stage);
OrderFilter ordersOfCustomers(const Filter &filter, OrderFilter::CustomerHistory history);
// Orders with a complaint / a praise (review ≥ 4) made within a bucket.
OrderFilter ordersWithComplaints(const Filter &filter, int bucketIndex);
OrderFilter ordersWithPraise(const Filter &filter, int bucketIndex);
OrderFilter ordersWithRefundReason(const Filter &filter, const QString &reason);
OrderFilter ordersWithCoupon(const Filter &filter, const QString &couponId);
OrderFilter ordersCompletedBy(const Filter &filter, const QString &technicianId);
// The orders behind a tile (empty filter with nothing set when a tile has no
// order list, such as the technicians).
std::optional<OrderFilter> ordersOfKpi(const Filter &filter, Kpi kpi);

} // namespace OpsDesk::Dashboard
