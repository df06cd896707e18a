#include "models/OrderStatus.h"

namespace OpsDesk {

QString orderStatusId(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return QStringLiteral("pending_payment");
    case OrderStatus::AwaitingDispatch:
        return QStringLiteral("awaiting_dispatch");
    case OrderStatus::Assigned:
        return QStringLiteral("assigned");
    case OrderStatus::Accepted:
        return QStringLiteral("accepted");
    case OrderStatus::EnRoute:
        return QStringLiteral("en_route");
    case OrderStatus::Arrived:
        return QStringLiteral("arrived");
    case OrderStatus::InService:
        return QStringLiteral("in_service");
    case OrderStatus::Completed:
        return QStringLiteral("completed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromId(const QString &id)
{
    for (const OrderStatus status : allOrderStatuses())
        if (orderStatusId(status) == id)
            return status;
    return std::nullopt;
}

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::PendingPayment, OrderStatus::AwaitingDispatch, OrderStatus::Assigned,
            OrderStatus::Accepted,       OrderStatus::EnRoute,          OrderStatus::Arrived,
            OrderStatus::InService,      OrderStatus::Completed,        OrderStatus::Cancelled};
}

bool isOrderCancellable(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
    case OrderStatus::AwaitingDispatch:
    case OrderStatus::Assigned:
    case OrderStatus::Accepted:
        return true;
    default:
        return false;
    }
}

bool isOrderTerminal(OrderStatus status)
{
    return status == OrderStatus::Completed || status == OrderStatus::Cancelled;
}

bool isOrderPaid(OrderStatus status)
{
    return status != OrderStatus::PendingPayment;
}

bool isOrderTransitionAllowed(OrderStatus from, OrderStatus to)
{
    if (to == OrderStatus::Cancelled)
        return isOrderCancellable(from);
    switch (from) {
    case OrderStatus::PendingPayment:
        return to == OrderStatus::AwaitingDispatch;
    case OrderStatus::AwaitingDispatch:
        return to == OrderStatus::Assigned;
    case OrderStatus::Assigned:
        return to == OrderStatus::Assigned || to == OrderStatus::Accepted ||
               to == OrderStatus::AwaitingDispatch;
    case OrderStatus::Accepted:
        return to == OrderStatus::EnRoute || to == OrderStatus::AwaitingDispatch ||
               to == OrderStatus::Assigned;
    case OrderStatus::EnRoute:
        // Dispatch may still take the order back or hand it to someone else
        // while the technician is on the way (API: reassign, unassign).
        return to == OrderStatus::Arrived || to == OrderStatus::Assigned ||
               to == OrderStatus::AwaitingDispatch;
    case OrderStatus::Arrived:
        return to == OrderStatus::InService;
    case OrderStatus::InService:
        return to == OrderStatus::Completed;
    case OrderStatus::Completed:
    case OrderStatus::Cancelled:
        return false;
    }
    return false;
}

std::optional<OrderStatus> nextOrderProgressStep(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Assigned:
        return OrderStatus::Accepted;
    case OrderStatus::Accepted:
        return OrderStatus::EnRoute;
    case OrderStatus::EnRoute:
        return OrderStatus::Arrived;
    case OrderStatus::Arrived:
        return OrderStatus::InService;
    case OrderStatus::InService:
        return OrderStatus::Completed;
    default:
        return std::nullopt;
    }
}

} // namespace OpsDesk
