#include "models/Notifications.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(Notifications, NewestFirstWithAnUnreadCountAndABound)
{
    Notifications list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy unread(&list, &Notifications::unreadCountChanged);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000);
    list.add(Notifications::Kind::NewOrders, QStringLiteral("3 new orders"), t0);
    list.add(Notifications::Kind::Conflict, QStringLiteral("conflict"), t0.addSecs(60));
    ASSERT_EQ(list.rowCount(), 2);
    EXPECT_EQ(list.data(list.index(0)).toString(), QStringLiteral("conflict"));
    EXPECT_EQ(list.data(list.index(0), Notifications::TimeRole).toDateTime(), t0.addSecs(60));
    EXPECT_EQ(list.unreadCount(), 2);
    list.markAllRead();
    EXPECT_EQ(list.unreadCount(), 0);
    EXPECT_TRUE(list.data(list.index(1), Notifications::ReadRole).toBool());
    EXPECT_EQ(unread.last().first().toInt(), 0);

    list.setCapacity(5);
    for (int i = 0; i < 10; ++i)
        list.add(Notifications::Kind::DispatchTimeout, QString::number(i), t0.addSecs(i));
    EXPECT_EQ(list.rowCount(), 5);
    EXPECT_EQ(list.unreadCount(), 5);
    EXPECT_EQ(list.data(list.index(0)).toString(), QStringLiteral("9"));
    list.clear();
    EXPECT_EQ(list.rowCount(), 0);
    EXPECT_EQ(list.unreadCount(), 0);
}
