#include "models/dispatch/DaySchedule.h"

#include "models/OrderStatus.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace OpsDesk::DaySchedule {

namespace {

constexpr qint64 DaySecs = 86400;
constexpr qint64 Snap = SnapMinutes * 60;

// The translation context of the sentences below.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::DaySchedule)
};

bool overlaps(qint64 aStart, qint64 aEnd, qint64 bStart, qint64 bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

void addOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

// Plans the jobs of `day` (their BookedJob data as given) and derives the
// conflicts and the timeline. Working hours and absences must be set.
void plan(Day &day)
{
    std::stable_sort(day.jobs.begin(), day.jobs.end(),
                     [](const PlannedJob &a, const PlannedJob &b) {
                         if (a.job.start != b.job.start)
                             return a.job.start < b.job.start;
                         return a.job.orderId < b.job.orderId;
                     });
    for (size_t i = 0; i < day.jobs.size(); ++i) {
        PlannedJob &p = day.jobs[i];
        const qint64 duration = qint64(serviceMinutes(p.job)) * 60;
        const qint64 latest = std::max(p.job.start, p.job.end - duration);
        qint64 earliest = p.job.start;
        p.travelMinutes = 0;
        p.previousOrderId.clear();
        if (i > 0) {
            const PlannedJob &previous = day.jobs[i - 1];
            p.travelMinutes =
                CandidateRanking::travelMinutesBetween(previous.job.place, p.job.place);
            p.previousOrderId = previous.job.orderId;
            earliest = std::max(earliest, previous.end + qint64(p.travelMinutes) * 60);
        }
        // Where the dispatcher put it on the schedule, if they did (inside
        // the window); else as early as the day allows.
        p.start = p.job.plannedStart > 0 ? std::clamp(p.job.plannedStart, p.job.start, latest)
                                         : std::min(earliest, latest);
        p.end = p.start + duration;
        p.travelStart = p.start - qint64(p.travelMinutes) * 60;
        p.conflicts = 0;
        p.conflictOrders.clear();
        p.conflictAbsences.clear();
    }

    // Conflicts: overlaps between any two, travel from the previous one,
    // working hours, time off.
    for (size_t i = 0; i < day.jobs.size(); ++i) {
        PlannedJob &a = day.jobs[i];
        for (size_t j = i + 1; j < day.jobs.size(); ++j) {
            PlannedJob &b = day.jobs[j];
            if (overlaps(a.start, a.end, b.start, b.end)) {
                a.conflicts |= unsigned(Conflict::DoubleBooked);
                b.conflicts |= unsigned(Conflict::DoubleBooked);
                addOnce(a.conflictOrders, b.job.orderId);
                addOnce(b.conflictOrders, a.job.orderId);
            }
        }
        if (i > 0) {
            const PlannedJob &previous = day.jobs[i - 1];
            if (!a.has(Conflict::DoubleBooked) || !a.conflictOrders.contains(previous.job.orderId))
                if (a.travelStart < previous.end) {
                    a.conflicts |= unsigned(Conflict::TravelTooShort);
                    addOnce(a.conflictOrders, previous.job.orderId);
                }
        }
        if (!day.workingDay || a.start < day.workStart || a.end > day.workEnd)
            a.conflicts |= unsigned(Conflict::OutsideHours);
        for (const Absence &absence : day.absences)
            if (overlaps(a.start, a.end, absence.start, absence.end)) {
                a.conflicts |= unsigned(Conflict::DuringAbsence);
                addOnce(a.conflictAbsences, absence.reason);
            }
    }

    // The timeline.
    day.segments.clear();
    std::vector<std::pair<qint64, qint64>> busy;
    for (int i = 0; i < int(day.jobs.size()); ++i) {
        const PlannedJob &p = day.jobs[size_t(i)];
        if (p.travelStart < p.start)
            day.segments.push_back(
                {SegmentKind::Travel, p.travelStart, p.start, i, p.has(Conflict::TravelTooShort)});
        day.segments.push_back({SegmentKind::Job, p.start, p.end, i, p.conflicts != 0});
        busy.emplace_back(p.travelStart, p.end);
    }
    for (int i = 0; i < int(day.absences.size()); ++i) {
        const Absence &a = day.absences[size_t(i)];
        day.segments.push_back({SegmentKind::Absence, a.start, a.end, i, false});
        busy.emplace_back(a.start, a.end);
    }
    if (day.workingDay) {
        std::sort(busy.begin(), busy.end());
        qint64 cursor = day.workStart;
        const auto freeUntil = [&day, &cursor](qint64 until) {
            until = std::min(until, day.workEnd);
            if (until - cursor >= 60)
                day.segments.push_back({SegmentKind::Free, cursor, until, -1, false});
        };
        for (const auto &[start, end] : busy) {
            if (start > cursor)
                freeUntil(start);
            cursor = std::max(cursor, end);
            if (cursor >= day.workEnd)
                break;
        }
        if (cursor < day.workEnd)
            freeUntil(day.workEnd);
    }
    std::stable_sort(day.segments.begin(), day.segments.end(),
                     [](const Segment &a, const Segment &b) {
                         if (a.start != b.start)
                             return a.start < b.start;
                         return int(a.kind) < int(b.kind);
                     });
}

} // namespace

qint64 dayStart(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date) * DaySecs - ChinaOffsetSecs;
}

QDate localDate(qint64 utc)
{
    const qint64 local = utc + ChinaOffsetSecs;
    const qint64 day = local >= 0 ? local / DaySecs : (local - DaySecs + 1) / DaySecs;
    return QDate(1970, 1, 1).addDays(day);
}

int serviceMinutes(const BookedJob &job)
{
    return job.serviceMinutes > 0 ? job.serviceMinutes : DefaultServiceMinutes;
}

bool movable(const QString &status)
{
    const auto s = orderStatusFromId(status);
    return !s || (!isOrderTerminal(*s) && *s != OrderStatus::InService);
}

int Day::conflictCount() const
{
    return int(std::count_if(jobs.begin(), jobs.end(),
                             [](const PlannedJob &p) { return p.conflicts != 0; }));
}

const PlannedJob *Day::job(const QString &orderId) const
{
    for (const PlannedJob &p : jobs)
        if (p.job.orderId == orderId)
            return &p;
    return nullptr;
}

Day build(const TechnicianProfile &tech, const QDate &date)
{
    Day day;
    day.date = date;
    day.dayStart = dayStart(date);
    day.dayEnd = day.dayStart + DaySecs;
    day.workingDay = date.isValid() && tech.workDays.contains(date.dayOfWeek()) &&
                     tech.workEndMinutes > tech.workStartMinutes;
    day.workStart = day.dayStart + qint64(tech.workStartMinutes) * 60;
    day.workEnd = day.workingDay ? day.dayStart + qint64(tech.workEndMinutes) * 60 : day.workStart;
    for (const BookedJob &job : tech.jobs) {
        const qint64 end = job.end > job.start ? job.end : job.start + 60;
        if (overlaps(job.start, end, day.dayStart, day.dayEnd)) {
            PlannedJob p;
            p.job = job;
            day.jobs.push_back(std::move(p));
        }
    }
    for (const Absence &absence : tech.absences)
        if (overlaps(absence.start, absence.end, day.dayStart, day.dayEnd))
            day.absences.push_back({std::max(absence.start, day.dayStart),
                                    std::min(absence.end, day.dayEnd), absence.reason});
    std::sort(day.absences.begin(), day.absences.end(),
              [](const Absence &a, const Absence &b) { return a.start < b.start; });
    plan(day);
    return day;
}

Move checkMove(const Day &day, const QString &orderId, qint64 proposedStart)
{
    Move move;
    const auto it = std::find_if(day.jobs.begin(), day.jobs.end(), [&orderId](const PlannedJob &p) {
        return p.job.orderId == orderId;
    });
    if (it == day.jobs.end()) {
        move.refusal = MoveRefusal::UnknownJob;
        return move;
    }
    const PlannedJob &current = *it;
    const qint64 duration = current.end - current.start;
    move.start = current.start;
    move.end = current.end;
    if (!movable(current.job.status)) {
        move.refusal = MoveRefusal::NotMovable;
        return move;
    }
    // Snap (UTC+8 is a whole number of quarter hours, so UTC quarters are
    // local quarters), then keep the job inside its window.
    const qint64 snapped = qint64(std::llround(double(proposedStart) / double(Snap))) * Snap;
    const qint64 low = current.job.start;
    const qint64 high = std::max(low, current.job.end - duration);
    move.start = std::clamp(snapped, low, high);
    move.end = move.start + duration;
    move.clamped = snapped != move.start;

    // The day planned again with the job pinned there: whatever then does
    // not fit and involves the job refuses the move.
    Day moved = day;
    for (PlannedJob &p : moved.jobs)
        if (p.job.orderId == orderId)
            p.job.plannedStart = move.start; // the window stays; the job is pinned in it
    plan(moved);
    const PlannedJob *pinned = moved.job(orderId);
    const auto refuseWithJob = [&move, &day, &current](const QString &other) {
        move.refusal = MoveRefusal::CollidesJob;
        move.other = other;
        if (const PlannedJob *o = day.job(other))
            move.travelMinutes =
                CandidateRanking::travelMinutesBetween(o->job.place, current.job.place);
    };
    if (pinned && !pinned->conflictOrders.isEmpty()) {
        refuseWithJob(pinned->conflictOrders.front());
        return move;
    }
    for (const PlannedJob &p : moved.jobs)
        if (p.job.orderId != orderId && p.conflictOrders.contains(orderId)) {
            refuseWithJob(p.job.orderId);
            return move;
        }
    if (pinned && pinned->has(Conflict::DuringAbsence)) {
        move.refusal = MoveRefusal::CollidesAbsence;
        move.other = pinned->conflictAbsences.value(0);
        return move;
    }
    if (pinned && pinned->has(Conflict::OutsideHours)) {
        move.refusal = MoveRefusal::OutsideHours;
        return move;
    }
    // The server keeps one order per appointment window of a technician.
    for (const PlannedJob &p : day.jobs)
        if (p.job.orderId != orderId && overlaps(move.start, move.end, p.job.start, p.job.end)) {
            move.refusal = MoveRefusal::WindowTaken;
            move.other = p.job.orderId;
            return move;
        }
    return move;
}

QString refusalText(const Move &move)
{
    switch (move.refusal) {
    case MoveRefusal::None:
        return {};
    case MoveRefusal::UnknownJob:
        return Text::tr("The job is not on this day.");
    case MoveRefusal::NotMovable:
        return Text::tr("The job is in service or finished; it cannot be moved.");
    case MoveRefusal::CollidesJob:
        return Text::tr("It would collide with order %1 (%2 min of travel between them).")
            .arg(move.other)
            .arg(move.travelMinutes);
    case MoveRefusal::CollidesAbsence:
        return Text::tr("The technician is off then (%1).").arg(move.other);
    case MoveRefusal::OutsideHours:
        return Text::tr("That is outside the technician's working hours.");
    case MoveRefusal::WindowTaken:
        return Text::tr("Order %1 of this technician is booked in that window.").arg(move.other);
    }
    return {};
}

QString conflictText(const PlannedJob &job)
{
    QStringList parts;
    if (job.has(Conflict::DoubleBooked) || job.has(Conflict::TravelTooShort))
        parts.append(job.has(Conflict::DoubleBooked)
                         ? Text::tr("double-booked with %1")
                               .arg(job.conflictOrders.join(QStringLiteral(", ")))
                         : Text::tr("too little time to travel from %1 (%2 min needed)")
                               .arg(job.previousOrderId)
                               .arg(job.travelMinutes));
    if (job.has(Conflict::OutsideHours))
        parts.append(Text::tr("outside working hours"));
    if (job.has(Conflict::DuringAbsence))
        parts.append(
            Text::tr("during time off (%1)").arg(job.conflictAbsences.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

} // namespace OpsDesk::DaySchedule
