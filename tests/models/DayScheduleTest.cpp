// A technician's day schedule: planned jobs with the travel before them,
// free slots, absences, conflicts, and where a dragged job may go.
#include "models/dispatch/DaySchedule.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

const QDate Tuesday(2026, 7, 14);

// Tuesday 2026-07-14, local (UTC+8) time.
qint64 at(int hour, int minute = 0)
{
    return QDateTime(Tuesday, QTime(hour, minute), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

const GeoPoint Home{31.2304, 121.4737};

GeoPoint north(double km)
{
    return {Home.lat + km / 111.2, Home.lng};
}

BookedJob job(const QString &id, qint64 start, qint64 end, GeoPoint place, int minutes = 0,
              const QString &status = QStringLiteral("assigned"))
{
    BookedJob j;
    j.orderId = id;
    j.start = start;
    j.end = end;
    j.place = place;
    j.status = status;
    j.serviceMinutes = minutes;
    return j;
}

TechnicianProfile technician()
{
    TechnicianProfile t;
    t.id = QStringLiteral("T1");
    t.workStartMinutes = 8 * 60;
    t.workEndMinutes = 18 * 60;
    t.workDays = {1, 2, 3, 4, 5};
    return t;
}

using Kind = DaySchedule::SegmentKind;

} // namespace

TEST(DaySchedule, LocalDaysAreChinaTime)
{
    EXPECT_EQ(DaySchedule::dayStart(Tuesday), at(0));
    EXPECT_EQ(DaySchedule::localDate(at(0)), Tuesday);
    EXPECT_EQ(DaySchedule::localDate(at(23, 59)), Tuesday);
    EXPECT_EQ(DaySchedule::localDate(at(0) - 1), Tuesday.addDays(-1));
}

TEST(DaySchedule, JobsTravelFreeSlotsAndAbsencesInOrder)
{
    TechnicianProfile t = technician();
    // 90 minutes from the service item; the second has no duration: the
    // default hour, and it starts once the travel from the first is done.
    t.jobs.push_back(job(QStringLiteral("O2"), at(10), at(12), north(5)));
    t.jobs.push_back(job(QStringLiteral("O1"), at(9), at(11), Home, 90));
    t.jobs.push_back(job(QStringLiteral("O9"), at(9) + 86400, at(11) + 86400, Home)); // tomorrow
    t.absences.push_back({at(14), at(16), QStringLiteral("dentist")});
    t.absences.push_back({at(0) - 86400, at(1) - 86400, QStringLiteral("yesterday")});

    const DaySchedule::Day day = DaySchedule::build(t, Tuesday);
    EXPECT_TRUE(day.workingDay);
    EXPECT_EQ(day.workStart, at(8));
    EXPECT_EQ(day.workEnd, at(18));
    ASSERT_EQ(day.jobs.size(), 2u);
    ASSERT_EQ(day.absences.size(), 1u);
    const int travel = CandidateRanking::travelMinutesBetween(Home, north(5));
    EXPECT_EQ(travel, 28); // 10 min to park + 5 km × 1.35 at 22 km/h

    const DaySchedule::PlannedJob &first = day.jobs[0];
    EXPECT_EQ(first.job.orderId, QStringLiteral("O1"));
    EXPECT_EQ(first.start, at(9));
    EXPECT_EQ(first.end, at(10, 30));
    EXPECT_EQ(first.travelMinutes, 0);
    const DaySchedule::PlannedJob &second = day.jobs[1];
    EXPECT_EQ(second.job.orderId, QStringLiteral("O2"));
    EXPECT_EQ(second.travelMinutes, travel);
    EXPECT_EQ(second.previousOrderId, QStringLiteral("O1"));
    EXPECT_EQ(second.travelStart, at(10, 30));
    EXPECT_EQ(second.start, at(10, 58));
    EXPECT_EQ(second.end, at(11, 58));
    EXPECT_EQ(second.durationMinutes(), DaySchedule::DefaultServiceMinutes);
    EXPECT_EQ(day.conflictCount(), 0);

    struct Expected
    {
        Kind kind;
        qint64 start;
        qint64 end;
    };
    const Expected expected[] = {
        {Kind::Free, at(8), at(9)},
        {Kind::Job, at(9), at(10, 30)},
        {Kind::Travel, at(10, 30), at(10, 58)},
        {Kind::Job, at(10, 58), at(11, 58)},
        {Kind::Free, at(11, 58), at(14)},
        {Kind::Absence, at(14), at(16)},
        {Kind::Free, at(16), at(18)},
    };
    ASSERT_EQ(day.segments.size(), std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        EXPECT_EQ(day.segments[i].kind, expected[i].kind) << i;
        EXPECT_EQ(day.segments[i].start, expected[i].start) << i;
        EXPECT_EQ(day.segments[i].end, expected[i].end) << i;
        EXPECT_FALSE(day.segments[i].conflict) << i;
    }
}

TEST(DaySchedule, DoubleBookingTravelHoursAndAbsencesAreConflicts)
{
    TechnicianProfile t = technician();
    t.jobs.push_back(job(QStringLiteral("O1"), at(9), at(10), Home));
    // Its window ends before the first job does: the two overlap.
    t.jobs.push_back(job(QStringLiteral("O2"), at(9, 30), at(10, 30), Home));
    // 10 km on: it waits for the travel (~47 min) after O2, inside its window.
    t.jobs.push_back(job(QStringLiteral("O3"), at(11), at(13), north(10)));
    t.jobs.push_back(job(QStringLiteral("O4"), at(19), at(21), north(10)));     // after hours
    t.jobs.push_back(job(QStringLiteral("O5"), at(14), at(15), north(10), 60)); // on leave
    t.absences.push_back({at(13), at(17), QStringLiteral("training")});

    const DaySchedule::Day day = DaySchedule::build(t, Tuesday);
    const auto *o1 = day.job(QStringLiteral("O1"));
    const auto *o2 = day.job(QStringLiteral("O2"));
    const auto *o3 = day.job(QStringLiteral("O3"));
    const auto *o4 = day.job(QStringLiteral("O4"));
    const auto *o5 = day.job(QStringLiteral("O5"));
    ASSERT_TRUE(o1 && o2 && o3 && o4 && o5);
    EXPECT_TRUE(o1->has(DaySchedule::Conflict::DoubleBooked));
    EXPECT_TRUE(o2->has(DaySchedule::Conflict::DoubleBooked));
    EXPECT_EQ(o1->conflictOrders, QStringList{QStringLiteral("O2")});
    EXPECT_EQ(o2->start, at(9, 30)); // as late as its window allows, still overlapping
    // O3: O2 ends 10:30, the travel of 10 km takes ~47 min → 11:17 is fine.
    EXPECT_EQ(o3->conflicts, 0u);
    EXPECT_EQ(o3->start, at(10, 30) + 60 * CandidateRanking::travelMinutesBetween(Home, north(10)));
    EXPECT_TRUE(o4->has(DaySchedule::Conflict::OutsideHours));
    EXPECT_TRUE(o5->has(DaySchedule::Conflict::DuringAbsence));
    EXPECT_EQ(o5->conflictAbsences, QStringList{QStringLiteral("training")});
    EXPECT_TRUE(DaySchedule::conflictText(*o5).contains(QStringLiteral("training")));
    EXPECT_TRUE(DaySchedule::conflictText(*o1).contains(QStringLiteral("O2")));
    EXPECT_EQ(day.conflictCount(), 4);
    bool redJob = false;
    for (const DaySchedule::Segment &s : day.segments)
        redJob |= s.kind == Kind::Job && s.conflict;
    EXPECT_TRUE(redJob);

    // Travel that does not fit: B's one-hour window leaves no room after A.
    t.jobs = {job(QStringLiteral("A"), at(9), at(10), Home),
              job(QStringLiteral("B"), at(10, 15), at(11, 15), north(10))};
    const DaySchedule::Day tight = DaySchedule::build(t, Tuesday);
    const auto *b = tight.job(QStringLiteral("B"));
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->has(DaySchedule::Conflict::TravelTooShort));
    EXPECT_FALSE(b->has(DaySchedule::Conflict::DoubleBooked));
    EXPECT_EQ(b->start, at(10, 15));
    EXPECT_TRUE(DaySchedule::conflictText(*b).contains(QStringLiteral("A")));
    // The travel lead-in is drawn red.
    for (const DaySchedule::Segment &s : tight.segments) {
        if (s.kind == Kind::Travel) {
            EXPECT_TRUE(s.conflict);
        }
    }

    // Sunday is not a working day: no free slot, every job outside hours.
    t.jobs = {job(QStringLiteral("S"), at(9) + 5 * 86400, at(10) + 5 * 86400, Home)};
    const DaySchedule::Day sunday = DaySchedule::build(t, Tuesday.addDays(5));
    EXPECT_FALSE(sunday.workingDay);
    ASSERT_EQ(sunday.jobs.size(), 1u);
    EXPECT_TRUE(sunday.jobs[0].has(DaySchedule::Conflict::OutsideHours));
    for (const DaySchedule::Segment &s : sunday.segments)
        EXPECT_NE(s.kind, Kind::Free);
}

TEST(DaySchedule, AMoveSnapsToQuarterHoursAndStaysInItsWindow)
{
    TechnicianProfile t = technician();
    t.jobs.push_back(job(QStringLiteral("O1"), at(9), at(12), Home, 60));
    const DaySchedule::Day day = DaySchedule::build(t, Tuesday);

    DaySchedule::Move m = DaySchedule::checkMove(day, QStringLiteral("O1"), at(9, 37));
    EXPECT_TRUE(m.allowed());
    EXPECT_EQ(m.start, at(9, 30));
    EXPECT_EQ(m.end, at(10, 30));
    EXPECT_FALSE(m.clamped);
    EXPECT_EQ(DaySchedule::checkMove(day, QStringLiteral("O1"), at(9, 38)).start, at(9, 45));

    m = DaySchedule::checkMove(day, QStringLiteral("O1"), at(7));
    EXPECT_TRUE(m.allowed());
    EXPECT_TRUE(m.clamped);
    EXPECT_EQ(m.start, at(9));
    m = DaySchedule::checkMove(day, QStringLiteral("O1"), at(15, 10));
    EXPECT_TRUE(m.allowed());
    EXPECT_TRUE(m.clamped);
    EXPECT_EQ(m.start, at(11)); // window end − the hour of service
    EXPECT_EQ(m.end, at(12));

    EXPECT_EQ(DaySchedule::checkMove(day, QStringLiteral("O7"), at(9)).refusal,
              DaySchedule::MoveRefusal::UnknownJob);
    t.jobs[0].status = QStringLiteral("in_service");
    m = DaySchedule::checkMove(DaySchedule::build(t, Tuesday), QStringLiteral("O1"), at(10));
    EXPECT_EQ(m.refusal, DaySchedule::MoveRefusal::NotMovable);
    EXPECT_FALSE(DaySchedule::refusalText(m).isEmpty());
}

TEST(DaySchedule, AMoveThatCollidesIsRefusedWithTheReason)
{
    TechnicianProfile t = technician();
    t.jobs.push_back(job(QStringLiteral("O1"), at(9), at(12), Home, 60));
    t.jobs.push_back(job(QStringLiteral("O2"), at(12), at(13), north(5), 60)); // fixed hour
    t.jobs.push_back(job(QStringLiteral("O3"), at(14), at(17), north(5), 60));
    t.absences.push_back({at(15), at(17), QStringLiteral("doctor")});
    const DaySchedule::Day day = DaySchedule::build(t, Tuesday);
    ASSERT_EQ(day.conflictCount(), 0);
    const int travel = CandidateRanking::travelMinutesBetween(Home, north(5)); // 28 min

    // 11:00–12:00 leaves no time to get to O2 at 12:00.
    DaySchedule::Move m = DaySchedule::checkMove(day, QStringLiteral("O1"), at(11));
    EXPECT_EQ(m.refusal, DaySchedule::MoveRefusal::CollidesJob);
    EXPECT_EQ(m.other, QStringLiteral("O2"));
    EXPECT_EQ(m.travelMinutes, travel);
    EXPECT_TRUE(DaySchedule::refusalText(m).contains(QStringLiteral("O2")));
    // 10:30–11:30 plus 28 minutes is just in time.
    EXPECT_TRUE(DaySchedule::checkMove(day, QStringLiteral("O1"), at(10, 30)).allowed());

    // Onto the absence.
    m = DaySchedule::checkMove(day, QStringLiteral("O3"), at(15));
    EXPECT_EQ(m.refusal, DaySchedule::MoveRefusal::CollidesAbsence);
    EXPECT_EQ(m.other, QStringLiteral("doctor"));
    EXPECT_TRUE(DaySchedule::refusalText(m).contains(QStringLiteral("doctor")));
    EXPECT_TRUE(DaySchedule::checkMove(day, QStringLiteral("O3"), at(14)).allowed());

    // Outside the working hours (a window reaching past the end of the day).
    t.jobs = {job(QStringLiteral("L"), at(16), at(20), Home, 60)};
    m = DaySchedule::checkMove(DaySchedule::build(t, Tuesday), QStringLiteral("L"), at(17, 30));
    EXPECT_EQ(m.refusal, DaySchedule::MoveRefusal::OutsideHours);
    EXPECT_TRUE(DaySchedule::checkMove(DaySchedule::build(t, Tuesday), QStringLiteral("L"), at(17))
                    .allowed());
}

TEST(DaySchedule, AMoveIntoAnotherAppointmentWindowIsRefusedLikeTheServerDoes)
{
    TechnicianProfile t = technician();
    t.jobs.push_back(job(QStringLiteral("O1"), at(9), at(12), Home, 60));
    t.jobs.push_back(job(QStringLiteral("O2"), at(11, 30), at(13, 30), Home, 30));
    const DaySchedule::Day day = DaySchedule::build(t, Tuesday);
    ASSERT_EQ(day.conflictCount(), 0);
    // The planner would fit both (O2 later in its window), but the server
    // keeps O2's whole window for it.
    const DaySchedule::Move m = DaySchedule::checkMove(day, QStringLiteral("O1"), at(11));
    EXPECT_EQ(m.refusal, DaySchedule::MoveRefusal::WindowTaken);
    EXPECT_EQ(m.other, QStringLiteral("O2"));
    EXPECT_TRUE(DaySchedule::checkMove(day, QStringLiteral("O1"), at(10)).allowed());
}
