// The day schedule with real widgets (offscreen) on a cache the real sync
// session filled from the real reference server: a job dragged inside its
// appointment window becomes the order's planned arrival at the server (the
// window, the customer's promise, stays), a
// drag past the window is clamped to it, and a drag onto another job is
// refused with the reason and sends nothing.
#include "ui/dispatch/DayScheduleView.h"
#include "common/SyncedDemo.h"
#include "models/dispatch/DaySchedule.h"
#include "services/cache/CacheDatabase.h"
#include "services/dispatch/DispatchCache.h"
#include "services/orders/OrderCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/dispatch/DispatchWorkspace.h"
#include "ui/map/MapView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <set>

using namespace OpsDesk;

namespace {

constexpr qint64 Quarter = 15 * 60;

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// A movable job of a technician and a start it may move to.
struct Pick
{
    TechnicianProfile tech;
    QString orderId;
    qint64 plannedStart = 0;
    qint64 target = 0; // where the rules put it
    QDate date;
};

class DayScheduleViewTest : public TestSupport::SyncedDemoSuite
{
protected:
    // The tests need technicians with several jobs on a day: the demo ends
    // in the morning rush whatever the hour they run.
    static void SetUpTestSuite()
    {
        startSuite(QStringLiteral("dispatcher"), TestSupport::SyncedDemo::morningRushArguments());
    }

    static QString docOf(const QString &id) { return env->orderRow(id); }

    int outboxEntriesOf(const QString &id)
    {
        CacheDatabase db;
        db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr);
        QSqlQuery query(db.database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE record_id = ?"));
        query.addBindValue(id);
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::vector<TechnicianProfile> technicians()
    {
        DispatchCache cache;
        QString error;
        EXPECT_TRUE(cache.open(env->cachePath, &error)) << qPrintable(error);
        return cache.technicians();
    }

    // The first movable, conflict-free job (not in `used`) for which `where`
    // names an allowed start other than where it is planned.
    std::optional<Pick> pick(const std::set<QString> &used,
                             const std::function<qint64(const DaySchedule::PlannedJob &)> &where)
    {
        for (const TechnicianProfile &tech : technicians()) {
            if (!tech.active)
                continue;
            for (const BookedJob &job : tech.jobs) {
                if (used.count(job.orderId) || !DaySchedule::movable(job.status) ||
                    job.status == QLatin1String("in_service"))
                    continue;
                const QDate date = DaySchedule::localDate(job.start);
                const DaySchedule::Day day = DaySchedule::build(tech, date);
                const DaySchedule::PlannedJob *planned = day.job(job.orderId);
                if (!planned || planned->conflicts != 0 ||
                    DaySchedule::localDate(job.end - 1) != date)
                    continue;
                const qint64 target = where(*planned);
                const DaySchedule::Move move = DaySchedule::checkMove(day, job.orderId, target);
                if (move.allowed() && move.start != planned->start)
                    return Pick{tech, job.orderId, planned->start, move.start, date};
            }
        }
        return std::nullopt;
    }

    // Presses on the job, moves by `dx` pixels in two steps, releases.
    static void drag(DayScheduleView &view, const QString &orderId, int dx)
    {
        const QRect rect = view.jobRect(orderId);
        ASSERT_TRUE(rect.isValid()) << qPrintable(orderId);
        QWidget *timeline = view.timeline();
        const QPoint from = rect.center();
        const QPoint to(std::clamp(from.x() + dx, 1, timeline->width() - 2), from.y());
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, QPoint((from.x() + to.x()) / 2, from.y()));
        QTest::mouseMove(timeline, to);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
    }

    // The server's copy has the appointment window [start, end).
    bool serverHasWindow(const QString &orderId, qint64 start, qint64 end)
    {
        return QTest::qWaitFor(
            [&] {
                const QString doc = docOf(orderId);
                return doc.startsWith(QStringLiteral("0|")) &&
                       doc.contains(
                           QStringLiteral("\"appointment_start\":\"%1\"").arg(isoUtc(start))) &&
                       doc.contains(QStringLiteral("\"appointment_end\":\"%1\"").arg(isoUtc(end)));
            },
            30000);
    }

    // The server's copy plans the job at `start`; its appointment window is
    // what it was before the move.
    bool serverPlans(const QString &orderId, qint64 start, const QString &windowBefore)
    {
        return QTest::qWaitFor(
            [&] {
                const QString doc = docOf(orderId);
                const QJsonObject order = QJsonDocument::fromJson(doc.mid(2).toUtf8()).object();
                return doc.startsWith(QStringLiteral("0|")) &&
                       order.value(QStringLiteral("planned_start")).toString() == isoUtc(start) &&
                       windowOf(orderId) == windowBefore;
            },
            30000);
    }

    // The order's appointment window in its cached record, "start end".
    static QString windowOf(const QString &orderId)
    {
        const QJsonObject order = QJsonDocument::fromJson(docOf(orderId).mid(2).toUtf8()).object();
        return order.value(QStringLiteral("appointment_start")).toString() + QLatin1Char(' ') +
               order.value(QStringLiteral("appointment_end")).toString();
    }

    static inline std::set<QString> s_used;
};

} // namespace

TEST_F(DayScheduleViewTest, DraggingAJobInsideItsWindowPlansItThereAtTheServer)
{
    // Half an hour later than planned, where the rules allow it.
    const auto chosen =
        pick(s_used, [](const DaySchedule::PlannedJob &p) { return p.start + 2 * Quarter; });
    ASSERT_TRUE(chosen) << "no technician has a job with room to move";
    s_used.insert(chosen->orderId);

    DayScheduleView view(env->staff, env->cachePath, env->sync.get());
    view.resize(1200, 320);
    view.showTechnicians({chosen->tech}, chosen->date);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(view.rowCount(), 1);
    QSignalSpy queued(&view, &DayScheduleView::moveQueued);
    const QString window = windowOf(chosen->orderId);
    ASSERT_FALSE(window.isEmpty());

    drag(view, chosen->orderId,
         view.xForTime(chosen->target) - view.xForTime(chosen->plannedStart));
    ASSERT_EQ(queued.count(), 1) << qPrintable(view.messageText());
    const qint64 duration = view.day(chosen->tech.id)->job(chosen->orderId)->end - chosen->target;
    EXPECT_EQ(queued.at(0).at(1).toDateTime().toSecsSinceEpoch(), chosen->target);
    EXPECT_TRUE(view.messageText().contains(chosen->orderId));
    // At once on the timeline, then at the server.
    EXPECT_EQ(view.day(chosen->tech.id)->job(chosen->orderId)->start, chosen->target);
    EXPECT_GT(duration, 0);
    EXPECT_TRUE(serverPlans(chosen->orderId, chosen->target, window))
        << qPrintable(docOf(chosen->orderId));
    // The window stayed, so the job can move again: a quarter back.
    drag(view, chosen->orderId,
         view.xForTime(chosen->target - Quarter) - view.xForTime(chosen->target));
    ASSERT_EQ(queued.count(), 2) << qPrintable(view.messageText());
    EXPECT_TRUE(serverPlans(chosen->orderId, chosen->target - Quarter, window))
        << qPrintable(docOf(chosen->orderId));
}

TEST_F(DayScheduleViewTest, ADragPastTheWindowIsClampedToIt)
{
    // The latest start its window allows.
    const auto chosen = pick(s_used, [](const DaySchedule::PlannedJob &p) {
        return std::max(p.job.start, p.job.end - (p.end - p.start));
    });
    ASSERT_TRUE(chosen) << "no technician has a job with room to move";
    s_used.insert(chosen->orderId);
    const BookedJob *job = nullptr;
    for (const BookedJob &j : chosen->tech.jobs)
        if (j.orderId == chosen->orderId)
            job = &j;
    ASSERT_NE(job, nullptr);

    DayScheduleView view(env->staff, env->cachePath, env->sync.get());
    view.resize(1200, 320);
    view.showTechnicians({chosen->tech}, chosen->date);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy queued(&view, &DayScheduleView::moveQueued);
    const QString window = windowOf(chosen->orderId);

    // Far to the right: hours past the window's end.
    drag(view, chosen->orderId, view.timeline()->width());
    ASSERT_EQ(queued.count(), 1) << qPrintable(view.messageText());
    EXPECT_EQ(queued.at(0).at(2).toDateTime().toSecsSinceEpoch(), job->end); // the window's end
    EXPECT_EQ(queued.at(0).at(1).toDateTime().toSecsSinceEpoch(), chosen->target);
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("appointment window")))
        << qPrintable(view.messageText());
    EXPECT_TRUE(serverPlans(chosen->orderId, chosen->target, window))
        << qPrintable(docOf(chosen->orderId));
}

TEST_F(DayScheduleViewTest, ADragOntoAnotherJobIsRefusedAndSendsNothing)
{
    // A technician with two movable jobs: the second is moved (through the
    // outbox, as a dispatcher would) to start right when the first one's
    // window ends, so pushing the first to the end of its window leaves no
    // time to travel.
    QString first, second;
    TechnicianProfile tech;
    qint64 latest = 0;
    for (const TechnicianProfile &t : technicians()) {
        if (!t.active)
            continue;
        for (const BookedJob &a : t.jobs) {
            if (!first.isEmpty())
                break;
            if (s_used.count(a.orderId) || !DaySchedule::movable(a.status) ||
                a.status == QLatin1String("in_service"))
                continue;
            const QDate date = DaySchedule::localDate(a.start);
            const DaySchedule::Day day = DaySchedule::build(t, date);
            const DaySchedule::PlannedJob *pa = day.job(a.orderId);
            if (!pa || pa->conflicts != 0 || pa->end >= a.end)
                continue; // no room to move later
            for (const BookedJob &b : t.jobs) {
                if (b.orderId == a.orderId || s_used.count(b.orderId) ||
                    !DaySchedule::movable(b.status) || b.status == QLatin1String("in_service"))
                    continue;
                // Its new window: right after a's, as long as its service.
                TechnicianProfile moved = t;
                const qint64 length = qint64(DaySchedule::serviceMinutes(b)) * 60;
                for (BookedJob &j : moved.jobs)
                    if (j.orderId == b.orderId) {
                        j.start = a.end;
                        j.end = a.end + length;
                    }
                bool windowFree = true;
                for (const BookedJob &o : t.jobs)
                    if (o.orderId != b.orderId && a.end < o.end && o.start < a.end + length)
                        windowFree = false;
                if (!windowFree)
                    continue;
                const DaySchedule::Day after = DaySchedule::build(moved, date);
                const DaySchedule::PlannedJob *movedA = after.job(a.orderId);
                if (!movedA || movedA->conflicts != 0)
                    continue;
                const qint64 end = a.end - (movedA->end - movedA->start);
                const DaySchedule::Move m = DaySchedule::checkMove(after, a.orderId, end);
                if (m.refusal == DaySchedule::MoveRefusal::CollidesJob && m.other == b.orderId) {
                    first = a.orderId;
                    second = b.orderId;
                    tech = t;
                    latest = end;
                    break;
                }
            }
        }
        if (!first.isEmpty())
            break;
    }
    ASSERT_FALSE(first.isEmpty()) << "no technician with two movable jobs";
    s_used.insert(first);
    s_used.insert(second);
    qint64 firstWindowEnd = 0;
    BookedJob secondJob;
    for (const BookedJob &j : tech.jobs) {
        if (j.orderId == first)
            firstWindowEnd = j.end;
        if (j.orderId == second)
            secondJob = j;
    }
    const qint64 secondLength = qint64(DaySchedule::serviceMinutes(secondJob)) * 60;
    {
        DispatchCache cache;
        QString error;
        ASSERT_TRUE(cache.open(env->cachePath, &error));
        env->sync->submit(OrderCommands::reschedule(
                              env->staff, cache.order(second),
                              QDateTime::fromSecsSinceEpoch(firstWindowEnd, Qt::UTC),
                              QDateTime::fromSecsSinceEpoch(firstWindowEnd + secondLength, Qt::UTC),
                              QStringLiteral("test: right after the other job")),
                          [](const QString &, const QString &) {});
    }
    ASSERT_TRUE(serverHasWindow(second, firstWindowEnd, firstWindowEnd + secondLength))
        << qPrintable(docOf(second));
    const QString before = docOf(first);

    std::vector<TechnicianProfile> current = technicians(); // with the second job moved
    std::erase_if(current, [&tech](const TechnicianProfile &t) { return t.id != tech.id; });
    ASSERT_EQ(current.size(), 1u);
    DayScheduleView view(env->staff, env->cachePath, env->sync.get());
    view.resize(1200, 320);
    view.showTechnicians(current, DaySchedule::localDate(latest));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy queued(&view, &DayScheduleView::moveQueued);
    const qint64 plannedStart = view.day(tech.id)->job(first)->start;

    // Past the end of its window: as late as it may go, which collides.
    drag(view, first, view.timeline()->width());
    EXPECT_EQ(queued.count(), 0);
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("Not moved")))
        << qPrintable(view.messageText());
    EXPECT_TRUE(view.messageText().contains(second)) << qPrintable(view.messageText());
    EXPECT_EQ(view.day(tech.id)->job(first)->start, plannedStart); // stays where it was
    (void)latest;
    QTest::qWait(300);
    EXPECT_EQ(outboxEntriesOf(first), 0);
    EXPECT_EQ(docOf(first), before);
}

TEST_F(DayScheduleViewTest, TheKeyboardMovesTheFocusedJobByQuarterHours)
{
    const auto chosen =
        pick(s_used, [](const DaySchedule::PlannedJob &p) { return p.start + Quarter; });
    ASSERT_TRUE(chosen) << "no technician has a job with room to move";
    s_used.insert(chosen->orderId);

    DayScheduleView view(env->staff, env->cachePath, env->sync.get());
    view.resize(1200, 320);
    view.showTechnicians({chosen->tech}, chosen->date);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy queued(&view, &DayScheduleView::moveQueued);
    QWidget *timeline = view.timeline();
    // A click (no drag) focuses the job.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, view.jobRect(chosen->orderId).center());
    EXPECT_EQ(queued.count(), 0);
    QTest::keyClick(timeline, Qt::Key_Right);
    EXPECT_EQ(queued.count(), 0); // a proposal until Enter
    QTest::keyClick(timeline, Qt::Key_Return);
    ASSERT_EQ(queued.count(), 1) << qPrintable(view.messageText());
    EXPECT_EQ(queued.at(0).at(0).toString(), chosen->orderId);
    EXPECT_EQ(queued.at(0).at(1).toDateTime().toSecsSinceEpoch(), chosen->target);
}

TEST_F(DayScheduleViewTest, TheDispatchWorkspaceShowsTheCandidatesDays)
{
    DispatchWorkspace w(env->staff, env->cachePath, env->sync.get());
    w.resize(1400, 900);
    w.show();
    ASSERT_GT(w.queue()->count(), 0);
    w.queue()->setCurrentRow(0);
    DayScheduleView *schedule = w.schedule();
    ASSERT_NE(schedule, nullptr);
    EXPECT_EQ(schedule->rowCount(), w.candidates()->topLevelItemCount());
    EXPECT_TRUE(schedule->date().isValid());
    // Another day and back.
    const QDate shown = schedule->date();
    schedule->findChild<QToolButton *>(QStringLiteral("scheduleNextDay"))->click();
    EXPECT_EQ(schedule->date(), shown.addDays(1));
    schedule->findChild<QToolButton *>(QStringLiteral("schedulePreviousDay"))->click();
    EXPECT_EQ(schedule->date(), shown);
    // A technician picked on the map joins the rows (first) and is highlighted.
    const auto all = technicians();
    ASSERT_FALSE(all.empty());
    const int rows = schedule->rowCount();
    const QString picked = all.back().id;
    const bool alreadyShown = schedule->day(picked) != nullptr;
    Q_EMIT w.map()->technicianClicked(picked);
    EXPECT_EQ(schedule->rowCount(), rows + (alreadyShown ? 0 : 1));
    EXPECT_EQ(schedule->currentTechnician(), picked);
    EXPECT_NE(schedule->day(picked), nullptr);
    EXPECT_EQ(schedule->date(), shown); // the day stays
}

TEST_F(DayScheduleViewTest, TheBusiestDayShowsJobsTravelAndConflicts)
{
    // The technician and day with the most jobs in the demo data.
    const auto all = technicians();
    size_t best = 0;
    QDate bestDate;
    int most = -1;
    for (size_t i = 0; i < all.size(); ++i)
        for (const BookedJob &job : all[i].jobs) {
            const QDate date = DaySchedule::localDate(job.start);
            const int count = int(DaySchedule::build(all[i], date).jobs.size());
            if (count > most) {
                most = count;
                best = i;
                bestDate = date;
            }
        }
    ASSERT_GT(most, 0);
    std::vector<TechnicianProfile> rows{all[best]};
    for (const TechnicianProfile &t : all) // and some with time off
        if (!t.absences.empty() && rows.size() < 5)
            rows.push_back(t);
    DayScheduleView view(env->staff, env->cachePath, env->sync.get());
    view.resize(1400, 360);
    view.showTechnicians(rows, bestDate);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.day(all[best].id)->jobs.size(), size_t(most));
    for (const DaySchedule::PlannedJob &job : view.day(all[best].id)->jobs) {
        EXPECT_TRUE(view.jobRect(job.job.orderId).isValid()) << qPrintable(job.job.orderId);
    }
    if (qEnvironmentVariableIsSet("OPSDESK_TEST_SHOTS")) // to look at it
        view.grab().save(qEnvironmentVariable("OPSDESK_TEST_SHOTS") +
                         QStringLiteral("/day-schedule.png"));
}
