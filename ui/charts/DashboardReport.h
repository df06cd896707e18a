#pragma once

#include "models/export/DataTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>

class QChart;
class QPainter;

namespace OpsDesk {

// The whole dashboard as a PDF report: A4 landscape; on the first page the
// title, the filter line (what the figures are for), when it was made and the
// KPI tiles as a table; then every chart with its title, two to a page (the
// first page takes one when the KPI table leaves room for it); page numbers
// in the footer. Charts are painted as vectors (ChartExport::paint), text in
// a font with the Chinese glyphs (ChartExport::reportFont), so the report
// reads and prints the same in both languages.
//
// The file is written under a temporary name and renamed over the target
// only when complete; an error (translated) leaves nothing behind.
//
// Threading: GUI thread (charts are graphics items). The charts are not
// owned and must live until write() returns.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::DashboardReport)
public:
    void setTitle(const QString &title) { m_title = title; }
    // One line saying what the figures cover: city, district, service item,
    // customer type, date range.
    void setFilterDescription(const QString &text) { m_filter = text; }
    // Default: the time write() is called.
    void setGeneratedAt(const QDateTime &at) { m_generatedAt = at; }
    // The KPI tiles: one row per tile (name, value, change …), typed cells
    // shown with ExportRules::displayText; numbers right-aligned.
    void setKpis(const DataTable &kpis) { m_kpis = kpis; }
    void addChart(QChart *chart, const QString &title);
    // A picture in a chart's place (the heat map's grab()), scaled to fit
    // with its proportions kept.
    void addImage(const QImage &image, const QString &title);
    int chartCount() const { return int(m_charts.size()); }

    // The number of pages write() makes.
    int pageCount() const;

    bool write(const QString &path, QString *error) const;

private:
    struct Chart
    {
        QPointer<QChart> chart;
        QImage image; // instead of a chart
        QString title;
    };
    // What one page holds, in points (1/72 inch) of an A4 landscape page.
    struct Page
    {
        bool header = false; // title, filter line and time (the first page)
        double kpiTop = 0;
        int firstKpiRow = 0;
        int kpiRows = 0; // a KPI table too long for a page goes on over the next
        QList<int> charts;
        QList<double> chartTops;
    };
    QList<Page> layout() const;
    void paintHeader(QPainter &painter, const QDateTime &at) const;
    // The KPI table's header row and `count` rows from `first`; its height.
    double paintKpis(QPainter &painter, double top, int first, int count) const;
    void paintChart(QPainter &painter, const Chart &chart, const QRectF &slot) const;
    void paintFooter(QPainter &painter, int page, int pages) const;

    QString m_title;
    QString m_filter;
    QDateTime m_generatedAt;
    DataTable m_kpis;
    QList<Chart> m_charts;
};

} // namespace OpsDesk
