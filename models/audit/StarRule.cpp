#include "models/audit/StarRule.h"

#include <algorithm>

namespace OpsDesk {

StarRule::Outcome StarRule::evaluate(const Facts &facts)
{
    return evaluate(facts, Thresholds());
}

StarRule::Outcome StarRule::evaluate(const Facts &facts, const Thresholds &t)
{
    Outcome outcome;
    outcome.from = std::clamp(facts.starLevel, 1, 5);
    outcome.to = outcome.from;

    Reason down = Reason::Keeps;
    if (facts.rating > 0 && facts.rating < t.downRating)
        down = Reason::LowRating;
    else if (facts.completedOrders >= t.downMinOrdersForOnTime && facts.onTimeRate < t.downOnTime)
        down = Reason::LateTooOften;
    else if (facts.complaints >= t.downMinComplaints &&
             qint64(facts.complaints) * t.downOrdersPerComplaint > facts.completedOrders)
        down = Reason::TooManyComplaints;
    if (down != Reason::Keeps) {
        if (outcome.from == 1) {
            outcome.reason = Reason::AlreadyBottom;
            return outcome;
        }
        outcome.to = outcome.from - 1;
        outcome.reason = down;
        return outcome;
    }

    const bool up = facts.completedOrders >= t.upMinOrders && facts.rating >= t.upRating &&
                    facts.onTimeRate >= t.upOnTime &&
                    qint64(facts.complaints) * t.upOrdersPerComplaint <= facts.completedOrders;
    if (up) {
        if (outcome.from == 5) {
            outcome.reason = Reason::AlreadyTop;
            return outcome;
        }
        outcome.to = outcome.from + 1;
        outcome.reason = Reason::MeetsUpgrade;
    }
    return outcome;
}

} // namespace OpsDesk
