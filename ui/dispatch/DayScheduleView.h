#pragma once

#include "models/Staff.h"
#include "models/dispatch/DaySchedule.h"
#include "services/dispatch/DispatchCache.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QScrollArea;
class QToolButton;

namespace OpsDesk {

class DayScheduleTimeline;
class SyncSession;

// Technicians' day schedules side by side (models/dispatch/DaySchedule): one
// row per technician on a shared hour axis (China time), booked jobs as
// blocks coloured by status, the travel before each job hatched, time off
// greyed with its reason, free working time tinted, conflicts in red, the
// order being dispatched as a dashed outline. A job is moved by dragging it
// sideways or with the keyboard (Up/Down pick a job, Left/Right move it by
// 15 minutes, Enter confirms, Esc cancels): it snaps to quarter hours, stays
// inside its appointment window, and a move that would collide is refused
// with the reason. A confirmed move becomes the order's new appointment (the
// job's planned time) through the outbox: OrderCommands::reschedule.
//
// Threading contract: GUI thread; its own read-only cache connection for the
// order's record at the moment of a move.
class DayScheduleView : public QWidget
{
    Q_OBJECT
public:
    DayScheduleView(const Staff &staff, const QString &cachePath, SyncSession *sync,
                    QWidget *parent = nullptr);
    ~DayScheduleView() override;

    // The rows, in this order, for `date` (a local day; an invalid date keeps
    // the day shown).
    void showTechnicians(std::vector<TechnicianProfile> technicians, const QDate &date = {});
    // Emphasises one row (the selected candidate) and scrolls to it.
    void setCurrentTechnician(const QString &technicianId);
    QString currentTechnician() const { return m_current; }
    // The order being dispatched, drawn on every row (an empty id: none).
    void setProposal(const QString &orderId, qint64 start, qint64 end);
    // Shows an explanation instead of rows (nothing selected).
    void showPlaceholder(const QString &text);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    int rowCount() const { return int(m_rows.size()); }
    const DaySchedule::Day *day(const QString &technicianId) const;

    // For tests and the keyboard: the timeline widget, where a job is drawn
    // there, and the line that says what happened.
    QWidget *timeline() const;
    QRect jobRect(const QString &orderId) const;
    int xForTime(qint64 utc) const;
    QString messageText() const;

    // Moves a job by the rules of a drag ending at `proposedStart`; true when
    // a new appointment was sent.
    bool moveJob(const QString &orderId, qint64 proposedStart);

Q_SIGNALS:
    // A new appointment went into the outbox (the job's new planned time).
    void moveQueued(const QString &orderId, const QDateTime &start, const QDateTime &end);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class DayScheduleTimeline;

    struct Row
    {
        TechnicianProfile tech;
        DaySchedule::Day day;
        std::vector<int> lanes; // per job: double-booked jobs side by side
        int laneCount = 1;
    };

    void rebuild();
    void retranslate();
    void setMessage(const QString &text, bool error);
    int rowOf(const QString &orderId) const;

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    DispatchCache m_cache;
    QDate m_date;
    QString m_current;
    QString m_placeholder;
    QString m_proposalId;
    qint64 m_proposalStart = 0;
    qint64 m_proposalEnd = 0;
    std::vector<Row> m_rows;

    QLabel *m_title;
    QToolButton *m_previous;
    QDateEdit *m_dateEdit;
    QToolButton *m_next;
    QToolButton *m_today;
    QScrollArea *m_scroll;
    DayScheduleTimeline *m_timeline;
    QLabel *m_message;
};

} // namespace OpsDesk
