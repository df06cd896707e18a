#include "services/sync/OrderAlerts.h"
#include "services/cache/CacheDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(OrderAlerts, CountsNewAndTimedOutOrdersWaitingForDispatch)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheDatabase cache;
    QString error;
    ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) << qPrintable(error);
    auto insert = [&](const QString &id, const QString &status, const QString &created) {
        QSqlQuery query(cache.database());
        query.prepare(QStringLiteral("INSERT INTO orders(id, status, created_at) VALUES(?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(status);
        query.addBindValue(created);
        ASSERT_TRUE(query.exec());
    };
    insert(QStringLiteral("O1"), QStringLiteral("awaiting_dispatch"),
           QStringLiteral("2026-11-22T08:00:00Z"));
    insert(QStringLiteral("O2"), QStringLiteral("awaiting_dispatch"),
           QStringLiteral("2026-11-22T09:50:00Z"));
    insert(QStringLiteral("O3"), QStringLiteral("completed"),
           QStringLiteral("2026-11-22T07:00:00Z"));
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);

    OrderAlerts alerts(path);
    OrderAlerts::Counts counts = alerts.check(now, 30);
    EXPECT_EQ(counts.awaitingDispatch, 2);
    EXPECT_EQ(counts.newSinceLastCheck, 0); // the first look sets the mark
    EXPECT_EQ(counts.dispatchTimeouts, 1);  // O1 waits two hours

    insert(QStringLiteral("O4"), QStringLiteral("awaiting_dispatch"),
           QStringLiteral("2026-11-22T09:58:00Z"));
    counts = alerts.check(now, 30);
    EXPECT_EQ(counts.awaitingDispatch, 3);
    EXPECT_EQ(counts.newSinceLastCheck, 1);
    EXPECT_EQ(alerts.check(now, 30).newSinceLastCheck, 0);
}
