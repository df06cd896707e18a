#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace OpsDesk {

// What the orders table shows: every criterion that is set narrows the rows
// (they combine with AND). A value type without I/O; services/orders turns it
// into SQL, saved views store it as JSON.
struct OrderFilter
{
    enum class DateField
    {
        Created,
        Appointment,
        Review,    // the range is when a review of the order was written
        Complaint, // … when a complaint about it was made
        Refund     // … when a refund of it was requested
    };
    // How far an order got (the dashboards' funnel); each stage includes the
    // later ones.
    enum class Stage
    {
        Any,
        Paid,       // it was paid
        Dispatched, // it was assigned to a technician at some time
        Completed   // it was completed
    };
    // Whether the customer ordered before `from` (the dashboards' new vs
    // returning customers).
    enum class CustomerHistory
    {
        Any,
        New,      // the customer's first order ever is on or after `from`
        Returning // the customer has an order before `from`
    };

    QString city;          // city id, empty = any
    QString district;      // empty = any
    QString serviceItemId; // empty = any
    QStringList statuses;  // status ids; empty = any
    QString customerType;  // "consumer" | "business" | empty
    DateField dateField = DateField::Created;
    QDate from;                // inclusive, local days; invalid = open
    QDate to;                  // inclusive
    QString technicianId;      // empty = any
    bool hasRefund = false;    // only orders with a refund
    bool hasComplaint = false; // only orders with a complaint
    bool overdue = false;      // appointment over and the order not finished
    QString text;              // order number, address, customer, phone tail, notes
    // from/to are business days (China time, UTC+8, as the server's
    // dashboards count them) rather than the console's local days.
    bool businessDays = false;
    Stage stage = Stage::Any;
    CustomerHistory customers = CustomerHistory::Any;
    int minRating = 0;          // with DateField::Review: reviews of at least this rating
    QString refundReason;       // with DateField::Refund: requests with this reason code
    QString couponId;           // orders that used this coupon
    bool refundPending = false; // a refund request waits for a decision

    bool isEmpty() const { return *this == OrderFilter{}; }
    bool operator==(const OrderFilter &) const = default;

    // The criteria the orders workspace has no control for (set by a
    // dashboard's drill-down), and the filter without them.
    OrderFilter extras() const;
    OrderFilter withoutExtras() const;

    QJsonObject toJson() const;
    static OrderFilter fromJson(const QJsonObject &json);
};

// The start of a business day (China time, UTC+8) as the cache's ISO UTC
// text: 2026-11-22 → "2026-11-21T16:00:00Z".
QString businessDayStartUtc(const QDate &day);

// The columns the orders table can sort on (each backed by an index).
enum class OrderSortKey
{
    Created,
    Appointment,
    Status,
    Id
};

struct OrderSort
{
    OrderSortKey key = OrderSortKey::Created;
    bool descending = true;
    bool operator==(const OrderSort &) const = default;
};

} // namespace OpsDesk
