// Refund approval with a second approver above the threshold (api/openapi.yaml,
// tag "refunds"). The amount and split rules are models/finance/RefundRules.
#include "models/finance/RefundRules.h"
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/FinanceSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QJsonArray>

namespace OpsDesk::Server {

namespace {

const QString Refunds = QStringLiteral("refunds");
const QString Orders = QStringLiteral("orders");

qint64 integer(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1String(field)).toInteger();
}

// Loads the refund and its order; both must be in the caller's cities.
std::optional<HttpResponse> loadRefund(RequestContext &context, Record *refund, Record *order)
{
    if (auto error = loadForCommand(context, Refunds, context.param("id"), refund))
        return error;
    const QString orderId = refund->doc.value(QStringLiteral("order_id")).toString();
    auto found = context.store.get(Orders, orderId);
    if (found && context.staff &&
        !context.staff->mayAccessCity(found->doc.value(QStringLiteral("city")).toString()))
        return outOfScope(QStringLiteral("%1 is for order %2 in a city outside your scope.")
                              .arg(refund->id, orderId));
    if (auto error = checkIfMatch(context, *refund))
        return error;
    if (!found)
        return stateConflict(QStringLiteral("Refund %1 refers to order %2, which does not exist.")
                                 .arg(refund->id, orderId));
    *order = std::move(*found);
    return std::nullopt;
}

HttpResponse refundLimit(const QString &detail, qint64 maximum)
{
    return stateConflict(
        detail, QStringLiteral("refund-limit"),
        {{QStringLiteral("amount_cents"), QStringLiteral("must be at most %1").arg(maximum)}});
}

HttpResponse approve(RequestContext &context)
{
    BodyReader in(context.body);
    const qint64 amount = in.integer("amount_cents", {.min = 1});
    const QString note = in.string("note", {.required = false, .maxLength = 2000});
    if (!in.ok())
        return in.problem().toResponse();
    Record refund, order;
    if (auto error = loadRefund(context, &refund, &order))
        return *error;

    const QString status = refund.doc.value(QStringLiteral("status")).toString();
    const bool second = status == QLatin1String("first_approved");
    if (status != QLatin1String("submitted") && !second)
        return statusConflict(QStringLiteral("Refund request"), refund.id, status,
                              QStringLiteral("submitted or first_approved"));
    const QJsonArray approvals = refund.doc.value(QStringLiteral("approvals")).toArray();
    std::optional<qint64> firstAmount;
    if (second && !approvals.isEmpty()) {
        const QJsonObject first = approvals.last().toObject();
        if (first.value(QStringLiteral("by")).toString() == actorId(context)) {
            Problem problem = Problem::forbidden(
                QStringLiteral("You gave the first approval of %1; the second approval must come "
                               "from another staff member.")
                    .arg(refund.id));
            problem.type = QStringLiteral("same-approver");
            problem.title = QStringLiteral("A different approver is required");
            return problem.toResponse();
        }
        firstAmount = first.value(QStringLiteral("amount_cents")).toInteger();
    }

    const qint64 paid = integer(order.doc, "paid_cents");
    const qint64 refunded = integer(order.doc, "refunded_cents");
    const qint64 requested = integer(refund.doc, "amount_requested_cents");
    switch (Finance::checkRefundAmount(amount, paid, refunded, requested, firstAmount)) {
    case Finance::RefundAmountCheck::Ok:
        break;
    case Finance::RefundAmountCheck::BelowMinimum:
        return Problem::validation(
                   {{QStringLiteral("amount_cents"), QStringLiteral("must be at least 1")}})
            .toResponse();
    case Finance::RefundAmountCheck::AboveFirstApproval:
        return refundLimit(QStringLiteral("The second approval may lower the amount of %1 but not "
                                          "raise it above the first approval's %2 cents.")
                               .arg(refund.id)
                               .arg(*firstAmount),
                           *firstAmount);
    case Finance::RefundAmountCheck::AboveRequested:
        return refundLimit(QStringLiteral("The customer asked for %1 cents on %2; more cannot be "
                                          "approved.")
                               .arg(requested)
                               .arg(refund.id),
                           requested);
    case Finance::RefundAmountCheck::AboveRefundable: {
        const qint64 left = Finance::refundableCents(paid, refunded);
        return refundLimit(QStringLiteral("At most %1 cents can still be refunded on order %2.")
                               .arg(left)
                               .arg(order.id),
                           left);
    }
    }

    QJsonObject approval{{QStringLiteral("by"), actorId(context)},
                         {QStringLiteral("at"), context.now},
                         {QStringLiteral("amount_cents"), amount},
                         {QStringLiteral("step"), second ? 2 : 1}};
    if (!note.isEmpty())
        approval.insert(QStringLiteral("note"), note);
    appendTo(refund.doc, QStringLiteral("approvals"), approval);

    const qint64 threshold =
        context.store
            .setting(QStringLiteral("refund_second_approval_threshold_cents"),
                     QString::number(Finance::DefaultSecondApprovalThresholdCents))
            .toLongLong();
    if (!second && Finance::needsSecondApproval(amount, threshold)) {
        refund.doc.insert(QStringLiteral("status"), QStringLiteral("first_approved"));
        return recordResponse(200, context.store.put(Refunds, refund.doc, context.now));
    }

    const Finance::RefundSplit split = Finance::splitRefund(
        amount, refunded, paid,
        technicianEarnings(context.store, order.doc, businessDay(context.now)));
    refund.doc.insert(QStringLiteral("status"), QStringLiteral("approved"));
    refund.doc.insert(QStringLiteral("approved_amount_cents"), amount);
    refund.doc.insert(QStringLiteral("technician_share_cents"), split.technicianShareCents);
    refund.doc.insert(QStringLiteral("platform_share_cents"), split.platformShareCents);
    refund.doc.insert(QStringLiteral("decided_at"), context.now);
    refund.doc.insert(QStringLiteral("decided_by"), actorId(context));
    if (!refund.doc.contains(QStringLiteral("technician_id")) &&
        order.doc.contains(QStringLiteral("technician_id")))
        refund.doc.insert(QStringLiteral("technician_id"),
                          order.doc.value(QStringLiteral("technician_id")));

    order.doc.insert(QStringLiteral("refunded_cents"), refunded + amount);
    order.doc.insert(QStringLiteral("has_refund"), true);
    context.store.put(Orders, order.doc, context.now);
    return recordResponse(200, context.store.put(Refunds, refund.doc, context.now));
}

HttpResponse reject(RequestContext &context)
{
    BodyReader in(context.body);
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record refund, order;
    if (auto error = loadRefund(context, &refund, &order))
        return *error;
    const QString status = refund.doc.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("submitted") && status != QLatin1String("first_approved"))
        return statusConflict(QStringLiteral("Refund request"), refund.id, status,
                              QStringLiteral("submitted or first_approved"));
    refund.doc.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    refund.doc.insert(QStringLiteral("rejection_reason"), reason);
    refund.doc.insert(QStringLiteral("decided_by"), actorId(context));
    refund.doc.insert(QStringLiteral("decided_at"), context.now);
    return recordResponse(200, context.store.put(Refunds, refund.doc, context.now));
}

} // namespace

void registerRefundRoutes(Router &router)
{
    const RouteOptions finance{
        .roles = {Role::Finance, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/refunds/{id}/approve"), finance, approve);
    router.add("POST", QStringLiteral("/api/v1/refunds/{id}/reject"), finance, reject);
}

} // namespace OpsDesk::Server
