#pragma once

#include "models/export/ExportCells.h"
#include "services/export/ExportRowSource.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSaveFile;
class QThread;

namespace OpsDesk {

enum class ExportFormat
{
    Csv,
    Xlsx
};

struct ExportRequest
{
    QString targetPath;
    ExportFormat format = ExportFormat::Xlsx;
    QList<ExportColumn> columns;
    // XLSX worksheet name (at most 31 characters, none of []:*?/\); empty: "Sheet1".
    QString sheetName;
};

// One table of a workbook (ExportWorkbook).
struct ExportSheet
{
    // The XLSX worksheet name (at most 31 characters; []:*?/\ become _).
    QString name;
    // The CSV file's name inside the CSV folder, e.g. "orders.csv".
    QString csvFileName;
    QList<ExportColumn> columns;
    // XLSX: an autofilter over the header row and every data row.
    bool autofilter = true;
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // translated; empty when ok or cancelled
    qint64 rows = 0;
};

// Writes a table as CSV or XLSX. Synchronous: call run() from a worker thread
// (ExportJob does). Nothing is ever half-written at the target path: the file
// is written under a temporary name in the target's folder and renamed over
// the target only when complete; a failed or cancelled export removes it.
//
// CSV: UTF-8 with a byte order mark (Excel then reads Chinese correctly),
// RFC 4180 quoting, CRLF line ends, a header row of the titles.
// XLSX: libxlsxwriter in constant-memory mode (rows go to disk as they are
// written), a bold frozen header row, widths and number formats per kind.
// Cell rules: models/export/ExportCells.h.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::TableExporter)
public:
    // Called every few hundred rows and at the end: rows written, total (-1
    // when the source does not know).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // "csv" or "xlsx" (any case) by the path's suffix; nullopt otherwise.
    static std::optional<ExportFormat> formatForPath(const QString &path);

    static ExportResult run(const ExportRequest &request, ExportRowSource &source,
                            const Progress &progress, const std::atomic_bool &cancel);

    // The sentences every file export uses (translated):
    // why nothing can be written at `path` (its folder is missing or is not
    // a folder, the path is a folder), or empty;
    static QString targetProblem(const QString &path);
    // a write that failed part-way (a nearly full disk is named as such).
    static QString writeFailedMessage(const QString &folder, const QString &detail);

    // A file written whole or not at all, for exports drawn by other code
    // (pictures, reports): checks the target's folder and opens `file` (a
    // QSaveFile for the target); false with the sentence.
    static bool openTarget(QSaveFile &file, QString *error);
    // Renames the finished file over the target; false with the sentence.
    static bool commitTarget(QSaveFile &file, QString *error);
    // Drops what was written; the target stays as it was.
    static void discardTarget(QSaveFile &file);
};

// Several tables in one export, written row by row in any order of sheets:
// XLSX — one workbook, a worksheet per table in the order given (constant
// memory: each sheet streams to its own temporary file, so a summary sheet
// placed first may be written last); CSV — a new folder at the target path
// holding one file per table (same rules as TableExporter's CSV). As with
// TableExporter, nothing is ever half-written at the target: the workbook
// (or the folder) is built under a temporary name beside it and renamed
// into place by commit(); discard() (or the destructor without commit)
// removes it. A CSV target that exists must be an empty folder (it is
// replaced); anything else there is refused, never overwritten.
// Synchronous, one thread; errors are translated sentences (error()).
class ExportWorkbook
{
public:
    ExportWorkbook(QString targetPath, ExportFormat format);
    ~ExportWorkbook();
    ExportWorkbook(const ExportWorkbook &) = delete;
    ExportWorkbook &operator=(const ExportWorkbook &) = delete;

    bool open(const QList<ExportSheet> &sheets);
    // One row of `sheet` (index into open()'s list): values as for
    // ExportRowSource::next, decided by the sheet's column kinds.
    bool writeRow(int sheet, const QVariantList &values);
    qint64 rows(int sheet) const;
    bool commit();
    void discard();
    QString error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Runs one export in its own thread. Lives in the thread that creates it
// (the GUI thread); progress() and finished() arrive there. Deleting the job
// cancels the export and waits for the worker to stop.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(ExportRequest request, std::unique_ptr<ExportRowSource> source,
              QObject *parent = nullptr);
    // Any export work (a workbook of several sheets): `work` runs in the
    // worker thread with the progress callback and the cancel flag.
    using Work = std::function<ExportResult(const TableExporter::Progress &progress,
                                            const std::atomic_bool &cancel)>;
    ExportJob(QString targetPath, Work work, QObject *parent = nullptr);
    ~ExportJob() override;

    const ExportRequest &request() const { return m_request; }
    QString targetPath() const { return m_request.targetPath; }
    bool isRunning() const;

    void start();
    // Asks the worker to stop; finished() follows with cancelled = true
    // (unless the file was already complete).
    void cancel();

Q_SIGNALS:
    // At most about ten times a second.
    void progress(qint64 done, qint64 total);
    void finished(const OpsDesk::ExportResult &result);

private:
    ExportRequest m_request;
    std::unique_ptr<ExportRowSource> m_source;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    ExportResult m_result;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::ExportResult)
