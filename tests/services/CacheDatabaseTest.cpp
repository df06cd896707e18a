#include "services/cache/CacheDatabase.h"
#include "common/TestSupport.h"
#include "services/cache/CacheSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using OpsDesk::CacheDatabase;

TEST(CacheDatabase, CreatesTheLatestSchemaInWalMode)
{
    QTemporaryDir dir;
    CacheDatabase cache;
    QString error;
    const QString path = CacheDatabase::pathFor(dir.path(), QStringLiteral("http://127.0.0.1:8080"),
                                                QStringLiteral("ST0002"));
    ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) << qPrintable(error);
    EXPECT_EQ(cache.schemaVersion(), CacheDatabase::latestVersion());
    QSqlQuery query(cache.database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    query.next();
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(cache.checkIntegrity());
}

TEST(CacheDatabase, OneFilePerServerAndStaffMember)
{
    const QString a = CacheDatabase::pathFor(QStringLiteral("/d"), QStringLiteral("https://a"),
                                             QStringLiteral("ST1"));
    EXPECT_NE(a, CacheDatabase::pathFor(QStringLiteral("/d"), QStringLiteral("https://b"),
                                        QStringLiteral("ST1")));
    EXPECT_NE(a, CacheDatabase::pathFor(QStringLiteral("/d"), QStringLiteral("https://a"),
                                        QStringLiteral("ST2")));
    EXPECT_EQ(a, CacheDatabase::pathFor(QStringLiteral("/d"), QStringLiteral("https://a"),
                                        QStringLiteral("ST1")));
}

TEST(CacheDatabase, MigratesFromEveryEarlierVersionKeepingData)
{
    for (int from = 0; from < CacheDatabase::latestVersion(); ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CacheDatabase old;
            QString error;
            ASSERT_TRUE(old.openAtVersion(path, from, &error)) << qPrintable(error);
            EXPECT_EQ(old.schemaVersion(), from);
            if (from >= 1) {
                QSqlQuery insert(old.database());
                ASSERT_TRUE(
                    insert.exec(QStringLiteral("INSERT INTO records(collection, id, version, doc) "
                                               "VALUES('orders', 'O1', 3, '{\"id\":\"O1\"}')")));
                // A real order and its customer: the projection is rebuilt from them.
                ASSERT_TRUE(insert.exec(QStringLiteral(
                    "INSERT INTO records(collection, id, version, doc) VALUES('orders', 'O2', 1, "
                    "'{\"id\":\"O2\",\"status\":\"assigned\",\"city\":\"wuhan\","
                    "\"customer_id\":\"C1\",\"address\":\"武汉市青山区朝阳路406号\","
                    "\"notes\":[{\"text\":\"带梯子\"}]}'), ('customers', 'C1', 1, "
                    "'{\"id\":\"C1\",\"name\":\"李娜\",\"phone\":\"13912345678\"}')")));
            }
        }
        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error))
            << "from " << from << ": " << qPrintable(error);
        EXPECT_EQ(cache.schemaVersion(), CacheDatabase::latestVersion());
        EXPECT_TRUE(cache.checkIntegrity());
        if (from >= 1) {
            QSqlQuery query(cache.database());
            query.exec(QStringLiteral("SELECT version FROM records WHERE id = 'O1'"));
            ASSERT_TRUE(query.next());
            EXPECT_EQ(query.value(0).toInt(), 3);
        }
        // Every index the orders' filters rely on, whatever the start.
        for (const QString &index : OpsDesk::CacheSchema::ordersIndexNames()) {
            QSqlQuery query(cache.database());
            query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                         "name = ?"));
            query.addBindValue(index);
            ASSERT_TRUE(query.exec());
            EXPECT_TRUE(query.next()) << "from " << from << ": " << qPrintable(index);
        }
        // Steps up to 4 (re)build the orders projection from the records;
        // from 4 on the writer keeps it (CacheRecords), not a migration.
        if (from >= 1 && from < 4) {
            QSqlQuery query(cache.database());
            query.exec(QStringLiteral("SELECT status, city, customer_name, phone_tail FROM orders "
                                      "WHERE id = 'O2'"));
            ASSERT_TRUE(query.next()) << "from " << from;
            EXPECT_EQ(query.value(0).toString(), QStringLiteral("assigned"));
            EXPECT_EQ(query.value(2).toString(), QStringLiteral("李娜"));
            EXPECT_EQ(query.value(3).toString(), QStringLiteral("5678"));
            for (const char *term : {"朝阳路", "带梯子", "5678"}) {
                query.prepare(
                    QStringLiteral("SELECT order_id FROM orders_fts WHERE orders_fts MATCH ?"));
                query.addBindValue(
                    QString(QLatin1Char('"') + QString::fromUtf8(term) + QLatin1Char('"')));
                ASSERT_TRUE(query.exec());
                ASSERT_TRUE(query.next()) << "from " << from << " " << term;
                EXPECT_EQ(query.value(0).toString(), QStringLiteral("O2"));
            }
        }
    }
}

TEST(CacheDatabase, StepSevenProjectsOrderTimesAndRecordFacts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        CacheDatabase old;
        QString error;
        ASSERT_TRUE(old.openAtVersion(path, 5, &error)) << qPrintable(error);
        QSqlQuery insert(old.database());
        ASSERT_TRUE(insert.exec(QStringLiteral(
            "INSERT INTO records(collection, id, version, doc) VALUES('orders', 'O9', 4, "
            "'{\"id\":\"O9\",\"status\":\"completed\",\"paid_at\":\"2026-06-01T02:05:00Z\","
            "\"coupon_id\":\"K1\",\"rating\":4,\"status_history\":["
            "{\"status\":\"assigned\",\"at\":\"2026-06-01T03:00:00Z\"},"
            "{\"status\":\"arrived\",\"at\":\"2026-06-02T02:00:00Z\"},"
            "{\"status\":\"in_service\",\"at\":\"2026-06-02T02:05:00Z\"},"
            "{\"status\":\"completed\",\"at\":\"2026-06-02T02:50:00Z\"}]}'), "
            "('reviews', 'RV9', 1, '{\"id\":\"RV9\",\"order_id\":\"O9\",\"rating\":4,"
            "\"created_at\":\"2026-06-03T01:00:00Z\"}')")));
        ASSERT_TRUE(insert.exec(
            QStringLiteral("INSERT INTO orders(id, status) VALUES('O9', 'completed')")));
    }
    CacheDatabase cache;
    QString error;
    ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) << qPrintable(error);
    EXPECT_EQ(cache.schemaVersion(), CacheDatabase::latestVersion());
    QSqlQuery query(cache.database());
    EXPECT_EQ(
        OpsDesk::TestSupport::projectedTimes(path, QStringLiteral("O9")),
        (QStringList{QStringLiteral("2026-06-01T02:05:00Z"), QStringLiteral("2026-06-01T03:00:00Z"),
                     QStringLiteral("2026-06-02T02:00:00Z"), QStringLiteral("2026-06-02T02:05:00Z"),
                     QStringLiteral("2026-06-02T02:50:00Z"), QStringLiteral("null"),
                     QStringLiteral("K1"), QStringLiteral("4")}));
    // Existing reviews are in record_facts, and later records follow by trigger.
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT order_id, at, rating FROM record_facts WHERE "
                                          "collection = 'reviews' AND id = 'RV9'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("O9"));
    EXPECT_EQ(query.value(2).toInt(), 4);
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO records(collection, id, version, doc) VALUES('complaints', 'CM9', 1, "
        "'{\"id\":\"CM9\",\"order_id\":\"O9\",\"created_at\":\"2026-06-04T01:00:00Z\"}')")));
    ASSERT_TRUE(query.exec(
        QStringLiteral("UPDATE records SET doc = json_set(doc, '$.rating', 2) WHERE id = 'RV9'")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT collection, rating FROM record_facts ORDER BY "
                                          "collection")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("complaints"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(1).toInt(), 2);
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM records WHERE collection = 'complaints'")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM record_facts")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST(CacheDatabase, RefusesANewerSchemaAndGarbageFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        CacheDatabase cache;
        QString error;
        ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error));
        QSqlQuery(cache.database()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    CacheDatabase newer;
    QString error;
    EXPECT_FALSE(newer.open(path, CacheDatabase::Mode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("999"))) << qPrintable(error);

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    CacheDatabase broken;
    error.clear();
    EXPECT_FALSE(broken.open(garbage, CacheDatabase::Mode::ReadWrite, &error));
    EXPECT_FALSE(error.isEmpty());
    // The garbage file is left as it was: nothing is lost.
    EXPECT_EQ(QFileInfo(garbage).size(), 8192);
}

TEST(CacheDatabase, ReadOnlyReaderSeesTheWritersCommits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheDatabase writer;
    QString error;
    ASSERT_TRUE(writer.open(path, CacheDatabase::Mode::ReadWrite, &error));
    CacheDatabase reader;
    ASSERT_TRUE(reader.open(path, CacheDatabase::Mode::ReadOnly, &error)) << qPrintable(error);
    ASSERT_TRUE(writer.transaction([&] {
        return QSqlQuery(writer.database())
            .exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('k', 'v')"));
    }));
    QSqlQuery query(reader.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'k'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("v"));
    EXPECT_FALSE(QSqlQuery(reader.database())
                     .exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));
}
