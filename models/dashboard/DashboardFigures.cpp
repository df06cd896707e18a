#include "models/dashboard/DashboardFigures.h"

#include <algorithm>

namespace OpsDesk::Dashboard {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

// [first, last] of bucket `index`, cut by [from, to]; invalid past the end.
std::pair<QDate, QDate> bucketRange(const QDate &from, const QDate &to, Bucket bucket, int index)
{
    const QList<QDate> starts = bucketStarts(from, to, bucket);
    if (index < 0 || index >= starts.size())
        return {};
    const QDate first = std::max(starts[index], from);
    const QDate last = index + 1 < starts.size() ? std::min(starts[index + 1].addDays(-1), to) : to;
    return {first, last};
}

OrderFilter withDays(const Filter &filter, const QDate &from, const QDate &to)
{
    OrderFilter f = ordersOf(filter);
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

QDate businessDay(const QDateTime &moment)
{
    return moment.toUTC().addSecs(ChinaOffsetSeconds).date();
}

QDate businessDayOfUtcText(QStringView isoUtc)
{
    if (isoUtc.size() < 13)
        return {};
    const QDate day = QDate::fromString(isoUtc.left(10).toString(), Qt::ISODate);
    return isoUtc.mid(11, 2).toInt() >= 16 ? day.addDays(1) : day;
}

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

int orderFlags(bool paid, bool dispatched, bool completed, QByteArrayView arrivedAt,
               QByteArrayView appointmentEnd)
{
    const bool inTime =
        !arrivedAt.isEmpty() && !appointmentEnd.isEmpty() && arrivedAt <= appointmentEnd;
    return (paid ? Paid : 0) | (dispatched ? Dispatched : 0) | (completed ? Completed : 0) |
           (inTime ? ReachedInTime : 0);
}

Bucket bucketFor(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 62)
        return Bucket::Day;
    if (days <= 190)
        return Bucket::Week;
    return Bucket::Month;
}

QDate bucketStart(const QDate &day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QList<QDate> bucketStarts(const QDate &from, const QDate &to, Bucket bucket)
{
    QList<QDate> starts;
    if (!from.isValid() || !to.isValid() || from > to)
        return starts;
    for (QDate d = bucketStart(from, bucket); d <= to;) {
        starts.append(d);
        switch (bucket) {
        case Bucket::Day:
            d = d.addDays(1);
            break;
        case Bucket::Week:
            d = d.addDays(7);
            break;
        case Bucket::Month:
            d = d.addMonths(1);
            break;
        }
    }
    return starts;
}

OrderFilter ordersOf(const Filter &filter)
{
    OrderFilter f;
    f.city = filter.city;
    f.district = filter.district;
    f.serviceItemId = filter.serviceItemId;
    f.customerType = filter.customerType;
    f.from = filter.from;
    f.to = filter.to;
    f.businessDays = true;
    return f;
}

OrderFilter ordersInBucket(const Filter &filter, int bucketIndex)
{
    const auto [first, last] = bucketRange(filter.from, filter.to, filter.bucket, bucketIndex);
    return withDays(filter, first, last);
}

OrderFilter ordersInPreviousBucket(const Filter &filter, int bucketIndex)
{
    const auto [first, last] =
        bucketRange(filter.previousFrom(), filter.previousTo(), filter.bucket, bucketIndex);
    return withDays(filter, first, last);
}

OrderFilter ordersOfService(const Filter &filter, const QString &serviceItemId)
{
    OrderFilter f = ordersOf(filter);
    f.serviceItemId = serviceItemId;
    return f;
}

OrderFilter ordersOfDistrict(const Filter &filter, const QString &cityDistrictKey)
{
    OrderFilter f = ordersOf(filter);
    const qsizetype slash = cityDistrictKey.indexOf(QLatin1Char('/'));
    f.city = cityDistrictKey.left(slash);
    f.district = slash < 0 ? QString() : cityDistrictKey.mid(slash + 1);
    return f;
}

OrderFilter ordersAtStage(const Filter &filter, OrderFilter::Stage stage)
{
    OrderFilter f = ordersOf(filter);
    f.stage = stage;
    return f;
}

OrderFilter ordersOfCustomers(const Filter &filter, OrderFilter::CustomerHistory history)
{
    OrderFilter f = ordersOf(filter);
    f.customers = history;
    return f;
}

OrderFilter ordersWithComplaints(const Filter &filter, int bucketIndex)
{
    OrderFilter f = ordersInBucket(filter, bucketIndex);
    f.dateField = OrderFilter::DateField::Complaint;
    return f;
}

OrderFilter ordersWithPraise(const Filter &filter, int bucketIndex)
{
    OrderFilter f = ordersInBucket(filter, bucketIndex);
    f.dateField = OrderFilter::DateField::Review;
    f.minRating = 4;
    return f;
}

OrderFilter ordersWithRefundReason(const Filter &filter, const QString &reason)
{
    OrderFilter f = ordersOf(filter);
    f.dateField = OrderFilter::DateField::Refund;
    f.refundReason = reason;
    return f;
}

OrderFilter ordersWithCoupon(const Filter &filter, const QString &couponId)
{
    OrderFilter f = ordersOf(filter);
    f.couponId = couponId;
    return f;
}

OrderFilter ordersCompletedBy(const Filter &filter, const QString &technicianId)
{
    OrderFilter f = ordersAtStage(filter, OrderFilter::Stage::Completed);
    f.technicianId = technicianId;
    return f;
}

std::optional<OrderFilter> ordersOfKpi(const Filter &filter, Kpi kpi)
{
    OrderFilter f = ordersOf(filter);
    f.from = {};
    f.to = {};
    switch (kpi) {
    case Kpi::OrdersToday:
    case Kpi::RevenueToday:
        f.from = f.to = businessDay(filter.now);
        return f;
    case Kpi::AwaitingDispatch:
        f.statuses = {QStringLiteral("awaiting_dispatch")};
        return f;
    case Kpi::InService:
        f.statuses = {QStringLiteral("in_service")};
        return f;
    case Kpi::Overdue:
        f.overdue = true;
        return f;
    case Kpi::OnTimeRate:
        return ordersAtStage(filter, OrderFilter::Stage::Completed);
    case Kpi::RefundsPending:
        f.refundPending = true;
        return f;
    case Kpi::TechniciansActive:
    case Kpi::Count:
        break;
    }
    return std::nullopt;
}

} // namespace OpsDesk::Dashboard
