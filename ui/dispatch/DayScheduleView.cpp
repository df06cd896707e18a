#include "ui/dispatch/DayScheduleView.h"

#include "models/orders/OrderStatusText.h"
#include "services/orders/OrderCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/style/Theme.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace OpsDesk {

namespace {

constexpr int LabelWidth = 168;
constexpr int HeaderHeight = 24;
constexpr int RowHeight = 46;
constexpr int LaneExtra = 20;
constexpr int RightMargin = 8;
constexpr qint64 Quarter = DaySchedule::SnapMinutes * 60;

const QTimeZone &china()
{
    static const QTimeZone zone(int(DaySchedule::ChinaOffsetSecs));
    return zone;
}

QDateTime chinaTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, china());
}

QString hhmm(qint64 utc)
{
    return chinaTime(utc).toString(QStringLiteral("HH:mm"));
}

QDate todayInChina()
{
    return DaySchedule::localDate(QDateTime::currentSecsSinceEpoch());
}

QString durationText(qint64 secs)
{
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return DayScheduleView::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return DayScheduleView::tr("%1 h").arg(minutes / 60);
    return DayScheduleView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// The console's status colours (as on the map): planned blue, under way
// purple, anything else grey.
QColor statusColor(const QString &status)
{
    if (status == QLatin1String("assigned") || status == QLatin1String("accepted"))
        return Theme::accent();
    if (status == QLatin1String("en_route") || status == QLatin1String("arrived") ||
        status == QLatin1String("in_service"))
        return QColor(0x7b, 0x1f, 0xa2);
    return Theme::muted();
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

// The painted rows; all state but the drag lives in the view.
class DayScheduleTimeline : public QWidget
{
public:
    explicit DayScheduleTimeline(DayScheduleView *view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("dayScheduleTimeline"));
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    // The hour axis from the rows shown: 07:00–21:00 at least, widened to
    // every row's working hours and jobs.
    void updateAxis()
    {
        int low = 7;
        int high = 21;
        for (const DayScheduleView::Row &row : m_view->m_rows) {
            const DaySchedule::Day &day = row.day;
            if (day.workingDay) {
                low = std::min(low, row.tech.workStartMinutes / 60);
                high = std::max(high, (row.tech.workEndMinutes + 59) / 60);
            }
            for (const DaySchedule::PlannedJob &job : day.jobs) {
                const qint64 from = std::max(job.travelStart, day.dayStart) - day.dayStart;
                const qint64 to = std::min(job.end, day.dayEnd) - day.dayStart;
                low = std::min(low, int(from / 3600));
                high = std::max(high, int((to + 3599) / 3600));
            }
        }
        const qint64 dayStart = DaySchedule::dayStart(m_view->m_date);
        if (!m_view->m_proposalId.isEmpty() && m_view->m_proposalEnd > dayStart &&
            m_view->m_proposalStart < dayStart + 86400) {
            low =
                std::min(low, int(std::max<qint64>(0, m_view->m_proposalStart - dayStart) / 3600));
            high = std::max(
                high,
                int((std::min<qint64>(86400, m_view->m_proposalEnd - dayStart) + 3599) / 3600));
        }
        m_axisStart = dayStart + qint64(std::clamp(low, 0, 23)) * 3600;
        m_axisEnd = dayStart + qint64(std::clamp(high, low + 1, 24)) * 3600;
        const int rows = int(m_view->m_rows.size());
        const int height = rows == 0 ? RowHeight : rowRect(rows - 1).bottom() - HeaderHeight + 1;
        setMinimumSize(LabelWidth + 12 * 40 + RightMargin, HeaderHeight + height + 1);
        updateGeometry();
        update();
    }

    double pixelsPerSecond() const
    {
        const int span = std::max(1, width() - LabelWidth - RightMargin);
        return double(span) / double(std::max<qint64>(1, m_axisEnd - m_axisStart));
    }

    int xFor(qint64 utc) const
    {
        return LabelWidth + int(std::lround(double(utc - m_axisStart) * pixelsPerSecond()));
    }

    // Rows with double-booked jobs are taller: one lane per overlapping job.
    int rowHeight(int row) const
    {
        return RowHeight + (m_view->m_rows[size_t(row)].laneCount - 1) * LaneExtra;
    }

    QRect rowRect(int row) const
    {
        int top = HeaderHeight;
        for (int i = 0; i < row; ++i)
            top += rowHeight(i);
        return {0, top, width(), rowHeight(row)};
    }

    // The band of a row where blocks are drawn (the bottom strip holds the
    // appointment window).
    QRect band(int row, qint64 start, qint64 end) const
    {
        const QRect r = rowRect(row);
        const int left = std::max(LabelWidth, xFor(start));
        const int right = std::min(width() - RightMargin, xFor(end));
        return {left, r.top() + 5, std::max(2, right - left), r.height() - 16};
    }

    // A job's block (or, with `from`, its travel), in its lane when jobs
    // overlap.
    QRect jobBand(int row, int job, qint64 start, qint64 end) const
    {
        const DayScheduleView::Row &r = m_view->m_rows[size_t(row)];
        QRect b = band(row, start, end);
        if (r.laneCount > 1 && job >= 0 && job < int(r.lanes.size())) {
            const int height = b.height() / r.laneCount;
            b = QRect(b.left(), b.top() + r.lanes[size_t(job)] * height, b.width(), height - 1);
        }
        return b;
    }

    QRect jobRect(const QString &orderId) const
    {
        const int row = m_view->rowOf(orderId);
        if (row < 0)
            return {};
        const auto &jobs = m_view->m_rows[size_t(row)].day.jobs;
        for (int i = 0; i < int(jobs.size()); ++i)
            if (jobs[size_t(i)].job.orderId == orderId)
                return jobBand(row, i, jobs[size_t(i)].start, jobs[size_t(i)].end);
        return {};
    }

    void cancelDrag()
    {
        m_drag.reset();
        m_preview.reset();
        update();
    }

    // After new rows: a focus or drag on a job no longer shown ends.
    void rowsChanged()
    {
        if (!m_focusJob.isEmpty() && m_view->rowOf(m_focusJob) < 0)
            m_focusJob.clear();
        if (m_drag && m_view->rowOf(m_drag->orderId) < 0)
            cancelDrag();
        updateAxis();
    }

    QString focusedJob() const { return m_focusJob; }

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override
    {
        if (m_focusJob.isEmpty())
            stepFocus(1);
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        if (m_drag && !m_drag->mouse)
            cancelDrag();
        QWidget::focusOutEvent(event);
        update();
    }

private:
    struct Drag
    {
        QString orderId;
        int pressX = 0;
        qint64 plannedStart = 0; // where the job was when the drag began
        qint64 intended = 0;     // the keyboard's proposal
        qint64 proposed = 0;     // the last start asked for (before the rules)
        bool mouse = true;
        bool moved = false;
    };

    struct Hit
    {
        int row = -1;
        const DaySchedule::Segment *segment = nullptr;
    };

    Hit hitAt(QPoint pos) const;
    void paintRow(QPainter &p, int row);
    void paintHeader(QPainter &p);
    void updatePreview(qint64 proposedStart);
    void finishDrag();
    void stepFocus(int step);
    void setFocusJob(const QString &orderId);
    QString tooltipFor(const Hit &hit) const;

    DayScheduleView *m_view;
    qint64 m_axisStart = 0;
    qint64 m_axisEnd = 3600;
    QString m_focusJob;
    std::optional<Drag> m_drag;
    std::optional<DaySchedule::Move> m_preview;
};

DayScheduleTimeline::Hit DayScheduleTimeline::hitAt(QPoint pos) const
{
    Hit hit;
    if (pos.y() < HeaderHeight)
        return hit;
    int row = 0;
    while (row < int(m_view->m_rows.size()) && !rowRect(row).contains(0, pos.y()))
        ++row;
    if (row >= int(m_view->m_rows.size()))
        return hit;
    hit.row = row;
    if (pos.x() < LabelWidth)
        return hit;
    // Jobs are drawn on top of travel, travel on top of time off.
    const auto &segments = m_view->m_rows[size_t(row)].day.segments;
    for (const DaySchedule::SegmentKind kind :
         {DaySchedule::SegmentKind::Job, DaySchedule::SegmentKind::Travel,
          DaySchedule::SegmentKind::Absence, DaySchedule::SegmentKind::Free})
        for (const DaySchedule::Segment &s : segments) {
            const bool ofJob =
                kind == DaySchedule::SegmentKind::Job || kind == DaySchedule::SegmentKind::Travel;
            const QRect area = ofJob ? jobBand(row, s.index, s.start, s.end)
                                     : band(row, s.start, s.end).adjusted(0, 0, 0, 10);
            if (s.kind == kind && area.contains(pos)) {
                hit.segment = &s;
                return hit;
            }
        }
    return hit;
}

void DayScheduleTimeline::paintHeader(QPainter &p)
{
    const QPalette &pal = palette();
    p.fillRect(QRect(0, 0, width(), HeaderHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    const qint64 hours = (m_axisEnd - m_axisStart) / 3600;
    const int every = pixelsPerSecond() * 3600 < 34 ? 2 : 1;
    for (qint64 h = 0; h <= hours; ++h) {
        const qint64 t = m_axisStart + h * 3600;
        const int x = xFor(t);
        p.setPen(withAlpha(pal.color(QPalette::WindowText), 60));
        p.drawLine(x, HeaderHeight - 5, x, height());
        if (h % every != 0 || h == hours)
            continue;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x + 3, 0, 60, HeaderHeight - 2), Qt::AlignLeft | Qt::AlignVCenter,
                   hhmm(t));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, HeaderHeight - 1, width(), HeaderHeight - 1);
}

void DayScheduleTimeline::paintRow(QPainter &p, int row)
{
    const DayScheduleView::Row &r = m_view->m_rows[size_t(row)];
    const DaySchedule::Day &day = r.day;
    const QPalette &pal = palette();
    const QRect rect = rowRect(row);
    const bool current = r.tech.id == m_view->m_current;
    const QRect track(LabelWidth, rect.top(), width() - LabelWidth - RightMargin, rect.height());

    // Background: outside working hours greyed.
    p.fillRect(rect, current ? withAlpha(pal.color(QPalette::Highlight), 40)
                             : pal.color(row % 2 ? QPalette::AlternateBase : QPalette::Base));
    const QColor offHours = withAlpha(pal.color(QPalette::Dark), 45);
    if (!day.workingDay) {
        p.fillRect(track, offHours);
    } else {
        const int ws = std::clamp(xFor(day.workStart), track.left(), track.right());
        const int we = std::clamp(xFor(day.workEnd), track.left(), track.right());
        p.fillRect(QRect(track.left(), track.top(), ws - track.left(), rect.height()), offHours);
        p.fillRect(QRect(we, track.top(), track.right() - we, rect.height()), offHours);
    }

    // The technician.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const QRect label(8, rect.top() + 3, LabelWidth - 14, RowHeight / 2 - 2);
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(r.tech.name.isEmpty() ? r.tech.id : r.tech.name,
                                          Qt::ElideRight, label.width()));
    p.setFont(font());
    QString summary = day.workingDay
                          ? DayScheduleView::tr("%n job(s)", nullptr, int(day.jobs.size()))
                          : DayScheduleView::tr("day off");
    if (!day.absences.empty())
        summary += QStringLiteral(" · ") + DayScheduleView::tr("off");
    const int conflicts = day.conflictCount();
    if (conflicts > 0)
        summary +=
            QStringLiteral(" · ") + DayScheduleView::tr("%n conflict(s)", nullptr, conflicts);
    p.setPen(conflicts > 0 ? Theme::danger() : pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(8, rect.top() + RowHeight / 2 + 1, LabelWidth - 14, RowHeight / 2 - 4),
               Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(summary, Qt::ElideRight, LabelWidth - 14));

    p.save();
    p.setClipRect(track);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    // Free working time, then time off, then travel, then jobs on top.
    for (const DaySchedule::Segment &s : day.segments) {
        if (s.kind != DaySchedule::SegmentKind::Free)
            continue;
        const QRect b = band(row, s.start, s.end);
        p.fillRect(b, withAlpha(Theme::success(), 38));
        if (b.width() > 70) {
            p.setPen(withAlpha(Theme::success().darker(150), 230));
            p.drawText(b.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                       DayScheduleView::tr("free %1").arg(durationText(s.end - s.start)));
        }
    }
    for (const DaySchedule::Segment &s : day.segments) {
        if (s.kind != DaySchedule::SegmentKind::Absence)
            continue;
        const QRect b = band(row, s.start, s.end).adjusted(0, -2, 0, 8);
        p.fillRect(b, withAlpha(Theme::muted(), 150));
        p.fillRect(b, QBrush(withAlpha(pal.color(QPalette::Base), 90), Qt::Dense6Pattern));
        p.setPen(Qt::white);
        const QString reason = day.absences[size_t(s.index)].reason;
        p.drawText(b.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(DayScheduleView::tr("Off: %1").arg(reason),
                                              Qt::ElideRight, b.width() - 10));
    }
    for (const DaySchedule::Segment &s : day.segments) {
        if (s.kind != DaySchedule::SegmentKind::Travel)
            continue;
        QRect b = jobBand(row, s.index, s.start, s.end);
        b.adjust(0, b.height() / 4, 0, -b.height() / 4);
        const QColor color = s.conflict ? Theme::danger() : pal.color(QPalette::Text);
        p.fillRect(b, withAlpha(color, 25));
        p.fillRect(b, QBrush(withAlpha(color, 150), Qt::BDiagPattern));
    }
    QRect focused;
    for (int index = 0; index < int(day.jobs.size()); ++index) {
        const DaySchedule::PlannedJob &job = day.jobs[size_t(index)];
        const bool dragging = m_drag && m_drag->orderId == job.job.orderId;
        const QColor status = statusColor(job.job.status);
        // The appointment window: a bracket under the block.
        const int y = rect.bottom() - 5;
        const int wl = xFor(job.job.start);
        const int wr = xFor(job.job.end);
        const bool strong = dragging || job.job.orderId == m_focusJob;
        p.setPen(QPen(withAlpha(status, strong ? 255 : 120), strong ? 2 : 1));
        p.drawLine(wl, y, wr, y);
        p.drawLine(wl, y - 3, wl, y + 2);
        p.drawLine(wr, y - 3, wr, y + 2);

        const QRect b = jobBand(row, index, job.start, job.end);
        QPainterPath path;
        path.addRoundedRect(QRectF(b).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillPath(path, dragging ? withAlpha(status, 90) : status);
        if (job.conflicts != 0) {
            p.setPen(QPen(Theme::danger(), 3));
            p.drawPath(path);
        }
        p.setPen(Qt::white);
        const QString text =
            job.conflicts != 0 ? QStringLiteral("! ") + job.job.orderId : job.job.orderId;
        const QString second = job.job.serviceItem;
        const QRect inner = b.adjusted(5, 1, -4, -1);
        if (r.laneCount > 1) { // one line: the order
            p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
        } else {
            p.drawText(QRect(inner.left(), inner.top(), inner.width(), inner.height() / 2 + 1),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
            p.drawText(QRect(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(second, Qt::ElideRight, inner.width()));
        }
        if (job.job.orderId == m_focusJob)
            focused = b;
    }

    // The order being dispatched.
    if (!m_view->m_proposalId.isEmpty()) {
        const QRect b =
            band(row, m_view->m_proposalStart, m_view->m_proposalEnd).adjusted(0, -2, 0, 2);
        p.setPen(QPen(Theme::warning(), 2, Qt::DashLine));
        p.setBrush(withAlpha(Theme::warning(), 30));
        p.drawRect(b);
        p.setBrush(Qt::NoBrush);
    }

    // The drag's proposal: where the job would go, red when refused.
    if (m_drag && m_preview && m_view->rowOf(m_drag->orderId) == row && m_drag->moved) {
        const QRect b = band(row, m_preview->start, m_preview->end);
        const QColor color = m_preview->allowed() ? Theme::success() : Theme::danger();
        p.setPen(QPen(color, 2, Qt::DashLine));
        p.setBrush(withAlpha(color, 60));
        p.drawRoundedRect(QRectF(b).adjusted(1, 1, -1, -1), 4, 4);
        p.setBrush(Qt::NoBrush);
        p.setPen(color.darker(140));
        p.drawText(b.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   hhmm(m_preview->start) + QStringLiteral("–") + hhmm(m_preview->end));
    }

    // The keyboard focus.
    if (focused.isValid() && hasFocus()) {
        QPen pen(pal.color(QPalette::Text), 2, Qt::DotLine);
        p.setPen(pen);
        p.drawRect(focused.adjusted(-3, -3, 2, 2));
    }
    p.restore();

    // Now.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now >= m_axisStart && now < m_axisEnd) {
        p.setPen(QPen(Theme::danger(), 1));
        p.drawLine(xFor(now), rect.top(), xFor(now), rect.bottom());
    }
    p.setPen(withAlpha(pal.color(QPalette::Mid), 120));
    p.drawLine(0, rect.bottom(), width(), rect.bottom());
}

void DayScheduleTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().color(QPalette::Base));
    paintHeader(p);
    if (m_view->m_rows.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, HeaderHeight, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   m_view->m_placeholder);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int row = 0; row < int(m_view->m_rows.size()); ++row)
        paintRow(p, row);
}

void DayScheduleTimeline::updatePreview(qint64 proposedStart)
{
    const int row = m_view->rowOf(m_drag->orderId);
    if (row < 0) {
        cancelDrag();
        return;
    }
    m_drag->proposed = proposedStart;
    m_preview =
        DaySchedule::checkMove(m_view->m_rows[size_t(row)].day, m_drag->orderId, proposedStart);
    m_drag->intended = m_preview->start;
    if (m_preview->allowed())
        m_view->setMessage(
            DayScheduleView::tr("%1 to %2–%3")
                    .arg(m_drag->orderId, hhmm(m_preview->start), hhmm(m_preview->end)) +
                (m_preview->clamped
                     ? DayScheduleView::tr(" (as far as its appointment window allows)")
                     : QString()) +
                (m_drag->mouse ? QString() : DayScheduleView::tr(" · Enter moves it, Esc cancels")),
            false);
    else
        m_view->setMessage(DaySchedule::refusalText(*m_preview), true);
    update();
}

void DayScheduleTimeline::finishDrag()
{
    if (!m_drag)
        return;
    const Drag drag = *m_drag;
    const std::optional<DaySchedule::Move> preview = m_preview;
    cancelDrag();
    if (!drag.moved || !preview)
        return;
    if (!preview->allowed()) {
        m_view->setMessage(
            DayScheduleView::tr("Not moved: %1").arg(DaySchedule::refusalText(*preview)), true);
        return;
    }
    m_view->moveJob(drag.orderId, drag.proposed); // the same rules once more
}

void DayScheduleTimeline::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || hit.row < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    const DayScheduleView::Row &row = m_view->m_rows[size_t(hit.row)];
    if (row.tech.id != m_view->m_current)
        m_view->setCurrentTechnician(row.tech.id);
    if (!hit.segment || hit.segment->kind != DaySchedule::SegmentKind::Job)
        return;
    const DaySchedule::PlannedJob &job = row.day.jobs[size_t(hit.segment->index)];
    setFocusJob(job.job.orderId);
    m_drag = Drag{
        job.job.orderId, int(event->position().x()), job.start, job.start, job.start, true, false};
    m_preview.reset();
    update();
}

void DayScheduleTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag || !m_drag->mouse || !(event->buttons() & Qt::LeftButton))
        return;
    const int dx = int(event->position().x()) - m_drag->pressX;
    if (!m_drag->moved && std::abs(dx) < 4)
        return;
    m_drag->moved = true;
    const qint64 offset = qint64(std::lround(double(dx) / pixelsPerSecond()));
    updatePreview(m_drag->plannedStart + offset);
}

void DayScheduleTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag && m_drag->mouse)
        finishDrag();
}

void DayScheduleTimeline::stepFocus(int step)
{
    std::vector<QString> jobs;
    for (const DayScheduleView::Row &row : m_view->m_rows)
        for (const DaySchedule::PlannedJob &job : row.day.jobs)
            jobs.push_back(job.job.orderId);
    if (jobs.empty())
        return;
    const auto it = std::find(jobs.begin(), jobs.end(), m_focusJob);
    int index =
        it == jobs.end() ? (step > 0 ? 0 : int(jobs.size()) - 1) : int(it - jobs.begin()) + step;
    index = std::clamp(index, 0, int(jobs.size()) - 1);
    setFocusJob(jobs[size_t(index)]);
}

void DayScheduleTimeline::setFocusJob(const QString &orderId)
{
    if (m_drag && m_drag->orderId != orderId)
        cancelDrag();
    m_focusJob = orderId;
    const int row = m_view->rowOf(orderId);
    if (row >= 0) {
        const DaySchedule::Day &day = m_view->m_rows[size_t(row)].day;
        const DaySchedule::PlannedJob *job = day.job(orderId);
        for (const DaySchedule::Segment &s : day.segments)
            if (s.kind == DaySchedule::SegmentKind::Job &&
                day.jobs[size_t(s.index)].job.orderId == orderId)
                setAccessibleDescription(m_view->m_rows[size_t(row)].tech.name + QLatin1Char('\n') +
                                         tooltipFor({row, &s}));
        m_view->m_scroll->ensureVisible(xFor(job->start), rowRect(row).center().y(), 40, RowHeight);
    }
    update();
}

void DayScheduleTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        stepFocus(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_focusJob.isEmpty()) {
            stepFocus(1);
            return;
        }
        const int row = m_view->rowOf(m_focusJob);
        const DaySchedule::PlannedJob *job =
            row >= 0 ? m_view->m_rows[size_t(row)].day.job(m_focusJob) : nullptr;
        if (!job)
            return;
        if (!m_drag)
            m_drag = Drag{m_focusJob, 0, job->start, job->start, job->start, false, true};
        const qint64 step = event->key() == Qt::Key_Right ? Quarter : -Quarter;
        updatePreview(m_drag->intended + step);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_drag && !m_drag->mouse) {
            finishDrag();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drag) {
            cancelDrag();
            m_view->setMessage(DayScheduleView::tr("Move cancelled."), false);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

QString DayScheduleTimeline::tooltipFor(const Hit &hit) const
{
    if (hit.row < 0)
        return {};
    const DayScheduleView::Row &row = m_view->m_rows[size_t(hit.row)];
    const DaySchedule::Day &day = row.day;
    if (!hit.segment) {
        const QString hours = day.workingDay ? DayScheduleView::tr("Working hours %1–%2")
                                                   .arg(hhmm(day.workStart), hhmm(day.workEnd))
                                             : DayScheduleView::tr("Not a working day");
        return row.tech.name + QLatin1Char('\n') + hours;
    }
    const DaySchedule::Segment &s = *hit.segment;
    switch (s.kind) {
    case DaySchedule::SegmentKind::Free:
        return DayScheduleView::tr("Free %1–%2 (%3)")
            .arg(hhmm(s.start), hhmm(s.end), durationText(s.end - s.start));
    case DaySchedule::SegmentKind::Absence:
        return DayScheduleView::tr("Off %1–%2: %3")
            .arg(hhmm(s.start), hhmm(s.end), day.absences[size_t(s.index)].reason);
    case DaySchedule::SegmentKind::Travel: {
        const DaySchedule::PlannedJob &job = day.jobs[size_t(s.index)];
        QString text = DayScheduleView::tr("Travel from %1 to %2, about %3 min")
                           .arg(job.previousOrderId, job.job.orderId)
                           .arg(job.travelMinutes);
        if (s.conflict)
            text += QLatin1Char('\n') + DaySchedule::conflictText(job);
        return text;
    }
    case DaySchedule::SegmentKind::Job: {
        const DaySchedule::PlannedJob &job = day.jobs[size_t(s.index)];
        QStringList lines{
            job.job.orderId + QStringLiteral(" · ") + job.job.serviceItem,
            orderStatusTitle(job.job.status),
            DayScheduleView::tr("Planned %1–%2 (%3)")
                .arg(hhmm(job.start), hhmm(job.end), durationText(job.end - job.start)),
            DayScheduleView::tr("Appointment window %1–%2")
                .arg(hhmm(job.job.start), hhmm(job.job.end))};
        if (job.job.serviceMinutes <= 0)
            lines.append(DayScheduleView::tr("Duration not known: %1 min assumed")
                             .arg(DaySchedule::DefaultServiceMinutes));
        if (job.conflicts != 0)
            lines.append(DayScheduleView::tr("Conflict: %1").arg(DaySchedule::conflictText(job)));
        if (DaySchedule::movable(job.job.status))
            lines.append(DayScheduleView::tr("Drag sideways, or Left/Right, to move it."));
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

bool DayScheduleTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipFor(hitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------

DayScheduleView::DayScheduleView(const Staff &staff, const QString &cachePath, SyncSession *sync,
                                 QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_date(todayInChina())
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_dateEdit(new QDateEdit(this))
    , m_next(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_timeline(new DayScheduleTimeline(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("daySchedule"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_previous->setObjectName(QStringLiteral("schedulePreviousDay"));
    m_next->setObjectName(QStringLiteral("scheduleNextDay"));
    m_today->setObjectName(QStringLiteral("scheduleToday"));
    m_dateEdit->setObjectName(QStringLiteral("scheduleDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(m_date);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setWordWrap(true);
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_dateEdit);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);

    connect(m_previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_today, &QToolButton::clicked, this, [this] { setDate(todayInChina()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) { setDate(date); });
    retranslate();
    m_timeline->updateAxis();
}

DayScheduleView::~DayScheduleView() = default;

QWidget *DayScheduleView::timeline() const
{
    return m_timeline;
}

void DayScheduleView::showTechnicians(std::vector<TechnicianProfile> technicians, const QDate &date)
{
    m_rows.clear();
    m_rows.reserve(technicians.size());
    for (TechnicianProfile &tech : technicians)
        m_rows.push_back({std::move(tech), {}});
    m_placeholder.clear();
    if (date.isValid() && date != m_date) {
        setDate(date); // rebuilds
        return;
    }
    rebuild();
}

void DayScheduleView::showPlaceholder(const QString &text)
{
    m_rows.clear();
    m_placeholder = text;
    m_proposalId.clear();
    rebuild();
}

void DayScheduleView::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_date;
    m_date = date;
    if (m_dateEdit->date() != date) {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    if (changed)
        m_message->clear();
    rebuild();
}

void DayScheduleView::rebuild()
{
    for (Row &row : m_rows) {
        row.day = DaySchedule::build(row.tech, m_date);
        // Overlapping (double-booked) jobs side by side: the first lane free
        // at a job's start, at most three.
        const auto &jobs = row.day.jobs;
        std::vector<int> order(jobs.size());
        for (int i = 0; i < int(order.size()); ++i)
            order[size_t(i)] = i;
        std::sort(order.begin(), order.end(),
                  [&jobs](int a, int b) { return jobs[size_t(a)].start < jobs[size_t(b)].start; });
        std::vector<qint64> laneEnds;
        row.lanes.assign(jobs.size(), 0);
        for (const int i : order) {
            size_t lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > jobs[size_t(i)].start)
                ++lane;
            lane = std::min<size_t>(lane, 2);
            if (lane == laneEnds.size())
                laneEnds.push_back(0);
            laneEnds[lane] = std::max(laneEnds[lane], jobs[size_t(i)].end);
            row.lanes[size_t(i)] = int(lane);
        }
        row.laneCount = std::max(1, int(laneEnds.size()));
    }
    m_timeline->rowsChanged();
    retranslate();
}

void DayScheduleView::setCurrentTechnician(const QString &technicianId)
{
    m_current = technicianId;
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].tech.id == technicianId)
            m_scroll->ensureVisible(0, m_timeline->rowRect(row).center().y(), 0, RowHeight / 2 + 2);
    m_timeline->update();
}

void DayScheduleView::setProposal(const QString &orderId, qint64 start, qint64 end)
{
    m_proposalId = orderId;
    m_proposalStart = start;
    m_proposalEnd = end;
    m_timeline->updateAxis();
}

const DaySchedule::Day *DayScheduleView::day(const QString &technicianId) const
{
    for (const Row &row : m_rows)
        if (row.tech.id == technicianId)
            return &row.day;
    return nullptr;
}

int DayScheduleView::rowOf(const QString &orderId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].day.job(orderId))
            return row;
    return -1;
}

QRect DayScheduleView::jobRect(const QString &orderId) const
{
    return m_timeline->jobRect(orderId);
}

int DayScheduleView::xForTime(qint64 utc) const
{
    return m_timeline->xFor(utc);
}

QString DayScheduleView::messageText() const
{
    return m_message->text();
}

void DayScheduleView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1").arg(Theme::danger().name())
                                   : QString());
}

bool DayScheduleView::moveJob(const QString &orderId, qint64 proposedStart)
{
    const int rowIndex = rowOf(orderId);
    if (rowIndex < 0) {
        setMessage(tr("Order %1 is not on this schedule.").arg(orderId), true);
        return false;
    }
    Row &row = m_rows[size_t(rowIndex)];
    const DaySchedule::Move move = DaySchedule::checkMove(row.day, orderId, proposedStart);
    if (!move.allowed()) {
        setMessage(tr("Not moved: %1").arg(DaySchedule::refusalText(move)), true);
        return false;
    }
    const DaySchedule::PlannedJob *planned = row.day.job(orderId);
    if (move.start == planned->start && move.end == planned->end) {
        setMessage(move.clamped ? tr("%1 cannot move further: that is the edge of its appointment "
                                     "window.")
                                      .arg(orderId)
                                : tr("%1 stays at %2.").arg(orderId, hhmm(move.start)),
                   move.clamped);
        return false;
    }
    if (!m_sync || !OrderCommands::mayDispatch(m_staff)) {
        setMessage(tr("Moving jobs needs a dispatcher's sign-in."), true);
        return false;
    }
    if (!m_cache.isOpen()) {
        QString error;
        if (!QFileInfo::exists(m_cachePath) || !m_cache.open(m_cachePath, &error)) {
            setMessage(tr("The local data cannot be read: %1").arg(error), true);
            return false;
        }
    }
    const QJsonObject order = m_cache.order(orderId);
    if (!OrderCommands::mayPlan(m_staff, order)) {
        setMessage(tr("Order %1 can no longer be moved.").arg(orderId), true);
        return false;
    }
    const QDateTime start = QDateTime::fromSecsSinceEpoch(move.start, Qt::UTC);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(move.end, Qt::UTC);
    QPointer<DayScheduleView> self(this);
    m_sync->submit(OrderCommands::plan(m_staff, order, start), // the appointment window stays
                   [self, orderId](const QString &, const QString &error) {
                       if (self && !error.isEmpty())
                           self->setMessage(
                               tr("The move of %1 could not be saved: %2").arg(orderId, error),
                               true);
                   });
    // At once: the job is where it was put, inside its unchanged window.
    for (BookedJob &job : row.tech.jobs)
        if (job.orderId == orderId)
            job.plannedStart = move.start;
    rebuild();
    setMessage((move.clamped ? tr("%1 moved to %2–%3, as far as its appointment window allows; "
                                  "waiting for the server.")
                             : tr("%1 moved to %2–%3; waiting for the server."))
                   .arg(orderId, hhmm(move.start), hhmm(move.end)),
               false);
    Q_EMIT moveQueued(orderId, start, end);
    return true;
}

void DayScheduleView::retranslate()
{
    m_previous->setToolTip(tr("Previous day"));
    m_next->setToolTip(tr("Next day"));
    m_today->setText(tr("Today"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_next->setAccessibleName(tr("Next day"));
    m_dateEdit->setAccessibleName(tr("Day shown"));
    m_timeline->setAccessibleName(tr("Day schedule"));
    m_title->setText(
        tr("Day schedule · %1 (China time)").arg(QLocale().toString(m_date, QLocale::ShortFormat)));
}

void DayScheduleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
