#pragma once

#include "models/Staff.h"
#include "models/finance/RefundRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDesk::Finance {

// The finance clerk's refund queue (售后和退款审批): one row per refund
// request with the facts of its order that the queue filters and sorts on,
// the filter, the summary line, and the bulk rule. Plain data: the cache
// reader (services/finance/RefundCache) fills the items, the page shows them.

// The request's status (RefundRequest.status in api/openapi.yaml).
enum class RefundStatus
{
    Submitted,     // awaiting the first decision
    FirstApproved, // awaiting a second approval by another finance user
    Approved,
    Rejected,
    PaidOut,
};

std::optional<RefundStatus> refundStatusFromId(const QString &id);
QString refundStatusId(RefundStatus status);
QList<RefundStatus> allRefundStatuses();
// Submitted or first approved: a decision is due.
bool isAwaitingDecision(RefundStatus status);
bool isAwaitingDecision(const QJsonObject &refund);

// The reason codes customers choose (RefundRequest.reason_code).
QStringList refundReasonCodes();

struct RefundItem
{
    QString id;
    QString orderId;
    QString customerId;
    QString technicianId;
    QString city;
    QString serviceItemId;
    RefundStatus status = RefundStatus::Submitted;
    QString reasonCode;
    QString reasonText;
    qint64 requestedCents = 0;
    qint64 approvedCents = 0;      // approved_amount_cents (approved, paid out)
    qint64 firstApprovalCents = 0; // the first approval's amount (first approved)
    QString firstApproverId;       // who gave the first approval
    qint64 paidCents = 0;          // the order's
    qint64 refundedCents = 0;      // the order's, plus approvals of ours not yet on the server
    QString createdAt;             // ISO 8601 UTC as synced (sorts as text)
    int daysWaiting = 0;           // whole days since createdAt (for open requests)
    bool pending = false;          // a change of ours waits in the outbox

    qint64 refundableCents() const { return Finance::refundableCents(paidCents, refundedCents); }
    // The amount the row is about: the approved amount once decided, else
    // the requested one.
    qint64 amountCents() const;
};

// What a row takes from the request's order.
struct RefundOrderFacts
{
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
    QString serviceItemId;
    QString technicianId;
    QString city;
};

// Builds a row from the cached refund request and its order; `now` gives
// the days waiting.
RefundItem refundItemFrom(const QJsonObject &refund, const QJsonObject &order,
                          const QDateTime &now);
// The part of a row that comes from the order: its money and service item,
// and its city and technician where the request has none. (A reader that
// fills the request's fields itself calls this, as refundItemFrom does.)
void completeRefundItem(RefundItem &item, const RefundOrderFacts &order);

// The queue's filter; an empty field does not filter.
struct RefundFilter
{
    QList<RefundStatus> statuses;
    int minDaysWaiting = -1; // "age": submitted at least this many days ago
    std::optional<qint64> minCents;
    std::optional<qint64> maxCents;
    QString city;
    QString serviceItemId;
    QString reasonCode;
    QString text; // case-insensitive in request id, order id, customer id, reason text
    // Requests with a change of ours not yet on the server pass the status
    // test (a decision stays in view until the server has it).
    bool keepPending = false;

    bool matches(const RefundItem &item) const;
};

QList<RefundItem> filterRefunds(const QList<RefundItem> &items, const RefundFilter &filter);

// What the summary line under the queue says about the rows shown.
struct RefundSummary
{
    int count = 0;
    int awaitingFirst = 0;     // submitted
    int awaitingSecond = 0;    // first approved
    qint64 requestedCents = 0; // sum of requested amounts of open requests
    qint64 approvedCents = 0;  // sum of approved amounts (approved, paid out)
    int pending = 0;           // with a change of ours not yet on the server
};
RefundSummary summarize(const QList<RefundItem> &items);

// Whether "approve selected in full" may approve this request: open
// (submitted), nothing of ours waiting, the requested amount within what is
// refundable, at most the threshold (no second approval needed) — a bulk
// approval is for small clear-cut requests.
enum class BulkCheck
{
    Ok,
    NotAwaiting,     // decided, or awaiting a second approval
    ChangeWaiting,   // a change of ours waits in the outbox
    AboveThreshold,  // would need a second approver
    AboveRefundable, // more than paid − refunded
};
BulkCheck checkBulkApproval(const RefundItem &item, qint64 thresholdCents);

class RefundText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Finance::RefundText)
public:
    static QString statusName(RefundStatus status); // "Awaiting 2nd approval"
    static QString statusName(const QString &statusId);
    static QString reasonName(const QString &code); // "Service not completed"
    static QString bulkCheckText(BulkCheck check, qint64 thresholdCents);
    static QString amountCheckText(RefundAmountCheck check, qint64 limitCents);
};

} // namespace OpsDesk::Finance
