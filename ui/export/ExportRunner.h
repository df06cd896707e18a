#pragma once

// Exporting a table to CSV or XLSX from a workspace. The one call:
//
//   #include "ui/export/ExportRunner.h"
//
//   const QList<OpsDesk::ExportColumn> columns = {
//       {tr("Order No."), OpsDesk::ExportColumnKind::Identifier},
//       {tr("Amount"), OpsDesk::ExportColumnKind::Money},     // integer cents
//       {tr("Created"), OpsDesk::ExportColumnKind::DateTime}, // QDateTime, shown in local time
//   };
//   OpsDesk::ExportRunner::start(this, tr("orders-%1").arg(date), columns,
//                                std::make_unique<MyOrderRows>(filter));
//
// start() asks for the file (a save dialog in the user's Documents folder;
// CSV or XLSX chosen by the extension, .xlsx when none is given), then shows
// an ExportProgressDialog (window-modal, deletes itself on close) with a
// progress bar and Cancel while a worker thread writes the file. It returns
// the dialog, or nullptr when the user cancelled the file question (the
// source is then dropped without being opened). Connect to
// ExportProgressDialog::exportFinished to learn the result.
//
// The row source (services/export/ExportRowSource.h) streams one row per
// next() call from the worker thread; open a SQLite connection in its open(),
// not in its constructor. Column kinds and what they do in CSV and XLSX:
// models/export/ExportCells.h and docs/architecture.md, "Exports".

#include "models/export/ExportCells.h"
#include "services/export/ExportRowSource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QWidget;

namespace OpsDesk {

class ExportProgressDialog;

class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::ExportRunner)
public:
    static ExportProgressDialog *start(QWidget *parent, const QString &defaultFileName,
                                       const QList<ExportColumn> &columns,
                                       std::unique_ptr<ExportRowSource> source);

    // The same without the file question: exports to `targetPath` (format by
    // its extension, XLSX when unknown).
    static ExportProgressDialog *startTo(QWidget *parent, const QString &targetPath,
                                         const QList<ExportColumn> &columns,
                                         std::unique_ptr<ExportRowSource> source);

    // The save dialog alone: a path ending in .csv or .xlsx, or empty when
    // cancelled.
    static QString askForFile(QWidget *parent, const QString &defaultFileName);
};

} // namespace OpsDesk
