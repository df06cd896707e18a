// Refund approval over HTTP, through the validating proxy: never more than
// paid minus refunded, and above the threshold two approvals by two people.
#include "integration/ContractFixture.h"

#include <QJsonArray>

using namespace OpsDesk::Contract;

namespace {

constexpr qint64 Threshold = 50000; // the server's default refund threshold

class Refunds : public ContractTest
{
protected:
    static QJsonObject orderOf(const QJsonObject &refund)
    {
        const QString id = refund.value(QStringLiteral("order_id")).toString();
        for (const QJsonObject &order : records(QStringLiteral("orders"), 5000))
            if (order.value(QStringLiteral("id")).toString() == id)
                return order;
        return {};
    }
    static qint64 refundable(const QJsonObject &order)
    {
        return order.value(QStringLiteral("paid_cents")).toInteger() -
               order.value(QStringLiteral("refunded_cents")).toInteger();
    }
    // A submitted refund whose order can still refund more than `minimum`.
    static QJsonObject submittedRefund(qint64 minimum, QJsonObject *order)
    {
        const QList<QJsonObject> orders = records(QStringLiteral("orders"), 5000);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : orders)
            byId.insert(o.value(QStringLiteral("id")).toString(), o);
        const QJsonObject refund =
            claimRecord(QStringLiteral("refunds"), [&](const QJsonObject &r) {
                if (r.value(QStringLiteral("status")).toString() != QLatin1String("submitted"))
                    return false;
                const QJsonObject o = byId.value(r.value(QStringLiteral("order_id")).toString());
                return !o.isEmpty() && refundable(o) > minimum;
            });
        if (!refund.isEmpty())
            *order = byId.value(refund.value(QStringLiteral("order_id")).toString());
        return refund;
    }
    static Response approve(const QJsonObject &refund, qint64 version, qint64 amount,
                            const QString &user)
    {
        return command("POST",
                       QStringLiteral("/refunds/%1/approve")
                           .arg(refund.value(QStringLiteral("id")).toString()),
                       {{QStringLiteral("amount_cents"), amount},
                        {QStringLiteral("note"), QStringLiteral("contract test")}},
                       user, version);
    }
};

} // namespace

TEST_F(Refunds, NeverMoreThanPaidMinusRefunded)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/refunds/X/approve"));
    QJsonObject order;
    const QJsonObject refund = submittedRefund(0, &order);
    OPSDESK_REQUIRE_RECORD(refund, "submitted refund");
    const qint64 version = refund.value(QStringLiteral("version")).toInteger();
    const Response tooMuch =
        approve(refund, version, refundable(order) + 1, QStringLiteral("finance"));
    EXPECT_EQ(tooMuch.status, 409) << qPrintable(tooMuch.describe());
    EXPECT_EQ(tooMuch.problemType(), QStringLiteral("refund-limit"));

    // Within the limit and the threshold, one approval decides.
    const qint64 amount = std::min(refundable(order), Threshold);
    const Response approved = approve(refund, version, amount, QStringLiteral("finance"));
    ASSERT_EQ(approved.status, 200) << qPrintable(approved.describe());
    EXPECT_EQ(approved.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("approved"));
    EXPECT_EQ(approved.json().value(QStringLiteral("approved_amount_cents")).toInteger(), amount);
    const QJsonObject after = orderOf(refund);
    EXPECT_EQ(after.value(QStringLiteral("refunded_cents")).toInteger(),
              order.value(QStringLiteral("refunded_cents")).toInteger() + amount);
}

TEST_F(Refunds, AboveTheThresholdTwoDifferentApproversDecide)
{
    OPSDESK_REQUIRE_ROUTE("POST", QStringLiteral("/refunds/X/approve"));
    QJsonObject order;
    const QJsonObject refund = submittedRefund(Threshold + 200, &order);
    OPSDESK_REQUIRE_RECORD(refund, "submitted refund on an order above the threshold");
    const qint64 amount = refundable(order) - 100; // above the threshold
    ASSERT_GT(amount, Threshold);

    const Response first = approve(refund, refund.value(QStringLiteral("version")).toInteger(),
                                   amount, QStringLiteral("finance"));
    ASSERT_EQ(first.status, 200) << qPrintable(first.describe());
    EXPECT_EQ(first.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("first_approved"));
    qint64 version = first.json().value(QStringLiteral("version")).toInteger();

    // The same person cannot give the second approval…
    const Response same = approve(refund, version, amount, QStringLiteral("finance"));
    EXPECT_EQ(same.status, 403) << qPrintable(same.describe());
    EXPECT_EQ(same.problemType(), QStringLiteral("same-approver"));
    // …the second approver may not raise the amount…
    const Response raised = approve(refund, version, amount + 50, QStringLiteral("finance2"));
    EXPECT_EQ(raised.status, 409) << qPrintable(raised.describe());
    // …but may lower it.
    const Response second = approve(refund, version, amount - 10, QStringLiteral("finance2"));
    ASSERT_EQ(second.status, 200) << qPrintable(second.describe());
    const QJsonObject decided = second.json();
    EXPECT_EQ(decided.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(decided.value(QStringLiteral("approved_amount_cents")).toInteger(), amount - 10);
    EXPECT_GE(decided.value(QStringLiteral("approvals")).toArray().size(), 2);
    const QJsonObject after = orderOf(refund);
    EXPECT_EQ(after.value(QStringLiteral("refunded_cents")).toInteger(),
              order.value(QStringLiteral("refunded_cents")).toInteger() + amount - 10);
    // Decided: another approval is a state conflict.
    version = decided.value(QStringLiteral("version")).toInteger();
    const Response again = approve(refund, version, 100, QStringLiteral("finance"));
    EXPECT_EQ(again.status, 409) << qPrintable(again.describe());
}
