#pragma once

#include "models/Staff.h"
#include "models/finance/RefundRules.h"
#include "services/sync/OutboxTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace OpsDesk {

// The finance clerk's refund decisions as outbox entries (api/openapi.yaml,
// tag "refunds": POST /refunds/{id}/approve {amount_cents, note?} and
// /refunds/{id}/reject {reason}), each with the request's optimistic local
// look until the server answers, and the server's rules mirrored so the
// screen offers only what the server would accept (it checks again):
//
// * finance or admin, the request's city in the staff member's scope;
// * approve / reject: the request is submitted or first_approved;
// * the amount: at least 0.01, at most the order's paid − refunded (counting
//   approvals of ours not yet on the server), at most what the customer
//   asked for, and on a second approval at most the first approval's amount
//   (models/finance/RefundRules checkRefundAmount);
// * above the threshold (strictly) a first approval leaves the request
//   first_approved; the second approval must come from another staff member.
//
// Every change carries If-Match (the version the clerk saw), so two clerks
// deciding the same request cannot both win: the second gets a conflict or
// a refusal (409 state-conflict / refund-limit, 403 same-approver), shown in
// Changes…. Made offline, a decision waits in the outbox and is sent once,
// with its Idempotency-Key, when the server is back.
//
// The optimistic look: an `approvals` entry {by, at, amount_cents, step,
// note?, pending: true}; the new status; on "approved" the amount, the
// technician/platform split (splitRefund) and decided_at; on "rejected" the
// reason and decided_at.
namespace RefundCommands {

// What an amount is checked against; the console fills it from the cache.
struct Bounds
{
    qint64 paidCents = 0;
    // The order's refunded_cents plus approvals of ours not yet on the server.
    qint64 refundedCents = 0;
    // The technician's earnings from the order (its settlement), for the split.
    qint64 technicianEarningsCents = 0;
    qint64 thresholdCents = Finance::DefaultSecondApprovalThresholdCents;
};

// Role: finance or admin.
bool mayDecide(const Staff &staff);
// Role, the request's city in scope, and a decision due.
bool mayAct(const Staff &staff, const QJsonObject &refund);
// Why the staff member cannot approve the request now (a translated
// sentence), or empty: not theirs to decide, already decided, or they gave
// the first approval themselves.
QString approvalBlocked(const Staff &staff, const QJsonObject &refund);
// True when approving is the second approval.
bool isSecondApproval(const QJsonObject &refund);
// The first approval's amount on a first_approved request.
std::optional<qint64> firstApprovalCents(const QJsonObject &refund);

// The amount check (empty when fine), a translated sentence for the form.
Finance::RefundAmountCheck amountCheck(const QJsonObject &refund, qint64 amountCents,
                                       const Bounds &bounds, qint64 *limitCents = nullptr);
QString checkApproval(const Staff &staff, const QJsonObject &refund, qint64 amountCents,
                      const Bounds &bounds);
QString checkNote(const QString &note); // ≤ 2000 characters
// A reason code from rejectionReasonCodes() and the clerk's words; the
// stored reason (1–500 characters) is both.
QString checkRejection(const QString &reasonCode, const QString &text);
QStringList rejectionReasonCodes();
QString rejectionReasonName(const QString &code);
QString rejectionReason(const QString &reasonCode, const QString &text);

// Whether an approval of `amountCents` now completes the request (else it
// waits for a second approver).
bool approvalCompletes(const QJsonObject &refund, qint64 amountCents, const Bounds &bounds);

LocalChange approve(const Staff &staff, const QJsonObject &refund, qint64 amountCents,
                    const QString &note, const Bounds &bounds);
LocalChange reject(const Staff &staff, const QJsonObject &refund, const QString &reasonCode,
                   const QString &text);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::RefundCommands::Text)
};

} // namespace RefundCommands
} // namespace OpsDesk
