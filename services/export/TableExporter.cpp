#include "services/export/TableExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QThread>

#include <xlsxwriter.h>

#include <filesystem>
#include <vector>

namespace OpsDesk {

namespace {

// Below this many free bytes a write failure is reported as a full disk.
constexpr qint64 kDiskFullMargin = 4 * 1024 * 1024;
constexpr int kProgressEvery = 500;
constexpr int kCsvFlushBytes = 256 * 1024;
constexpr int kMaxXlsxStringLength = 32767;

bool diskFull(const QString &folder)
{
    QStorageInfo storage(folder);
    storage.refresh();
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < kDiskFullMargin;
}

QString nativeFolder(const QString &folder)
{
    return QDir::toNativeSeparators(folder);
}

// Why the folder cannot take the file, or empty.
QString folderProblem(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return TableExporter::tr("The folder %1 does not exist.").arg(nativeFolder(folder));
    if (!info.isDir())
        return TableExporter::tr("%1 is not a folder.").arg(nativeFolder(folder));
    return {};
}

QString notWritable(const QString &folder, const QString &detail)
{
    return TableExporter::tr(
               "The file cannot be created in the folder %1 (%2). Choose a folder you "
               "may write to.")
        .arg(nativeFolder(folder), detail);
}

QString writeFailed(const QString &folder, const QString &detail)
{
    if (diskFull(folder))
        return TableExporter::tr("The disk of the folder %1 is full. Free some space or choose "
                                 "another folder.")
            .arg(nativeFolder(folder));
    return TableExporter::tr("Writing the file failed: %1").arg(detail);
}

class Writer
{
public:
    virtual ~Writer() = default;
    // Writes one row of cells; false with error() on failure.
    virtual bool writeRow(const std::vector<ExportCell> &cells) = 0;
    // Completes the file at the target path.
    virtual bool commit() = 0;
    // Removes everything written; the target is untouched.
    virtual void discard() = 0;
    QString error() const { return m_error; }

protected:
    QString m_error;
};

class CsvWriter final : public Writer
{
public:
    CsvWriter(const ExportRequest &request, const QString &folder)
        : m_file(request.targetPath)
        , m_folder(folder)
    {}
    ~CsvWriter() override { discard(); }

    bool open(const QList<ExportColumn> &columns)
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            m_error = notWritable(m_folder, m_file.errorString());
            return false;
        }
        m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QStringList titles;
        for (const ExportColumn &column : columns)
            titles.append(column.title);
        m_buffer += ExportRules::csvRecord(titles).toUtf8();
        return true;
    }

    bool writeRow(const std::vector<ExportCell> &cells) override
    {
        m_fields.clear();
        for (const ExportCell &cell : cells)
            m_fields.append(cell.csvText);
        m_buffer += ExportRules::csvRecord(m_fields).toUtf8();
        return m_buffer.size() < kCsvFlushBytes || flush();
    }

    bool commit() override
    {
        if (!flush())
            return false;
        if (!m_file.commit()) {
            m_error = writeFailed(m_folder, m_file.errorString());
            return false;
        }
        return true;
    }

    void discard() override { TableExporter::discardTarget(m_file); }

private:
    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        if (m_file.write(m_buffer) != m_buffer.size()) {
            m_error = writeFailed(m_folder, m_file.errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }

    QSaveFile m_file;
    QString m_folder;
    QByteArray m_buffer;
    QStringList m_fields;
};

class XlsxWriter final : public Writer
{
public:
    XlsxWriter(const QString &targetPath, const QString &folder)
        : m_targetPath(targetPath)
        , m_folder(folder)
    {}
    ~XlsxWriter() override { discard(); }

    bool open()
    {
        // Reserve a temporary name next to the target: the same disk, so the
        // final rename is atomic and a full disk shows before the rename.
        QTemporaryFile reserve(m_folder + QStringLiteral("/.opsdesk-export-XXXXXX.xlsx"));
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            m_error = notWritable(m_folder, reserve.errorString());
            return false;
        }
        m_tempPath = reserve.fileName();
        reserve.close();

        m_tempPathBytes = QFile::encodeName(m_tempPath);
        m_tmpDirBytes = QFile::encodeName(m_folder);
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpDirBytes.data();
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(m_tempPathBytes.constData(), &options);
        if (!m_workbook) {
            m_error = TableExporter::tr("The spreadsheet could not be started (out of memory).");
            return false;
        }
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        return true;
    }

    // Starts the next worksheet (constant-memory mode: the previous one is
    // complete) with its header row; rows follow with writeRow().
    void addSheet(const QString &wantedName, const QList<ExportColumn> &columns)
    {
        const QString name = ExportRules::worksheetName(wantedName, m_sheetNames);
        m_sheetNames.append(name);
        const QByteArray sheetName = name.toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
        if (!m_sheet)
            m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        m_row = 0;
        m_formats.clear();
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray numFormat = ExportRules::numberFormat(columns.at(i).kind);
            lxw_format *format = nullptr;
            if (!numFormat.isEmpty()) {
                format = workbook_add_format(m_workbook);
                format_set_num_format(format, numFormat.constData());
            }
            m_formats.push_back(format);
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                                 ExportRules::columnWidth(columns.at(i)), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray title = columns.at(i).title.left(kMaxXlsxStringLength).toUtf8();
            worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(i), title.constData(),
                                   m_header);
        }
    }

    bool writeRow(const std::vector<ExportCell> &cells) override
    {
        ++m_row;
        for (size_t i = 0; i < cells.size(); ++i) {
            const ExportCell &cell = cells[i];
            const auto col = static_cast<lxw_col_t>(i);
            lxw_format *format = i < m_formats.size() ? m_formats[i] : nullptr;
            lxw_error err = LXW_NO_ERROR;
            switch (cell.type) {
            case ExportCell::Type::Empty:
                continue;
            case ExportCell::Type::Text: {
                // Always a string cell, never a formula: "=1+1" stays text.
                m_utf8 = cell.text.left(kMaxXlsxStringLength).toUtf8();
                err = worksheet_write_string(m_sheet, m_row, col, m_utf8.constData(), format);
                break;
            }
            case ExportCell::Type::Number:
                err = worksheet_write_number(m_sheet, m_row, col, cell.number, format);
                break;
            case ExportCell::Type::DateTime: {
                const QDate d = cell.date;
                const QTime t = cell.time;
                lxw_datetime value{d.year(), d.month(),  d.day(),
                                   t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
                err = worksheet_write_datetime(m_sheet, m_row, col, &value, format);
                break;
            }
            case ExportCell::Type::Bool:
                err = worksheet_write_boolean(m_sheet, m_row, col, cell.flag ? 1 : 0, format);
                break;
            }
            if (err != LXW_NO_ERROR) {
                m_error = writeFailed(m_folder, QString::fromUtf8(lxw_strerror(err)));
                return false;
            }
        }
        return true;
    }

    bool commit() override
    {
        const lxw_error err = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (err != LXW_NO_ERROR) {
            m_error = writeFailed(m_folder, QString::fromUtf8(lxw_strerror(err)));
            return false;
        }
        // A temporary file is private to its owner; the export is an ordinary file.
        QFile::setPermissions(m_tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // Replaces an older file at the target in one step (rename(2);
        // MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows).
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                                std::filesystem::path(m_targetPath.toStdU16String()), ec);
        if (ec) {
            m_error = TableExporter::tr("The finished file could not be saved as %1: %2")
                          .arg(QDir::toNativeSeparators(m_targetPath),
                               QString::fromLocal8Bit(ec.message()));
            return false;
        }
        m_tempPath.clear();
        return true;
    }

    void discard() override
    {
        if (m_workbook) {
            lxw_workbook_free(m_workbook);
            m_workbook = nullptr;
        }
        if (!m_tempPath.isEmpty()) {
            QFile::remove(m_tempPath);
            m_tempPath.clear();
        }
    }

private:
    QString m_targetPath;
    QString m_folder;
    QString m_tempPath;
    QByteArray m_tempPathBytes;
    QByteArray m_tmpDirBytes;
    QByteArray m_utf8;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    std::vector<lxw_format *> m_formats;
    QStringList m_sheetNames;
    lxw_row_t m_row = 0;
};

} // namespace

std::optional<ExportFormat> TableExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString TableExporter::targetProblem(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (const QString problem = folderProblem(folder); !problem.isEmpty())
        return problem;
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString TableExporter::writeFailedMessage(const QString &folder, const QString &detail)
{
    return writeFailed(folder, detail);
}

bool TableExporter::openTarget(QSaveFile &file, QString *error)
{
    const QString path = file.fileName();
    if (const QString problem = targetProblem(path); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = notWritable(QFileInfo(path).absolutePath(), file.errorString());
        return false;
    }
    return true;
}

bool TableExporter::commitTarget(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = writeFailed(QFileInfo(file.fileName()).absolutePath(), file.errorString());
    return false;
}

void TableExporter::discardTarget(QSaveFile &file)
{
    if (file.isOpen()) {
        file.cancelWriting();
        file.commit(); // cancelled: removes the temporary file only
    }
}

namespace {

// Opens every sheet's source; the total of their row counts (-1 when one
// does not know), or nullopt with result->error set.
std::optional<qint64> openSources(const QList<ExportSheet> &sheets, ExportResult *result)
{
    qint64 total = 0;
    for (const ExportSheet &sheet : sheets) {
        QString sourceError;
        if (!sheet.source->open(&sourceError)) {
            result->error = sourceError.isEmpty() ? TableExporter::tr("The rows could not be read.")
                                                  : sourceError;
            return std::nullopt;
        }
        const qint64 rows = sheet.source->rowCount();
        total = total < 0 || rows < 0 ? -1 : total + rows;
    }
    return total;
}

// Writes the rows of one source; false with result->error or
// result->cancelled set (the writer is not discarded here).
bool writeRows(Writer &writer, ExportFormat format, const ExportSheet &sheet, qint64 total,
               const TableExporter::Progress &progress, const std::atomic_bool &cancel,
               qint64 *done, ExportResult *result)
{
    const qsizetype columnCount = sheet.columns.size();
    QVariantList row;
    std::vector<ExportCell> cells(static_cast<size_t>(columnCount));
    qint64 sheetRows = 0;
    while (true) {
        if (cancel.load(std::memory_order_relaxed)) {
            result->cancelled = true;
            return false;
        }
        row.clear();
        if (!sheet.source->next(&row))
            break;
        if (format == ExportFormat::Xlsx && sheetRows >= ExportRules::kMaxXlsxDataRows) {
            result->error = TableExporter::tr("The table has more rows than a spreadsheet can hold "
                                              "(%L1). Export it as CSV or narrow it down.")
                                .arg(ExportRules::kMaxXlsxDataRows);
            return false;
        }
        for (qsizetype i = 0; i < columnCount; ++i)
            cells[static_cast<size_t>(i)] =
                ExportRules::cell(sheet.columns.at(i).kind, row.value(i));
        if (!writer.writeRow(cells)) {
            result->error = writer.error();
            return false;
        }
        ++sheetRows;
        ++*done;
        if (progress && *done % kProgressEvery == 0)
            progress(*done, total);
    }
    if (const QString error = sheet.source->errorString(); !error.isEmpty()) {
        result->error = error;
        return false;
    }
    return true;
}

ExportResult finish(Writer &writer, qint64 total, qint64 done,
                    const TableExporter::Progress &progress, const std::atomic_bool &cancel)
{
    ExportResult result;
    result.rows = done;
    if (cancel.load()) {
        writer.discard();
        result.cancelled = true;
        return result;
    }
    if (!writer.commit()) {
        writer.discard();
        result.error = writer.error();
        return result;
    }
    if (progress)
        progress(done, total < 0 ? done : total);
    result.ok = true;
    return result;
}

} // namespace

ExportResult TableExporter::run(const ExportRequest &request, ExportRowSource &source,
                                const Progress &progress, const std::atomic_bool &cancel)
{
    if (request.format == ExportFormat::Xlsx)
        return runWorkbook(request.targetPath, {{request.sheetName, request.columns, &source}},
                           progress, cancel);

    ExportResult result;
    if (const QString problem = targetProblem(request.targetPath); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QString folder = QFileInfo(request.targetPath).absolutePath();
    CsvWriter writer(request, folder);
    if (!writer.open(request.columns)) {
        result.error = writer.error();
        return result;
    }
    const ExportSheet sheet{request.sheetName, request.columns, &source};
    const auto total = openSources({sheet}, &result);
    qint64 done = 0;
    if (total && progress)
        progress(0, *total);
    if (!total ||
        !writeRows(writer, ExportFormat::Csv, sheet, *total, progress, cancel, &done, &result)) {
        writer.discard();
        result.rows = done;
        return result;
    }
    return finish(writer, *total, done, progress, cancel);
}

ExportResult TableExporter::runWorkbook(const QString &targetPath, const QList<ExportSheet> &sheets,
                                        const Progress &progress, const std::atomic_bool &cancel)
{
    ExportResult result;
    if (const QString problem = targetProblem(targetPath); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    XlsxWriter writer(targetPath, QFileInfo(targetPath).absolutePath());
    if (!writer.open()) {
        result.error = writer.error();
        return result;
    }
    const auto total = openSources(sheets, &result);
    if (!total) {
        writer.discard();
        return result;
    }
    if (progress)
        progress(0, *total);
    qint64 done = 0;
    for (const ExportSheet &sheet : sheets) {
        writer.addSheet(sheet.name, sheet.columns);
        if (!writeRows(writer, ExportFormat::Xlsx, sheet, *total, progress, cancel, &done,
                       &result)) {
            writer.discard();
            result.rows = done;
            return result;
        }
    }
    return finish(writer, *total, done, progress, cancel);
}

// --- ExportJob ---------------------------------------------------------------

ExportJob::ExportJob(ExportRequest request, std::unique_ptr<ExportRowSource> source,
                     QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_source(std::move(source))
{
    qRegisterMetaType<OpsDesk::ExportResult>();
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QElapsedTimer sinceSignal;
        sinceSignal.start();
        const auto onProgress = [this, &sinceSignal](qint64 done, qint64 total) {
            // Emitted from the worker; queued to the job's receivers.
            if (sinceSignal.elapsed() >= 100 || done == total) {
                sinceSignal.restart();
                Q_EMIT progress(done, total);
            }
        };
        m_result = TableExporter::run(m_request, *m_source, onProgress, m_cancel);
        // The source is used in the worker thread only, and closes there.
        m_source.reset();
    });
    m_thread->setObjectName(QStringLiteral("opsdesk-export"));
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start(QThread::LowPriority);
}

void ExportJob::cancel()
{
    m_cancel = true;
}

} // namespace OpsDesk
