// Refund decisions against the real reference server process: the bounds
// (over-refund refused by RefundCommands and by the server), partial refunds
// adding up to the paid amount, the two-step approval by two different
// finance users, a rejection with its reason and who gave it — each through
// the console's outbox (SyncSession::submit) and real SQLite caches.
#include "common/RefundSetup.h"
#include "common/SyncedDemo.h"
#include "models/finance/RefundQueue.h"
#include "services/finance/RefundCache.h"
#include "services/finance/RefundCommands.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class FinanceRefunds : public TestSupport::RefundSuite
{
protected:
    void SetUp() override
    {
        RefundSuite::SetUp();
        ASSERT_TRUE(cache.isOpen() || cache.open(env->cachePath, nullptr));
    }

    // The request and its order as the finance clerk's cache has them, and
    // the bounds the panel would check an amount against.
    QJsonObject local(const QString &collection, const QString &id)
    {
        return cache.orders().record(collection, id);
    }
    RefundCommands::Bounds boundsOf(const QString &refundId)
    {
        const QJsonObject order =
            local(QStringLiteral("orders"), local(QStringLiteral("refunds"), refundId)
                                                .value(QStringLiteral("order_id"))
                                                .toString());
        RefundCommands::Bounds bounds;
        bounds.paidCents = order.value(QStringLiteral("paid_cents")).toInteger();
        bounds.refundedCents = cache.refundedCents(order, refundId);
        bounds.technicianEarningsCents = cache.technicianEarnings(order, QDate::currentDate());
        return bounds;
    }
    // Submits a change through the outbox and waits until the server has
    // answered it; the entry when it was refused (parked / conflict).
    std::optional<OutboxEntry> decide(SyncSession &sync, const LocalChange &change)
    {
        QString error;
        const QString opId = TestSupport::submitAndWait(sync, change, &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        EXPECT_TRUE(TestSupport::waitForOutboxSettled(sync));
        for (const OutboxEntry &entry : TestSupport::outboxEntries(sync))
            if (entry.opId == opId)
                return entry;
        return std::nullopt;
    }
    QString status(const QString &refundId)
    {
        return setup->server(QStringLiteral("refunds"), refundId)
            .value(QStringLiteral("status"))
            .toString();
    }

    RefundCache cache;
};

TEST_F(FinanceRefunds, OverRefundIsRefusedByTheConsoleAndByTheServer)
{
    // Paid ¥100, ¥30 refunded already; the customer asks for the whole ¥100.
    const QString order = setup->order(10000, 3000);
    const QString refund = setup->request(order, 10000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    const QJsonObject doc = local(QStringLiteral("refunds"), refund);
    const RefundCommands::Bounds bounds = boundsOf(refund);
    EXPECT_EQ(bounds.refundedCents, 3000);

    qint64 limit = 0;
    EXPECT_EQ(RefundCommands::amountCheck(doc, 10000, bounds, &limit),
              Finance::RefundAmountCheck::AboveRefundable);
    EXPECT_EQ(limit, 7000);
    const QString why = RefundCommands::checkApproval(env->staff, doc, 10000, bounds);
    EXPECT_TRUE(why.contains(QStringLiteral("70.00"))) << qPrintable(why);
    EXPECT_FALSE(RefundCommands::checkApproval(env->staff, doc, 0, bounds).isEmpty());
    EXPECT_TRUE(RefundCommands::checkApproval(env->staff, doc, 7000, bounds).isEmpty());

    // Sent anyway (a stale console): the server refuses, the entry is parked
    // with its reason and the request is back to the server's version.
    const auto refused =
        decide(*env->sync, RefundCommands::approve(env->staff, doc, 10000, {}, bounds));
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->isParked());
    EXPECT_EQ(refused->httpStatus, 409);
    EXPECT_TRUE(refused->lastError.contains(QStringLiteral("7000")))
        << qPrintable(refused->lastError);
    EXPECT_EQ(status(refund), QStringLiteral("submitted"));
    EXPECT_EQ(local(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(),
              QStringLiteral("submitted"));
    env->sync->discard(refused->opId);
    EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));

    // Within the bounds it goes through.
    EXPECT_FALSE(decide(*env->sync, RefundCommands::approve(
                                        env->staff, local(QStringLiteral("refunds"), refund), 7000,
                                        {}, boundsOf(refund)))
                     .has_value());
    EXPECT_EQ(status(refund), QStringLiteral("approved"));
    EXPECT_EQ(setup->server(QStringLiteral("orders"), order)
                  .value(QStringLiteral("refunded_cents"))
                  .toInteger(),
              10000);
}

TEST_F(FinanceRefunds, PartialRefundsAddUpToThePaidAmountThenNoMore)
{
    const QString order = setup->order(10000);
    const QString first = setup->request(order, 6000);
    const QString second = setup->request(order, 5000);
    const QString third = setup->request(order, 1000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {first, second, third}));

    // ¥60 of the ¥100, then ¥40 of the second request's ¥50 (a partial approval).
    ASSERT_FALSE(decide(*env->sync, RefundCommands::approve(
                                        env->staff, local(QStringLiteral("refunds"), first), 6000,
                                        QStringLiteral("效果差，退六成"), boundsOf(first)))
                     .has_value());
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("orders"), order));
    RefundCommands::Bounds bounds = boundsOf(second);
    EXPECT_EQ(bounds.refundedCents, 6000);
    EXPECT_FALSE(RefundCommands::checkApproval(env->staff, local(QStringLiteral("refunds"), second),
                                               5000, bounds)
                     .isEmpty()); // only ¥40 left
    ASSERT_FALSE(decide(*env->sync,
                        RefundCommands::approve(
                            env->staff, local(QStringLiteral("refunds"), second), 4000, {}, bounds))
                     .has_value());
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("orders"), order));

    const QJsonObject paidBack = setup->server(QStringLiteral("orders"), order);
    EXPECT_EQ(paidBack.value(QStringLiteral("refunded_cents")).toInteger(), 10000);
    const QJsonObject a = setup->server(QStringLiteral("refunds"), first);
    const QJsonObject b = setup->server(QStringLiteral("refunds"), second);
    EXPECT_EQ(a.value(QStringLiteral("approved_amount_cents")).toInteger(), 6000);
    EXPECT_EQ(b.value(QStringLiteral("approved_amount_cents")).toInteger(), 4000);
    // The shares add up to each amount, and the console's preview of the
    // split is the server's.
    for (const QJsonObject &r : {a, b})
        EXPECT_EQ(r.value(QStringLiteral("technician_share_cents")).toInteger() +
                      r.value(QStringLiteral("platform_share_cents")).toInteger(),
                  r.value(QStringLiteral("approved_amount_cents")).toInteger());
    const qint64 earnings = boundsOf(first).technicianEarningsCents;
    EXPECT_EQ(a.value(QStringLiteral("technician_share_cents")).toInteger(),
              Finance::splitRefund(6000, 0, 10000, earnings).technicianShareCents);
    EXPECT_EQ(b.value(QStringLiteral("technician_share_cents")).toInteger(),
              Finance::splitRefund(4000, 6000, 10000, earnings).technicianShareCents);

    // Nothing is left: the third request is refused by the console and the server.
    bounds = boundsOf(third);
    const QJsonObject c = local(QStringLiteral("refunds"), third);
    EXPECT_EQ(RefundCommands::amountCheck(c, 1, bounds),
              Finance::RefundAmountCheck::AboveRefundable);
    const auto refused =
        decide(*env->sync, RefundCommands::approve(env->staff, c, 1000, {}, bounds));
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->isParked());
    EXPECT_EQ(status(third), QStringLiteral("submitted"));
    env->sync->discard(refused->opId);
    EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
}

TEST_F(FinanceRefunds, AboveTheThresholdASecondFinanceUserMustApprove)
{
    const QString order = setup->order(80000);
    const QString refund = setup->request(order, 80000, QStringLiteral("damage"));
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    QJsonObject doc = local(QStringLiteral("refunds"), refund);
    const RefundCommands::Bounds bounds = boundsOf(refund);
    EXPECT_FALSE(RefundCommands::approvalCompletes(doc, 80000, bounds));
    EXPECT_TRUE(
        RefundCommands::approvalCompletes(doc, 50000, bounds)); // at the threshold: one step

    // finance: the first approval; the request waits for a second.
    const LocalChange firstApproval =
        RefundCommands::approve(env->staff, doc, 80000, QStringLiteral("墙面损坏属实"), bounds);
    EXPECT_EQ(firstApproval.optimisticDoc.value(QStringLiteral("status")).toString(),
              QStringLiteral("first_approved"));
    ASSERT_FALSE(decide(*env->sync, firstApproval).has_value());
    EXPECT_EQ(status(refund), QStringLiteral("first_approved"));
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("refunds"), refund));
    doc = local(QStringLiteral("refunds"), refund);

    // finance again: refused by the console (with why) and by the server.
    const QString blocked = RefundCommands::approvalBlocked(env->staff, doc);
    EXPECT_TRUE(blocked.contains(QStringLiteral("first approval"))) << qPrintable(blocked);
    EXPECT_FALSE(RefundCommands::checkApproval(env->staff, doc, 80000, bounds).isEmpty());
    const auto refused =
        decide(*env->sync, RefundCommands::approve(env->staff, doc, 80000, {}, bounds));
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->isParked());
    EXPECT_EQ(refused->httpStatus, 403);
    EXPECT_EQ(status(refund), QStringLiteral("first_approved"));
    env->sync->discard(refused->opId);
    EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));

    // finance2: may approve, not more than the first approval, and then it is approved.
    auto other = env->signInAnother(QStringLiteral("finance2"));
    ASSERT_TRUE(other);
    RefundCache otherCache;
    ASSERT_TRUE(otherCache.open(other->cachePath, nullptr));
    const QJsonObject seen = otherCache.orders().record(QStringLiteral("refunds"), refund);
    EXPECT_TRUE(RefundCommands::approvalBlocked(other->staff, seen).isEmpty());
    EXPECT_EQ(RefundCommands::amountCheck(seen, 80001, bounds),
              Finance::RefundAmountCheck::AboveFirstApproval);
    ASSERT_FALSE(decide(*other->sync, RefundCommands::approve(other->staff, seen, 80000,
                                                              QStringLiteral("复核通过"), bounds))
                     .has_value());
    const QJsonObject approved = setup->server(QStringLiteral("refunds"), refund);
    EXPECT_EQ(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(approved.value(QStringLiteral("decided_by")).toString(), other->staff.id);
    const QJsonArray approvals = approved.value(QStringLiteral("approvals")).toArray();
    ASSERT_EQ(approvals.size(), 2);
    EXPECT_EQ(approvals.at(0)[QStringLiteral("by")].toString(), env->staff.id);
    EXPECT_EQ(approvals.at(0)[QStringLiteral("note")].toString(), QStringLiteral("墙面损坏属实"));
    EXPECT_EQ(approvals.at(1)[QStringLiteral("by")].toString(), other->staff.id);
    EXPECT_EQ(approvals.at(1)[QStringLiteral("step")].toInt(), 2);
    EXPECT_FALSE(approvals.at(1)[QStringLiteral("at")].toString().isEmpty());
}

TEST_F(FinanceRefunds, ARejectionKeepsItsReasonAndWhoGaveIt)
{
    const QString order = setup->order(12000);
    const QString refund = setup->request(order, 12000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    const QJsonObject doc = local(QStringLiteral("refunds"), refund);

    // The form's checks: a reason from the list; "other" needs the clerk's words.
    EXPECT_FALSE(RefundCommands::checkRejection(QString(), QStringLiteral("x")).isEmpty());
    EXPECT_FALSE(
        RefundCommands::checkRejection(QStringLiteral("other"), QStringLiteral("  ")).isEmpty());
    EXPECT_FALSE(
        RefundCommands::checkRejection(QStringLiteral("duplicate"), QString(501, QLatin1Char('x')))
            .isEmpty());
    EXPECT_TRUE(
        RefundCommands::checkRejection(QStringLiteral("service_completed"), QString()).isEmpty());

    const QString words = QStringLiteral("照片显示已清洗干净");
    const LocalChange rejection =
        RefundCommands::reject(env->staff, doc, QStringLiteral("service_completed"), words);
    const QString reason = rejection.body.value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(reason.endsWith(words));
    ASSERT_FALSE(decide(*env->sync, rejection).has_value());
    const QJsonObject server = setup->server(QStringLiteral("refunds"), refund);
    EXPECT_EQ(server.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(server.value(QStringLiteral("rejection_reason")).toString(), reason);
    EXPECT_EQ(server.value(QStringLiteral("decided_by")).toString(), env->staff.id);
    EXPECT_FALSE(server.value(QStringLiteral("decided_at")).toString().isEmpty());
    // Decided: nothing more to approve.
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("refunds"), refund));
    EXPECT_FALSE(
        RefundCommands::approvalBlocked(env->staff, local(QStringLiteral("refunds"), refund))
            .isEmpty());
}

TEST_F(FinanceRefunds, AnApprovalNotYetSentCountsAsRefunded)
{
    // Two requests on one order; the first approved while the server cannot
    // be asked (its entry waits): the second's bounds already count it.
    const QString order = setup->order(10000);
    const QString first = setup->request(order, 7000);
    const QString second = setup->request(order, 7000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {first, second}));
    const LocalChange approval = RefundCommands::approve(
        env->staff, local(QStringLiteral("refunds"), first), 7000, {}, boundsOf(first));
    LocalChange held = approval;
    QString error;
    env->server.stop();
    TestSupport::submitAndWait(*env->sync, held, &error);
    ASSERT_TRUE(error.isEmpty());
    EXPECT_EQ(cache.pendingApprovedCents(order), 7000);
    const RefundCommands::Bounds bounds = boundsOf(second);
    EXPECT_EQ(bounds.refundedCents, 7000);
    EXPECT_EQ(RefundCommands::amountCheck(local(QStringLiteral("refunds"), second), 7000, bounds),
              Finance::RefundAmountCheck::AboveRefundable);
    bool found = false;
    for (const Finance::RefundItem &item : cache.items(env->staff, QDateTime::currentDateTimeUtc()))
        if (item.id == second) {
            found = true;
            EXPECT_EQ(item.refundableCents(), 3000);
        }
    EXPECT_TRUE(found);
    // The default view (open requests only) keeps our decision in sight
    // until the server has it.
    QSet<QString> open;
    for (const Finance::RefundItem &item :
         cache.items(env->staff, QDateTime::currentDateTimeUtc(), true))
        open.insert(item.id);
    EXPECT_TRUE(open.contains(first));
    EXPECT_TRUE(open.contains(second));
}

} // namespace
