// The dispatch workspace with real widgets (offscreen) on a cache the real
// sync session filled from the real reference server: the queue, the map,
// ranked candidates, and an assignment through the outbox until the server
// has it.
#include "ui/dispatch/DispatchWorkspace.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/cache/CacheDatabase.h"
#include "services/core/CredentialStore.h"
#include "services/orders/OrderCommands.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/OutboxTypes.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"
#include "ui/map/MapView.h"

#include <QComboBox>
#include <QDialog>
#include <QEventLoop>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class DispatchWorkspaceTest : public TestSupport::SyncedDemoSuite
{
protected:
    QString docOf(const QString &id)
    {
        CacheDatabase db;
        db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr);
        QSqlQuery query(db.database());
        query.prepare(QStringLiteral("SELECT pending, doc FROM records WHERE collection = 'orders' "
                                     "AND id = ?"));
        query.addBindValue(id);
        query.exec();
        if (!query.next())
            return {};
        return query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
    }
};

} // namespace

TEST_F(DispatchWorkspaceTest, SelectAnOrderSeeRankedCandidatesAssignAndItLeavesTheQueue)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    QListWidget *queue = w.queue();
    ASSERT_GT(queue->count(), 0) << "the demo data has orders awaiting dispatch";
    const int before = queue->count();
    EXPECT_FALSE(w.map()->orders().empty());

    // Pick an order that somebody can take.
    QString orderId;
    for (int row = 0; row < queue->count() && orderId.isEmpty(); ++row) {
        queue->setCurrentRow(row);
        auto *assign = w.findChild<QPushButton *>(QStringLiteral("assignCandidate"));
        if (assign->isEnabled())
            orderId = w.selectedOrder();
    }
    ASSERT_FALSE(orderId.isEmpty()) << "no order in the queue has an eligible technician";
    EXPECT_EQ(w.map()->selectedOrder(), orderId); // the map follows the queue
    QTreeWidget *candidates = w.candidates();
    ASSERT_GT(candidates->topLevelItemCount(), 0);
    // Eligible first, best score first, each with its reasons.
    double last = 1e9;
    for (int i = 0; i < candidates->topLevelItemCount(); ++i) {
        bool number = false;
        const double score = candidates->topLevelItem(i)->text(1).toDouble(&number);
        if (!number)
            break;
        EXPECT_LE(score, last);
        last = score;
        EXPECT_FALSE(candidates->topLevelItem(i)->text(3).isEmpty());
    }
    // The other mode ranks by rating: the list is recomputed.
    auto *mode = w.findChild<QComboBox *>(QStringLiteral("rankingMode"));
    mode->setCurrentIndex(1);
    ASSERT_GT(candidates->topLevelItemCount(), 0);
    mode->setCurrentIndex(0);

    const QString chosen = candidates->topLevelItem(0)->text(0);
    w.findChild<QPushButton *>(QStringLiteral("assignCandidate"))->click();
    // At once: the order leaves the queue (its local look is "assigned").
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->count() == before - 1; }, 10000));
    for (int row = 0; row < queue->count(); ++row)
        EXPECT_NE(queue->item(row)->text().contains(orderId), true);
    // Then the server has it: the record is no longer pending and assigned.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString doc = docOf(orderId);
            return doc.startsWith(QStringLiteral("0|")) &&
                   doc.contains(QStringLiteral("\"status\":\"assigned\""));
        },
        30000))
        << qPrintable(docOf(orderId));
    EXPECT_FALSE(chosen.isEmpty());
}

TEST_F(DispatchWorkspaceTest, TheQueueKnowsWhenEachOrderEnteredItsStatus)
{
    DispatchCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error)) << qPrintable(error);
    const auto queue = cache.queue();
    ASSERT_FALSE(queue.empty());
    for (const DispatchOrder &order : queue) {
        EXPECT_GT(order.statusSince, 0) << qPrintable(order.need.id); // for the timeout rules
        EXPECT_GE(order.need.appointmentStart, order.need.createdAt);
    }
    // Queue order: earliest appointment first.
    for (size_t i = 1; i < queue.size(); ++i)
        EXPECT_LE(queue[i - 1].need.appointmentStart, queue[i].need.appointmentStart);
    EXPECT_FALSE(cache.technicians().empty());
}

TEST_F(DispatchWorkspaceTest, TwoDispatchersAssignTheSameOrderOneWinsTheOtherSeesTheConflict)
{
    auto other = env->signInAnother(QStringLiteral("dispatcher2"));
    ASSERT_NE(other, nullptr);
    // An order both see awaiting dispatch, and two technicians who could take it.
    DispatchCache mine;
    DispatchCache theirs;
    QString error;
    ASSERT_TRUE(mine.open(env->cachePath, &error)) << qPrintable(error);
    ASSERT_TRUE(theirs.open(other->cachePath, &error)) << qPrintable(error);
    const auto technicians = mine.technicians();
    QString orderId, first, second;
    for (const DispatchOrder &order : mine.queue()) {
        if (order.pending)
            continue;
        const auto ranked =
            CandidateRanking::rank(order.need, technicians, RankingWeights::distanceFirst());
        if (ranked.size() < 2 || !ranked[0].eligible())
            continue;
        // The second choice only has to be a different, active technician:
        // the version check refuses the stale assignment before anything else.
        for (size_t i = 1; i < ranked.size() && second.isEmpty(); ++i)
            if (!ranked[i].has(Blocker::Suspended))
                second = technicians[size_t(ranked[i].technician)].id;
        if (!second.isEmpty()) {
            orderId = order.need.id;
            first = technicians[size_t(ranked[0].technician)].id;
            break;
        }
    }
    ASSERT_FALSE(orderId.isEmpty()) << "no order with an eligible technician";
    const QJsonObject staleCopy = theirs.order(orderId); // what the second dispatcher sees

    // The first dispatcher assigns, and the server has it.
    env->sync->submit(OrderCommands::assign(env->staff, mine.order(orderId), first, {}),
                      [](const QString &, const QString &) {});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString doc = docOf(orderId);
            return doc.startsWith(QStringLiteral("0|")) && doc.contains(first);
        },
        30000));

    // The second, on the old version, assigns someone else: refused by the
    // version check and shown as a conflict (or a refusal), never applied.
    ASSERT_TRUE(OrderCommands::mayAssign(other->staff, staleCopy));
    OutboxCounts counts;
    QObject::connect(other->sync.get(), &SyncSession::outboxCountsChanged,
                     [&counts](const OutboxCounts &c) { counts = c; });
    other->sync->submit(OrderCommands::assign(other->staff, staleCopy, second, {}),
                        [](const QString &, const QString &) {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return counts.conflicts + counts.parked == 1; }, 30000));
    // The server kept the first assignment.
    QSignalSpy pulled(env->sync->engine(), &SyncEngine::runFinished);
    env->sync->engine()->syncNow();
    ASSERT_TRUE(pulled.wait(30000));
    EXPECT_TRUE(docOf(orderId).contains(first));
    EXPECT_FALSE(docOf(orderId).contains(QStringLiteral("\"technician_id\":\"") + second));
}

TEST_F(DispatchWorkspaceTest, SuggestAllProposesEveryOrderAndAssignsOnlyTheTickedOnes)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    const int before = w.queue()->count();
    ASSERT_GT(before, 0);
    QDialog *dialog = w.suggestAll();
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("suggestions"));
    ASSERT_EQ(list->topLevelItemCount(), before); // every waiting order, placed or not
    // Keep only the first proposal that places an order.
    QString kept;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        EXPECT_FALSE(item->text(2).isEmpty()) << "every row says why";
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        if (kept.isEmpty())
            kept = item->data(0, Qt::UserRole + 1).toString();
        else
            item->setCheckState(0, Qt::Unchecked);
    }
    ASSERT_FALSE(kept.isEmpty()) << "suggest-all placed nothing";
    if (qEnvironmentVariableIsSet("OPSDESK_TEST_SHOTS")) // to look at it
        dialog->grab().save(qEnvironmentVariable("OPSDESK_TEST_SHOTS") +
                            QStringLiteral("/suggest-all.png"));
    dialog->findChild<QPushButton *>(QStringLiteral("acceptSuggestions"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.queue()->count() == before - 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString doc = docOf(kept);
            return doc.startsWith(QStringLiteral("0|")) &&
                   doc.contains(QStringLiteral("\"status\":\"assigned\""));
        },
        30000));
}

TEST_F(DispatchWorkspaceTest, ARoleThatMayNotDispatchCannotAssign)
{
    Staff finance = env->staff;
    finance.roles = {Role::Finance};
    DispatchWorkspace w(finance, env->cachePath, env->sync.get());
    w.show();
    if (w.queue()->count() > 0)
        w.queue()->setCurrentRow(0);
    EXPECT_FALSE(w.findChild<QPushButton *>(QStringLiteral("assignCandidate"))->isEnabled());
    EXPECT_FALSE(w.findChild<QPushButton *>(QStringLiteral("suggestAll"))->isEnabled());
}
