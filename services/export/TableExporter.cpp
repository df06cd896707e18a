#include "services/export/TableExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <xlsxwriter.h>

#include <filesystem>
#include <map>
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

// Moves the finished temporary file (or folder of files) over the target
// in one step (rename(2); MoveFileExW with MOVEFILE_REPLACE_EXISTING on
// Windows); the sentence when it failed, else empty.
QString moveIntoPlace(const QString &from, const QString &to, bool files)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (!ec)
        return {};
    const QString detail = QString::fromLocal8Bit(ec.message());
    return files ? TableExporter::tr("The finished files could not be saved as %1: %2")
                       .arg(QDir::toNativeSeparators(to), detail)
                 : TableExporter::tr("The finished file could not be saved as %1: %2")
                       .arg(QDir::toNativeSeparators(to), detail);
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
    // Writes one row of cells of a sheet; false with error() on failure.
    virtual bool writeRow(int sheet, const std::vector<ExportCell> &cells) = 0;
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
    CsvWriter(const QString &path, const QString &folder)
        : m_file(path)
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

    bool writeRow(int, const std::vector<ExportCell> &cells) override
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

    void discard() override
    {
        if (m_file.isOpen()) {
            m_file.cancelWriting();
            m_file.commit(); // cancelled: removes the temporary file only
        }
    }

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

    bool open(const QList<ExportSheet> &sheets)
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
        lxw_format *header = workbook_add_format(m_workbook);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        for (const ExportSheet &sheet : sheets)
            addSheet(sheet, header);
        return true;
    }

    // One format object per number format for the whole workbook: the
    // library caches the style index only in the first of several identical
    // formats and hashes the others for every cell they are used in.
    lxw_format *numberFormat(const QByteArray &numFormat)
    {
        if (numFormat.isEmpty())
            return nullptr;
        auto it = m_numberFormats.find(numFormat);
        if (it == m_numberFormats.end()) {
            lxw_format *format = workbook_add_format(m_workbook);
            format_set_num_format(format, numFormat.constData());
            it = m_numberFormats.emplace(numFormat, format).first;
        }
        return it->second;
    }

    void addSheet(const ExportSheet &spec, lxw_format *header)
    {
        Sheet sheet;
        sheet.columns = static_cast<int>(spec.columns.size());
        sheet.autofilter = spec.autofilter;
        // A worksheet name has at most 31 characters, none of []:*?/\ and no
        // apostrophe at either end.
        QString name = spec.name;
        for (QChar &c : name)
            if (QStringView(u"[]:*?/\\").contains(c))
                c = u'_';
        name = name.left(31);
        while (name.startsWith(u'\'') || name.endsWith(u'\''))
            name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
        const QByteArray sheetName = name.toUtf8();
        sheet.sheet = workbook_add_worksheet(m_workbook,
                                             sheetName.isEmpty() ? nullptr : sheetName.constData());
        if (!sheet.sheet)
            sheet.sheet = workbook_add_worksheet(m_workbook, nullptr);

        const QList<ExportColumn> &columns = spec.columns;
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray numFormat = ExportRules::numberFormat(columns.at(i).kind);
            sheet.formats.push_back(numberFormat(numFormat));
            worksheet_set_column(sheet.sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                                 ExportRules::columnWidth(columns.at(i)), nullptr);
        }
        worksheet_freeze_panes(sheet.sheet, 1, 0);
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray title = columns.at(i).title.left(kMaxXlsxStringLength).toUtf8();
            worksheet_write_string(sheet.sheet, 0, static_cast<lxw_col_t>(i), title.constData(),
                                   header);
        }
        m_sheets.push_back(std::move(sheet));
    }

    bool writeRow(int sheetIndex, const std::vector<ExportCell> &cells) override
    {
        Sheet &sheet = m_sheets[static_cast<size_t>(sheetIndex)];
        lxw_worksheet *const ws = sheet.sheet;
        const lxw_row_t row = ++sheet.row;
        for (size_t i = 0; i < cells.size(); ++i) {
            const ExportCell &cell = cells[i];
            const auto col = static_cast<lxw_col_t>(i);
            lxw_format *format = i < sheet.formats.size() ? sheet.formats[i] : nullptr;
            lxw_error err = LXW_NO_ERROR;
            switch (cell.type) {
            case ExportCell::Type::Empty:
                continue;
            case ExportCell::Type::Text: {
                // Always a string cell, never a formula: "=1+1" stays text.
                m_utf8 = cell.text.left(kMaxXlsxStringLength).toUtf8();
                err = worksheet_write_string(ws, row, col, m_utf8.constData(), format);
                break;
            }
            case ExportCell::Type::Number:
                err = worksheet_write_number(ws, row, col, cell.number, format);
                break;
            case ExportCell::Type::DateTime: {
                const QDate d = cell.date;
                const QTime t = cell.time;
                lxw_datetime value{d.year(), d.month(),  d.day(),
                                   t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
                err = worksheet_write_datetime(ws, row, col, &value, format);
                break;
            }
            case ExportCell::Type::Bool:
                err = worksheet_write_boolean(ws, row, col, cell.flag ? 1 : 0, format);
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
        for (const Sheet &sheet : m_sheets)
            if (sheet.autofilter && sheet.columns > 0)
                worksheet_autofilter(sheet.sheet, 0, 0, sheet.row,
                                     static_cast<lxw_col_t>(sheet.columns - 1));
        const lxw_error err = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (err != LXW_NO_ERROR) {
            m_error = writeFailed(m_folder, QString::fromUtf8(lxw_strerror(err)));
            return false;
        }
        // A temporary file is private to its owner; the export is an ordinary file.
        QFile::setPermissions(m_tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther);
        m_error = moveIntoPlace(m_tempPath, m_targetPath, false);
        if (!m_error.isEmpty())
            return false;
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
    struct Sheet
    {
        lxw_worksheet *sheet = nullptr;
        std::vector<lxw_format *> formats;
        lxw_row_t row = 0;
        int columns = 0;
        bool autofilter = false;
    };

    QString m_targetPath;
    QString m_folder;
    QString m_tempPath;
    QByteArray m_tempPathBytes;
    QByteArray m_tmpDirBytes;
    QByteArray m_utf8;
    lxw_workbook *m_workbook = nullptr;
    std::vector<Sheet> m_sheets;
    std::map<QByteArray, lxw_format *> m_numberFormats;
};

// A CSV per table in a new folder: written in a temporary folder beside the
// target and renamed to it when complete.
class CsvFolderWriter final : public Writer
{
public:
    CsvFolderWriter(const QString &targetPath, const QString &folder)
        : m_targetPath(targetPath)
        , m_folder(folder)
    {}
    ~CsvFolderWriter() override { discard(); }

    bool open(const QList<ExportSheet> &sheets)
    {
        const QFileInfo target(m_targetPath);
        if (target.exists() &&
            (!target.isDir() || !QDir(m_targetPath)
                                     .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                              QDir::Hidden | QDir::System))) {
            m_error = TableExporter::tr("%1 already exists. The CSV files go into a new folder: "
                                        "choose a name that is not taken.")
                          .arg(QDir::toNativeSeparators(m_targetPath));
            return false;
        }
        QTemporaryDir temp(m_folder + QStringLiteral("/.opsdesk-export-XXXXXX"));
        if (!temp.isValid()) {
            m_error = notWritable(m_folder, temp.errorString());
            return false;
        }
        temp.setAutoRemove(false);
        m_tempPath = temp.path();
        for (const ExportSheet &sheet : sheets) {
            auto file = std::make_unique<CsvWriter>(
                QDir(m_tempPath)
                    .filePath(sheet.csvFileName.isEmpty() ? sheet.name + QStringLiteral(".csv")
                                                          : sheet.csvFileName),
                m_folder);
            if (!file->open(sheet.columns)) {
                m_error = file->error();
                return false;
            }
            m_files.push_back(std::move(file));
        }
        return true;
    }

    bool writeRow(int sheet, const std::vector<ExportCell> &cells) override
    {
        CsvWriter &file = *m_files[static_cast<size_t>(sheet)];
        if (file.writeRow(0, cells))
            return true;
        m_error = file.error();
        return false;
    }

    bool commit() override
    {
        for (const auto &file : m_files) {
            if (!file->commit()) {
                m_error = file->error();
                return false;
            }
        }
        m_files.clear();
        // An empty folder of the target's name is replaced (open() refused
        // anything else).
        QDir().rmdir(m_targetPath);
        m_error = moveIntoPlace(m_tempPath, m_targetPath, true);
        if (!m_error.isEmpty())
            return false;
        m_tempPath.clear();
        return true;
    }

    void discard() override
    {
        m_files.clear(); // each cancels its own temporary file
        if (!m_tempPath.isEmpty()) {
            QDir(m_tempPath).removeRecursively();
            m_tempPath.clear();
        }
    }

private:
    QString m_targetPath;
    QString m_folder;
    QString m_tempPath;
    std::vector<std::unique_ptr<CsvWriter>> m_files;
};

// Decides the cells of one row for its columns.
void toCells(const QList<ExportColumn> &columns, const QVariantList &row, ExportFormat format,
             std::vector<ExportCell> *cells)
{
    const bool csv = format == ExportFormat::Csv;
    cells->resize(static_cast<size_t>(columns.size()));
    for (qsizetype i = 0; i < columns.size(); ++i)
        (*cells)[static_cast<size_t>(i)] = ExportRules::cell(columns.at(i).kind, row.value(i), csv);
}

QString tooManyRows()
{
    return TableExporter::tr("The table has more rows than a spreadsheet can hold (%L1). Export "
                             "it as CSV or narrow it down.")
        .arg(ExportRules::kMaxXlsxDataRows);
}

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

ExportResult TableExporter::run(const ExportRequest &request, ExportRowSource &source,
                                const Progress &progress, const std::atomic_bool &cancel)
{
    ExportResult result;
    const QString folder = QFileInfo(request.targetPath).absolutePath();
    if (const QString problem = folderProblem(folder); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    if (QFileInfo(request.targetPath).isDir()) {
        result.error = tr("%1 is a folder.").arg(QDir::toNativeSeparators(request.targetPath));
        return result;
    }

    std::unique_ptr<Writer> writer;
    if (request.format == ExportFormat::Csv) {
        auto csv = std::make_unique<CsvWriter>(request.targetPath, folder);
        if (!csv->open(request.columns)) {
            result.error = csv->error();
            return result;
        }
        writer = std::move(csv);
    } else {
        auto xlsx = std::make_unique<XlsxWriter>(request.targetPath, folder);
        if (!xlsx->open({ExportSheet{request.sheetName, {}, request.columns, false}})) {
            result.error = xlsx->error();
            return result;
        }
        writer = std::move(xlsx);
    }

    QString sourceError;
    if (!source.open(&sourceError)) {
        writer->discard();
        result.error = sourceError.isEmpty() ? tr("The rows could not be read.") : sourceError;
        return result;
    }
    const qint64 total = source.rowCount();
    if (progress)
        progress(0, total);

    QVariantList row;
    std::vector<ExportCell> cells;
    qint64 done = 0;
    while (true) {
        if (cancel.load(std::memory_order_relaxed)) {
            writer->discard();
            result.cancelled = true;
            result.rows = done;
            return result;
        }
        row.clear();
        if (!source.next(&row))
            break;
        if (request.format == ExportFormat::Xlsx && done >= ExportRules::kMaxXlsxDataRows) {
            writer->discard();
            result.error = tooManyRows();
            return result;
        }
        toCells(request.columns, row, request.format, &cells);
        if (!writer->writeRow(0, cells)) {
            writer->discard();
            result.error = writer->error();
            return result;
        }
        ++done;
        if (progress && done % kProgressEvery == 0)
            progress(done, total);
    }
    if (const QString error = source.errorString(); !error.isEmpty()) {
        writer->discard();
        result.error = error;
        return result;
    }
    if (cancel.load()) {
        writer->discard();
        result.cancelled = true;
        result.rows = done;
        return result;
    }
    if (!writer->commit()) {
        writer->discard();
        result.error = writer->error();
        return result;
    }
    if (progress)
        progress(done, total < 0 ? done : total);
    result.ok = true;
    result.rows = done;
    return result;
}

// --- ExportWorkbook ----------------------------------------------------------

struct ExportWorkbook::Private
{
    QString targetPath;
    ExportFormat format = ExportFormat::Xlsx;
    QList<ExportSheet> sheets;
    std::vector<qint64> rows;
    std::unique_ptr<Writer> writer;
    std::vector<ExportCell> cells;
    QVariantList padded;
    QString error;
};

ExportWorkbook::ExportWorkbook(QString targetPath, ExportFormat format)
    : d(std::make_unique<Private>())
{
    d->targetPath = std::move(targetPath);
    d->format = format;
}

ExportWorkbook::~ExportWorkbook() = default; // an uncommitted writer discards itself

bool ExportWorkbook::open(const QList<ExportSheet> &sheets)
{
    const QString folder = QFileInfo(d->targetPath).absolutePath();
    if (const QString problem = folderProblem(folder); !problem.isEmpty()) {
        d->error = problem;
        return false;
    }
    d->sheets = sheets;
    d->rows.assign(static_cast<size_t>(sheets.size()), 0);
    if (d->format == ExportFormat::Csv) {
        auto csv = std::make_unique<CsvFolderWriter>(d->targetPath, folder);
        if (!csv->open(sheets)) {
            d->error = csv->error();
            return false;
        }
        d->writer = std::move(csv);
    } else {
        if (QFileInfo(d->targetPath).isDir()) {
            d->error =
                TableExporter::tr("%1 is a folder.").arg(QDir::toNativeSeparators(d->targetPath));
            return false;
        }
        auto xlsx = std::make_unique<XlsxWriter>(d->targetPath, folder);
        if (!xlsx->open(sheets)) {
            d->error = xlsx->error();
            return false;
        }
        d->writer = std::move(xlsx);
    }
    return true;
}

bool ExportWorkbook::writeRow(int sheet, const QVariantList &values)
{
    if (!d->writer || sheet < 0 || sheet >= d->sheets.size())
        return false;
    qint64 &rows = d->rows[static_cast<size_t>(sheet)];
    if (d->format == ExportFormat::Xlsx && rows >= ExportRules::kMaxXlsxDataRows) {
        d->error = tooManyRows();
        return false;
    }
    toCells(d->sheets.at(sheet).columns, values, d->format, &d->cells);
    if (!d->writer->writeRow(sheet, d->cells)) {
        d->error = d->writer->error();
        return false;
    }
    ++rows;
    return true;
}

qint64 ExportWorkbook::rows(int sheet) const
{
    return sheet >= 0 && size_t(sheet) < d->rows.size() ? d->rows[size_t(sheet)] : 0;
}

bool ExportWorkbook::commit()
{
    if (!d->writer)
        return false;
    if (!d->writer->commit()) {
        d->error = d->writer->error();
        d->writer->discard();
        d->writer.reset();
        return false;
    }
    d->writer.reset();
    return true;
}

void ExportWorkbook::discard()
{
    if (d->writer) {
        d->writer->discard();
        d->writer.reset();
    }
}

QString ExportWorkbook::error() const
{
    return d->error;
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

// --- ExportJob ---------------------------------------------------------------

ExportJob::ExportJob(ExportRequest request, std::unique_ptr<ExportRowSource> source,
                     QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_source(std::move(source))
{
    qRegisterMetaType<OpsDesk::ExportResult>();
}

ExportJob::ExportJob(QString targetPath, Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
    m_request.targetPath = std::move(targetPath);
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
        m_result = m_work ? m_work(onProgress, m_cancel)
                          : TableExporter::run(m_request, *m_source, onProgress, m_cancel);
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
