#pragma once

#include <QString>

namespace OpsDesk {

// The service-timeout alerts of the dispatch screen, as rules on an open
// order's status, the time it entered that status and its appointment
// window. Times are UTC seconds; thresholds are minutes (in the settings).
struct TimeoutThresholds
{
    int notDispatchedMinutes = 30; // awaiting dispatch this long
    int notAcceptedMinutes = 15;   // assigned, the technician has not accepted
    int notDepartedMinutes = 30;   // accepted, not on the way this long before the start
    int lateMinutes = 0;           // the appointment began and nobody has arrived
    int overrunMinutes = 60;       // on site this long after the window's end
};

enum class Timeout
{
    None,
    NotDispatched,
    NotAccepted,
    NotDeparted,
    Late,
    Overrunning,
};

struct OrderTiming
{
    QString status;         // order status id
    qint64 statusSince = 0; // when it entered that status (0: unknown)
    qint64 appointmentStart = 0;
    qint64 appointmentEnd = 0;
};

namespace TimeoutRules {

// The most serious timeout of the order at `now` (late before the others).
Timeout evaluate(const OrderTiming &order, qint64 now, const TimeoutThresholds &thresholds);
// "Not dispatched in time", … (translated); empty for None.
QString text(Timeout timeout);

} // namespace TimeoutRules
} // namespace OpsDesk
