#include "models/finance/RefundRules.h"

#include "models/finance/Settlement.h"

#include <algorithm>

namespace OpsDesk::Finance {

qint64 refundableCents(qint64 paidCents, qint64 refundedCents)
{
    return std::max<qint64>(0, paidCents - refundedCents);
}

RefundAmountCheck checkRefundAmount(qint64 amountCents, qint64 paidCents, qint64 refundedCents,
                                    qint64 requestedCents, std::optional<qint64> firstApprovalCents)
{
    if (amountCents < 1)
        return RefundAmountCheck::BelowMinimum;
    if (firstApprovalCents && amountCents > *firstApprovalCents)
        return RefundAmountCheck::AboveFirstApproval;
    if (amountCents > requestedCents)
        return RefundAmountCheck::AboveRequested;
    if (amountCents > refundableCents(paidCents, refundedCents))
        return RefundAmountCheck::AboveRefundable;
    return RefundAmountCheck::Ok;
}

bool needsSecondApproval(qint64 amountCents, qint64 thresholdCents)
{
    return amountCents > thresholdCents;
}

namespace {

qint64 technicianPartOf(qint64 refundedCents, qint64 paidCents, qint64 earningsCents)
{
    if (refundedCents <= 0)
        return 0;
    return std::min(refundedCents, mulDivRound(refundedCents, earningsCents, paidCents));
}

} // namespace

RefundSplit splitRefund(qint64 amountCents, qint64 refundedBeforeCents, qint64 paidCents,
                        qint64 technicianEarningsCents)
{
    RefundSplit split;
    if (amountCents <= 0)
        return split;
    if (paidCents <= 0 || technicianEarningsCents <= 0) {
        split.platformShareCents = amountCents;
        return split;
    }
    const qint64 before = std::max<qint64>(0, refundedBeforeCents);
    const qint64 share =
        technicianPartOf(before + amountCents, paidCents, technicianEarningsCents) -
        technicianPartOf(before, paidCents, technicianEarningsCents);
    split.technicianShareCents = std::clamp<qint64>(share, 0, amountCents);
    split.platformShareCents = amountCents - split.technicianShareCents;
    return split;
}

} // namespace OpsDesk::Finance
