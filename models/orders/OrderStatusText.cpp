#include "models/orders/OrderStatusText.h"

#include <QCoreApplication>

namespace OpsDesk {

QString orderStatusTitle(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return QCoreApplication::translate("OrderStatus", "Pending payment");
    case OrderStatus::AwaitingDispatch:
        return QCoreApplication::translate("OrderStatus", "Awaiting dispatch");
    case OrderStatus::Assigned:
        return QCoreApplication::translate("OrderStatus", "Assigned");
    case OrderStatus::Accepted:
        return QCoreApplication::translate("OrderStatus", "Accepted");
    case OrderStatus::EnRoute:
        return QCoreApplication::translate("OrderStatus", "En route");
    case OrderStatus::Arrived:
        return QCoreApplication::translate("OrderStatus", "Arrived");
    case OrderStatus::InService:
        return QCoreApplication::translate("OrderStatus", "In service");
    case OrderStatus::Completed:
        return QCoreApplication::translate("OrderStatus", "Completed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    }
    return {};
}

QString orderStatusTitle(const QString &statusId)
{
    const auto status = orderStatusFromId(statusId);
    return status ? orderStatusTitle(*status) : statusId;
}

} // namespace OpsDesk
