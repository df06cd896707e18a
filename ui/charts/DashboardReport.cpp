#include "ui/charts/DashboardReport.h"

#include "services/export/TableExporter.h"
#include "ui/charts/ChartExport.h"

#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace OpsDesk {

namespace {

// A4 landscape in points, and the parts of the page.
constexpr double kPageWidth = 841.89;
constexpr double kPageHeight = 595.28;
constexpr double kMargin = 34; // 12 mm
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kContentBottom = kPageHeight - kMargin - 18; // the footer below
constexpr double kGap = 14;
constexpr double kSlotHeight = (kContentBottom - kMargin - kGap) / 2; // two charts a page
constexpr double kChartTitleHeight = 20;
constexpr double kKpiHeaderHeight = 20;
constexpr double kKpiRowHeight = 18;
constexpr int kResolution = 300; // dots per inch of the PDF's coordinates
// Charts are laid out at screen size (96 px an inch) and scaled onto the page.
constexpr double kScreenPixelsPerPoint = 96.0 / 72.0;

const QColor kInk(0x1f, 0x2a, 0x3d);
const QColor kMutedInk(0x4b, 0x55, 0x63);
const QColor kRule(0xd5, 0xdb, 0xe5);
const QColor kStripe(0xf4, 0xf6, 0xf9);

bool isNumeric(ExportColumnKind kind)
{
    switch (kind) {
    case ExportColumnKind::Money:
    case ExportColumnKind::Integer:
    case ExportColumnKind::Decimal:
    case ExportColumnKind::Percent:
        return true;
    default:
        return false;
    }
}

} // namespace

void DashboardReport::addChart(QChart *chart, const QString &title)
{
    m_charts.append({chart, {}, title});
}

void DashboardReport::addImage(const QImage &image, const QString &title)
{
    m_charts.append({nullptr, image, title});
}

QList<DashboardReport::Page> DashboardReport::layout() const
{
    QList<Page> pages;
    Page page;
    page.header = true;
    double top = kMargin + 76; // below the header
    // The KPI table, its header row repeated on every page it runs over.
    if (m_kpis.columnCount() > 0) {
        int row = 0;
        while (true) {
            const int fit = std::max(
                1, int(std::floor((kContentBottom - top - kKpiHeaderHeight) / kKpiRowHeight)));
            page.kpiTop = top;
            page.firstKpiRow = row;
            page.kpiRows = std::min(fit, m_kpis.rowCount() - row);
            row += page.kpiRows;
            top += kKpiHeaderHeight + page.kpiRows * kKpiRowHeight + kGap;
            if (row >= m_kpis.rowCount())
                break;
            pages.append(page);
            page = {};
            top = kMargin;
        }
    }
    // Charts: as many as fit under the table, at the bottom of its page; then
    // two a page.
    const int fit =
        std::max(0, int(std::floor((kContentBottom - top + kGap) / (kSlotHeight + kGap))));
    int next = 0;
    for (int i = 0; i < fit && next < m_charts.size(); ++i, ++next)
        page.charts.append(next);
    for (int i = 0; i < page.charts.size(); ++i)
        page.chartTops.append(kContentBottom - (page.charts.size() - i) * (kSlotHeight + kGap) +
                              kGap);
    pages.append(page);
    while (next < m_charts.size()) {
        page = {};
        for (int slot = 0; slot < 2 && next < m_charts.size(); ++slot, ++next) {
            page.charts.append(next);
            page.chartTops.append(kMargin + slot * (kSlotHeight + kGap));
        }
        pages.append(page);
    }
    return pages;
}

int DashboardReport::pageCount() const
{
    return int(layout().size());
}

void DashboardReport::paintHeader(QPainter &painter, const QDateTime &at) const
{
    painter.setPen(kInk);
    painter.setFont(ChartExport::reportFont(20, true));
    painter.drawText(QRectF(kMargin, kMargin, kContentWidth, 30),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     m_title.isEmpty() ? tr("Dashboard") : m_title);
    painter.setFont(ChartExport::reportFont(11));
    painter.setPen(kMutedInk);
    const QString filter = m_filter.isEmpty() ? tr("All orders") : m_filter;
    painter.drawText(
        QRectF(kMargin, kMargin + 34, kContentWidth, 18),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(painter.font()).elidedText(filter, Qt::ElideRight, kContentWidth));
    painter.setFont(ChartExport::reportFont(10));
    painter.drawText(QRectF(kMargin, kMargin + 52, kContentWidth, 16),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     tr("Generated %1").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(kMargin, kMargin + 72),
                     QPointF(kMargin + kContentWidth, kMargin + 72));
}

double DashboardReport::paintKpis(QPainter &painter, double top, int first, int count) const
{
    const int columns = m_kpis.columnCount();
    if (columns == 0 || count <= 0)
        return 0;
    // The first column (the figure's name) gets the most room.
    QList<double> widths;
    const double nameWidth = columns == 1 ? kContentWidth : kContentWidth * 0.34;
    widths.append(nameWidth);
    for (int c = 1; c < columns; ++c)
        widths.append((kContentWidth - nameWidth) / (columns - 1));
    const auto cellRect = [&](int column, double y, double height) {
        double x = kMargin;
        for (int c = 0; c < column; ++c)
            x += widths.at(c);
        return QRectF(x + 6, y, widths.at(column) - 12, height);
    };
    const auto alignment = [&](int column) {
        return (isNumeric(m_kpis.columns.at(column).kind) ? Qt::AlignRight : Qt::AlignLeft) |
               Qt::AlignVCenter | Qt::TextSingleLine;
    };
    painter.fillRect(QRectF(kMargin, top, kContentWidth, kKpiHeaderHeight),
                     QColor(0xe9, 0xed, 0xf3));
    painter.setPen(kInk);
    painter.setFont(ChartExport::reportFont(10, true));
    for (int c = 0; c < columns; ++c)
        painter.drawText(cellRect(c, top, kKpiHeaderHeight), alignment(c),
                         m_kpis.columns.at(c).title);
    painter.setFont(ChartExport::reportFont(10));
    const QFontMetricsF metrics(painter.font());
    for (int i = 0; i < count; ++i) {
        const int r = first + i;
        const double y = top + kKpiHeaderHeight + i * kKpiRowHeight;
        if (r % 2 == 1)
            painter.fillRect(QRectF(kMargin, y, kContentWidth, kKpiRowHeight), kStripe);
        for (int c = 0; c < columns; ++c) {
            const QRectF rect = cellRect(c, y, kKpiRowHeight);
            painter.drawText(
                rect, alignment(c),
                metrics.elidedText(m_kpis.displayText(r, c), Qt::ElideRight, rect.width()));
        }
    }
    const double height = kKpiHeaderHeight + count * kKpiRowHeight;
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(kMargin, top + height),
                     QPointF(kMargin + kContentWidth, top + height));
    return height;
}

void DashboardReport::paintChart(QPainter &painter, const Chart &chart, const QRectF &slot) const
{
    QRectF target = slot;
    if (!chart.title.isEmpty() && (!chart.chart || chart.title != chart.chart->title())) {
        painter.setPen(kInk);
        painter.setFont(ChartExport::reportFont(13, true));
        painter.drawText(QRectF(slot.left(), slot.top(), slot.width(), kChartTitleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, chart.title);
        target.setTop(slot.top() + kChartTitleHeight + 2);
    }
    if (!chart.image.isNull()) {
        const QSizeF size =
            chart.image.deviceIndependentSize().scaled(target.size(), Qt::KeepAspectRatio);
        const QRectF placed(target.left() + (target.width() - size.width()) / 2, target.top(),
                            size.width(), size.height());
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(placed, chart.image);
        painter.restore();
        return;
    }
    if (!chart.chart)
        return;
    ChartExport::paint(chart.chart, &painter, target, target.size() * kScreenPixelsPerPoint);
}

void DashboardReport::paintFooter(QPainter &painter, int page, int pages) const
{
    painter.setFont(ChartExport::reportFont(9));
    painter.setPen(kMutedInk);
    const QRectF footer(kMargin, kPageHeight - kMargin - 12, kContentWidth, 14);
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, kContentWidth * 0.6));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     tr("Page %1 of %2").arg(page).arg(pages));
}

bool DashboardReport::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!TableExporter::openTarget(file, error))
        return false;
    const QList<Page> pages = layout();
    const QDateTime at = m_generatedAt.isValid() ? m_generatedAt : QDateTime::currentDateTime();
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("OpsDesk"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = TableExporter::writeFailedMessage(QFileInfo(path).absolutePath(),
                                                           file.errorString());
            TableExporter::discardTarget(file);
            return false;
        }
        // Everything below is laid out in points.
        painter.scale(kResolution / 72.0, kResolution / 72.0);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);

        for (int p = 0; p < pages.size(); ++p) {
            const Page &page = pages.at(p);
            if (p > 0)
                pdf.newPage();
            if (page.header)
                paintHeader(painter, at);
            paintKpis(painter, page.kpiTop, page.firstKpiRow, page.kpiRows);
            for (int i = 0; i < page.charts.size(); ++i)
                paintChart(painter, m_charts.at(page.charts.at(i)),
                           QRectF(kMargin, page.chartTops.at(i), kContentWidth, kSlotHeight));
            paintFooter(painter, p + 1, int(pages.size()));
        }
        painter.end();
    }
    return TableExporter::commitTarget(file, error);
}

} // namespace OpsDesk
