#pragma once

#include "models/dispatch/CandidateRanking.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace OpsDesk {

// One technician's working day as a timeline: when each booked job is
// planned, the travel before it, the free slots, the time off, and what does
// not fit (double bookings, jobs outside working hours, travel too short).
// Pure rules on plain values; the day schedule view draws them and asks
// `checkMove` before it sends a new appointment through the outbox.
//
// Times are UTC seconds since the epoch; the day is a local day in China
// (UTC+8, no daylight saving), as everywhere in dispatch.
//
// How a job is planned: the order's appointment window is the promise to the
// customer, the job is the time the technician spends at the door —
// the service item's planned duration (`BookedJob::serviceMinutes`), else
// `DefaultServiceMinutes`. Jobs are taken in order of their window's start;
// a job the dispatcher placed on the schedule (`BookedJob::plannedStart`,
// the order's `planned_start`) starts there; any other starts at the
// earliest moment its window allows once the previous job
// has ended and the travel to it (CandidateRanking's estimate) is done, but
// never later than its window allows (window end − duration; a window shorter
// than the job starts at the window's start). What then still overlaps or
// leaves too little travel time is a conflict. The first job of the day has
// no travel lead-in (where the technician starts from is not known).
namespace DaySchedule {

constexpr int DefaultServiceMinutes = 60;
constexpr int SnapMinutes = 15;
constexpr qint64 ChinaOffsetSecs = 8 * 3600;

// The UTC instant local midnight of `date` begins.
qint64 dayStart(const QDate &date);
// The local (China) date of a UTC instant.
QDate localDate(qint64 utc);

// What is wrong with a planned job (any combination).
enum class Conflict : unsigned
{
    None = 0,
    DoubleBooked = 1u << 0,   // overlaps another job
    TravelTooShort = 1u << 1, // the previous job ends too late to get there
    OutsideHours = 1u << 2,   // not within the working hours, or not a working day
    DuringAbsence = 1u << 3,  // the technician is off then
};

struct PlannedJob
{
    BookedJob job;    // as booked (its appointment window is job.start … job.end)
    qint64 start = 0; // the planned service time
    qint64 end = 0;
    qint64 travelStart = 0;  // start − travel from the previous job (= start for the first)
    int travelMinutes = 0;   // from the previous job; 0 for the first
    QString previousOrderId; // the job travelled from
    unsigned conflicts = 0;
    QStringList conflictOrders;   // the other orders involved
    QStringList conflictAbsences; // the reasons of the absences involved

    bool has(Conflict c) const { return conflicts & unsigned(c); }
    int durationMinutes() const { return int((end - start) / 60); }
};

enum class SegmentKind
{
    Free,    // working time with nothing planned
    Travel,  // on the way to the next job
    Job,     // at a customer's
    Absence, // time off
};

struct Segment
{
    SegmentKind kind = SegmentKind::Free;
    qint64 start = 0;
    qint64 end = 0;
    int index = -1; // into Day::jobs (Job, Travel) or Day::absences (Absence)
    bool conflict = false;
};

struct Day
{
    QDate date;
    qint64 dayStart = 0; // UTC instant of local midnight
    qint64 dayEnd = 0;
    bool workingDay = false;
    qint64 workStart = 0; // UTC; workStart == workEnd when not a working day
    qint64 workEnd = 0;
    std::vector<PlannedJob> jobs;  // by planned start
    std::vector<Absence> absences; // those touching the day, clipped to it, by start
    // The timeline: every job, travel lead-in, absence and free slot, by
    // start (jobs and travel may overlap each other when in conflict; free
    // slots never overlap anything).
    std::vector<Segment> segments;

    int conflictCount() const;
    const PlannedJob *job(const QString &orderId) const;
};

// The day of one technician. Jobs whose appointment window touches the day
// are planned; absences are clipped to the day.
Day build(const TechnicianProfile &tech, const QDate &date);

// The service time of a job as planned on its own (duration rule above).
int serviceMinutes(const BookedJob &job);

// Whether an order in this status may still be moved (until in service).
bool movable(const QString &status);

enum class MoveRefusal
{
    None,
    UnknownJob,  // not on this day
    NotMovable,  // in service or done
    CollidesJob, // overlaps another job once travel is counted
    CollidesAbsence,
    OutsideHours, // would leave the working hours
    WindowTaken,  // overlaps another order's appointment window (the server refuses that)
};

struct Move
{
    qint64 start = 0; // where the job would go: snapped, clamped to its window
    qint64 end = 0;
    bool clamped = false; // the proposal was outside the window
    MoveRefusal refusal = MoveRefusal::None;
    QString other;         // the other order or the absence's reason
    int travelMinutes = 0; // the travel that did not fit (CollidesJob)

    bool allowed() const { return refusal == MoveRefusal::None; }
};

// Where the job `orderId` may go when asked to start at `proposedStart`:
// snapped to `SnapMinutes`, then kept inside its appointment window (the job
// keeps its duration), then refused if it would overlap another job of the
// day with the travel between them, an absence, leave the working hours, or
// overlap another of the technician's appointment windows.
Move checkMove(const Day &day, const QString &orderId, qint64 proposedStart);

// The translated sentences: why a move is refused ("overlaps order O… once
// the 25 min of travel are counted"), and a planned job's conflicts.
QString refusalText(const Move &move);
QString conflictText(const PlannedJob &job);

} // namespace DaySchedule
} // namespace OpsDesk
