#pragma once

#include <QString>

namespace OpsDesk {

// The automatic star-level up/down-grade (星级自动升降): one step a period,
// from a technician's rating, on-time rate, complaints and completed orders.
// The star level decides dispatch priority (CandidateRanking), so the
// auditor sees what the rule would do before the monthly run does it.
//
// Up one level (at most 5): rating ≥ 4.7, on-time ≥ 95 %, at most one
// complaint per 50 completed orders, and at least 30 completed orders.
// Down one level (at least 1): rating below 4.0 (once rated), on-time below
// 80 % (with 10 or more orders), or more than one complaint per 10 completed
// orders (at least 3 complaints). Otherwise the level stays.
struct StarRule
{
    struct Thresholds
    {
        double upRating = 4.7;
        double upOnTime = 0.95;
        int upMinOrders = 30;
        int upOrdersPerComplaint = 50;
        double downRating = 4.0;
        double downOnTime = 0.80;
        int downMinOrdersForOnTime = 10;
        int downOrdersPerComplaint = 10;
        int downMinComplaints = 3;
    };

    struct Facts
    {
        int starLevel = 1;
        double rating = 0; // 0 = not rated yet
        double onTimeRate = 1;
        int complaints = 0;
        int completedOrders = 0;
    };

    enum class Reason
    {
        Keeps,
        MeetsUpgrade,
        AlreadyTop,
        LowRating,
        LateTooOften,
        TooManyComplaints,
        AlreadyBottom,
    };

    struct Outcome
    {
        int from = 1;
        int to = 1;
        Reason reason = Reason::Keeps;
        int change() const { return to - from; }
    };

    static Outcome evaluate(const Facts &facts);
    static Outcome evaluate(const Facts &facts, const Thresholds &thresholds);
};

} // namespace OpsDesk
