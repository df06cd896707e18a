// Commissions and settlement against the real reference server process and
// real SQLite caches: the settlement arithmetic of every cached settlement
// against the rate history, a commission rate change with its history, the
// refusals of bad rates (console and server), and withdrawals approved,
// refused over the balance (console and server) and rejected with a reason.
#include "models/finance/Settlement.h"
#include "common/SettlementFixtures.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/Money.h"
#include "models/dispatch/DaySchedule.h"
#include "models/finance/TechnicianLedger.h"
#include "services/audit/AuditCommands.h"
#include "services/cache/CacheDatabase.h"
#include "services/finance/SettlementCache.h"
#include "services/finance/SettlementCommands.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace OpsDesk;
using TestSupport::outboxEntries;
using TestSupport::pullNow;
using TestSupport::requestedWithdrawal;
using TestSupport::submitAndWait;
using TestSupport::waitForOutboxSettled;

namespace {

// Admin (rates, penalties) and finance (withdrawals) on one demo server.
class SettlementTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        env = new TestSupport::SyncedDemo;
        if (env->start(QStringLiteral("admin")))
            finance = env->signInAnother(QStringLiteral("finance")).release();
    }
    static void TearDownTestSuite()
    {
        delete finance;
        finance = nullptr;
        delete env;
        env = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(env && env->sync && finance) << "the server or the first sync failed";
    }

    // Submits through the outbox and waits until it settled; the entry if it
    // is still there (parked or in conflict), else a default entry.
    static OutboxEntry submitSettled(SyncSession &sync, const LocalChange &change)
    {
        QString error;
        const QString opId = submitAndWait(sync, change, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_TRUE(waitForOutboxSettled(sync));
        for (const OutboxEntry &entry : outboxEntries(sync))
            if (entry.opId == opId)
                return entry;
        return {};
    }

    static QJsonObject record(const QString &cachePath, const QString &collection,
                              const QString &id)
    {
        CacheDatabase db;
        if (!db.open(cachePath, CacheDatabase::Mode::ReadOnly, nullptr))
            return {};
        return db
            .documents(QStringLiteral("SELECT doc FROM records WHERE collection = ? AND id = ?"),
                       {collection, id})
            .value(0);
    }

    static inline TestSupport::SyncedDemo *env = nullptr;
    static inline TestSupport::SyncedDemo::Other *finance = nullptr;
};

// Every settlement of the demo: commission = price × the rate in force on the
// completion day (China business day) for the technician's star level,
// earnings = price − commission − the coupon cost the technician bears, to
// the cent, and the ledger's derived technician coupon cost agrees.
TEST_F(SettlementTest, SettlementsFollowTheRateHistory)
{
    CacheDatabase db;
    QString error;
    ASSERT_TRUE(db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, &error));
    const auto docsOf = [&](const QString &collection) {
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &doc : db.documents(
                 QStringLiteral("SELECT doc FROM records WHERE collection = ?"), {collection}))
            byId.insert(doc.value(QStringLiteral("id")).toString(), doc);
        return byId;
    };
    const auto orders = docsOf(QStringLiteral("orders"));
    const auto technicians = docsOf(QStringLiteral("technicians"));
    const auto coupons = docsOf(QStringLiteral("coupons"));
    QHash<QString, QList<Finance::CommissionRate>> ratesByItem;
    for (const QJsonObject &doc : docsOf(QStringLiteral("commission_rates"))) {
        Finance::CommissionRate rate;
        if (doc.value(QStringLiteral("star_level")).isDouble())
            rate.starLevel = doc.value(QStringLiteral("star_level")).toInt();
        rate.current = {
            doc.value(QStringLiteral("rate_bp")).toInteger(),
            QDate::fromString(doc.value(QStringLiteral("effective_from")).toString(), Qt::ISODate)};
        for (const QJsonValue &h : doc.value(QStringLiteral("history")).toArray())
            rate.history.append(
                {h[QStringLiteral("rate_bp")].toInteger(),
                 QDate::fromString(h[QStringLiteral("effective_from")].toString(), Qt::ISODate)});
        ratesByItem[doc.value(QStringLiteral("service_item_id")).toString()].append(rate);
    }

    const auto settlements = docsOf(QStringLiteral("settlements"));
    ASSERT_GT(settlements.size(), 500);
    int withTechnicianCoupon = 0;
    int withPlatformCoupon = 0;
    for (const QJsonObject &s : settlements) {
        const QString id = s.value(QStringLiteral("id")).toString();
        const QJsonObject order = orders.value(s.value(QStringLiteral("order_id")).toString());
        ASSERT_FALSE(order.isEmpty()) << id.toStdString();
        const QJsonObject technician =
            technicians.value(s.value(QStringLiteral("technician_id")).toString());
        ASSERT_FALSE(technician.isEmpty()) << id.toStdString();
        const QDateTime settledAt = QDateTime::fromString(
            s.value(QStringLiteral("settled_at")).toString(), Qt::ISODateWithMs);
        const QDate day = DaySchedule::localDate(settledAt.toSecsSinceEpoch());
        const auto rate = Finance::applicableRateBp(
            ratesByItem.value(order.value(QStringLiteral("service_item_id")).toString()),
            technician.value(QStringLiteral("star_level")).toInt(), day);
        ASSERT_TRUE(rate.has_value()) << id.toStdString();

        Finance::SettlementInput input;
        input.priceCents = order.value(QStringLiteral("price_cents")).toInteger();
        input.commissionRateBp = *rate;
        const QString couponId = order.value(QStringLiteral("coupon_id")).toString();
        if (!couponId.isEmpty()) {
            input.couponDiscountCents =
                order.value(QStringLiteral("coupon_discount_cents")).toInteger();
            if (coupons.value(couponId).value(QStringLiteral("cost_bearer")).toString() ==
                QLatin1String("technician"))
                input.couponCostBearer = Finance::CostBearer::Technician;
        }
        const Finance::SettlementAmounts expected = Finance::settle(input);
        EXPECT_EQ(s.value(QStringLiteral("price_cents")).toInteger(), expected.priceCents)
            << id.toStdString();
        EXPECT_EQ(s.value(QStringLiteral("commission_cents")).toInteger(), expected.commissionCents)
            << id.toStdString() << " rate " << *rate << " on " << day.toString().toStdString();
        EXPECT_EQ(s.value(QStringLiteral("coupon_cost_platform_cents")).toInteger(),
                  expected.couponCostPlatformCents)
            << id.toStdString();
        EXPECT_EQ(s.value(QStringLiteral("earnings_cents")).toInteger(), expected.earningsCents)
            << id.toStdString();
        EXPECT_EQ(expected.earningsCents, expected.priceCents - expected.commissionCents -
                                              expected.couponCostTechnicianCents);
        EXPECT_EQ(Finance::technicianCouponCostCents(s), expected.couponCostTechnicianCents)
            << id.toStdString();
        withTechnicianCoupon += expected.couponCostTechnicianCents > 0;
        withPlatformCoupon += expected.couponCostPlatformCents > 0;
    }
    EXPECT_GT(withTechnicianCoupon + withPlatformCoupon, 0);
}

// The ledger of a technician over all time adds up: the closing balance is
// the available balance, and the order totals are the settlements' sums.
TEST_F(SettlementTest, LedgerAddsUp)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(finance->cachePath, &error));
    int checked = 0;
    for (const QJsonObject &technician : cache.technicians()) {
        const QString id = technician.value(QStringLiteral("id")).toString();
        const Finance::LedgerRecords records = cache.ledgerRecords(id);
        if (records.settlements.isEmpty())
            continue;
        const auto ledger = Finance::buildLedger(records, {}, {}, QDateTime::currentDateTimeUtc());
        EXPECT_EQ(ledger.openingBalanceCents, 0);
        EXPECT_EQ(ledger.closingBalanceCents, ledger.availableBalanceCents) << id.toStdString();
        EXPECT_EQ(ledger.availableBalanceCents,
                  Finance::availableBalanceCents(cache.balances({id}).value(id)));
        qint64 earnings = 0;
        for (const QJsonObject &s : records.settlements)
            earnings += s.value(QStringLiteral("earnings_cents")).toInteger();
        EXPECT_EQ(ledger.totals.earningsCents, earnings);
        EXPECT_EQ(ledger.totals.orders, records.settlements.size());
        EXPECT_EQ(ledger.totals.priceCents - ledger.totals.commissionCents -
                      ledger.totals.couponTechnicianCents,
                  ledger.totals.earningsCents);
        if (++checked == 25)
            break;
    }
    EXPECT_EQ(checked, 25);
}

TEST_F(SettlementTest, RateChangeReachesTheServerWithItsHistory)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error));
    const QJsonObject rate = cache.commissionRate(QStringLiteral("CR-S0003"));
    ASSERT_FALSE(rate.isEmpty());
    const int historyBefore = rate.value(QStringLiteral("history")).toArray().size();
    const qint64 oldBp = rate.value(QStringLiteral("rate_bp")).toInteger();
    ASSERT_TRUE(SettlementCommands::maySetCommissionRate(env->staff));
    ASSERT_FALSE(SettlementCommands::maySetCommissionRate(finance->staff));

    const QDate from = SettlementCommands::businessToday().addDays(3);
    qint64 bp = 0;
    ASSERT_EQ(SettlementCommands::checkRateChange(rate, QStringLiteral("13.75"), from,
                                                  QStringLiteral("旺季调整"),
                                                  SettlementCommands::businessToday(), &bp),
              QString());
    ASSERT_EQ(bp, 1375);
    const OutboxEntry left =
        submitSettled(*env->sync, SettlementCommands::setCommissionRate(
                                      env->staff, rate, bp, from, QStringLiteral("旺季调整")));
    EXPECT_TRUE(left.opId.isEmpty()) << left.lastError.toStdString();

    // A fresh sync of the finance clerk's cache brings the server's record.
    ASSERT_TRUE(pullNow(*finance->sync));
    const QJsonObject saved =
        record(finance->cachePath, QStringLiteral("commission_rates"), QStringLiteral("CR-S0003"));
    EXPECT_EQ(saved.value(QStringLiteral("rate_bp")).toInteger(), 1375);
    EXPECT_EQ(saved.value(QStringLiteral("effective_from")).toString(), from.toString(Qt::ISODate));
    EXPECT_EQ(saved.value(QStringLiteral("changed_by")).toString(), env->staff.id);
    EXPECT_EQ(saved.value(QStringLiteral("reason")).toString(), QStringLiteral("旺季调整"));
    const QJsonArray history = saved.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), historyBefore + 1);
    EXPECT_EQ(history.last()[QStringLiteral("rate_bp")].toInteger(), oldBp);
    EXPECT_EQ(history.last()[QStringLiteral("effective_from")].toString(),
              rate.value(QStringLiteral("effective_from")).toString());

    // Orders completed before the new day keep the old rate.
    Finance::CommissionRate parsed;
    parsed.current = {1375, from};
    for (const QJsonValue &h : history)
        parsed.history.append(
            {h[QStringLiteral("rate_bp")].toInteger(),
             QDate::fromString(h[QStringLiteral("effective_from")].toString(), Qt::ISODate)});
    EXPECT_EQ(Finance::rateOn(parsed, from.addDays(-1)), oldBp);
    EXPECT_EQ(Finance::rateOn(parsed, from), 1375);
}

TEST_F(SettlementTest, InvalidRatesAreRefusedWithMessages)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error));
    const QJsonObject rate = cache.commissionRate(QStringLiteral("CR-S0005"));
    ASSERT_FALSE(rate.isEmpty());
    const QDate today = SettlementCommands::businessToday();
    const QString reason = QStringLiteral("调整");
    const auto check = [&](const QString &text, const QDate &from, const QString &why) {
        return SettlementCommands::checkRateChange(rate, text, from, why, today, nullptr);
    };
    EXPECT_TRUE(check(QString(), today, reason).contains(QStringLiteral("Enter the rate")));
    EXPECT_TRUE(check(QStringLiteral("abc"), today, reason).contains(QStringLiteral("not a rate")));
    EXPECT_TRUE(check(QStringLiteral("-5"), today, reason).contains(QStringLiteral("not a rate")));
    EXPECT_TRUE(
        check(QStringLiteral("15.255"), today, reason).contains(QStringLiteral("two decimals")));
    EXPECT_TRUE(check(QStringLiteral("100.01"), today, reason).contains(QStringLiteral("100 %")));
    EXPECT_TRUE(check(QStringLiteral("12"), today.addDays(-1), reason)
                    .contains(QStringLiteral("in the past")));
    EXPECT_TRUE(check(QStringLiteral("12"), QDate(), reason).contains(QStringLiteral("Choose")));
    EXPECT_TRUE(check(QStringLiteral("12"), today, QStringLiteral("  "))
                    .contains(QStringLiteral("reason is required")));
    EXPECT_TRUE(check(Finance::ratePercentText(rate.value(QStringLiteral("rate_bp")).toInteger()),
                      QDate::fromString(rate.value(QStringLiteral("effective_from")).toString(),
                                        Qt::ISODate),
                      reason)
                    .contains(QStringLiteral("nothing to change")));
    EXPECT_EQ(check(QStringLiteral("100"), today, reason), QString());
    EXPECT_EQ(check(QStringLiteral("0"), today, reason), QString());
    EXPECT_EQ(check(QStringLiteral("12.5 %"), today, reason), QString());

    // The server refuses the same mistakes: the entry is parked with the
    // server's reasons and the cached rate is back to the server's.
    LocalChange bad =
        SettlementCommands::setCommissionRate(env->staff, rate, 12000, today.addDays(-1), reason);
    const OutboxEntry parked = submitSettled(*env->sync, bad);
    EXPECT_TRUE(parked.isParked());
    EXPECT_EQ(parked.httpStatus, 400);
    EXPECT_TRUE(parked.lastError.contains(QStringLiteral("rate_bp")))
        << parked.lastError.toStdString();
    EXPECT_TRUE(parked.lastError.contains(QStringLiteral("effective_from")))
        << parked.lastError.toStdString();
    env->sync->discard(parked.opId);
    EXPECT_TRUE(waitForOutboxSettled(*env->sync));
    EXPECT_EQ(record(env->cachePath, QStringLiteral("commission_rates"), QStringLiteral("CR-S0005"))
                  .value(QStringLiteral("rate_bp")),
              rate.value(QStringLiteral("rate_bp")));

    // A finance clerk may not change rates: refused by the server (403).
    const OutboxEntry forbidden =
        submitSettled(*finance->sync, SettlementCommands::setCommissionRate(finance->staff, rate,
                                                                            1200, today, reason));
    EXPECT_TRUE(forbidden.isParked());
    EXPECT_EQ(forbidden.httpStatus, 403);
    finance->sync->discard(forbidden.opId);
    EXPECT_TRUE(waitForOutboxSettled(*finance->sync));
}

TEST_F(SettlementTest, WithdrawalOverTheBalanceIsRefusedByConsoleAndServer)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(finance->cachePath, &error));
    // One of the demo's, or one made so by a penalty the administrator gives.
    const QJsonObject withdrawal = TestSupport::withdrawalOverBalance(
        cache, *finance->sync, *env->sync, env->staff, env->cachePath);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString technicianId = withdrawal.value(QStringLiteral("technician_id")).toString();
    const qint64 balance =
        Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId));
    ASSERT_GT(withdrawal.value(QStringLiteral("amount_cents")).toInteger(), balance);

    // The console refuses with the figures.
    const QString refusal = SettlementCommands::checkApproval(withdrawal, balance);
    EXPECT_TRUE(refusal.contains(QStringLiteral("Over the balance"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(Money::fromCents(balance).toDisplayString()));

    // Sent anyway, the server refuses too (409 state-conflict): parked, and
    // the cached request is the server's again.
    const OutboxEntry parked = submitSettled(
        *finance->sync, SettlementCommands::approveWithdrawal(finance->staff, withdrawal));
    EXPECT_TRUE(parked.isParked());
    EXPECT_EQ(parked.httpStatus, 409);
    EXPECT_TRUE(parked.lastError.contains(QString::number(balance)))
        << parked.lastError.toStdString();
    finance->sync->discard(parked.opId);
    EXPECT_TRUE(waitForOutboxSettled(*finance->sync));
    EXPECT_EQ(cache.withdrawal(withdrawal.value(QStringLiteral("id")).toString())
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("requested"));
}

TEST_F(SettlementTest, WithdrawalWithinTheBalanceIsApproved)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(finance->cachePath, &error));
    const QJsonObject withdrawal = requestedWithdrawal(cache, true);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString id = withdrawal.value(QStringLiteral("id")).toString();
    const QString technicianId = withdrawal.value(QStringLiteral("technician_id")).toString();
    const qint64 before =
        Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId));
    ASSERT_TRUE(SettlementCommands::mayDecideWithdrawal(finance->staff, withdrawal));
    EXPECT_EQ(SettlementCommands::checkApproval(withdrawal, before), QString());

    const OutboxEntry left =
        submitSettled(*finance->sync, SettlementCommands::approveWithdrawal(
                                          finance->staff, withdrawal, QStringLiteral("已核对")));
    EXPECT_TRUE(left.opId.isEmpty()) << left.lastError.toStdString();
    const QJsonObject approved = cache.withdrawal(id);
    EXPECT_EQ(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(approved.value(QStringLiteral("decided_by")).toString(), finance->staff.id);
    EXPECT_GT(approved.value(QStringLiteral("version")).toInteger(),
              withdrawal.value(QStringLiteral("version")).toInteger());
    // The balance is lower by the amount; the request cannot be decided again.
    EXPECT_EQ(Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId)),
              before - withdrawal.value(QStringLiteral("amount_cents")).toInteger());
    EXPECT_FALSE(SettlementCommands::mayDecideWithdrawal(finance->staff, approved));

    // The admin's cache sees the server's decision.
    ASSERT_TRUE(pullNow(*env->sync));
    EXPECT_EQ(record(env->cachePath, QStringLiteral("withdrawals"), id)
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("approved"));
}

TEST_F(SettlementTest, RejectionNeedsAReason)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(finance->cachePath, &error));
    QJsonObject withdrawal = requestedWithdrawal(cache, true);
    if (withdrawal.isEmpty())
        withdrawal = requestedWithdrawal(cache, false);
    ASSERT_FALSE(withdrawal.isEmpty());
    const QString id = withdrawal.value(QStringLiteral("id")).toString();

    EXPECT_FALSE(SettlementCommands::checkRejectionReason(QStringLiteral("   ")).isEmpty());
    EXPECT_FALSE(
        SettlementCommands::checkRejectionReason(QString(501, QLatin1Char('x'))).isEmpty());
    EXPECT_EQ(SettlementCommands::checkRejectionReason(QStringLiteral("银行卡信息有误")),
              QString());

    // Without a reason the server refuses (400) and nothing changes.
    const OutboxEntry parked = submitSettled(
        *finance->sync, SettlementCommands::rejectWithdrawal(finance->staff, withdrawal, {}));
    EXPECT_TRUE(parked.isParked());
    EXPECT_EQ(parked.httpStatus, 400);
    EXPECT_TRUE(parked.lastError.contains(QStringLiteral("reason")))
        << parked.lastError.toStdString();
    finance->sync->discard(parked.opId);
    EXPECT_TRUE(waitForOutboxSettled(*finance->sync));
    EXPECT_EQ(cache.withdrawal(id).value(QStringLiteral("status")).toString(),
              QStringLiteral("requested"));

    const OutboxEntry left = submitSettled(
        *finance->sync, SettlementCommands::rejectWithdrawal(finance->staff, withdrawal,
                                                             QStringLiteral("银行卡信息有误")));
    EXPECT_TRUE(left.opId.isEmpty()) << left.lastError.toStdString();
    const QJsonObject rejected = cache.withdrawal(id);
    EXPECT_EQ(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(rejected.value(QStringLiteral("reason")).toString(),
              QStringLiteral("银行卡信息有误"));
    EXPECT_EQ(rejected.value(QStringLiteral("decided_by")).toString(), finance->staff.id);
}

} // namespace

namespace {

// A penalty recorded by the administrator lowers the technician's balance in
// the finance clerk's cache and shows in the ledger.
TEST_F(SettlementTest, PenaltyLowersTheBalanceAndShowsInTheLedger)
{
    SettlementCache cache;
    QString error;
    ASSERT_TRUE(cache.open(finance->cachePath, &error));
    QString technicianId;
    for (const QJsonObject &t : cache.technicians())
        if (t.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            technicianId = t.value(QStringLiteral("id")).toString();
            break;
        }
    ASSERT_FALSE(technicianId.isEmpty());
    const qint64 before =
        Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId));

    SettlementCache adminCache;
    ASSERT_TRUE(adminCache.open(env->cachePath, &error));
    const OutboxEntry left = submitSettled(
        *env->sync, AuditCommands::incentive(env->staff, adminCache.technician(technicianId),
                                             AuditCommands::IncentiveKind::Penalty,
                                             Money::fromCents(1234), QStringLiteral("迟到扣罚")));
    ASSERT_TRUE(left.opId.isEmpty()) << left.lastError.toStdString();
    ASSERT_TRUE(pullNow(*finance->sync));

    EXPECT_EQ(Finance::availableBalanceCents(cache.balances({technicianId}).value(technicianId)),
              before - 1234);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto ledger = Finance::buildLedger(cache.ledgerRecords(technicianId), now.addDays(-1),
                                             now.addDays(1), now);
    ASSERT_FALSE(ledger.entries.isEmpty());
    const Finance::LedgerEntry &last = ledger.entries.last();
    EXPECT_EQ(last.kind, Finance::LedgerEntryKind::Penalty);
    EXPECT_EQ(last.amountCents, -1234);
    EXPECT_EQ(last.note, QStringLiteral("迟到扣罚"));
    EXPECT_EQ(ledger.totals.penaltiesCents, 1234);
    EXPECT_EQ(ledger.closingBalanceCents, before - 1234);
}

} // namespace
