// The exporter end to end: CSV and XLSX files of a few thousand rows with
// tricky values, the XLSX opened by a real spreadsheet program (LibreOffice,
// headless), cancel and failure leaving nothing behind.
#include "common/TestSupport.h"
#include "services/export/TableExporter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace OpsDesk;
using Kind = ExportColumnKind;

namespace {

const QStringList kTrickyTexts = {
    QStringLiteral("张三，北京市朝阳区建国路88号"),
    QStringLiteral("commas, here, too"),
    QStringLiteral("she said \"fix it\""),
    QStringLiteral("line one\nline two"),
    QStringLiteral("=1+1"),
    QStringLiteral("+86 138 0013 8000"),
    QStringLiteral("-5"),
    QStringLiteral("@x"),
    QStringLiteral("\tleading tab"),
    QStringLiteral("空调不制冷，需加氟"),
};

QList<ExportColumn> columns()
{
    return {
        {QStringLiteral("Order No."), Kind::Identifier},
        {QStringLiteral("Phone"), Kind::Identifier},
        {QStringLiteral("Note"), Kind::Text},
        {QStringLiteral("Amount"), Kind::Money},
        {QStringLiteral("Quantity"), Kind::Integer},
        {QStringLiteral("Service date"), Kind::Date},
        {QStringLiteral("Created"), Kind::DateTime},
        {QStringLiteral("Paid"), Kind::Bool},
    };
}

QVariantList rowAt(qint64 i)
{
    return {
        QStringLiteral("O20250601%1").arg(i, 5, 10, QLatin1Char('0')),
        i % 2 ? QVariant(QStringLiteral("13912345678"))
              : QVariant(QStringLiteral("+8613912345678")),
        kTrickyTexts.at(i % kTrickyTexts.size()),
        i == 0 ? QVariant(qint64(123456)) : QVariant(qint64(i * 101 - 500)),
        QVariant(qint64(i % 7 - 3)),
        QDate(2025, 6, 1).addDays(i % 30),
        QDateTime(QDate(2025, 6, 1), QTime(8, 0, 0)).addSecs(i * 61),
        i % 3 == 0,
    };
}

// Gives `count` generated rows; optionally sets `cancel` after `cancelAt` rows
// or fails after `failAt`.
class GeneratedSource : public ExportRowSource
{
public:
    explicit GeneratedSource(qint64 count)
        : m_count(count)
    {}
    qint64 rowCount() const override { return m_count; }
    bool next(QVariantList *row) override
    {
        if (m_next == m_failAt) {
            m_error = QStringLiteral("the cache went away");
            return false;
        }
        if (m_next == m_cancelAt && m_cancel)
            *m_cancel = true;
        if (m_delayEvery && m_next % m_delayEvery == 0)
            QThread::msleep(1);
        if (m_next >= m_count)
            return false;
        *row = rowAt(m_next++);
        return true;
    }
    QString errorString() const override { return m_error; }

    qint64 m_count;
    qint64 m_next = 0;
    qint64 m_failAt = -1;
    qint64 m_cancelAt = -1;
    int m_delayEvery = 0;
    std::atomic_bool *m_cancel = nullptr;
    QString m_error;
};

using Field = TestSupport::CsvField;
using Record = TestSupport::CsvRecord;
using TestSupport::parseCsv;

using TestSupport::OdsCell;

// The first sheet of a flat OpenDocument spreadsheet, row by row.
QList<QList<OdsCell>> readFlatOds(const QString &path)
{
    const QList<TestSupport::OdsSheet> sheets = TestSupport::readFlatOds(path);
    return sheets.isEmpty() ? QList<QList<OdsCell>>() : sheets.first().rows;
}

using TestSupport::entries;

ExportResult exportTo(const QString &path, ExportFormat format, ExportRowSource &source,
                      const std::atomic_bool &cancel)
{
    ExportRequest request{path, format, columns(), QStringLiteral("Orders")};
    return TableExporter::run(request, source, {}, cancel);
}

constexpr qint64 kRows = 3000;

} // namespace

TEST(Export, CsvHasBomCrlfAndExactValues)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    GeneratedSource source(kRows);
    std::atomic_bool cancel{false};
    qint64 lastDone = -1;
    ExportRequest request{path, ExportFormat::Csv, columns(), {}};
    const ExportResult result = TableExporter::run(
        request, source, [&](qint64 done, qint64) { lastDone = done; }, cancel);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.rows, kRows);
    EXPECT_EQ(lastDone, kRows);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("orders.csv")});

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFOrder No.,Phone,Note,Amount,Quantity,Service "
                                 "date,Created,Paid\r\n"));

    const QList<Record> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(records.size(), kRows + 1);
    for (qint64 i = 0; i < kRows; ++i) {
        const QVariantList row = rowAt(i);
        const Record &record = records.at(i + 1);
        ASSERT_EQ(record.size(), columns().size()) << i;
        for (int c = 0; c < columns().size(); ++c)
            EXPECT_EQ(record.at(c).text, ExportRules::cell(columns().at(c).kind, row.at(c)).csvText)
                << "row " << i << " column " << c;
    }
    EXPECT_EQ(records.at(1).at(0).text, QStringLiteral("O2025060100000"));
    EXPECT_EQ(records.at(1).at(2).text, QStringLiteral("张三，北京市朝阳区建国路88号"));
    EXPECT_EQ(records.at(1).at(3).text, QStringLiteral("1234.56"));
    EXPECT_EQ(records.at(2).at(1).text, QStringLiteral("13912345678"));
    EXPECT_EQ(records.at(5).at(2).text, QStringLiteral("'=1+1"));
    EXPECT_EQ(records.at(4).at(2).text, QStringLiteral("line one\nline two"));
    EXPECT_TRUE(records.at(4).at(2).quoted);
    EXPECT_EQ(records.at(3).at(2).text, QStringLiteral("she said \"fix it\""));
    EXPECT_EQ(records.at(9).at(2).text, QStringLiteral("'\tleading tab"));
    EXPECT_EQ(records.at(1).at(6).text, QStringLiteral("2025-06-01 08:00:00"));
}

TEST(Export, XlsxOpensInLibreOfficeWithTheRightValues)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (libreoffice-calc-nogui) is not installed";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.xlsx"));
    GeneratedSource source(kRows);
    std::atomic_bool cancel{false};
    const ExportResult result = exportTo(path, ExportFormat::Xlsx, source, cancel);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("orders.xlsx")});

    // LibreOffice opens the workbook and saves it as flat OpenDocument XML,
    // which names every cell's type (string, float, date, boolean) and value
    // and would carry a table:formula attribute for a formula.
    const QString outDir = dir.filePath(QStringLiteral("converted"));
    QDir().mkpath(outDir);
    const auto run = TestSupport::convertWithLibreOffice(
        soffice, path, QStringLiteral("fods"), outDir, dir.filePath(QStringLiteral("office-home")));
    ASSERT_TRUE(run.finished) << run.err.toStdString();
    const QList<QList<OdsCell>> rows = readFlatOds(outDir + QStringLiteral("/orders.fods"));
    ASSERT_GE(rows.size(), kRows + 1) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(rows.at(0).at(0).text, QStringLiteral("Order No."));

    for (qint64 i = 0; i < kRows; ++i) {
        const QVariantList row = rowAt(i);
        const QList<OdsCell> &r = rows.at(i + 1);
        ASSERT_GE(r.size(), columns().size()) << i;
        SCOPED_TRACE(i);
        // No cell is a formula, except that LibreOffice shows an XLSX boolean
        // cell as TRUE() / FALSE().
        for (int c = 0; c < 7; ++c)
            EXPECT_TRUE(r.at(c).formula.isEmpty()) << c << r.at(c).formula.toStdString();
        // Identifiers and text: the exact text, as a string cell.
        for (int c : {0, 1, 2}) {
            EXPECT_EQ(r.at(c).type, QStringLiteral("string")) << c;
            EXPECT_EQ(r.at(c).text, row.at(c).toString()) << c;
        }
        // Money and integers: numbers with the right value.
        EXPECT_EQ(r.at(3).type, QStringLiteral("float"));
        EXPECT_NEAR(r.at(3).value.toDouble(), row.at(3).toLongLong() / 100.0, 1e-9);
        EXPECT_EQ(r.at(4).type, QStringLiteral("float"));
        EXPECT_EQ(r.at(4).value, QString::number(row.at(4).toLongLong()));
        // Dates: real date cells.
        EXPECT_EQ(r.at(5).type, QStringLiteral("date"));
        EXPECT_EQ(r.at(5).value.left(10), row.at(5).toDate().toString(Qt::ISODate));
        EXPECT_EQ(r.at(6).type, QStringLiteral("date"));
        EXPECT_EQ(r.at(6).value,
                  row.at(6).toDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        EXPECT_EQ(r.at(7).formula, row.at(7).toBool() ? QStringLiteral("of:=TRUE()")
                                                      : QStringLiteral("of:=FALSE()"));
        EXPECT_EQ(r.at(7).value, row.at(7).toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    EXPECT_EQ(rows.at(1).at(3).value, QStringLiteral("1234.56"));
    EXPECT_EQ(rows.at(2).at(1).text, QStringLiteral("13912345678"));
    EXPECT_EQ(rows.at(5).at(2).text, QStringLiteral("=1+1"));
    EXPECT_EQ(rows.at(6).at(2).text, QStringLiteral("+86 138 0013 8000"));
    EXPECT_EQ(rows.at(7).at(2).text, QStringLiteral("-5"));
    EXPECT_EQ(rows.at(8).at(2).text, QStringLiteral("@x"));
    EXPECT_EQ(rows.at(9).at(2).text, QStringLiteral("\tleading tab"));

    // Shown as formatted: the ¥ money format and the date formats apply.
    const QString shownDir = dir.filePath(QStringLiteral("shown"));
    QDir().mkpath(shownDir);
    const auto shown = TestSupport::convertWithLibreOffice(
        soffice, path,
        QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true"),
        shownDir, dir.filePath(QStringLiteral("office-home")));
    ASSERT_TRUE(shown.finished);
    QFile shownFile(shownDir + QStringLiteral("/orders.csv"));
    ASSERT_TRUE(shownFile.open(QIODevice::ReadOnly));
    const QList<Record> shownRecords = parseCsv(QString::fromUtf8(shownFile.readAll()));
    ASSERT_EQ(shownRecords.size(), kRows + 1);
    EXPECT_EQ(shownRecords.at(1).at(3).text, QStringLiteral("¥1,234.56"));
    EXPECT_EQ(shownRecords.at(1).at(5).text, QStringLiteral("2025-06-01"));
    EXPECT_EQ(shownRecords.at(1).at(6).text, QStringLiteral("2025-06-01 08:00:00"));
    EXPECT_EQ(shownRecords.at(2).at(6).text, QStringLiteral("2025-06-01 08:01:01"));
    EXPECT_EQ(shownRecords.at(1).at(7).text, QStringLiteral("TRUE"));
    EXPECT_EQ(shownRecords.at(2).at(7).text, QStringLiteral("FALSE"));
}

TEST(Export, CancelLeavesNoFileAndKeepsTheOldOne)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(format == ExportFormat::Csv ? QStringLiteral("a.csv")
                                                                      : QStringLiteral("a.xlsx"));
        // A fresh target: nothing is left.
        {
            std::atomic_bool cancel{false};
            GeneratedSource source(kRows);
            source.m_cancel = &cancel;
            source.m_cancelAt = 1000;
            const ExportResult result = exportTo(path, format, source, cancel);
            EXPECT_TRUE(result.cancelled);
            EXPECT_FALSE(result.ok);
            EXPECT_TRUE(entries(dir.path()).isEmpty())
                << entries(dir.path()).join(u' ').toStdString();
        }
        // An older file at the target stays as it was.
        {
            QFile old(path);
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("old export");
            old.close();
            std::atomic_bool cancel{false};
            GeneratedSource source(kRows);
            source.m_cancel = &cancel;
            source.m_cancelAt = 10;
            EXPECT_TRUE(exportTo(path, format, source, cancel).cancelled);
            ASSERT_TRUE(old.open(QIODevice::ReadOnly));
            EXPECT_EQ(old.readAll(), QByteArray("old export"));
            EXPECT_EQ(entries(dir.path()).size(), 1);
        }
    }
}

TEST(Export, JobRunsInAWorkerWithProgressAndCancel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("job.xlsx"));
    auto source = std::make_unique<GeneratedSource>(1000000);
    source->m_delayEvery = 50;
    ExportJob job({path, ExportFormat::Xlsx, columns(), {}}, std::move(source));
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    ASSERT_TRUE(progress.wait(10000));
    EXPECT_EQ(progress.last().at(1).toLongLong(), 1000000);
    job.cancel();
    ASSERT_TRUE(finished.wait(10000));
    const auto result = finished.first().at(0).value<ExportResult>();
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(job.isRunning());
    EXPECT_TRUE(entries(dir.path()).isEmpty());

    // A complete run through the job.
    ExportJob done({path, ExportFormat::Csv, columns(), {}},
                   std::make_unique<GeneratedSource>(100));
    QSignalSpy doneSpy(&done, &ExportJob::finished);
    done.start();
    ASSERT_TRUE(doneSpy.wait(10000));
    const auto ok = doneSpy.first().at(0).value<ExportResult>();
    EXPECT_TRUE(ok.ok) << ok.error.toStdString();
    EXPECT_EQ(ok.rows, 100);
    EXPECT_TRUE(QFile::exists(path));
}

TEST(Export, UnwritableFolderIsAClearErrorAndLeavesNothing)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        std::atomic_bool cancel{false};
        // Nobody, not even root, creates files in /proc.
        GeneratedSource source(10);
        const ExportResult result =
            exportTo(QStringLiteral("/proc/orders.x"), format, source, cancel);
        EXPECT_FALSE(result.ok);
        EXPECT_FALSE(result.cancelled);
        EXPECT_TRUE(result.error.contains(QStringLiteral("cannot be created in the folder /proc")))
            << result.error.toStdString();

        GeneratedSource missing(10);
        const ExportResult noFolder =
            exportTo(QStringLiteral("/nonexistent-opsdesk/o.csv"), format, missing, cancel);
        EXPECT_TRUE(noFolder.error.contains(QStringLiteral("does not exist")))
            << noFolder.error.toStdString();

        if (geteuid() != 0) {
            QTemporaryDir dir;
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            GeneratedSource locked(10);
            const ExportResult denied =
                exportTo(dir.filePath(QStringLiteral("o.csv")), format, locked, cancel);
            EXPECT_TRUE(denied.error.contains(QStringLiteral("cannot be created")));
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner);
            EXPECT_TRUE(entries(dir.path()).isEmpty());
        }
    }
}

// Needs a small file system to fill, e.g. as root:
//   mount -t tmpfs -o size=2m tmpfs /mnt/full && OPSDESK_FULL_DISK_DIR=/mnt/full test_export
TEST(Export, AFullDiskIsAClearErrorAndLeavesNothing)
{
    const QString full = qEnvironmentVariable("OPSDESK_FULL_DISK_DIR");
    if (full.isEmpty())
        GTEST_SKIP() << "OPSDESK_FULL_DISK_DIR is not set";
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        std::atomic_bool cancel{false};
        GeneratedSource source(200000);
        const ExportResult result =
            exportTo(full + QStringLiteral("/big.out"), format, source, cancel);
        EXPECT_FALSE(result.ok);
        EXPECT_TRUE(result.error.contains(QStringLiteral("is full"))) << result.error.toStdString();
        EXPECT_TRUE(entries(full).isEmpty()) << entries(full).join(u' ').toStdString();
    }
}

TEST(Export, ASourceThatFailsLeavesNothing)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        std::atomic_bool cancel{false};
        GeneratedSource source(kRows);
        source.m_failAt = 1500;
        const ExportResult result =
            exportTo(dir.filePath(QStringLiteral("f.out")), format, source, cancel);
        EXPECT_FALSE(result.ok);
        EXPECT_EQ(result.error, QStringLiteral("the cache went away"));
        EXPECT_TRUE(entries(dir.path()).isEmpty());
    }
}

TEST(Export, FormatByExtension)
{
    EXPECT_EQ(TableExporter::formatForPath(QStringLiteral("/a/b.CSV")), ExportFormat::Csv);
    EXPECT_EQ(TableExporter::formatForPath(QStringLiteral("b.xlsx")), ExportFormat::Xlsx);
    EXPECT_FALSE(TableExporter::formatForPath(QStringLiteral("b.xls")).has_value());
}

TEST(Export, OddSheetNamesAreCleaned)
{
    QTemporaryDir dir;
    std::atomic_bool cancel{false};
    GeneratedSource source(5);
    ExportRequest request{dir.filePath(QStringLiteral("odd.xlsx")), ExportFormat::Xlsx, columns(),
                          QStringLiteral("'2025/06 [对账]*? a very long name indeed, truly'")};
    const ExportResult result = TableExporter::run(request, source, {}, cancel);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("odd.xlsx")});
}
