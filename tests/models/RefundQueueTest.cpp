// The refund queue's rows, filter, summary and bulk rule (models/finance/RefundQueue).
#include "models/finance/RefundQueue.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::Finance;

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-12-03T10:00:00Z"), Qt::ISODate);

RefundItem item(const QString &id, RefundStatus status, qint64 requested, qint64 paid,
                qint64 refunded = 0)
{
    RefundItem i;
    i.id = id;
    i.orderId = QStringLiteral("O-") + id;
    i.status = status;
    i.requestedCents = requested;
    i.approvedCents = status == RefundStatus::Approved ? requested : 0;
    i.paidCents = paid;
    i.refundedCents = refunded;
    i.city = QStringLiteral("shanghai");
    i.serviceItemId = QStringLiteral("SI01");
    i.reasonCode = QStringLiteral("poor_quality");
    return i;
}

} // namespace

TEST(RefundQueue, ARowHasTheOrdersMoneyAndTheFirstApproval)
{
    const QJsonObject refund{
        {QStringLiteral("id"), QStringLiteral("R1")},
        {QStringLiteral("order_id"), QStringLiteral("O1")},
        {QStringLiteral("status"), QStringLiteral("first_approved")},
        {QStringLiteral("amount_requested_cents"), 80000},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-30T09:00:00Z")},
        {QStringLiteral("approvals"),
         QJsonArray{QJsonObject{{QStringLiteral("by"), QStringLiteral("ST0003")},
                                {QStringLiteral("amount_cents"), 70000},
                                {QStringLiteral("step"), 1}}}}};
    const QJsonObject order{{QStringLiteral("paid_cents"), 90000},
                            {QStringLiteral("refunded_cents"), 5000},
                            {QStringLiteral("city"), QStringLiteral("beijing")},
                            {QStringLiteral("technician_id"), QStringLiteral("T1")},
                            {QStringLiteral("service_item_id"), QStringLiteral("SI02")}};
    const RefundItem i = refundItemFrom(refund, order, Now);
    EXPECT_EQ(i.status, RefundStatus::FirstApproved);
    EXPECT_EQ(i.firstApprovalCents, 70000);
    EXPECT_EQ(i.firstApproverId, QStringLiteral("ST0003"));
    EXPECT_EQ(i.refundableCents(), 85000);
    EXPECT_EQ(i.city, QStringLiteral("beijing")); // from the order when the request has none
    EXPECT_EQ(i.technicianId, QStringLiteral("T1"));
    EXPECT_EQ(i.daysWaiting, 3);
}

TEST(RefundQueue, FiltersByEveryCriterion)
{
    QList<RefundItem> items{item(QStringLiteral("R1"), RefundStatus::Submitted, 3000, 5000),
                            item(QStringLiteral("R2"), RefundStatus::FirstApproved, 60000, 60000),
                            item(QStringLiteral("R3"), RefundStatus::Approved, 9000, 9000),
                            item(QStringLiteral("R4"), RefundStatus::Rejected, 100, 100)};
    items[0].daysWaiting = 5;
    items[1].city = QStringLiteral("beijing");
    items[2].reasonCode = QStringLiteral("damage");
    items[3].serviceItemId = QStringLiteral("SI09");
    items[3].reasonText = QStringLiteral("师傅迟到");

    RefundFilter open;
    open.statuses = {RefundStatus::Submitted, RefundStatus::FirstApproved};
    EXPECT_EQ(filterRefunds(items, open).size(), 2);
    items[2].pending = true; // approved by us, not yet on the server
    EXPECT_EQ(filterRefunds(items, open).size(), 2);
    open.keepPending = true;
    EXPECT_EQ(filterRefunds(items, open).size(), 3);
    items[2].pending = false;
    RefundFilter age;
    age.minDaysWaiting = 3;
    EXPECT_EQ(filterRefunds(items, age).size(), 1);
    RefundFilter amount;
    amount.minCents = 3000;
    amount.maxCents = 9000;
    ASSERT_EQ(filterRefunds(items, amount).size(), 2); // R1 (asked) and R3 (approved)
    RefundFilter city;
    city.city = QStringLiteral("beijing");
    EXPECT_EQ(filterRefunds(items, city).first().id, QStringLiteral("R2"));
    RefundFilter reason;
    reason.reasonCode = QStringLiteral("damage");
    EXPECT_EQ(filterRefunds(items, reason).first().id, QStringLiteral("R3"));
    RefundFilter service;
    service.serviceItemId = QStringLiteral("SI09");
    EXPECT_EQ(filterRefunds(items, service).first().id, QStringLiteral("R4"));
    RefundFilter text;
    text.text = QStringLiteral("迟到");
    EXPECT_EQ(filterRefunds(items, text).first().id, QStringLiteral("R4"));
    text.text = QStringLiteral("o-r2");
    EXPECT_EQ(filterRefunds(items, text).first().id, QStringLiteral("R2"));

    const RefundSummary summary = summarize(items);
    EXPECT_EQ(summary.count, 4);
    EXPECT_EQ(summary.awaitingFirst, 1);
    EXPECT_EQ(summary.awaitingSecond, 1);
    EXPECT_EQ(summary.requestedCents, 63000);
    EXPECT_EQ(summary.approvedCents, 9000);
}

TEST(RefundQueue, BulkApprovalIsForSmallClearCutRequestsOnly)
{
    const qint64 threshold = DefaultSecondApprovalThresholdCents;
    EXPECT_EQ(checkBulkApproval(item(QStringLiteral("a"), RefundStatus::Submitted, 3000, 5000),
                                threshold),
              BulkCheck::Ok);
    EXPECT_EQ(checkBulkApproval(item(QStringLiteral("b"), RefundStatus::Submitted, 50000, 50000),
                                threshold),
              BulkCheck::Ok); // at the threshold: one approver
    EXPECT_EQ(checkBulkApproval(item(QStringLiteral("c"), RefundStatus::Submitted, 50001, 60000),
                                threshold),
              BulkCheck::AboveThreshold);
    EXPECT_EQ(checkBulkApproval(item(QStringLiteral("d"), RefundStatus::FirstApproved, 100, 100),
                                threshold),
              BulkCheck::NotAwaiting);
    EXPECT_EQ(checkBulkApproval(
                  item(QStringLiteral("e"), RefundStatus::Submitted, 3000, 5000, 4000), threshold),
              BulkCheck::AboveRefundable);
    RefundItem waiting = item(QStringLiteral("f"), RefundStatus::Submitted, 100, 100);
    waiting.pending = true;
    EXPECT_EQ(checkBulkApproval(waiting, threshold), BulkCheck::ChangeWaiting);
    for (BulkCheck check : {BulkCheck::NotAwaiting, BulkCheck::ChangeWaiting,
                            BulkCheck::AboveThreshold, BulkCheck::AboveRefundable})
        EXPECT_FALSE(RefundText::bulkCheckText(check, threshold).isEmpty());
}
