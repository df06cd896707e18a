// Export figures:
//   export.xlsx_100k             100,000 order-like rows (12 columns) to XLSX (s)
//   export.xlsx_100k_rss_growth  how far the process's peak resident memory
//                                rose above its resident memory at the start
//                                of that export (MB): flat in constant-memory mode
#include "bench/Bench.h"
#include "services/export/TableExporter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

using namespace OpsDesk;
using Kind = ExportColumnKind;

constexpr qint64 kRows = 100000;

// Order-like rows generated on the fly, as the SQLite-backed source streams them.
class OrderRows : public ExportRowSource
{
public:
    qint64 rowCount() const override { return kRows; }
    bool next(QVariantList *row) override
    {
        if (m_next >= kRows)
            return false;
        const qint64 i = m_next++;
        static const QStringList services = {QStringLiteral("空调清洗"), QStringLiteral("家电安装"),
                                             QStringLiteral("日常保洁")};
        static const QStringList districts = {QStringLiteral("朝阳区"), QStringLiteral("海淀区"),
                                              QStringLiteral("浦东新区")};
        const QDateTime created = m_start.addSecs(i * 37);
        *row = {QStringLiteral("O2025060%1").arg(i, 6, 10, QLatin1Char('0')),
                QStringLiteral("1391234%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                QStringLiteral("客户%1").arg(i % 5000),
                districts.at(i % districts.size()),
                services.at(i % services.size()),
                QStringLiteral("已完成"),
                qint64(8800 + (i % 500) * 100),
                qint64(i % 3 ? 0 : 1000),
                qint64(1 + i % 3),
                created,
                created.date().addDays(1),
                i % 4 == 0};
        return true;
    }

private:
    qint64 m_next = 0;
    // Times come from the cache in UTC, as the server sends them.
    QDateTime m_start{QDate(2025, 6, 1), QTime(0, 0), Qt::UTC};
};

QList<ExportColumn> orderColumns()
{
    return {{QStringLiteral("Order No."), Kind::Identifier},
            {QStringLiteral("Phone"), Kind::Identifier},
            {QStringLiteral("Customer"), Kind::Text},
            {QStringLiteral("District"), Kind::Text},
            {QStringLiteral("Service"), Kind::Text},
            {QStringLiteral("Status"), Kind::Text},
            {QStringLiteral("Amount"), Kind::Money},
            {QStringLiteral("Discount"), Kind::Money},
            {QStringLiteral("Quantity"), Kind::Integer},
            {QStringLiteral("Created"), Kind::DateTime},
            {QStringLiteral("Service date"), Kind::Date},
            {QStringLiteral("Company customer"), Kind::Bool}};
}

std::vector<double> &growthSamples()
{
    static std::vector<double> samples;
    return samples;
}

double exportXlsx()
{
    QTemporaryDir dir;
    OrderRows source;
    std::atomic_bool cancel{false};
    const ExportRequest request{dir.filePath(QStringLiteral("orders.xlsx")), ExportFormat::Xlsx,
                                orderColumns(), QStringLiteral("Orders")};
    Bench::resetPeakRss();
    const double before = Bench::currentRssMb();
    QElapsedTimer timer;
    timer.start();
    const ExportResult result = TableExporter::run(request, source, {}, cancel);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result.ok || result.rows != kRows) {
        std::fprintf(stderr, "export.xlsx_100k: %s\n", qPrintable(result.error));
        return -1;
    }
    growthSamples().push_back(Bench::peakRssMb() - before);
    return seconds;
}

double exportGrowth()
{
    if (growthSamples().empty() && exportXlsx() < 0)
        return -1;
    const double worst = *std::max_element(growthSamples().begin(), growthSamples().end());
    growthSamples().clear();
    return worst;
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("export.xlsx_100k"), QStringLiteral("s"),
                  QStringLiteral("100,000 order rows of 12 columns to XLSX (constant memory)"), 3,
                  exportXlsx);
OPSDESK_BENCHMARK(QStringLiteral("export.xlsx_100k_rss_growth"), QStringLiteral("MB"),
                  QStringLiteral("Peak resident memory growth during export.xlsx_100k (the "
                                 "largest of its runs)"),
                  1, exportGrowth);
