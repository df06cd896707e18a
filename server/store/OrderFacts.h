#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace OpsDesk::Server {

// The narrow row `order_facts` keeps per order for the dashboards. Text is
// UTF-8; a null QByteArray is stored as NULL.
struct OrderFacts
{
    QByteArray id;
    QByteArray city;
    QByteArray district;
    QByteArray serviceItemId;
    QByteArray status;
    QByteArray customerId;
    QByteArray customerType;
    QByteArray technicianId; // null: none assigned
    QByteArray createdDay;   // the business day (UTC+8), "YYYY-MM-DD"
    bool paid = false;
    bool dispatched = false; // it was assigned to a technician at some point
    bool completed = false;
    qint64 priceCents = 0;
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
    QByteArray couponId; // null: none
    qint64 couponDiscountCents = 0;
    double lat = 0;
    double lng = 0;
    bool hasComplaint = false;
    std::optional<int> rating;

    // The facts of an order document as the API writes it.
    static OrderFacts fromDocument(const QJsonObject &order);
};

} // namespace OpsDesk::Server
