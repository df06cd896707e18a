// The dispatch workspace with real widgets (offscreen) on a cache the real
// sync session filled from the real reference server: the queue, the map,
// ranked candidates, and an assignment through the outbox until the server
// has it.
#include "ui/dispatch/DispatchWorkspace.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "models/dispatch/LocationCheck.h"
#include "models/dispatch/TimeoutRules.h"
#include "resources/CityBasemaps.h"
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

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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
    // Several tests each take an order from the queue: the demo ends in the
    // morning rush so there are enough whatever the hour.
    static void SetUpTestSuite()
    {
        startSuite(QStringLiteral("dispatcher"), TestSupport::SyncedDemo::morningRushArguments());
    }

    static QString docOf(const QString &id) { return env->orderRow(id); }

    // The server's copy has it (no longer pending) and it says `what`.
    bool settledWith(const QString &orderId, const QString &what)
    {
        return QTest::qWaitFor(
            [&] {
                const QString doc = docOf(orderId);
                return doc.startsWith(QStringLiteral("0|")) && doc.contains(what);
            },
            30000);
    }

    // Selects, in the queue, the first order somebody can take (after
    // `skip` such orders); returns its id.
    static QString selectAssignable(DispatchWorkspace &w, int skip = 0)
    {
        auto *assign = w.findChild<QPushButton *>(QStringLiteral("assignCandidate"));
        for (int row = 0; row < w.queue()->count(); ++row) {
            w.queue()->setCurrentRow(row);
            if (assign->isEnabled() && skip-- == 0)
                return w.selectedOrder();
        }
        return {};
    }

    // Puts a technician in the middle of the map at street zoom and
    // returns where they are drawn.
    static QPointF showTechnician(DispatchWorkspace &w, const QString &technicianId)
    {
        for (const MapTechnician &tech : w.map()->technicians())
            if (tech.id == technicianId) {
                w.map()->setZoom(17);
                w.map()->setCenter(tech.position);
                return w.map()->toWidget(tech.position);
            }
        return {-1, -1};
    }

    // Drops the payload on a widget the way a drag ends there.
    static bool drop(QWidget *target, QPointF at, QMimeData *payload)
    {
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, payload, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, payload, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropped(at, Qt::CopyAction, payload, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
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

TEST_F(DispatchWorkspaceTest, DragAnOrderFromTheQueueOntoATechnicianOnTheMapAssignsIt)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    const QString orderId = selectAssignable(w);
    ASSERT_FALSE(orderId.isEmpty()) << "no order in the queue has an eligible technician";
    const int before = w.queue()->count();
    // An eligible candidate drawn on top where they stand (two technicians
    // can report from the same spot).
    QString techId;
    QPointF at;
    for (int row = 0; row < w.candidates()->topLevelItemCount() && techId.isEmpty(); ++row) {
        const QTreeWidgetItem *item = w.candidates()->topLevelItem(row);
        if (item->text(1) == QStringLiteral("excluded"))
            break;
        const QString id = item->data(0, Qt::UserRole + 1).toString();
        at = showTechnician(w, id);
        if (w.map()->technicianAt(at, 10) == id)
            techId = id;
    }
    ASSERT_FALSE(techId.isEmpty()) << "every eligible candidate is under another technician";

    // What the queue hands to a drag: its selected order.
    std::unique_ptr<QMimeData> payload(
        w.queue()->model()->mimeData(w.queue()->selectionModel()->selectedIndexes()));
    ASSERT_EQ(MapView::ordersFromMimeData(payload.get()), QStringList{orderId});
    // Nowhere near a technician: the map does not take it.
    w.map()->setZoom(MapView::MaxZoom);
    EXPECT_FALSE(drop(w.map(), QPointF(3, 3), payload.get()));
    at = showTechnician(w, techId);
    ASSERT_TRUE(drop(w.map(), at, payload.get()));

    ASSERT_TRUE(QTest::qWaitFor([&] { return w.queue()->count() == before - 1; }, 10000));
    ASSERT_TRUE(settledWith(orderId, QStringLiteral("\"technician_id\":\"") + techId))
        << qPrintable(docOf(orderId));
    EXPECT_TRUE(docOf(orderId).contains(QStringLiteral("\"status\":\"assigned\"")));
}

TEST_F(DispatchWorkspaceTest, DropOrdersOnACandidateRowAssignsThemToThatTechnician)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    const QString orderId = selectAssignable(w);
    ASSERT_FALSE(orderId.isEmpty());
    QTreeWidget *candidates = w.candidates();
    const QString techId = candidates->topLevelItem(0)->data(0, Qt::UserRole + 1).toString();
    const QPoint row = candidates->visualItemRect(candidates->topLevelItem(0)).center();
    std::unique_ptr<QMimeData> payload(MapView::ordersMimeData({orderId}));
    ASSERT_TRUE(drop(candidates->viewport(), row, payload.get()));
    ASSERT_TRUE(settledWith(orderId, QStringLiteral("\"technician_id\":\"") + techId));
}

TEST_F(DispatchWorkspaceTest, SeveralSelectedOrdersGoInOneStepByKeyboardEachChecked)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    QApplication::setActiveWindow(&w);
    const QString first = selectAssignable(w);
    ASSERT_FALSE(first.isEmpty());
    // Add the next three orders of the queue to the selection.
    int row = w.queue()->currentRow();
    QStringList picked{first};
    for (int r = row + 1; r < w.queue()->count() && picked.size() < 4; ++r) {
        w.queue()->item(r)->setSelected(true);
        picked.append(w.queue()->item(r)->data(Qt::UserRole + 1).toString());
    }
    ASSERT_GE(picked.size(), 2);
    EXPECT_EQ(w.selectedOrders().size(), picked.size());
    const QString techId = w.candidates()->topLevelItem(0)->data(0, Qt::UserRole + 1).toString();
    const int before = w.queue()->count();
    // Alt+1: the first candidate takes them all, or says why not for each.
    w.queue()->setFocus();
    QTest::keyClick(w.queue(), Qt::Key_1, Qt::AltModifier);
    const QString message = w.message();
    ASSERT_FALSE(message.isEmpty());
    int sent = 0;
    for (const QString &id : picked) {
        ASSERT_TRUE(message.contains(id)) << qPrintable(message); // every order accounted for
        if (!message.contains(id + QStringLiteral(": "))) // refused ones say why after the id
            ++sent;
    }
    ASSERT_GE(sent, 1) << qPrintable(message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.queue()->count() == before - sent; }, 10000));
    for (const QString &id : picked) {
        if (!message.contains(id + QStringLiteral(": "))) {
            EXPECT_TRUE(settledWith(id, QStringLiteral("\"technician_id\":\"") + techId))
                << qPrintable(id);
        }
    }
}

TEST_F(DispatchWorkspaceTest, ReassignAskForAReasonAndTheServerRecordsIt)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    // An order two technicians could take: assigned to the first…
    auto *button = w.findChild<QPushButton *>(QStringLiteral("assignCandidate"));
    QString orderId;
    for (int skip = 0; orderId.isEmpty(); ++skip) {
        const QString id = selectAssignable(w, skip);
        ASSERT_FALSE(id.isEmpty()) << "no order with two eligible technicians";
        if (w.candidates()->topLevelItemCount() > 1 &&
            w.candidates()->topLevelItem(1)->text(1) != QStringLiteral("excluded"))
            orderId = id;
    }
    button->click();
    ASSERT_TRUE(settledWith(orderId, QStringLiteral("\"status\":\"assigned\"")));
    w.reload();
    // … then moved to another, with a reason.
    w.selectOrder(orderId);
    auto *assign = w.findChild<QPushButton *>(QStringLiteral("assignCandidate"));
    EXPECT_TRUE(assign->text().contains(QStringLiteral("Reassign")));
    // The current technician is not a choice.
    int row = 0;
    QTreeWidget *candidates = w.candidates();
    while (row < candidates->topLevelItemCount() &&
           candidates->topLevelItem(row)->text(3).startsWith(QStringLiteral("has it now")))
        ++row;
    candidates->setCurrentItem(candidates->topLevelItem(row));
    const QString to = candidates->topLevelItem(row)->data(0, Qt::UserRole + 1).toString();
    assign->click();
    QDialog *dialog = w.pendingReassignDialog();
    ASSERT_NE(dialog, nullptr);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    // No reason: refused, nothing sent.
    buttons->button(QDialogButtonBox::Ok)->click();
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("reassignError"))->text().isEmpty());
    EXPECT_TRUE(docOf(orderId).startsWith(QStringLiteral("0|")));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reassignReason"));
    reason->setEditText(QStringLiteral("技师车辆故障"));
    buttons->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(settledWith(orderId, QStringLiteral("\"technician_id\":\"") + to))
        << qPrintable(docOf(orderId));
    EXPECT_TRUE(docOf(orderId).contains(QStringLiteral("技师车辆故障")));
}

TEST_F(DispatchWorkspaceTest, LassoOnTheMapSelectsTheWaitingOrdersInside)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 800);
    w.show();
    MapView *map = w.map();
    // A lasso around the whole map: every waiting order on it.
    const QRect r = map->rect().adjusted(2, 2, -2, -2);
    QTest::mousePress(map, Qt::LeftButton, Qt::ShiftModifier, r.topLeft());
    for (const QPoint p : {r.topRight(), r.bottomRight(), r.bottomLeft(), r.topLeft()}) {
        QMouseEvent move(QEvent::MouseMove, p, map->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::ShiftModifier);
        QCoreApplication::sendEvent(map, &move);
    }
    // Counted as the lasso sees them: selecting an order afterwards may
    // bring it into view and move the map.
    int visibleWaiting = 0;
    for (const MapOrder &order : map->orders())
        if (order.status == QLatin1String("awaiting_dispatch") &&
            r.contains(map->toWidget(order.position).toPoint()))
            ++visibleWaiting;
    QSignalSpy lassoed(map, &MapView::ordersLassoed);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::ShiftModifier, r.topLeft());
    ASSERT_EQ(lassoed.count(), 1);
    const QStringList inside = lassoed.at(0).at(0).toStringList();
    EXPECT_GT(inside.size(), 0);
    EXPECT_EQ(w.queue()->selectedItems().size(), visibleWaiting);
}

TEST_F(DispatchWorkspaceTest, OverdueOrdersAndStrayTechniciansRaiseNotificationsOnce)
{
    // What the rules say about the demo data right now.
    DispatchCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error)) << qPrintable(error);
    QStringList overdue;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const DispatchOrder &o : cache.openOrders()) {
        const Timeout t = TimeoutRules::evaluate(
            {o.status, o.statusSince, o.need.appointmentStart, o.need.appointmentEnd}, now, {});
        if (t != Timeout::None && t != Timeout::NotDispatched && !o.pending)
            overdue.append(o.need.id);
    }
    int stray = 0;
    for (const TechnicianProfile &t : cache.technicians())
        stray += LocationCheck::check(t, cityBasemap(t.city)).anomaly ? 1 : 0;

    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    QSignalSpy timeouts(&w, &DispatchWorkspace::timeoutsRaised);
    QSignalSpy anomalies(&w, &DispatchWorkspace::locationAnomalies);
    QTest::qWait(100); // raised right after the first load, for whoever connects
    ASSERT_FALSE(overdue.isEmpty()) << "the demo data has late or unaccepted orders";
    ASSERT_EQ(timeouts.count(), 1);
    const QString lines = timeouts.at(0).at(0).toStringList().join(QLatin1Char('\n'));
    // Each overdue order is named, or counted in its rule's line.
    EXPECT_TRUE(lines.contains(overdue.first()) || lines.contains(QStringLiteral("order")))
        << qPrintable(lines);
    EXPECT_EQ(anomalies.count(), stray > 0 ? 1 : 0);
    // Once: the next reload with nothing new raises nothing.
    w.reload();
    QTest::qWait(100);
    EXPECT_EQ(timeouts.count(), 1);
    EXPECT_EQ(anomalies.count(), stray > 0 ? 1 : 0);
}

TEST_F(DispatchWorkspaceTest, CustomWeightsRankByWhatTheDispatcherWeighs)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.show();
    ASSERT_FALSE(selectAssignable(w).isEmpty());
    auto *mode = w.findChild<QComboBox *>(QStringLiteral("rankingMode"));
    mode->setCurrentIndex(2); // custom: the four weights appear
    auto *rating = w.findChild<QSpinBox *>(QStringLiteral("weight_rating"));
    ASSERT_TRUE(rating->isVisibleTo(&w));
    for (const char *name : {"distance", "star", "workload"})
        w.findChild<QSpinBox *>(QLatin1String("weight_") + QLatin1String(name))->setValue(0);
    rating->setValue(100);
    // Rating alone: the eligible candidates come best-rated first.
    QHash<QString, double> ratings;
    DispatchCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error));
    for (const TechnicianProfile &t : cache.technicians())
        ratings.insert(t.id, t.rating);
    double last = 6;
    for (int row = 0; row < w.candidates()->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = w.candidates()->topLevelItem(row);
        if (item->text(1) == QStringLiteral("excluded"))
            break;
        const double r = ratings.value(item->data(0, Qt::UserRole + 1).toString());
        EXPECT_LE(r, last + 1e-9);
        last = r;
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("dispatch/weights/rating")).toInt(), 100);
    mode->setCurrentIndex(0);
    EXPECT_FALSE(rating->isVisibleTo(&w));
}
