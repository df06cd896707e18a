#include "models/OrderStatus.h"

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(OrderStatus, IdsRoundTrip)
{
    for (const OrderStatus status : allOrderStatuses())
        EXPECT_EQ(orderStatusFromId(orderStatusId(status)), status);
    EXPECT_FALSE(orderStatusFromId(QStringLiteral("done")).has_value());
}

TEST(OrderStatus, HappyPathIsAllowed)
{
    const QList<OrderStatus> path{OrderStatus::PendingPayment, OrderStatus::AwaitingDispatch,
                                  OrderStatus::Assigned,       OrderStatus::Accepted,
                                  OrderStatus::EnRoute,        OrderStatus::Arrived,
                                  OrderStatus::InService,      OrderStatus::Completed};
    for (qsizetype i = 1; i < path.size(); ++i)
        EXPECT_TRUE(isOrderTransitionAllowed(path[i - 1], path[i])) << i;
}

TEST(OrderStatus, NoSkippingAndNoWayBackFromTheEnd)
{
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::AwaitingDispatch, OrderStatus::Completed));
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::PendingPayment, OrderStatus::Assigned));
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::Arrived, OrderStatus::AwaitingDispatch));
    for (const OrderStatus to : allOrderStatuses()) {
        EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::Completed, to));
        EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::Cancelled, to));
    }
}

TEST(OrderStatus, CancelOnlyFromEarlyStates)
{
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::PendingPayment, OrderStatus::Cancelled));
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::Assigned, OrderStatus::Cancelled));
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::Accepted, OrderStatus::Cancelled));
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::EnRoute, OrderStatus::Cancelled));
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::InService, OrderStatus::Cancelled));
}

TEST(OrderStatus, ReassignAndUnassign)
{
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::Assigned, OrderStatus::Assigned));
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::Assigned, OrderStatus::AwaitingDispatch));
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::Accepted, OrderStatus::AwaitingDispatch));
    // The contract allows reassign and unassign while en route.
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::EnRoute, OrderStatus::AwaitingDispatch));
    EXPECT_TRUE(isOrderTransitionAllowed(OrderStatus::EnRoute, OrderStatus::Assigned));
    EXPECT_FALSE(isOrderTransitionAllowed(OrderStatus::Arrived, OrderStatus::Assigned));
    EXPECT_FALSE(isOrderPaid(OrderStatus::PendingPayment));
    EXPECT_TRUE(isOrderPaid(OrderStatus::Completed));
}
