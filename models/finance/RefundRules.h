#pragma once

#include <QtGlobal>

#include <optional>

namespace OpsDesk::Finance {

// Refund requests above this amount need a second approver (server setting
// refund_second_approval_threshold_cents).
inline constexpr qint64 DefaultSecondApprovalThresholdCents = 50000;

// What can still be refunded on an order: paid − already refunded, never
// below zero.
qint64 refundableCents(qint64 paidCents, qint64 refundedCents);

enum class RefundAmountCheck
{
    Ok,
    BelowMinimum,       // less than 1 cent
    AboveRefundable,    // more than paid − refunded
    AboveRequested,     // more than the customer asked for
    AboveFirstApproval, // a second approval may lower the amount, never raise it
};

// Checks an approval amount. `firstApprovalCents` is the amount of the first
// approval when this is the second one.
RefundAmountCheck checkRefundAmount(qint64 amountCents, qint64 paidCents, qint64 refundedCents,
                                    qint64 requestedCents,
                                    std::optional<qint64> firstApprovalCents = std::nullopt);

// True when an approval of `amountCents` needs a second approver: strictly
// above the threshold.
bool needsSecondApproval(qint64 amountCents, qint64 thresholdCents);

struct RefundSplit
{
    qint64 technicianShareCents = 0;
    qint64 platformShareCents = 0;
};

// Splits an approved refund between the technician and the platform in
// proportion to what each kept of the customer's payment: the technician's
// part of the paid amount is earnings / paid. The split is cumulative, so that
// partial refunds adding up to the whole payment charge the technician exactly
// their earnings (capped at the payment) and the platform the rest:
//
//   f(x) = min(x, round_half_away(x × earnings / paid))
//   technician share = f(refunded before + amount) − f(refunded before)
//   platform share   = amount − technician share
//
// Without a technician (earnings 0) or payment the platform bears it all.
RefundSplit splitRefund(qint64 amountCents, qint64 refundedBeforeCents, qint64 paidCents,
                        qint64 technicianEarningsCents);

} // namespace OpsDesk::Finance
