// The service-timeout rules of the dispatch screen, at their edges.
#include "models/dispatch/TimeoutRules.h"

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

constexpr qint64 Now = 1'800'000'000;
constexpr qint64 Minute = 60;

OrderTiming order(const char *status, qint64 sinceMinutesAgo, qint64 startInMinutes,
                  qint64 lengthMinutes = 120)
{
    return {QString::fromLatin1(status), Now - sinceMinutesAgo * Minute,
            Now + startInMinutes * Minute, Now + (startInMinutes + lengthMinutes) * Minute};
}

} // namespace

TEST(TimeoutRules, EachRuleFiresAtItsThresholdAndNotBefore)
{
    const TimeoutThresholds t; // 30 / 15 / 30 / 0 / 60 minutes
    using TimeoutRules::evaluate;
    // Awaiting dispatch for 29, then 30 minutes.
    EXPECT_EQ(evaluate(order("awaiting_dispatch", 29, 240), Now, t), Timeout::None);
    EXPECT_EQ(evaluate(order("awaiting_dispatch", 30, 240), Now, t), Timeout::NotDispatched);
    // Assigned, not accepted for 14, then 15 minutes.
    EXPECT_EQ(evaluate(order("assigned", 14, 240), Now, t), Timeout::None);
    EXPECT_EQ(evaluate(order("assigned", 15, 240), Now, t), Timeout::NotAccepted);
    // Accepted: should set off 30 minutes before the start.
    EXPECT_EQ(evaluate(order("accepted", 5, 31), Now, t), Timeout::None);
    EXPECT_EQ(evaluate(order("accepted", 5, 30), Now, t), Timeout::NotDeparted);
    EXPECT_EQ(evaluate(order("en_route", 5, 1), Now, t), Timeout::None);
    // Late once the window began and nobody arrived, whatever else is true.
    EXPECT_EQ(evaluate(order("en_route", 5, 0), Now, t), Timeout::Late);
    EXPECT_EQ(evaluate(order("awaiting_dispatch", 500, -10), Now, t), Timeout::Late);
    EXPECT_EQ(evaluate(order("arrived", 5, -10), Now, t), Timeout::None);
    // On site an hour past the window's end.
    EXPECT_EQ(evaluate(order("in_service", 100, -179), Now, t), Timeout::None);
    EXPECT_EQ(evaluate(order("in_service", 100, -180), Now, t), Timeout::Overrunning);
    // Finished orders never time out; unknown times do not fire.
    EXPECT_EQ(evaluate(order("completed", 999, -999), Now, t), Timeout::None);
    EXPECT_EQ(evaluate({QStringLiteral("assigned"), 0, 0, 0}, Now, t), Timeout::None);
}

TEST(TimeoutRules, ThresholdsComeFromTheSettingsAndEveryAlertHasText)
{
    TimeoutThresholds t;
    t.notDispatchedMinutes = 5;
    t.lateMinutes = 10;
    EXPECT_EQ(TimeoutRules::evaluate(order("awaiting_dispatch", 5, 240), Now, t),
              Timeout::NotDispatched);
    EXPECT_EQ(TimeoutRules::evaluate(order("en_route", 5, -9), Now, t), Timeout::None);
    EXPECT_EQ(TimeoutRules::evaluate(order("en_route", 5, -10), Now, t), Timeout::Late);
    EXPECT_TRUE(TimeoutRules::text(Timeout::None).isEmpty());
    for (Timeout timeout : {Timeout::NotDispatched, Timeout::NotAccepted, Timeout::NotDeparted,
                            Timeout::Late, Timeout::Overrunning})
        EXPECT_FALSE(TimeoutRules::text(timeout).isEmpty());
}
