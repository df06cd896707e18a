// Delta sync over HTTP, through the validating proxy: cursor paging while
// changes are written between pages, and tombstones after a deletion.
#include "integration/ContractFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace OpsDesk::Contract;

namespace {

class Sync : public ContractTest
{
protected:
    static QStringList idsOf(const QList<QJsonObject> &records)
    {
        QStringList ids;
        for (const QJsonObject &record : records)
            ids.append(record.value(QStringLiteral("id")).toString());
        return ids;
    }
    static QSet<QString> setOf(const QStringList &ids) { return {ids.cbegin(), ids.cend()}; }
    static QStringList tombstoneIds(const Pass &pass) { return idsOf(pass.tombstones); }
};

} // namespace

TEST_F(Sync, AFullPassNeitherSkipsNorRepeatsWhileChangesAreWritten)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/orders/X/notes"));
    const QList<QJsonObject> before = records(QStringLiteral("orders"));
    if (before.size() < 200)
        GTEST_SKIP() << "needs at least 200 demo orders, the server has " << before.size();
    QHash<QString, qint64> versions;
    for (const QJsonObject &order : before)
        versions.insert(order.value(QStringLiteral("id")).toString(),
                        order.value(QStringLiteral("version")).toInteger());

    // Between pages, change an order the pass has already returned and one
    // it has not reached yet (taken from the end of the previous pass).
    QStringList changed;
    qsizetype nextUnseen = before.size() - 1;
    auto noteOn = [&](const QString &id) {
        const Response response =
            command("POST", QStringLiteral("/orders/%1/notes").arg(id),
                    QJsonObject{{QStringLiteral("text"), QString(QStringLiteral("between pages ") +
                                                                 QUuid::createUuid().toString())}},
                    QStringLiteral("dispatcher"), versions.value(id));
        EXPECT_EQ(response.status, 200) << qPrintable(response.describe());
        versions[id] = response.json().value(QStringLiteral("version")).toInteger();
        changed.append(id);
    };
    const Pass pass = syncPass(
        QStringLiteral("orders"), QStringLiteral("admin"), 150, {}, [&](const Pass &soFar) {
            const QSet<QString> seen = setOf(idsOf(soFar.items));
            noteOn(soFar.items.constLast().value(QStringLiteral("id")).toString());
            while (nextUnseen >= 0 &&
                   seen.contains(before.at(nextUnseen).value(QStringLiteral("id")).toString()))
                --nextUnseen;
            if (nextUnseen >= 0)
                noteOn(before.at(nextUnseen--).value(QStringLiteral("id")).toString());
        });
    ASSERT_TRUE(pass.ok);
    ASSERT_GT(pass.pages, 3);

    const QStringList passIds = idsOf(pass.items);
    EXPECT_EQ(setOf(passIds).size(), passIds.size()) << "a record was repeated within the pass";
    EXPECT_TRUE(pass.tombstones.isEmpty());
    // Nothing was created or deleted meanwhile: the pass has every order.
    const QSet<QString> server = setOf(idsOf(records(QStringLiteral("orders"))));
    const QSet<QString> got = setOf(passIds);
    const QSet<QString> skipped = server - got;
    EXPECT_TRUE(skipped.isEmpty())
        << "skipped: "
        << qPrintable(QStringList(skipped.cbegin(), skipped.cend()).join(QLatin1Char(' ')));
    EXPECT_TRUE((got - server).isEmpty());

    // Every change made during the pass comes in the next (delta) pass, in
    // its latest version.
    const Pass delta =
        syncPass(QStringLiteral("orders"), QStringLiteral("admin"), 150, pass.nextCursor);
    ASSERT_TRUE(delta.ok);
    QHash<QString, qint64> deltaVersions;
    for (const QJsonObject &order : delta.items)
        deltaVersions.insert(order.value(QStringLiteral("id")).toString(),
                             order.value(QStringLiteral("version")).toInteger());
    for (const QString &id : std::as_const(changed)) {
        EXPECT_TRUE(deltaVersions.contains(id)) << qPrintable(id) << " missing from the delta pass";
        EXPECT_EQ(deltaVersions.value(id), versions.value(id)) << qPrintable(id);
    }
    // And a delta pass right after it is empty.
    const Pass quiet =
        syncPass(QStringLiteral("orders"), QStringLiteral("admin"), 150, delta.nextCursor);
    EXPECT_TRUE(quiet.items.isEmpty());
    EXPECT_TRUE(quiet.tombstones.isEmpty());
}

TEST_F(Sync, ADeletedRecordComesAsATombstoneInTheNextDeltaPass)
{
    // auditor2 is not used by any other test of this executable.
    const QJsonObject auditor2 = staffRecord(QStringLiteral("auditor2"));
    ASSERT_FALSE(auditor2.isEmpty());
    const QString id = auditor2.value(QStringLiteral("id")).toString();
    const Pass full = syncPass(QStringLiteral("staff"), QStringLiteral("admin"), 3);
    ASSERT_TRUE(full.ok);
    ASSERT_TRUE(idsOf(full.items).contains(id));

    const QByteArray key = newKey();
    const QString path = QStringLiteral("/admin/records/staff/") + id;
    const Response deleted = command("DELETE", path, {}, QStringLiteral("admin"), {}, key);
    ASSERT_EQ(deleted.status, 204) << qPrintable(deleted.describe());
    const Response replayed = command("DELETE", path, {}, QStringLiteral("admin"), {}, key);
    EXPECT_EQ(replayed.status, 204) << qPrintable(replayed.describe());
    EXPECT_EQ(replayed.header("idempotent-replayed"), QByteArray("true"));
    const Response again = command("DELETE", path, {}, QStringLiteral("admin"));
    EXPECT_EQ(again.status, 404) << qPrintable(again.describe());

    const Pass delta =
        syncPass(QStringLiteral("staff"), QStringLiteral("admin"), 3, full.nextCursor);
    ASSERT_TRUE(delta.ok);
    EXPECT_FALSE(idsOf(delta.items).contains(id));
    ASSERT_EQ(tombstoneIds(delta), QStringList{id});
    const QJsonObject tombstone = delta.tombstones.constFirst();
    EXPECT_EQ(tombstone.value(QStringLiteral("version")).toInteger(),
              auditor2.value(QStringLiteral("version")).toInteger() + 1);
    EXPECT_FALSE(tombstone.value(QStringLiteral("deleted_at")).toString().isEmpty());

    // A full pass no longer has it; the next delta pass is quiet.
    EXPECT_FALSE(idsOf(records(QStringLiteral("staff"))).contains(id));
    const Pass quiet =
        syncPass(QStringLiteral("staff"), QStringLiteral("admin"), 3, delta.nextCursor);
    EXPECT_TRUE(quiet.items.isEmpty());
    EXPECT_TRUE(quiet.tombstones.isEmpty());
}

TEST_F(Sync, ADeletedOrderReachesEveryoneWhoSyncsOrders)
{
    const Pass dispatcherPass =
        syncPass(QStringLiteral("orders"), QStringLiteral("dispatcher"), 1000);
    ASSERT_TRUE(dispatcherPass.ok);
    const QJsonObject order =
        claimRecord(QStringLiteral("orders"), [](const QJsonObject &) { return true; });
    OPSDESK_REQUIRE_RECORD(order, "order");
    const QString id = order.value(QStringLiteral("id")).toString();
    const Response deleted = command("DELETE", QStringLiteral("/admin/records/orders/") + id, {},
                                     QStringLiteral("admin"));
    ASSERT_EQ(deleted.status, 204) << qPrintable(deleted.describe());
    const Pass delta = syncPass(QStringLiteral("orders"), QStringLiteral("dispatcher"), 1000,
                                dispatcherPass.nextCursor);
    ASSERT_TRUE(delta.ok);
    EXPECT_TRUE(tombstoneIds(delta).contains(id));
}

TEST_F(Sync, DeletingIsAdminOnly)
{
    const Response refused = command("DELETE", QStringLiteral("/admin/records/orders/O1"), {},
                                     QStringLiteral("dispatcher"));
    EXPECT_EQ(refused.status, 403) << qPrintable(refused.describe());
    const Response missing = command("DELETE", QStringLiteral("/admin/records/orders/O-none"), {},
                                     QStringLiteral("admin"));
    EXPECT_EQ(missing.status, 404) << qPrintable(missing.describe());
    EXPECT_EQ(missing.problemType(), QStringLiteral("not-found"));
}
