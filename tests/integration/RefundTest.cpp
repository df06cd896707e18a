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
    // An open refund request for a fresh paid order, built from demo records
    // (so both follow the contract's schemas) and stored through the
    // test-only PUT /admin/records: the demo data has few open requests.
    static QJsonObject openRefund(qint64 paidCents, QJsonObject *order)
    {
        static int serial = 0;
        const QString suffix = QStringLiteral("CT%1").arg(++serial);
        QJsonObject templateOrder;
        for (const QJsonObject &o : records(QStringLiteral("orders"), 5000))
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("completed") &&
                o.contains(QStringLiteral("technician_id"))) {
                templateOrder = o;
                break;
            }
        const QList<QJsonObject> refunds = records(QStringLiteral("refunds"), 5000);
        if (templateOrder.isEmpty() || refunds.isEmpty())
            return {};
        QJsonObject newOrder = templateOrder;
        newOrder.insert(QStringLiteral("price_cents"), paidCents);
        newOrder.insert(QStringLiteral("coupon_discount_cents"), 0);
        newOrder.insert(QStringLiteral("paid_cents"), paidCents);
        newOrder.insert(QStringLiteral("refunded_cents"), 0);
        newOrder.insert(QStringLiteral("has_refund"), true);
        newOrder.remove(QStringLiteral("coupon_id"));
        const QString orderId = QStringLiteral("O") + suffix;
        const Response storedOrder =
            command("PUT", QStringLiteral("/admin/records/orders/") + orderId, newOrder,
                    QStringLiteral("admin"));
        EXPECT_EQ(storedOrder.status, 200) << qPrintable(storedOrder.describe());
        *order = storedOrder.json();

        QJsonObject refund = refunds.constFirst();
        for (const char *decided : {"approved_amount_cents", "technician_share_cents",
                                    "platform_share_cents", "rejection_reason", "decided_at"})
            refund.remove(QLatin1String(decided));
        refund.insert(QStringLiteral("order_id"), orderId);
        refund.insert(QStringLiteral("customer_id"), newOrder.value(QStringLiteral("customer_id")));
        refund.insert(QStringLiteral("technician_id"),
                      newOrder.value(QStringLiteral("technician_id")));
        refund.insert(QStringLiteral("amount_requested_cents"), paidCents);
        refund.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        refund.insert(QStringLiteral("approvals"), QJsonArray());
        const Response stored = command("PUT", QStringLiteral("/admin/records/refunds/R") + suffix,
                                        refund, QStringLiteral("admin"));
        EXPECT_EQ(stored.status, 200) << qPrintable(stored.describe());
        return stored.status == 200 ? stored.json() : QJsonObject();
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
    const QJsonObject refund = openRefund(30000, &order);
    OPSDESK_REQUIRE_RECORD(refund, "order or refund to build on");
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
    const QJsonObject refund = openRefund(200000, &order);
    OPSDESK_REQUIRE_RECORD(refund, "order or refund to build on");
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
