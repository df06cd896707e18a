#include "ui/export/ExportRunner.h"

#include "ui/export/ExportProgressDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace OpsDesk {

QString ExportRunner::askForFile(QWidget *parent, const QString &defaultFileName)
{
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    QString name = defaultFileName;
    if (!TableExporter::formatForPath(name))
        name += QStringLiteral(".xlsx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected =
        TableExporter::formatForPath(name) == ExportFormat::Csv ? csvFilter : xlsxFilter;
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export"), QDir(folder).filePath(name),
                                     xlsxFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return {};
    if (!TableExporter::formatForPath(path))
        path += selected == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

ExportProgressDialog *ExportRunner::start(QWidget *parent, const QString &defaultFileName,
                                          const QList<ExportColumn> &columns,
                                          std::unique_ptr<ExportRowSource> source)
{
    const QString path = askForFile(parent, defaultFileName);
    if (path.isEmpty())
        return nullptr;
    return startTo(parent, path, columns, std::move(source));
}

ExportProgressDialog *ExportRunner::startTo(QWidget *parent, const QString &targetPath,
                                            const QList<ExportColumn> &columns,
                                            std::unique_ptr<ExportRowSource> source)
{
    ExportRequest request;
    request.targetPath = targetPath;
    request.format = TableExporter::formatForPath(targetPath).value_or(ExportFormat::Xlsx);
    request.columns = columns;
    request.sheetName = QFileInfo(targetPath).completeBaseName();
    auto *dialog = new ExportProgressDialog(std::move(request), std::move(source), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->start();
    return dialog;
}

} // namespace OpsDesk
