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
        Appointment
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

    bool isEmpty() const { return *this == OrderFilter{}; }
    bool operator==(const OrderFilter &) const = default;

    QJsonObject toJson() const;
    static OrderFilter fromJson(const QJsonObject &json);
};

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
