#include "ui/dashboards/DashboardExport.h"

#include "services/export/WorkbookWriter.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/DashboardReport.h"
#include "ui/dashboards/DashboardHeatMap.h"
#include "ui/dashboards/DashboardsWorkspace.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTabWidget>

namespace OpsDesk {

namespace {

QString comboText(const DashboardsWorkspace *workspace, const char *name)
{
    const auto *combo = workspace->findChild<QComboBox *>(QLatin1String(name));
    return combo ? combo->currentText() : QString();
}

DashboardHeatMap *heatMapOf(const DashboardsWorkspace *workspace)
{
    return workspace->findChild<DashboardHeatMap *>();
}

// Asks where to save; empty when the user cancelled.
QString askPath(QWidget *parent, const QString &caption, const QString &name, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(name), filter);
}

void report(QWidget *parent, bool ok, const QString &path, const QString &error)
{
    if (ok)
        QMessageBox::information(
            parent, DashboardExport::tr("Export"),
            DashboardExport::tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(parent, DashboardExport::tr("Export"), error);
}

QString stamp()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString DashboardExport::filterDescription(const DashboardsWorkspace *workspace)
{
    const Dashboard::Filter filter = workspace->dashboardFilter();
    QStringList parts;
    for (const char *name :
         {"dashboardCity", "dashboardDistrict", "dashboardService", "dashboardCustomerType"}) {
        const QString text = comboText(workspace, name);
        if (!text.isEmpty())
            parts.append(text);
    }
    parts.append(tr("%1 – %2 (China time)")
                     .arg(filter.from.toString(QStringLiteral("yyyy-MM-dd")),
                          filter.to.toString(QStringLiteral("yyyy-MM-dd"))));
    return parts.join(QStringLiteral(" · "));
}

bool DashboardExport::writeReport(DashboardsWorkspace *workspace, const QString &path,
                                  QString *error)
{
    DashboardReport pdf;
    pdf.setTitle(tr("OpsDesk dashboard"));
    pdf.setFilterDescription(filterDescription(workspace));
    pdf.setGeneratedAt(QDateTime::currentDateTime());
    pdf.setKpis(workspace->kpiTable());
    for (QChartView *view : workspace->chartViews())
        pdf.addChart(view->chart(), view->chart()->title());
    if (DashboardHeatMap *heat = heatMapOf(workspace); heat && heat->shownOrders() > 0)
        pdf.addImage(heat->grab().toImage(), tr("Hot areas: %1").arg(heat->countText()));
    return pdf.write(path, error);
}

bool DashboardExport::writeFigures(DashboardsWorkspace *workspace, const QString &path,
                                   QString *error)
{
    const ExportResult result = WorkbookWriter::write(path, workspace->tables());
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

void DashboardExport::fillMenu(DashboardsWorkspace *workspace)
{
    QMenu *menu = workspace->exportMenu();
    menu->clear();
    if (auto *old = menu->findChild<QMenu *>(QStringLiteral("dashboardExportCharts")))
        delete old;
    QPointer<DashboardsWorkspace> w(workspace);

    QMenu *charts = menu->addMenu(tr("Chart as PNG or SVG"));
    charts->setObjectName(QStringLiteral("dashboardExportCharts"));
    QObject::connect(charts, &QMenu::aboutToShow, charts, [charts, w] {
        charts->clear();
        if (!w)
            return;
        for (QChartView *view : w->chartViews()) {
            const QString title = view->chart()->title();
            charts->addAction(title.isEmpty() ? view->objectName() : title, w, [w, view] {
                ChartImageOptions options;
                options.description = filterDescription(w);
                ChartExport::saveWithDialog(w, view->chart(), options);
            });
        }
    });

    QAction *pdf = menu->addAction(tr("Report as PDF…"));
    pdf->setObjectName(QStringLiteral("dashboardExportPdf"));
    QObject::connect(pdf, &QAction::triggered, workspace, [w] {
        const QString path = askPath(w, tr("Save the dashboard report"),
                                     tr("dashboard-%1.pdf").arg(stamp()), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        report(w, writeReport(w, path, &error), path, error);
    });

    QAction *xlsx = menu->addAction(tr("Figures as Excel workbook…"));
    xlsx->setObjectName(QStringLiteral("dashboardExportXlsx"));
    QObject::connect(xlsx, &QAction::triggered, workspace, [w] {
        const QString path =
            askPath(w, tr("Save the dashboard figures"),
                    tr("dashboard-figures-%1.xlsx").arg(stamp()), tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        QString error;
        report(w, writeFigures(w, path, &error), path, error);
    });
}

DashboardHeatMap *DashboardExport::attach(DashboardsWorkspace *workspace, const QString &cachePath)
{
    fillMenu(workspace);
    auto *heat = new DashboardHeatMap;
    heat->setObjectName(QStringLiteral("dashboardHeatMap"));
    heat->setCachePath(cachePath);
    workspace->setHeatMapWidget(heat);
    // The heat map follows the shared filter each time the figures change
    // (filter, cache); its own pickers can narrow it afterwards.
    QObject::connect(workspace, &DashboardsWorkspace::refreshed, heat, [workspace, heat] {
        const Dashboard::Filter f = workspace->dashboardFilter();
        heat->setFilter(f.city, f.district, f.serviceItemId, f.customerType, f.from, f.to);
    });
    return heat;
}

} // namespace OpsDesk
