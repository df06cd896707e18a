#pragma once

#include "models/orders/OrderFilter.h"

#include <QHash>
#include <QList>
#include <QString>

namespace OpsDesk {

// One line of the orders table, with the names of the service item and the
// technician already looked up.
struct OrderRow
{
    QString id;
    QString status;
    QString city;
    QString district;
    QString serviceItem;
    QString customerName;
    QString customerType;
    QString technician;
    QString createdAt;        // ISO UTC
    QString appointmentStart; // ISO UTC
    QString appointmentEnd;   // ISO UTC
    qint64 priceCents = 0;
    qint64 paidCents = 0;
    bool hasRefund = false;
    bool hasComplaint = false;
    bool overdue = false;
    bool pending = false; // a local change the server does not have yet
};

// Where the orders table gets its rows. The models layer does no I/O: the
// SQLite implementation lives in services/orders/SqlOrderRowSource.
// Calls are synchronous and made on the model's thread.
class OrderRowSource
{
public:
    virtual ~OrderRowSource() = default;
    // How many orders match.
    virtual qint64 count(const OrderFilter &filter) = 0;
    // The rows [offset, offset + limit) of the matching orders in `sort` order.
    virtual QList<OrderRow> rows(const OrderFilter &filter, const OrderSort &sort, qint64 offset,
                                 int limit) = 0;
    // Matching orders per status id.
    virtual QHash<QString, qint64> statusCounts(const OrderFilter &filter) = 0;
};

} // namespace OpsDesk
