// The settlement page with real widgets (offscreen) on caches the real sync
// session filled from the real reference server: a technician's ledger and
// its totals, a withdrawal approved through the page until the server has
// it, approval refused over the balance, rejection without a reason, and a
// commission rate changed by an administrator after a validation error.
// The withdrawals tab's reload runs on a worker thread: the reload returns
// before the balances arrive ("Checking balances…", approving off), a stale
// result is dropped, and the page may be destroyed while the worker runs.
#include "ui/finance/SettlementPage.h"
#include "common/SettlementFixtures.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/Money.h"
#include "services/cache/CacheDatabase.h"
#include "services/export/TableExporter.h"
#include "services/finance/SettlementCache.h"
#include "services/finance/SettlementCommands.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"
#include "ui/export/ExportProgressDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <functional>

using namespace OpsDesk;
using TestSupport::outboxEntries;
using TestSupport::waitForOutboxSettled;

namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

// Runs the event loop until `done` (at most 20 s).
bool waitUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

// Until the page shows its newest reload's withdrawals and balances.
bool waitForWithdrawals(SettlementPage &page)
{
    return waitUntil([&] { return !page.withdrawalsLoading(); });
}

// Until `spy` has seen `count` signals (counted, not waited for anew: a
// signal already emitted while something else ran the event loop counts).
bool waitForCount(QSignalSpy &spy, qsizetype count)
{
    return waitUntil([&] { return spy.count() >= count; });
}

QString selectedId(SettlementPage &page)
{
    const auto rows = page.withdrawalsTable()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : page.withdrawalsTable()->item(rows.first().row(), 0)->text();
}

class SettlementPageTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        if (startSuite(QStringLiteral("finance")))
            admin = env->signInAnother(QStringLiteral("admin")).release();
    }
    static void TearDownTestSuite()
    {
        delete admin;
        admin = nullptr;
        SyncedDemoSuite::TearDownTestSuite();
    }
    void SetUp() override
    {
        ASSERT_TRUE(env && env->sync && admin) << "the server or the first sync failed";
        ASSERT_TRUE(cache.open(env->cachePath, nullptr));
    }

    QJsonObject requested(bool withinBalance)
    {
        return TestSupport::requestedWithdrawal(cache, withinBalance);
    }

    static inline TestSupport::SyncedDemo::Other *admin = nullptr;
    SettlementCache cache;
};

TEST_F(SettlementPageTest, LedgerShowsATechniciansOrdersAndTotals)
{
    // The technician with the most settlements.
    QHash<QString, int> counts;
    CacheDatabase db;
    ASSERT_TRUE(db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
    for (const QJsonObject &s :
         db.documents(QStringLiteral("SELECT doc FROM records WHERE collection = 'settlements'")))
        ++counts[s.value(QStringLiteral("technician_id")).toString()];
    QString technician;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (technician.isEmpty() || it.value() > counts.value(technician))
            technician = it.key();
    ASSERT_FALSE(technician.isEmpty());

    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    page.resize(1400, 800);
    page.show();
    EXPECT_EQ(page.windowTitle(), QStringLiteral("Settlement"));
    const QDate today = SettlementCommands::businessToday();
    page.showLedger(technician, SettlementPage::Period::Custom, QDate(2000, 1, 1), today);

    // Totals computed here from the cached settlements.
    qint64 price = 0;
    qint64 commission = 0;
    qint64 earnings = 0;
    const Finance::LedgerRecords records = cache.ledgerRecords(technician);
    for (const QJsonObject &s : records.settlements) {
        price += s.value(QStringLiteral("price_cents")).toInteger();
        commission += s.value(QStringLiteral("commission_cents")).toInteger();
        earnings += s.value(QStringLiteral("earnings_cents")).toInteger();
    }
    const Finance::TechnicianLedger &ledger = page.ledger();
    EXPECT_EQ(ledger.totals.orders, records.settlements.size());
    EXPECT_EQ(ledger.totals.priceCents, price);
    EXPECT_EQ(ledger.totals.commissionCents, commission);
    EXPECT_EQ(ledger.totals.earningsCents, earnings);
    EXPECT_EQ(ledger.closingBalanceCents, ledger.availableBalanceCents);

    // On screen: one row per entry and the totals row.
    QTableWidget *table = page.ledgerTable();
    ASSERT_EQ(table->rowCount(), ledger.entries.size() + 1);
    const int last = table->rowCount() - 1;
    const auto cell = [&](int row, const QString &header) {
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == header)
                return table->item(row, c) ? table->item(row, c)->text() : QString();
        ADD_FAILURE() << "no column " << header.toStdString();
        return QString();
    };
    EXPECT_EQ(cell(last, QStringLiteral("Kind")), QStringLiteral("Total"));
    EXPECT_EQ(cell(last, QStringLiteral("Price")), money(price));
    EXPECT_EQ(cell(last, QStringLiteral("Commission")), money(commission));
    EXPECT_EQ(cell(last, QStringLiteral("Balance")), money(ledger.availableBalanceCents));
    EXPECT_TRUE(cell(last, QStringLiteral("Note")).contains(money(earnings)));
    EXPECT_TRUE(page.ledgerSummary()->text().contains(
        QStringLiteral("Available now: %1").arg(money(ledger.availableBalanceCents))));
    // The first order row: earnings = price − commission − technician coupon.
    for (int row = 0; row < ledger.entries.size(); ++row)
        if (ledger.entries.at(row).kind == Finance::LedgerEntryKind::Order) {
            const Finance::LedgerEntry &e = ledger.entries.at(row);
            EXPECT_EQ(cell(row, QStringLiteral("Kind")), QStringLiteral("Order"));
            EXPECT_EQ(cell(row, QStringLiteral("Price")), money(e.priceCents));
            EXPECT_EQ(e.amountCents, e.priceCents - e.commissionCents - e.couponTechnicianCents);
            break;
        }

    // A language change re-labels the page and keeps what is shown.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &change);
    EXPECT_EQ(page.windowTitle(), QStringLiteral("Settlement"));
    EXPECT_EQ(page.ledger().totals.earningsCents, earnings);
    EXPECT_EQ(page.ledgerTable()->rowCount(), ledger.entries.size() + 1);

    // A month holds only that month's entries; its opening balance carries
    // what came before.
    const QDate month = ledger.entries.first().at.toOffsetFromUtc(8 * 3600).date();
    page.showLedger(technician, SettlementPage::Period::Month, month);
    const Finance::TechnicianLedger &monthly = page.ledger();
    ASSERT_FALSE(monthly.entries.isEmpty());
    for (const Finance::LedgerEntry &e : monthly.entries)
        EXPECT_EQ(e.at.toOffsetFromUtc(8 * 3600).date().month(), month.month());
    EXPECT_EQ(monthly.closingBalanceCents, monthly.openingBalanceCents + monthly.totals.netCents);

    // Export to CSV: a header, the rows and the totals row.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    ExportProgressDialog *dialog = page.exportLedger(path);
    ASSERT_NE(dialog, nullptr);
    QSignalSpy finished(dialog, &ExportProgressDialog::exportFinished);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).value<ExportResult>().ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), monthly.entries.size() + 2);
    EXPECT_TRUE(lines.last().contains("Total"));
}

TEST_F(SettlementPageTest, WithdrawalApprovedOnThePageReachesTheServer)
{
    const QJsonObject withdrawal = requested(true);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString id = withdrawal.value(QStringLiteral("id")).toString();
    const qint64 amount = withdrawal.value(QStringLiteral("amount_cents")).toInteger();

    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    page.show();
    ASSERT_TRUE(waitForWithdrawals(page));
    ASSERT_TRUE(page.selectWithdrawal(id));
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Balance check")))
        << page.balanceCheck()->text().toStdString();
    EXPECT_TRUE(page.balanceCheck()->text().contains(money(amount)));
    ASSERT_TRUE(page.approveButton()->isEnabled());
    page.approvalNoteEdit()->setText(QStringLiteral("已核对银行卡"));
    QTest::mouseClick(page.approveButton(), Qt::LeftButton);
    // The technician's balance is read again before anything more is approved.
    EXPECT_TRUE(page.withdrawalsLoading());
    EXPECT_FALSE(page.approveButton()->isEnabled());
    ASSERT_TRUE(waitForOutboxSettled(*env->sync));
    for (const OutboxEntry &entry : outboxEntries(*env->sync))
        ADD_FAILURE() << "left in the outbox: " << entry.lastError.toStdString();

    // On the server: the administrator's fresh pull has it, decided by finance.
    QSignalSpy pulled(admin->sync->engine(), &SyncEngine::runFinished);
    admin->sync->engine()->syncNow();
    ASSERT_TRUE(pulled.wait(30000));
    CacheDatabase db;
    ASSERT_TRUE(db.open(admin->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
    const QJsonObject onServer =
        db.documents(QStringLiteral("SELECT doc FROM records WHERE collection = 'withdrawals' AND "
                                    "id = ?"),
                     {id})
            .value(0);
    EXPECT_EQ(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(onServer.value(QStringLiteral("decided_by")).toString(), env->staff.id);
    EXPECT_EQ(onServer.value(QStringLiteral("reason")).toString(), QStringLiteral("已核对银行卡"));

    // The page shows it decided; no more buttons for it (once its debounced
    // reload and its worker ran: waited for, not slept for).
    QDeadlineTimer reloaded(10000);
    while (!reloaded.hasExpired() && (page.withdrawalsLoading() || !page.selectWithdrawal(id) ||
                                      page.rejectButton()->isEnabled()))
        QTest::qWait(50);
    ASSERT_FALSE(page.withdrawalsLoading());
    ASSERT_TRUE(page.selectWithdrawal(id));
    EXPECT_FALSE(page.approveButton()->isEnabled());
    EXPECT_FALSE(page.rejectButton()->isEnabled());
}

TEST_F(SettlementPageTest, ApprovalOverTheBalanceIsOffWithTheReason)
{
    const QJsonObject withdrawal = TestSupport::withdrawalOverBalance(cache, *env->sync, *admin);
    ASSERT_FALSE(withdrawal.isEmpty());
    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    ASSERT_TRUE(waitForWithdrawals(page));
    ASSERT_TRUE(page.selectWithdrawal(withdrawal.value(QStringLiteral("id")).toString()));
    EXPECT_FALSE(page.approveButton()->isEnabled());
    EXPECT_TRUE(page.approveButton()->toolTip().contains(QStringLiteral("Over the balance")));
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Over the balance")));
    EXPECT_FALSE(page.approveSelected());
    EXPECT_TRUE(page.rejectButton()->isEnabled());
}

TEST_F(SettlementPageTest, RejectionWithoutAReasonIsRefusedOnThePage)
{
    QJsonObject withdrawal = requested(true);
    if (withdrawal.isEmpty())
        withdrawal = requested(false);
    ASSERT_FALSE(withdrawal.isEmpty());
    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    page.show();
    ASSERT_TRUE(waitForWithdrawals(page));
    ASSERT_TRUE(page.selectWithdrawal(withdrawal.value(QStringLiteral("id")).toString()));
    page.rejectionReasonEdit()->setText(QStringLiteral("   "));
    QTest::mouseClick(page.rejectButton(), Qt::LeftButton);
    EXPECT_TRUE(page.withdrawalMessage()->isVisible());
    EXPECT_TRUE(page.withdrawalMessage()->text().contains(QStringLiteral("reason is required")));
    EXPECT_TRUE(outboxEntries(*env->sync).isEmpty());
}

TEST_F(SettlementPageTest, WithdrawalsReloadReturnsBeforeTheBalancesArrive)
{
    const QJsonObject withdrawal = requested(true);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString id = withdrawal.value(QStringLiteral("id")).toString();
    const qint64 amount = withdrawal.value(QStringLiteral("amount_cents")).toInteger();

    // The constructor's reload has returned; the balances are read on a
    // worker thread and reach the page through its event loop, which has
    // not run yet. (Not shown: a sync's reload of a shown page would add
    // to the count.)
    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    QSignalSpy loaded(&page, &SettlementPage::withdrawalsLoaded);
    EXPECT_TRUE(page.withdrawalsLoading());
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Checking balances")))
        << page.balanceCheck()->text().toStdString();
    EXPECT_FALSE(page.approveButton()->isEnabled());
    EXPECT_EQ(page.ratesTable()->rowCount() > 0, true); // the rest of the page is there

    // They arrive; approving follows the balance.
    ASSERT_TRUE(waitForCount(loaded, 1));
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_FALSE(page.withdrawalsLoading());
    ASSERT_TRUE(page.selectWithdrawal(id));
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Balance check")));
    EXPECT_TRUE(page.balanceCheck()->text().contains(money(amount)));
    EXPECT_TRUE(page.approveButton()->isEnabled());
    EXPECT_TRUE(page.approveButton()->toolTip().isEmpty());

    // Another reload (a sync): the request stays selected, approving is off
    // with the reason until its balance is read again; rejecting needs none.
    page.reload();
    EXPECT_TRUE(page.withdrawalsLoading());
    EXPECT_EQ(selectedId(page), id);
    EXPECT_FALSE(page.approveButton()->isEnabled());
    EXPECT_TRUE(page.approveButton()->toolTip().contains(QStringLiteral("Checking balances")));
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Checking balances")));
    EXPECT_TRUE(page.rejectButton()->isEnabled());
    const auto rows = page.withdrawalsTable()->selectionModel()->selectedRows();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(page.withdrawalsTable()->item(rows.first().row(), 7)->text(),
              QStringLiteral("Checking…"));
    EXPECT_FALSE(page.approveSelected());
    EXPECT_TRUE(outboxEntries(*env->sync).isEmpty());

    ASSERT_TRUE(waitForCount(loaded, 2));
    EXPECT_EQ(selectedId(page), id);
    EXPECT_TRUE(page.approveButton()->isEnabled());
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("Balance check")));
    EXPECT_FALSE(page.withdrawalMessage()->isVisible());
}

TEST_F(SettlementPageTest, AStaleWithdrawalsResultIsDropped)
{
    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    QSignalSpy loaded(&page, &SettlementPage::withdrawalsLoaded);
    ASSERT_TRUE(page.withdrawalsLoading());
    // The first read ends on its worker; its result waits in the event
    // queue while a newer reload starts: it must not be shown.
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(20000));
    page.reload();
    ASSERT_TRUE(waitForCount(loaded, 1));
    // Every read is done and delivered: the newest only was shown.
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(20000));
    QTest::qWait(100);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_FALSE(page.withdrawalsLoading());
    EXPECT_GT(page.withdrawalsTable()->rowCount(), 0);

    // Two reloads in a row: the first one's read is cancelled or dropped.
    loaded.clear();
    page.reload();
    page.reload();
    ASSERT_TRUE(waitForCount(loaded, 1));
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(20000));
    QTest::qWait(100);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_FALSE(page.withdrawalsLoading());
}

TEST_F(SettlementPageTest, DestroyingThePageDuringAReloadIsSafe)
{
    {
        auto *page = new SettlementPage(env->staff, env->cachePath, env->sync.get());
        page->show();
        ASSERT_TRUE(page->withdrawalsLoading());
        delete page; // the worker still runs or its result waits in the queue
    }
    {
        // Its read ended, the result queued, then the page goes.
        auto *page = new SettlementPage(env->staff, env->cachePath, env->sync.get());
        ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(20000));
        delete page;
    }
    // The results go nowhere; the console carries on.
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(20000));
    QTest::qWait(100);
    SettlementPage page(env->staff, env->cachePath, env->sync.get());
    ASSERT_TRUE(waitForWithdrawals(page));
    EXPECT_GT(page.withdrawalsTable()->rowCount(), 0);
}

TEST_F(SettlementPageTest, BalancesThatCannotBeReadKeepApprovalOffWithTheReason)
{
    // A copy of the cache the page reads; it disappears while the page has
    // it open: the page's own connection still reads, the worker's cannot
    // open it.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        CacheDatabase db;
        ASSERT_TRUE(db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
        QSqlQuery vacuum(db.database());
        ASSERT_TRUE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)))
            << vacuum.lastError().text().toStdString();
    }
    const QJsonObject withdrawal = requested(true);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString id = withdrawal.value(QStringLiteral("id")).toString();
    SettlementPage page(env->staff, copy, env->sync.get());
    ASSERT_TRUE(waitForWithdrawals(page));
    ASSERT_TRUE(page.selectWithdrawal(id));
    ASSERT_TRUE(page.approveButton()->isEnabled());

    ASSERT_TRUE(QFile::remove(copy));
    page.reload();
    ASSERT_TRUE(waitForWithdrawals(page));
    // The list stays; approving is off with the reason; rejecting is not.
    EXPECT_EQ(selectedId(page), id);
    EXPECT_FALSE(page.approveButton()->isEnabled());
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("could not be read")))
        << page.balanceCheck()->text().toStdString();
    EXPECT_TRUE(page.balanceCheck()->text().contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(page.approveButton()->toolTip().contains(QStringLiteral("could not be read")));
    EXPECT_FALSE(page.approveSelected());
    EXPECT_TRUE(page.rejectButton()->isEnabled());
    EXPECT_TRUE(outboxEntries(*env->sync).isEmpty());
}

TEST_F(SettlementPageTest, WithdrawalQueueReadsTheWaitingTechniciansBalancesAndStopsWhenCancelled)
{
    const SettlementCache::WithdrawalQueue queue = cache.withdrawalQueue();
    ASSERT_TRUE(queue.complete) << queue.error.toStdString();
    EXPECT_EQ(queue.withdrawals, cache.withdrawals());
    QSet<QString> waiting;
    for (const QJsonObject &w : queue.withdrawals)
        if (w.value(QStringLiteral("status")).toString() == QLatin1String("requested"))
            waiting.insert(w.value(QStringLiteral("technician_id")).toString());
    ASSERT_FALSE(waiting.isEmpty());
    const auto expected = cache.balances(waiting);
    ASSERT_EQ(queue.balances.size(), waiting.size());
    for (const QString &technician : waiting)
        EXPECT_EQ(Finance::availableBalanceCents(queue.balances.value(technician)),
                  Finance::availableBalanceCents(expected.value(technician)))
            << technician.toStdString();

    const std::atomic_bool cancelled{true};
    const SettlementCache::WithdrawalQueue stopped = cache.withdrawalQueue(&cancelled);
    EXPECT_FALSE(stopped.complete);
    EXPECT_TRUE(stopped.error.isEmpty());
    EXPECT_TRUE(stopped.balances.isEmpty());
}

TEST_F(SettlementPageTest, AdministratorChangesARateAfterFixingTheInput)
{
    // Finance sees the rates but may not change them.
    {
        SettlementPage page(env->staff, env->cachePath, env->sync.get());
        EXPECT_GT(page.ratesTable()->rowCount(), 20);
        EXPECT_FALSE(page.saveRateButton()->isEnabled());
    }

    SettlementPage page(admin->staff, admin->cachePath, admin->sync.get());
    page.show();
    ASSERT_TRUE(page.selectRate(QStringLiteral("CR-S0007")));
    ASSERT_TRUE(page.saveRateButton()->isEnabled());
    const int historyRows = page.rateHistoryTable()->rowCount();
    EXPECT_GE(historyRows, 2); // the current value and the initial one

    page.ratePercentEdit()->setText(QStringLiteral("150"));
    page.rateReasonEdit()->setText(QStringLiteral("季度调整"));
    // A reload (a sync) keeps what is being typed.
    page.reload();
    EXPECT_EQ(page.ratePercentEdit()->text(), QStringLiteral("150"));
    EXPECT_EQ(page.rateReasonEdit()->text(), QStringLiteral("季度调整"));
    QTest::mouseClick(page.saveRateButton(), Qt::LeftButton);
    EXPECT_TRUE(page.rateMessage()->text().contains(QStringLiteral("100 %")));
    EXPECT_TRUE(outboxEntries(*admin->sync).isEmpty());

    // Fixed: lands on the server, the history grows by one.
    page.ratePercentEdit()->setText(QStringLiteral("16.5"));
    page.rateEffectiveEdit()->setDate(SettlementCommands::businessToday().addDays(1));
    QTest::mouseClick(page.saveRateButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForOutboxSettled(*admin->sync));
    EXPECT_TRUE(outboxEntries(*admin->sync).isEmpty());
    QDeadlineTimer reloaded(10000);
    while (!reloaded.hasExpired() && (!page.selectRate(QStringLiteral("CR-S0007")) ||
                                      page.rateHistoryTable()->rowCount() != historyRows + 1))
        QTest::qWait(50);
    ASSERT_TRUE(page.selectRate(QStringLiteral("CR-S0007")));
    SettlementCache adminCache;
    ASSERT_TRUE(adminCache.open(admin->cachePath, nullptr));
    const QJsonObject saved = adminCache.commissionRate(QStringLiteral("CR-S0007"));
    EXPECT_EQ(saved.value(QStringLiteral("rate_bp")).toInteger(), 1650);
    EXPECT_EQ(saved.value(QStringLiteral("changed_by")).toString(), admin->staff.id);
    EXPECT_EQ(page.rateHistoryTable()->rowCount(), historyRows + 1);
    EXPECT_TRUE(page.rateHistoryTable()->item(0, 1)->text().endsWith(QStringLiteral("→ 16.50 %")))
        << page.rateHistoryTable()->item(0, 1)->text().toStdString();
    EXPECT_EQ(page.rateHistoryTable()->item(0, 4)->text(), QStringLiteral("季度调整"));
}

} // namespace
