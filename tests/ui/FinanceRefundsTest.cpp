// The finance workspace's refund page with real widgets (offscreen) on a
// cache the real sync session filled from the real reference server: select
// a request, approve a partial amount through the decision panel and find it
// on the server; amounts that are not amounts; the first approver's button
// disabled with the reason; a bulk approval of a mix; the tabs' titles.
#include "common/RefundSetup.h"
#include "common/SyncedDemo.h"
#include "models/Money.h"
#include "models/finance/RefundQueue.h"
#include "ui/finance/FinanceWorkspace.h"
#include "ui/finance/RefundDecisionPanel.h"
#include "ui/finance/RefundsPage.h"
#include "ui/orders/PhotoStrip.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class FinanceRefundsUi : public TestSupport::RefundSuite
{
protected:
    std::unique_ptr<FinanceWorkspace> workspace()
    {
        auto widget =
            std::make_unique<FinanceWorkspace>(env->staff, env->cachePath, env->sync.get());
        widget->resize(1500, 900);
        widget->show();
        return widget;
    }

    static int rowOf(QTableWidget *table, const QString &id)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == id)
                return row;
        return -1;
    }
};

TEST_F(FinanceRefundsUi, RefundsIsTheFirstTabAndPagesNameTheirTabs)
{
    const QString order = setup->order(9000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {setup->request(order, 9000)}));
    auto finance = workspace();
    ASSERT_GE(finance->tabs()->count(), 1);
    EXPECT_EQ(finance->tabs()->widget(0), finance->refunds());
    EXPECT_EQ(finance->tabs()->tabText(0), QStringLiteral("Refunds"));
    auto *coupons = new QWidget;
    coupons->setWindowTitle(QStringLiteral("Coupons"));
    finance->addPage(coupons);
    EXPECT_EQ(finance->tabs()->tabText(1), QStringLiteral("Coupons"));
    coupons->setWindowTitle(QStringLiteral("优惠券")); // what a page does on LanguageChange
    EXPECT_EQ(finance->tabs()->tabText(1), QStringLiteral("优惠券"));
    // Opening selects a request so its facts are on screen.
    EXPECT_FALSE(finance->refunds()->panel()->refundId().isEmpty());
}

TEST_F(FinanceRefundsUi, APartialApprovalThroughThePanelReachesTheServer)
{
    const QString order = setup->order(20000);
    const QString refund = setup->request(order, 15000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    auto finance = workspace();
    RefundsPage *page = finance->refunds();
    const int row = rowOf(page->table(), refund);
    ASSERT_GE(row, 0) << "the new request is not in the queue";
    page->table()->clearSelection();
    page->table()->selectRow(row);
    RefundDecisionPanel *panel = page->panel();
    ASSERT_EQ(panel->refundId(), refund);
    EXPECT_TRUE(panel->detailsLabel()->text().contains(QStringLiteral("¥200.00"))); // paid
    EXPECT_EQ(panel->amountEdit()->text(), QStringLiteral("150.00")); // in full by default

    // Not amounts: refused with why, the button stays off.
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("12.345"),
                               QStringLiteral("150.01"), QStringLiteral("0")}) {
        panel->amountEdit()->setText(bad);
        EXPECT_FALSE(panel->approveButton()->isEnabled()) << qPrintable(bad);
        EXPECT_FALSE(panel->splitLabel()->text().isEmpty()) << qPrintable(bad);
    }
    // ¥87.50 of the ¥150: the split is shown as it is typed.
    panel->amountEdit()->setText(QStringLiteral("87.50"));
    ASSERT_TRUE(panel->approveButton()->isEnabled()) << qPrintable(panel->splitLabel()->text());
    const Finance::RefundSplit split =
        Finance::splitRefund(8750, 0, 20000, panel->bounds().technicianEarningsCents);
    EXPECT_TRUE(panel->splitLabel()->text().contains(
        Money::fromCents(split.technicianShareCents).toDisplayString()))
        << qPrintable(panel->splitLabel()->text());
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);

    // Waiting, then on the server once with our name and amount.
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::waitForOutboxSettled(*env->sync, 1000), 30000);
    const QJsonObject server = setup->server(QStringLiteral("refunds"), refund);
    EXPECT_EQ(server.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(server.value(QStringLiteral("approved_amount_cents")).toInteger(), 8750);
    EXPECT_EQ(server.value(QStringLiteral("technician_share_cents")).toInteger(),
              split.technicianShareCents);
    const QJsonArray approvals = server.value(QStringLiteral("approvals")).toArray();
    ASSERT_EQ(approvals.size(), 1);
    EXPECT_EQ(approvals.first()[QStringLiteral("by")].toString(), env->staff.id);
    EXPECT_EQ(setup->server(QStringLiteral("orders"), order)
                  .value(QStringLiteral("refunded_cents"))
                  .toInteger(),
              8750);
    // The panel shows the decision with who gave it.
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("orders"), order));
    QTRY_VERIFY_WITH_TIMEOUT(panel->detailsLabel()->text().contains(QStringLiteral("¥87.50")),
                             5000);
    EXPECT_FALSE(panel->approveButton()->isEnabled());
}

TEST_F(FinanceRefundsUi, TheFirstApproverCannotGiveTheSecondApproval)
{
    const QString order = setup->order(90000);
    const QString refund = setup->request(order, 90000, QStringLiteral("damage"));
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    auto finance = workspace();
    RefundsPage *page = finance->refunds();
    ASSERT_TRUE(page->openRefund(refund));
    RefundDecisionPanel *panel = page->panel();
    EXPECT_TRUE(panel->approveButton()->text().contains(QStringLiteral("first of two")));
    panel->approve();
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::waitForOutboxSettled(*env->sync, 1000), 30000);
    EXPECT_EQ(
        setup->server(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(),
        QStringLiteral("first_approved"));
    ASSERT_TRUE(setup->pullRecord(*env->sync, QStringLiteral("refunds"), refund));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->blockedLabel()->isHidden(), 5000);
    EXPECT_FALSE(panel->approveButton()->isEnabled());
    EXPECT_TRUE(panel->blockedLabel()->text().contains(QStringLiteral("first approval")))
        << qPrintable(panel->blockedLabel()->text());
}

TEST_F(FinanceRefundsUi, BulkApprovalApprovesTheClearCutAndSaysWhyNotForTheRest)
{
    const QStringList orders{setup->order(5000), setup->order(8000), setup->order(70000),
                             setup->order(6000, 5000)};
    const QString small1 = setup->request(orders.at(0), 3000);
    const QString small2 = setup->request(orders.at(1), 8000);
    const QString big = setup->request(orders.at(2), 70000);    // needs two approvers
    const QString tooMuch = setup->request(orders.at(3), 6000); // only ¥10 left to refund
    ASSERT_TRUE(setup->pullAll(*env->sync, orders, {small1, small2, big, tooMuch}));
    auto finance = workspace();
    RefundsPage *page = finance->refunds();
    page->selectRefunds({small1, small2, big, tooMuch});
    ASSERT_EQ(page->table()->selectionModel()->selectedRows().size(), 4);
    EXPECT_TRUE(page->bulkButton()->isEnabled());
    const RefundsPage::BulkOutcome outcome = page->approveSelectedInFull(false);
    EXPECT_EQ(QSet<QString>(outcome.approved.cbegin(), outcome.approved.cend()),
              (QSet<QString>{small1, small2}));
    ASSERT_EQ(outcome.refused.size(), 2);
    for (const auto &[id, why] : outcome.refused) {
        EXPECT_TRUE(id == big || id == tooMuch);
        EXPECT_FALSE(why.isEmpty());
        EXPECT_TRUE(page->bulkResultLabel()->text().contains(id));
    }
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::waitForOutboxSettled(*env->sync, 1000), 30000);
    EXPECT_EQ(setup->server(QStringLiteral("refunds"), small1)
                  .value(QStringLiteral("approved_amount_cents"))
                  .toInteger(),
              3000);
    EXPECT_EQ(
        setup->server(QStringLiteral("refunds"), small2).value(QStringLiteral("status")).toString(),
        QStringLiteral("approved"));
    EXPECT_EQ(
        setup->server(QStringLiteral("refunds"), big).value(QStringLiteral("status")).toString(),
        QStringLiteral("submitted"));
    EXPECT_EQ(setup->server(QStringLiteral("refunds"), tooMuch)
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("submitted"));
}

TEST_F(FinanceRefundsUi, FiltersNarrowTheQueueAndABadAmountIsIgnored)
{
    auto finance = workspace();
    RefundsPage *page = finance->refunds();
    QComboBox *status = page->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("all")));
    const int all = page->table()->rowCount();
    ASSERT_GT(all, 0);
    status->setCurrentIndex(status->findData(QStringLiteral("rejected")));
    for (const Finance::RefundItem &item : page->shownItems())
        EXPECT_EQ(item.status, Finance::RefundStatus::Rejected);
    status->setCurrentIndex(status->findData(QStringLiteral("all")));
    page->minAmountEdit()->setText(QStringLiteral("100"));
    for (const Finance::RefundItem &item : page->shownItems())
        EXPECT_GE(item.amountCents(), 10000);
    const int aboveHundred = page->table()->rowCount();
    EXPECT_LT(aboveHundred, all);
    // Not an amount: marked, and the filter ignores it rather than guessing.
    page->maxAmountEdit()->setText(QStringLiteral("12,3x"));
    EXPECT_EQ(page->table()->rowCount(), aboveHundred);
    EXPECT_FALSE(page->maxAmountEdit()->styleSheet().isEmpty());
    EXPECT_TRUE(page->maxAmountEdit()->toolTip().contains(QStringLiteral("12,3x")));
    EXPECT_TRUE(page->summaryText().contains(QString::number(aboveHundred)));
    // Sorting by the amount asked, largest first.
    page->table()->sortByColumn(5, Qt::DescendingOrder);
    ASSERT_GE(page->table()->rowCount(), 2);
    const auto cents = [&](int row) {
        return Money::parse(page->table()->item(row, 5)->text())->cents();
    };
    EXPECT_GE(cents(0), cents(1));
}

} // namespace

namespace {

// Last: it stops the server.
TEST_F(FinanceRefundsUi, ADecisionMadeOfflineWaitsInTheRowAndThePanel)
{
    const QString order = setup->order(6000);
    const QString refund = setup->request(order, 6000);
    ASSERT_TRUE(setup->pullAll(*env->sync, {order}, {refund}));
    auto finance = workspace();
    RefundsPage *page = finance->refunds();
    ASSERT_TRUE(page->openRefund(refund));
    env->server.stop();
    RefundDecisionPanel *panel = page->panel();
    panel->amountEdit()->setText(QStringLiteral("60"));
    ASSERT_TRUE(panel->approveButton()->isEnabled());
    panel->approve();
    // The row and the panel say the decision waits; it stays in the default view.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), refund) >= 0 &&
                                 page->table()
                                     ->item(rowOf(page->table(), refund), 9)
                                     ->text()
                                     .contains(QStringLiteral("waiting")),
                             5000);
    const int row = rowOf(page->table(), refund);
    EXPECT_TRUE(page->table()->item(row, 7)->text().contains(QStringLiteral("not sent")))
        << qPrintable(page->table()->item(row, 7)->text());
    EXPECT_TRUE(page->summaryText().contains(QStringLiteral("waiting to sync: 1")))
        << qPrintable(page->summaryText());
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->findChild<QLabel *>(QStringLiteral("refundPending"))->isVisibleTo(panel), 5000);
    EXPECT_TRUE(panel->detailsLabel()->text().contains(QStringLiteral("waiting to sync")));
    EXPECT_FALSE(panel->approveButton()->isEnabled());
}

} // namespace
