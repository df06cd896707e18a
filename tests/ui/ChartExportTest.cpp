// Charts exported as PNG and SVG, the dashboard's PDF report rendered by
// poppler (pdftoppm), the numbers' workbook opened by LibreOffice, and the
// failure paths (an unwritable target gives a sentence and leaves nothing).
#include "ui/charts/ChartExport.h"
#include "models/export/DataTable.h"
#include "services/export/WorkbookWriter.h"
#include "ui/charts/DashboardReport.h"

#include "common/TestSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

#include <functional>
#include <memory>

using namespace OpsDesk;

namespace {

const QString kBarTitle = QStringLiteral("Orders by service item 按服务项目的订单");

// A bar chart with its own title, axes with units.
QChart *barChart(const QString &title = kBarTitle)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *set = new QBarSet(QStringLiteral("Orders 订单"));
    *set << 120 << 80 << 45 << 30 << 12;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({QStringLiteral("空调维修"), QStringLiteral("Cleaning"),
                        QStringLiteral("Moving"), QStringLiteral("家电安装"),
                        QStringLiteral("Repairs")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 130);
    values->setTitleText(QStringLiteral("orders"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->setAnimationOptions(QChart::SeriesAnimations);
    return chart;
}

// A line chart without a title of its own (the dashboard shows it beside).
QChart *lineChart()
{
    auto *chart = new QChart;
    auto *series = new QLineSeries;
    series->setName(QStringLiteral("This period 本期"));
    for (int day = 0; day < 30; ++day)
        series->append(day + 1, 40 + 15 * std::sin(day / 4.0) + day);
    auto *previous = new QLineSeries;
    previous->setName(QStringLiteral("Previous period 上期"));
    for (int day = 0; day < 30; ++day)
        previous->append(day + 1, 35 + 10 * std::cos(day / 5.0) + day / 2.0);
    chart->addSeries(series);
    chart->addSeries(previous);
    chart->createDefaultAxes();
    return chart;
}

// Pixels of the picture for which `test` holds.
qint64 countPixels(const QImage &picture, const std::function<bool(QRgb)> &test)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += test(line[x]) ? 1 : 0;
    }
    return count;
}

// Pixels that are not (nearly) the white background.
qint64 inkedPixels(const QImage &picture)
{
    return countPixels(picture,
                       [](QRgb p) { return qRed(p) < 235 || qGreen(p) < 235 || qBlue(p) < 235; });
}

// Pixels of the bars (the series' blue).
qint64 barPixels(const QImage &picture)
{
    return countPixels(picture, [](QRgb p) { return qBlue(p) > qRed(p) + 100; });
}

using TestSupport::entries;

// Copies a file to $OPSDESK_TEST_KEEP_DIR when set (to look at it).
void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("OPSDESK_TEST_KEEP_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

struct ShownChart
{
    std::unique_ptr<QChartView> view;
    QChart *chart = nullptr;
};

ShownChart show(QChart *chart, QSize size = {640, 360})
{
    ShownChart shown{std::make_unique<QChartView>(chart), chart};
    shown.view->resize(size);
    shown.view->show();
    QCoreApplication::processEvents();
    return shown;
}

DataTable kpis()
{
    DataTable t;
    t.title = QStringLiteral("KPIs");
    t.columns = {{QStringLiteral("Figure 指标"), ExportColumnKind::Text},
                 {QStringLiteral("Value"), ExportColumnKind::Text},
                 {QStringLiteral("Change"), ExportColumnKind::Percent}};
    t.rows = {{QStringLiteral("Orders today 今日订单"), QStringLiteral("1,204"), 0.083},
              {QStringLiteral("Awaiting dispatch 待派单"), QStringLiteral("37"), -0.12},
              {QStringLiteral("In service 服务中"), QStringLiteral("212"), 0.02},
              {QStringLiteral("Overdue 超时"), QStringLiteral("9"), 0.5},
              {QStringLiteral("Technicians online 在线师傅"), QStringLiteral("1,830"), 0.01},
              {QStringLiteral("On-time rate 准时率"), QStringLiteral("94.2%"), 0.004},
              {QStringLiteral("Refund requests 待处理退款"), QStringLiteral("14"), -0.3},
              {QStringLiteral("Revenue today 今日收入"), QStringLiteral("¥182,340.50"), 0.061}};
    return t;
}

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// LibreOffice opens the workbook and saves it: as flat OpenDocument (every
// sheet, each cell with its type and value) or, as shown, every sheet as CSV.
QString convert(const QString &xlsx, const QString &work, const QString &filter,
                const QString &outName)
{
    const QString outDir = QDir(work).filePath(outName);
    const auto run = TestSupport::convertWithLibreOffice(
        soffice(), xlsx, filter, outDir, QDir(work).filePath(QStringLiteral("office-home")));
    EXPECT_TRUE(run.finished) << run.err.toStdString();
    return outDir;
}

QHash<QString, QList<TestSupport::CsvRecord>> sheetsAsShown(const QString &xlsx,
                                                            const QString &work)
{
    const QString outDir =
        convert(xlsx, work,
                QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,"
                               "true,false,false,-1"),
                QStringLiteral("shown"));
    QHash<QString, QList<TestSupport::CsvRecord>> sheets;
    const QString base = QFileInfo(xlsx).completeBaseName() + QLatin1Char('-');
    for (const QString &name : QDir(outDir).entryList({QStringLiteral("*.csv")})) {
        QFile file(QDir(outDir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            sheets.insert(name.mid(base.size()).chopped(4),
                          TestSupport::parseCsv(QString::fromUtf8(file.readAll())));
    }
    return sheets;
}

} // namespace

TEST(ChartExport, PngIsTheChartAtTwiceItsSizeOnWhite)
{
    QTemporaryDir dir;
    ShownChart bar = show(barChart());
    const QSizeF before = bar.chart->size();
    const QString path = dir.filePath(QStringLiteral("bar.png"));
    QString error;
    ASSERT_TRUE(ChartExport::savePng(bar.view.get(), path, {}, &error)) << error.toStdString();
    QImage png(path);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), QSize(1280, 720));
    EXPECT_EQ(png.pixelColor(2, 2), QColor(Qt::white));
    const qint64 inked = inkedPixels(png);
    EXPECT_GT(inked, png.width() * png.height() / 50) << "bars, axes and labels are drawn";
    EXPECT_LT(inked, png.width() * png.height() / 2) << "on a white background";
    // The bars at their full height, though the chart was exported while its
    // animation had only begun.
    EXPECT_GT(barPixels(png), png.width() * png.height() / 20);
    // The chart on screen is as it was.
    EXPECT_EQ(bar.chart->size(), before);
    EXPECT_EQ(bar.chart->animationOptions(), QChart::SeriesAnimations);
    keep(path);

    // A chart without a title gets the given one above it; another size and ratio.
    ShownChart line = show(lineChart());
    const QString linePath = dir.filePath(QStringLiteral("line.png"));
    ChartImageOptions options;
    options.title = QStringLiteral("Order volume 订单量");
    options.size = QSize(500, 300);
    options.devicePixelRatio = 1.5;
    ASSERT_TRUE(ChartExport::savePng(line.chart, linePath, options, &error)) << error.toStdString();
    QImage linePng(linePath);
    EXPECT_EQ(linePng.size(), QSize(750, 450));
    EXPECT_GT(inkedPixels(linePng), 750 * 450 / 50);
    // The title band (the top 28 px, ×1.5) has ink in its middle.
    EXPECT_GT(inkedPixels(linePng.copy(150, 0, 450, 40)), 100);
    keep(linePath);
}

TEST(ChartExport, SvgIsWellFormedWithTitleAndDescription)
{
    QTemporaryDir dir;
    ShownChart bar = show(barChart());
    ShownChart line = show(lineChart());
    for (QChart *chart : {bar.chart, line.chart}) {
        const bool isBar = chart == bar.chart;
        const QString path =
            dir.filePath(isBar ? QStringLiteral("bar.svg") : QStringLiteral("line.svg"));
        ChartImageOptions options;
        options.title = isBar ? QString() : QStringLiteral("Order volume 订单量");
        options.description = QStringLiteral("Shanghai, last 30 days");
        QString error;
        ASSERT_TRUE(ChartExport::saveSvg(chart, path, options, &error)) << error.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.contains("<svg"));
        const QString title = isBar ? kBarTitle : options.title;
        QXmlStreamReader xml(bytes);
        QString svgTitle;
        QString svgDesc;
        int elements = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            ++elements;
            if (xml.name() == QLatin1String("title") && svgTitle.isEmpty())
                svgTitle = xml.readElementText();
            else if (xml.name() == QLatin1String("desc") && svgDesc.isEmpty())
                svgDesc = xml.readElementText();
        }
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_EQ(svgTitle, title);
        EXPECT_EQ(svgDesc, options.description);
        EXPECT_GT(elements, 20) << "vector shapes, not one picture";
        keep(path);
    }
}

TEST(ChartExport, PdfReportRendersItsPages)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    QTemporaryDir dir;
    ShownChart bar = show(barChart());
    ShownChart line = show(lineChart());
    ShownChart second = show(barChart(QString()));

    DashboardReport report;
    report.setTitle(QStringLiteral("Operations dashboard 运营看板"));
    report.setFilterDescription(QStringLiteral(
        "上海 · 浦东新区 · All service items · Consumers · 2026-11-01 – 2026-11-30"));
    report.setGeneratedAt(QDateTime(QDate(2026, 12, 3), QTime(9, 30)));
    report.setKpis(kpis());
    report.addChart(bar.chart, kBarTitle);
    report.addChart(line.chart, QStringLiteral("Order volume 订单量"));
    report.addChart(second.chart, QStringLiteral("Orders by district 各区订单"));
    // The KPI table leaves room for one chart on the first page; two follow.
    EXPECT_EQ(report.pageCount(), 2);
    // A picture (the heat map's grab) takes a chart's place: a third page.
    QImage picture(800, 500, QImage::Format_RGB32);
    picture.fill(QColor(0x42, 0x0a, 0x68));
    report.addImage(picture, QStringLiteral("Hot areas 热点地区"));
    EXPECT_EQ(report.pageCount(), 3);

    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(report.write(path, &error)) << error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
    keep(path);

    const auto run = TestSupport::runProgram(
        pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), path,
                   dir.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(run.finished && run.exitCode == 0) << run.err.toStdString();
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")});
    ASSERT_EQ(pages.size(), report.pageCount()) << pages.join(u' ').toStdString();
    for (const QString &name : pages) {
        const QImage page(dir.filePath(name));
        ASSERT_FALSE(page.isNull()) << name.toStdString();
        // A4 landscape at 50 dpi.
        EXPECT_NEAR(page.width(), 585, 2);
        EXPECT_NEAR(page.height(), 413, 2);
        EXPECT_GT(inkedPixels(page), page.width() * page.height() / 25)
            << name.toStdString() << " is not blank";
    }

    // A KPI table longer than a page goes on over the next, its header again.
    DataTable many = kpis();
    // Rows named by letters ("Figure ab 指标"): poppler's text extraction
    // drops the digits of the embedded CJK font (they are drawn all right).
    const auto rowName = [](int i) {
        return QStringLiteral("Figure %1%2 指标")
            .arg(QChar(u'a' + i / 26))
            .arg(QChar(u'a' + i % 26));
    };
    for (int i = 9; i <= 60; ++i)
        many.rows.append({rowName(i), QString::number(i), 0.01 * i});
    DashboardReport longReport;
    longReport.setTitle(QStringLiteral("Long"));
    longReport.setKpis(many);
    longReport.addChart(line.chart, QStringLiteral("Order volume 订单量"));
    EXPECT_EQ(longReport.pageCount(), 3); // 22 rows, 27 rows, 11 rows and the chart
    const QString longPath = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(longReport.write(longPath, &error)) << error.toStdString();
    keep(longPath);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        const auto text = TestSupport::runProgram(
            pdftotext, {QStringLiteral("-layout"), longPath, QStringLiteral("-")});
        const QString all = QString::fromUtf8(text.out);
        EXPECT_EQ(all.count(QStringLiteral("Page")), 3);
        // Rows 22 and 23 on either side of the first page break, the last one
        // and the chart on page 3.
        const QStringList pageTexts = all.split(QLatin1Char('\f'));
        ASSERT_GE(pageTexts.size(), 3);
        EXPECT_TRUE(pageTexts.at(0).contains(rowName(22)));
        EXPECT_TRUE(pageTexts.at(1).contains(rowName(23)));
        EXPECT_TRUE(pageTexts.at(2).contains(rowName(60)));
        EXPECT_TRUE(pageTexts.at(2).contains(QStringLiteral("Order volume")));
        EXPECT_EQ(all.count(QStringLiteral("Figure 指标")), 3) << "the header on every page";
    }

    // The Chinese text is set in a CJK font that is embedded in the file.
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (!pdffonts.isEmpty() &&
        QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        const auto fonts = TestSupport::runProgram(pdffonts, {path});
        EXPECT_TRUE(fonts.out.contains("NotoSansCJK")) << fonts.out.toStdString();
    }
}

TEST(ChartExport, WorkbookHasOneSheetPerTableWithTypedCells)
{
    if (soffice().isEmpty())
        GTEST_SKIP() << "LibreOffice (libreoffice-calc-nogui) is not installed";
    QTemporaryDir dir;
    DataTable items;
    items.title = QStringLiteral("按服务项目 By item");
    items.columns = {{QStringLiteral("服务项目"), ExportColumnKind::Text},
                     {QStringLiteral("Orders"), ExportColumnKind::Integer},
                     {QStringLiteral("Revenue"), ExportColumnKind::Money},
                     {QStringLiteral("Share"), ExportColumnKind::Percent},
                     {QStringLiteral("Rating"), ExportColumnKind::Decimal}};
    items.rows = {{QStringLiteral("空调维修"), 120, qint64(1234567), 0.125, 4.63},
                  {QStringLiteral("=cleaning"), 80, qint64(99), 0.5, 4.0},
                  {QStringLiteral("Moving, big"), 3, qint64(0), 0.0005, QVariant()}};
    DataTable days;
    days.title = QStringLiteral("Orders by day");
    days.columns = {{QStringLiteral("Day"), ExportColumnKind::Date},
                    {QStringLiteral("Orders"), ExportColumnKind::Integer}};
    days.rows = {{QDate(2026, 11, 1), 40}, {QDate(2026, 11, 2), 52}};

    const QString path = dir.filePath(QStringLiteral("figures.xlsx"));
    const ExportResult result = WorkbookWriter::write(path, {items, days});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.rows, 5);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("figures.xlsx")});

    const QString odsDir = convert(path, dir.path(), QStringLiteral("fods"), QStringLiteral("ods"));
    const QList<TestSupport::OdsSheet> sheets =
        TestSupport::readFlatOds(odsDir + QStringLiteral("/figures.fods"));
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets.at(0).name, items.title);
    EXPECT_EQ(sheets.at(1).name, days.title);
    const QList<QList<TestSupport::OdsCell>> &first = sheets.at(0).rows;
    ASSERT_GE(first.size(), 4);
    EXPECT_EQ(first.at(0).at(0).text, QStringLiteral("服务项目"));
    // Text kept as text cells, exactly (no formula from "=cleaning").
    for (int r = 1; r <= 3; ++r) {
        EXPECT_EQ(first.at(r).at(0).type, QStringLiteral("string")) << r;
        EXPECT_TRUE(first.at(r).at(0).formula.isEmpty()) << r;
    }
    EXPECT_EQ(first.at(1).at(0).text, QStringLiteral("空调维修"));
    EXPECT_EQ(first.at(2).at(0).text, QStringLiteral("=cleaning"));
    EXPECT_EQ(first.at(3).at(0).text, QStringLiteral("Moving, big"));
    // Numbers are numbers with their values: money in yuan, a percentage as
    // its fraction.
    EXPECT_EQ(first.at(1).at(1).type, QStringLiteral("float"));
    EXPECT_EQ(first.at(1).at(1).value, QStringLiteral("120"));
    EXPECT_NE(first.at(1).at(2).type, QStringLiteral("string"));
    EXPECT_EQ(first.at(1).at(2).value, QStringLiteral("12345.67"));
    EXPECT_EQ(first.at(2).at(2).value, QStringLiteral("0.99"));
    EXPECT_EQ(first.at(1).at(3).type, QStringLiteral("percentage"));
    EXPECT_EQ(first.at(1).at(3).value, QStringLiteral("0.125"));
    EXPECT_EQ(first.at(1).at(4).type, QStringLiteral("float"));
    EXPECT_EQ(first.at(1).at(4).value, QStringLiteral("4.63"));
    EXPECT_TRUE(first.at(3).size() < 5 || first.at(3).at(4).type.isEmpty()); // empty stays empty
    const QList<QList<TestSupport::OdsCell>> &second = sheets.at(1).rows;
    ASSERT_GE(second.size(), 3);
    EXPECT_EQ(second.at(1).at(0).type, QStringLiteral("date"));
    EXPECT_EQ(second.at(2).at(1).value, QStringLiteral("52"));

    // As shown: money with ¥, percentages with %, dates as dates.
    const auto shown = sheetsAsShown(path, dir.path());
    const QList<TestSupport::CsvRecord> &shownFirst = shown.value(items.title);
    ASSERT_EQ(shownFirst.size(), 4);
    EXPECT_EQ(shownFirst.at(1).at(2).text, QStringLiteral("¥12,345.67"));
    EXPECT_EQ(shownFirst.at(1).at(3).text, QStringLiteral("12.5%"));
    EXPECT_EQ(shownFirst.at(1).at(4).text, QStringLiteral("4.63"));
    EXPECT_EQ(shown.value(days.title).at(1).at(0).text, QStringLiteral("2026-11-01"));
    keep(path);
}

TEST(ChartExport, AnUnwritableTargetGivesASentenceAndLeavesNothing)
{
    QTemporaryDir dir;
    ShownChart bar = show(barChart());
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write("not a folder");
    plain.close();
    DashboardReport report;
    report.setKpis(kpis());
    report.addChart(bar.chart, kBarTitle);
    DataTable table = kpis();

    struct Case
    {
        QString folder;
        QString expected; // part of the sentence
    };
    QList<Case> cases = {
        {dir.filePath(QStringLiteral("missing")), QStringLiteral("does not exist")},
        {plain.fileName(), QStringLiteral("is not a folder")},
    };
    // A folder nobody may create files in (even root: /proc).
    if (QFileInfo(QStringLiteral("/proc")).isDir())
        cases.append({QStringLiteral("/proc"), QStringLiteral("cannot be created")});

    for (const Case &c : cases) {
        SCOPED_TRACE(c.folder.toStdString());
        const QString base = c.folder + QStringLiteral("/dashboard");
        QString error;
        EXPECT_FALSE(ChartExport::savePng(bar.chart, base + QStringLiteral(".png"), {}, &error));
        EXPECT_TRUE(error.contains(c.expected)) << error.toStdString();
        error.clear();
        EXPECT_FALSE(ChartExport::saveSvg(bar.chart, base + QStringLiteral(".svg"), {}, &error));
        EXPECT_TRUE(error.contains(c.expected)) << error.toStdString();
        error.clear();
        EXPECT_FALSE(report.write(base + QStringLiteral(".pdf"), &error));
        EXPECT_TRUE(error.contains(c.expected)) << error.toStdString();
        const ExportResult xlsx = WorkbookWriter::write(base + QStringLiteral(".xlsx"), {table});
        EXPECT_FALSE(xlsx.ok);
        EXPECT_TRUE(xlsx.error.contains(c.expected)) << xlsx.error.toStdString();
    }
    // Neither PNG nor SVG.
    QString suffixError;
    EXPECT_FALSE(
        ChartExport::save(bar.chart, dir.filePath(QStringLiteral("chart.gif")), {}, &suffixError));
    EXPECT_TRUE(suffixError.contains(QStringLiteral(".svg"))) << suffixError.toStdString();
    EXPECT_TRUE(
        ChartExport::save(bar.chart, dir.filePath(QStringLiteral("chart.SVG")), {}, &suffixError));
    QFile::remove(dir.filePath(QStringLiteral("chart.SVG")));
    // A folder as the target.
    QString error;
    EXPECT_FALSE(ChartExport::savePng(bar.chart, dir.path(), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is a folder"))) << error.toStdString();
    // Nothing was left behind, the file in the way is untouched.
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("plain.txt")});
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_EQ(plain.readAll(), QByteArray("not a folder"));
    // An empty workbook is refused.
    EXPECT_FALSE(WorkbookWriter::write(dir.filePath(QStringLiteral("none.xlsx")), {}).ok);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("plain.txt")});
}
