#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OpsDesk {

// The order lifecycle of BRIEF.md:
// pending payment → awaiting dispatch → assigned → accepted → en route →
// arrived → in service → completed; cancelled from the early states.
enum class OrderStatus
{
    PendingPayment,
    AwaitingDispatch,
    Assigned,
    Accepted,
    EnRoute,
    Arrived,
    InService,
    Completed,
    Cancelled,
};

QString orderStatusId(OrderStatus status); // "awaiting_dispatch"
std::optional<OrderStatus> orderStatusFromId(const QString &id);
QList<OrderStatus> allOrderStatuses();

// True when the platform's state machine allows status `from` to become `to`.
// Assigned → Assigned is a reassignment; Assigned/Accepted/EnRoute →
// AwaitingDispatch is an unassignment.
bool isOrderTransitionAllowed(OrderStatus from, OrderStatus to);

// The technician's next progress step (assigned → accepted → en route →
// arrived → in service → completed); empty for every other status.
std::optional<OrderStatus> nextOrderProgressStep(OrderStatus status);

// Cancelling is allowed only before the technician has set off.
bool isOrderCancellable(OrderStatus status);

// Completed and cancelled orders never change status again.
bool isOrderTerminal(OrderStatus status);

// The order has been paid for (refunds and after-sales may hang off it).
bool isOrderPaid(OrderStatus status);

} // namespace OpsDesk
