#include "models/finance/RefundQueue.h"

#include "models/Money.h"

#include <QJsonArray>

namespace OpsDesk::Finance {

namespace {

struct StatusName
{
    RefundStatus status;
    const char *id;
};

constexpr StatusName StatusIds[] = {
    {RefundStatus::Submitted, "submitted"}, {RefundStatus::FirstApproved, "first_approved"},
    {RefundStatus::Approved, "approved"},   {RefundStatus::Rejected, "rejected"},
    {RefundStatus::PaidOut, "paid_out"},
};

qint64 cents(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toInteger();
}

} // namespace

std::optional<RefundStatus> refundStatusFromId(const QString &id)
{
    for (const StatusName &entry : StatusIds)
        if (id == QLatin1String(entry.id))
            return entry.status;
    return std::nullopt;
}

QString refundStatusId(RefundStatus status)
{
    for (const StatusName &entry : StatusIds)
        if (entry.status == status)
            return QString::fromLatin1(entry.id);
    return {};
}

QList<RefundStatus> allRefundStatuses()
{
    QList<RefundStatus> list;
    for (const StatusName &entry : StatusIds)
        list.append(entry.status);
    return list;
}

bool isAwaitingDecision(RefundStatus status)
{
    return status == RefundStatus::Submitted || status == RefundStatus::FirstApproved;
}

bool isAwaitingDecision(const QJsonObject &refund)
{
    const auto status = refundStatusFromId(refund.value(QStringLiteral("status")).toString());
    return status && isAwaitingDecision(*status);
}

QStringList refundReasonCodes()
{
    return {QStringLiteral("service_not_completed"), QStringLiteral("poor_quality"),
            QStringLiteral("overcharged"),           QStringLiteral("damage"),
            QStringLiteral("technician_late"),       QStringLiteral("order_cancelled")};
}

qint64 RefundItem::amountCents() const
{
    if (status == RefundStatus::Approved || status == RefundStatus::PaidOut)
        return approvedCents;
    return requestedCents;
}

void completeRefundItem(RefundItem &item, const RefundOrderFacts &order)
{
    if (item.technicianId.isEmpty())
        item.technicianId = order.technicianId;
    if (item.city.isEmpty())
        item.city = order.city;
    item.serviceItemId = order.serviceItemId;
    item.paidCents = order.paidCents;
    item.refundedCents = order.refundedCents;
}

RefundItem refundItemFrom(const QJsonObject &refund, const QJsonObject &order, const QDateTime &now)
{
    RefundItem item;
    item.id = refund.value(QStringLiteral("id")).toString();
    item.orderId = refund.value(QStringLiteral("order_id")).toString();
    item.customerId = refund.value(QStringLiteral("customer_id")).toString();
    item.technicianId = refund.value(QStringLiteral("technician_id")).toString();
    item.city = refund.value(QStringLiteral("city")).toString();
    item.status = refundStatusFromId(refund.value(QStringLiteral("status")).toString())
                      .value_or(RefundStatus::Submitted);
    item.reasonCode = refund.value(QStringLiteral("reason_code")).toString();
    item.reasonText = refund.value(QStringLiteral("reason_text")).toString();
    item.requestedCents = cents(refund, "amount_requested_cents");
    item.approvedCents = cents(refund, "approved_amount_cents");
    const QJsonArray approvals = refund.value(QStringLiteral("approvals")).toArray();
    if (item.status == RefundStatus::FirstApproved && !approvals.isEmpty()) {
        const QJsonObject first = approvals.last().toObject();
        item.firstApprovalCents = cents(first, "amount_cents");
        item.firstApproverId = first.value(QStringLiteral("by")).toString();
    }
    completeRefundItem(item, {cents(order, "paid_cents"), cents(order, "refunded_cents"),
                              order.value(QStringLiteral("service_item_id")).toString(),
                              order.value(QStringLiteral("technician_id")).toString(),
                              order.value(QStringLiteral("city")).toString()});
    item.createdAt = refund.value(QStringLiteral("created_at")).toString();
    const QDateTime created = QDateTime::fromString(item.createdAt, Qt::ISODate);
    if (created.isValid() && now.isValid())
        item.daysWaiting = int(std::max<qint64>(0, created.secsTo(now) / 86400));
    return item;
}

bool RefundFilter::matches(const RefundItem &item) const
{
    if (!statuses.isEmpty() && !statuses.contains(item.status) && !(keepPending && item.pending))
        return false;
    if (minDaysWaiting >= 0 && item.daysWaiting < minDaysWaiting)
        return false;
    if (minCents && item.amountCents() < *minCents)
        return false;
    if (maxCents && item.amountCents() > *maxCents)
        return false;
    if (!city.isEmpty() && item.city != city)
        return false;
    if (!serviceItemId.isEmpty() && item.serviceItemId != serviceItemId)
        return false;
    if (!reasonCode.isEmpty() && item.reasonCode != reasonCode)
        return false;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        const bool found = item.id.contains(needle, Qt::CaseInsensitive) ||
                           item.orderId.contains(needle, Qt::CaseInsensitive) ||
                           item.customerId.contains(needle, Qt::CaseInsensitive) ||
                           item.technicianId.contains(needle, Qt::CaseInsensitive) ||
                           item.reasonText.contains(needle, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

QList<RefundItem> filterRefunds(const QList<RefundItem> &items, const RefundFilter &filter)
{
    QList<RefundItem> result;
    for (const RefundItem &item : items)
        if (filter.matches(item))
            result.append(item);
    return result;
}

RefundSummary summarize(const QList<RefundItem> &items)
{
    RefundSummary summary;
    for (const RefundItem &item : items) {
        ++summary.count;
        if (item.status == RefundStatus::Submitted)
            ++summary.awaitingFirst;
        if (item.status == RefundStatus::FirstApproved)
            ++summary.awaitingSecond;
        if (isAwaitingDecision(item.status))
            summary.requestedCents += item.requestedCents;
        if (item.status == RefundStatus::Approved || item.status == RefundStatus::PaidOut)
            summary.approvedCents += item.approvedCents;
        if (item.pending)
            ++summary.pending;
    }
    return summary;
}

BulkCheck checkBulkApproval(const RefundItem &item, qint64 thresholdCents)
{
    if (item.status != RefundStatus::Submitted)
        return BulkCheck::NotAwaiting;
    if (item.pending)
        return BulkCheck::ChangeWaiting;
    if (needsSecondApproval(item.requestedCents, thresholdCents))
        return BulkCheck::AboveThreshold;
    if (checkRefundAmount(item.requestedCents, item.paidCents, item.refundedCents,
                          item.requestedCents) != RefundAmountCheck::Ok)
        return BulkCheck::AboveRefundable;
    return BulkCheck::Ok;
}

QString RefundText::statusName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Submitted:
        return tr("Pending");
    case RefundStatus::FirstApproved:
        return tr("Awaiting 2nd approval");
    case RefundStatus::Approved:
        return tr("Approved");
    case RefundStatus::Rejected:
        return tr("Rejected");
    case RefundStatus::PaidOut:
        return tr("Paid out");
    }
    return {};
}

QString RefundText::statusName(const QString &statusId)
{
    const auto status = refundStatusFromId(statusId);
    return status ? statusName(*status) : statusId;
}

QString RefundText::reasonName(const QString &code)
{
    if (code == QLatin1String("service_not_completed"))
        return tr("Service not completed");
    if (code == QLatin1String("poor_quality"))
        return tr("Poor quality");
    if (code == QLatin1String("overcharged"))
        return tr("Overcharged");
    if (code == QLatin1String("damage"))
        return tr("Damage");
    if (code == QLatin1String("technician_late"))
        return tr("Technician late");
    if (code == QLatin1String("order_cancelled"))
        return tr("Order cancelled");
    return code;
}

QString RefundText::bulkCheckText(BulkCheck check, qint64 thresholdCents)
{
    switch (check) {
    case BulkCheck::Ok:
        return {};
    case BulkCheck::NotAwaiting:
        return tr("not awaiting a first decision");
    case BulkCheck::ChangeWaiting:
        return tr("a decision of yours is still waiting to be sent");
    case BulkCheck::AboveThreshold:
        return tr("above %1: needs two approvers, decide it on its own")
            .arg(Money::fromCents(thresholdCents).toDisplayString());
    case BulkCheck::AboveRefundable:
        return tr("the request is more than can still be refunded on the order");
    }
    return {};
}

QString RefundText::amountCheckText(RefundAmountCheck check, qint64 limitCents)
{
    const QString limit = Money::fromCents(limitCents).toDisplayString();
    switch (check) {
    case RefundAmountCheck::Ok:
        return {};
    case RefundAmountCheck::BelowMinimum:
        return tr("The amount must be at least ¥0.01.");
    case RefundAmountCheck::AboveRefundable:
        return tr("At most %1 can still be refunded on this order.").arg(limit);
    case RefundAmountCheck::AboveRequested:
        return tr("The customer asked for %1; more cannot be approved.").arg(limit);
    case RefundAmountCheck::AboveFirstApproval:
        return tr("The second approval may lower the first approval's %1, not raise it.")
            .arg(limit);
    }
    return {};
}

} // namespace OpsDesk::Finance
