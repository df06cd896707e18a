#include "models/dispatch/TimeoutRules.h"

#include <QCoreApplication>

namespace OpsDesk::TimeoutRules {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::TimeoutRules)
};

bool passed(qint64 at, int minutes, qint64 now)
{
    return at > 0 && at + qint64(minutes) * 60 <= now;
}

} // namespace

Timeout evaluate(const OrderTiming &order, qint64 now, const TimeoutThresholds &t)
{
    const QString &s = order.status;
    const bool beforeArrival = s == QLatin1String("awaiting_dispatch") ||
                               s == QLatin1String("assigned") || s == QLatin1String("accepted") ||
                               s == QLatin1String("en_route");
    if (beforeArrival && passed(order.appointmentStart, t.lateMinutes, now))
        return Timeout::Late;
    if ((s == QLatin1String("arrived") || s == QLatin1String("in_service")) &&
        passed(order.appointmentEnd, t.overrunMinutes, now))
        return Timeout::Overrunning;
    if (s == QLatin1String("accepted") && order.appointmentStart > 0 &&
        order.appointmentStart - qint64(t.notDepartedMinutes) * 60 <= now)
        return Timeout::NotDeparted;
    if (s == QLatin1String("assigned") && passed(order.statusSince, t.notAcceptedMinutes, now))
        return Timeout::NotAccepted;
    if (s == QLatin1String("awaiting_dispatch") &&
        passed(order.statusSince, t.notDispatchedMinutes, now))
        return Timeout::NotDispatched;
    return Timeout::None;
}

QString text(Timeout timeout)
{
    switch (timeout) {
    case Timeout::None:
        return {};
    case Timeout::NotDispatched:
        return Text::tr("Not dispatched in time");
    case Timeout::NotAccepted:
        return Text::tr("Not accepted by the technician in time");
    case Timeout::NotDeparted:
        return Text::tr("The technician has not set off");
    case Timeout::Late:
        return Text::tr("Late: the appointment has begun and nobody is there");
    case Timeout::Overrunning:
        return Text::tr("Overrunning the appointment window");
    }
    return {};
}

} // namespace OpsDesk::TimeoutRules
