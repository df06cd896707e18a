#pragma once

#include <QCoreApplication>
#include <QString>

namespace OpsDesk {

class DashboardHeatMap;
class DashboardsWorkspace;

// The dashboards' exports and heat map, joined to the workspace: the
// Export menu (each chart as PNG or SVG, the whole dashboard as a PDF
// report, the numbers behind every chart as one XLSX workbook) and the
// hot-area heat map tab, which follows the shared filter.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::DashboardExport)
public:
    // Fills the workspace's Export menu (again, in the current language)
    // and adds the heat map tab reading `cachePath`.
    static DashboardHeatMap *attach(DashboardsWorkspace *workspace, const QString &cachePath);
    static void fillMenu(DashboardsWorkspace *workspace);

    // The PDF report of what the workspace shows (KPI tiles, every chart,
    // the heat map when it has been drawn); false with the sentence.
    static bool writeReport(DashboardsWorkspace *workspace, const QString &path, QString *error);
    // Every chart's numbers, a worksheet each; false with the sentence.
    static bool writeFigures(DashboardsWorkspace *workspace, const QString &path, QString *error);
    // "Shanghai · Pudong · all service items · 2026-11-01 – 2026-11-30".
    static QString filterDescription(const DashboardsWorkspace *workspace);
};

} // namespace OpsDesk
