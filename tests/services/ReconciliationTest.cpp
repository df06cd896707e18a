// The reconciliation export end to end: the reference server's demo data of
// a fixed June (--demo-now) synced into a finance cache, exported as XLSX and
// read back by a real spreadsheet program (LibreOffice headless, every sheet
// to CSV), as a CSV folder, cancelled and refused.
#include "services/finance/Reconciliation.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "services/cache/CacheDatabase.h"
#include "services/orders/OrderCommands.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <cmath>
#include <unistd.h>

using namespace OpsDesk;
using Finance::ReconciliationPeriod;
using Finance::ReconciliationTotals;

namespace {

const QString kFormulaNote = QStringLiteral("=1+1");

ReconciliationPeriod june()
{
    return ReconciliationPeriod::month(2026, 6);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// One sheet read back: its header and rows, cells by column title.
struct Sheet
{
    QStringList header;
    QList<QStringList> rows;

    int column(const QString &title) const
    {
        const int c = static_cast<int>(header.indexOf(title));
        EXPECT_GE(c, 0) << title.toStdString();
        return c;
    }
    QString cell(int row, const QString &title) const { return rows.at(row).value(column(title)); }
    // Σ of a money column in cents (the cells are plain numbers in yuan).
    qint64 sumCents(const QString &title, const std::function<bool(int)> &where = {}) const
    {
        const int c = column(title);
        qint64 sum = 0;
        for (int r = 0; r < rows.size(); ++r)
            if (!where || where(r))
                sum += std::llround(rows.at(r).value(c).toDouble() * 100.0);
        return sum;
    }
    // The Summary's amount (cents) of the row named `item`.
    qint64 amount(const QString &item) const
    {
        for (const QStringList &row : rows)
            if (row.value(0) == item)
                return std::llround(row.value(1).toDouble() * 100.0);
        ADD_FAILURE() << "no summary row " << item.toStdString();
        return 0;
    }
};

Sheet readCsv(const QString &path, bool withBom)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QByteArray bytes = file.readAll();
    if (withBom) {
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
        bytes = bytes.mid(3);
    }
    Sheet sheet;
    const QList<TestSupport::CsvRecord> records = TestSupport::parseCsv(QString::fromUtf8(bytes));
    for (int i = 0; i < records.size(); ++i) {
        QStringList fields;
        for (const TestSupport::CsvField &field : records.at(i))
            fields.append(field.text);
        if (i == 0)
            sheet.header = fields;
        else
            sheet.rows.append(fields);
    }
    return sheet;
}

class ReconciliationTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        if (!startSuite(QStringLiteral("finance"),
                        {QStringLiteral("--orders"), QStringLiteral("3000"),
                         QStringLiteral("--demo-now"), QStringLiteral("2026-07-14T02:30:00Z")}))
            return;
        // A note that a spreadsheet would run as a formula, on the first
        // order of June, through the console's own command.
        CacheDatabase cache;
        ASSERT_TRUE(cache.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral("SELECT r.doc FROM orders o JOIN records r ON r.collection ="
                                 " 'orders' AND r.id = o.id WHERE o.created_at >= ? AND"
                                 " o.created_at < ? ORDER BY o.created_at LIMIT 1"));
        q.addBindValue(june().startUtc());
        q.addBindValue(june().endUtc());
        ASSERT_TRUE(q.exec() && q.next());
        const QJsonObject order = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        noted = new QString(order.value(QStringLiteral("id")).toString());
        q.finish();
        cache.close();
        QString error;
        TestSupport::submitAndWait(*env->sync,
                                   OrderCommands::addNote(env->staff, order, kFormulaNote), &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        ASSERT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
    }
    static void TearDownTestSuite()
    {
        delete noted;
        noted = nullptr;
        SyncedDemoSuite::TearDownTestSuite();
    }
    void SetUp() override { ASSERT_TRUE(env && env->sync && noted) << "the demo did not start"; }

    static ReconciliationRequest request(const QString &target, ExportFormat format)
    {
        ReconciliationRequest r;
        r.cachePath = env->cachePath;
        r.period = june();
        r.targetPath = target;
        r.format = format;
        return r;
    }

    // GET /api/v1/stats/reconciliation as the signed-in finance user.
    static QJsonObject serverTotals(const QString &query)
    {
        QUrl url = env->server.baseUrl();
        url.setPath(QStringLiteral("/api/v1/stats/reconciliation"));
        url.setQuery(query);
        const TestSupport::HttpResult result = TestSupport::httpRequest(
            "GET", url, {}, {{"Authorization", "Bearer " + env->api->accessToken().toUtf8()}});
        EXPECT_EQ(result.status, 200) << result.body.constData();
        return result.json().object();
    }

    // The cache's order numbers and phone tails of June, in creation order.
    static QList<QPair<QString, QString>> cachedOrders()
    {
        CacheDatabase cache;
        EXPECT_TRUE(cache.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral("SELECT id, phone_tail FROM orders WHERE created_at >= ? AND"
                                 " created_at < ? ORDER BY created_at, id"));
        q.addBindValue(june().startUtc());
        q.addBindValue(june().endUtc());
        EXPECT_TRUE(q.exec());
        QList<QPair<QString, QString>> out;
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
        return out;
    }

    static inline QString *noted = nullptr;
};

void expectEqualsServer(const ReconciliationTotals &t, const QJsonObject &server)
{
    const auto field = [&server](const char *name) {
        return server.value(QLatin1String(name)).toInteger(-999999999);
    };
    EXPECT_EQ(t.orders, field("orders"));
    EXPECT_EQ(t.paidOrders, field("paid_orders"));
    EXPECT_EQ(t.settledOrders, field("settled_orders"));
    EXPECT_EQ(t.refunds, field("refunds"));
    EXPECT_EQ(t.paidCents, field("paid_cents"));
    EXPECT_EQ(t.refundedCents, field("refunded_cents"));
    EXPECT_EQ(t.commissionCents, field("commission_cents"));
    EXPECT_EQ(t.couponCostPlatformCents, field("coupon_cost_platform_cents"));
    EXPECT_EQ(t.refundsTechnicianCents, field("refunds_technician_cents"));
    EXPECT_EQ(t.platformRevenueCents(), field("platform_revenue_cents"));
    EXPECT_EQ(t.technicianEarningsCents(), field("technician_earnings_cents"));
    EXPECT_EQ(t.couponCostTechniciansCents(), field("coupon_cost_technicians_cents"));
    EXPECT_EQ(t.technicianPayableCents(), field("technician_payable_cents"));
    EXPECT_EQ(t.differenceCents(), field("difference_cents"));
}

} // namespace

TEST_F(ReconciliationTest, MonthToXlsxReadBackByLibreOffice)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (libreoffice-calc-nogui) is not installed";

    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("OPSDESK_KEEP_RECONCILIATION"));
    const QString path = dir.filePath(QStringLiteral("reconciliation-2026-06.xlsx"));
    std::atomic_bool cancel{false};
    ReconciliationTotals written;
    const ExportResult result =
        Reconciliation::run(request(path, ExportFormat::Xlsx), {}, cancel, &written);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("reconciliation-2026-06.xlsx")});
    ASSERT_GT(written.orders, 50);
    ASSERT_GT(written.settledOrders, 10);
    ASSERT_GT(written.refunds, 0);

    // Every sheet to CSV (token 12 = -1: all sheets, one file each), values
    // as stored (not as shown), UTF-8.
    const QString outDir = dir.filePath(QStringLiteral("csv"));
    QDir().mkpath(outDir);
    const auto run = TestSupport::runProgram(
        soffice,
        {QStringLiteral("--headless"), QStringLiteral("--norestore"),
         QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,"
                        "false,-1"),
         QStringLiteral("--outdir"), outDir, path},
        120000, {QStringLiteral("HOME=") + dir.filePath(QStringLiteral("office-home"))});
    ASSERT_TRUE(run.finished) << run.err.toStdString();
    const auto sheet = [&outDir](const char *name) {
        return readCsv(outDir + QStringLiteral("/reconciliation-2026-06-") +
                           QString::fromUtf8(name) + QStringLiteral(".csv"),
                       false);
    };
    const Sheet summary = sheet("Summary");
    const Sheet orders = sheet("Orders");
    const Sheet payments = sheet("Payments");
    const Sheet refunds = sheet("Refunds");
    const Sheet coupons = sheet("Coupon cost");
    const Sheet commissions = sheet("Commissions");
    const Sheet payouts = sheet("Technician payouts");
    ASSERT_EQ(orders.rows.size(), written.orders) << entries(outDir).join(u' ').toStdString();

    // The summary is the sum of the detail sheets…
    EXPECT_EQ(summary.amount(QStringLiteral("Paid")), payments.sumCents(QStringLiteral("Amount")));
    EXPECT_EQ(summary.amount(QStringLiteral("Paid")), orders.sumCents(QStringLiteral("Paid")));
    EXPECT_EQ(summary.amount(QStringLiteral("Refunded")),
              refunds.sumCents(QStringLiteral("Amount")));
    EXPECT_EQ(summary.amount(QStringLiteral("Refunded")),
              orders.sumCents(QStringLiteral("Refunded")));
    EXPECT_EQ(summary.amount(QStringLiteral("Commission")),
              commissions.sumCents(QStringLiteral("Commission")));
    EXPECT_EQ(summary.amount(QStringLiteral("Coupon cost borne by the platform")),
              coupons.sumCents(QStringLiteral("Borne by platform")));
    EXPECT_EQ(summary.amount(QStringLiteral("Paid for orders not settled")),
              payments.sumCents(QStringLiteral("Of which orders not settled")));
    const int settled = orders.column(QStringLiteral("Settled"));
    EXPECT_EQ(summary.amount(QStringLiteral("Paid for orders not settled")),
              orders.sumCents(QStringLiteral("Paid"), [&](int r) {
                  return orders.rows.at(r).value(settled) == QLatin1String("FALSE");
              }));
    EXPECT_EQ(summary.amount(QStringLiteral("Commission")),
              orders.sumCents(QStringLiteral("Commission")));
    EXPECT_EQ(summary.amount(QStringLiteral("Refunds borne by the platform")),
              refunds.sumCents(QStringLiteral("Platform share")));
    EXPECT_EQ(summary.amount(QStringLiteral("Technician earnings")),
              payouts.sumCents(QStringLiteral("Earnings before coupon cost")) -
                  payouts.sumCents(QStringLiteral("Refunds charged")));
    EXPECT_EQ(summary.amount(QStringLiteral("Coupon cost borne by technicians")),
              -coupons.sumCents(QStringLiteral("Borne by technicians")));
    EXPECT_EQ(summary.amount(QStringLiteral("Coupon cost borne by technicians")),
              -orders.sumCents(QStringLiteral("Coupon cost borne by technician")));
    EXPECT_EQ(summary.amount(QStringLiteral("Technician payable")),
              payouts.sumCents(QStringLiteral("Net payable")));
    EXPECT_EQ(summary.amount(QStringLiteral("Platform revenue")),
              orders.sumCents(QStringLiteral("Platform revenue")));
    EXPECT_EQ(summary.amount(QStringLiteral("Technician earnings")),
              orders.sumCents(QStringLiteral("Technician earnings")));
    EXPECT_GT(coupons.rows.size(), 0);

    // …every order reconciles on its own…
    for (int r = 0; r < orders.rows.size(); ++r) {
        const auto one = [&](const char *title) {
            return std::llround(orders.cell(r, QString::fromUtf8(title)).toDouble() * 100.0);
        };
        EXPECT_EQ(one("Paid") - one("Refunded"), one("Platform revenue") +
                                                     one("Technician earnings") -
                                                     one("Coupon cost borne by technician"))
            << orders.cell(r, QStringLiteral("Order No.")).toStdString();
    }

    // …the identity holds to the cent…
    const qint64 net = summary.amount(QStringLiteral("Net received"));
    EXPECT_EQ(net,
              summary.amount(QStringLiteral("Paid")) - summary.amount(QStringLiteral("Refunded")));
    EXPECT_EQ(net, summary.amount(QStringLiteral("Platform revenue")) +
                       summary.amount(QStringLiteral("Technician earnings")) +
                       summary.amount(QStringLiteral("Coupon cost borne by technicians")));
    EXPECT_EQ(summary.amount(QStringLiteral("Difference")), 0);
    EXPECT_EQ(summary.amount(QStringLiteral("Paid")), written.paidCents);

    // …and equals the server's own totals.
    expectEqualsServer(written, serverTotals(QStringLiteral("from=2026-06-01&to=2026-06-30")));

    // Identifiers stay text: order numbers and phone tails exactly as cached
    // (a phone tail with a leading zero keeps it).
    const QList<QPair<QString, QString>> cached = cachedOrders();
    ASSERT_EQ(cached.size(), orders.rows.size());
    bool leadingZero = false;
    for (int r = 0; r < orders.rows.size(); ++r) {
        EXPECT_EQ(orders.cell(r, QStringLiteral("Order No.")), cached.at(r).first) << r;
        EXPECT_EQ(orders.cell(r, QStringLiteral("Phone tail")), cached.at(r).second) << r;
        leadingZero = leadingZero || cached.at(r).second.startsWith(u'0');
    }
    EXPECT_TRUE(leadingZero) << "no phone tail with a leading zero in the data";

    // The formula-looking note is text, not evaluated (it would read "2").
    bool found = false;
    for (int r = 0; r < orders.rows.size(); ++r) {
        if (orders.cell(r, QStringLiteral("Order No.")) == *noted) {
            found = true;
            EXPECT_TRUE(orders.cell(r, QStringLiteral("Notes")).endsWith(kFormulaNote))
                << orders.cell(r, QStringLiteral("Notes")).toStdString();
        }
    }
    EXPECT_TRUE(found);

    // Shown as formatted: money in ¥ with two decimals.
    const QString shownDir = dir.filePath(QStringLiteral("shown"));
    QDir().mkpath(shownDir);
    const auto shown = TestSupport::runProgram(
        soffice,
        {QStringLiteral("--headless"), QStringLiteral("--norestore"),
         QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true"),
         QStringLiteral("--outdir"), shownDir, path},
        120000, {QStringLiteral("HOME=") + dir.filePath(QStringLiteral("office-home"))});
    ASSERT_TRUE(shown.finished);
    const Sheet shownSummary =
        readCsv(shownDir + QStringLiteral("/reconciliation-2026-06.csv"), false);
    bool shownDifference = false;
    for (const QStringList &row : shownSummary.rows) {
        if (row.value(0) == QLatin1String("Difference")) {
            shownDifference = true;
            EXPECT_EQ(row.value(1), QStringLiteral("¥0.00"));
        }
    }
    EXPECT_TRUE(shownDifference);
}

TEST_F(ReconciliationTest, CsvFolderForFinanceSystems)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reconciliation-2026-06"));
    std::atomic_bool cancel{false};
    ReconciliationTotals written;
    const ExportResult result =
        Reconciliation::run(request(folder, ExportFormat::Csv), {}, cancel, &written);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("reconciliation-2026-06")});
    QStringList expected{QStringLiteral("commissions.csv"),
                         QStringLiteral("coupon-cost.csv"),
                         QStringLiteral("orders.csv"),
                         QStringLiteral("payments.csv"),
                         QStringLiteral("refunds.csv"),
                         QStringLiteral("summary.csv"),
                         QStringLiteral("technician-payouts.csv")};
    EXPECT_EQ(entries(folder), expected);

    const Sheet summary = readCsv(folder + QStringLiteral("/summary.csv"), true);
    const Sheet orders = readCsv(folder + QStringLiteral("/orders.csv"), true);
    EXPECT_EQ(summary.amount(QStringLiteral("Paid")), written.paidCents);
    EXPECT_EQ(summary.amount(QStringLiteral("Difference")), 0);
    EXPECT_EQ(orders.sumCents(QStringLiteral("Paid")), written.paidCents);
    EXPECT_EQ(orders.rows.size(), written.orders);
    // In CSV a formula-looking text is guarded with a quote.
    bool found = false;
    for (int r = 0; r < orders.rows.size(); ++r)
        if (orders.cell(r, QStringLiteral("Order No.")) == *noted) {
            found = true;
            EXPECT_TRUE(orders.cell(r, QStringLiteral("Notes")).startsWith(u'\''));
        }
    EXPECT_TRUE(found);

    // The preview computes the same totals without a file.
    QString error;
    const auto preview = Reconciliation::totals(request({}, ExportFormat::Csv), &error);
    ASSERT_TRUE(preview) << error.toStdString();
    EXPECT_EQ(*preview, written);

    // An existing folder with files is never overwritten.
    const ExportResult again = Reconciliation::run(request(folder, ExportFormat::Csv), {}, cancel);
    EXPECT_FALSE(again.ok);
    EXPECT_TRUE(again.error.contains(QStringLiteral("already exists")))
        << again.error.toStdString();
    EXPECT_EQ(entries(folder), expected);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("reconciliation-2026-06")});
}

TEST_F(ReconciliationTest, ScopeMatchesTheServer)
{
    CacheDatabase cache;
    ASSERT_TRUE(cache.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr));
    QSqlQuery q(cache.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT city, service_item_id FROM orders GROUP BY 1, 2"
                                      " ORDER BY COUNT(*) DESC LIMIT 1")) &&
                q.next());
    ReconciliationRequest r = request({}, ExportFormat::Xlsx);
    r.city = q.value(0).toString();
    r.serviceItemId = q.value(1).toString();
    q.finish();
    cache.close();
    QString error;
    const auto totals = Reconciliation::totals(r, &error);
    ASSERT_TRUE(totals) << error.toStdString();
    EXPECT_GT(totals->orders, 0);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QStringLiteral("2026-06-01"));
    query.addQueryItem(QStringLiteral("to"), QStringLiteral("2026-06-30"));
    query.addQueryItem(QStringLiteral("city"), r.city);
    query.addQueryItem(QStringLiteral("service_item_id"), r.serviceItemId);
    expectEqualsServer(*totals, serverTotals(query.toString(QUrl::FullyEncoded)));
    // A single day too.
    r.period = ReconciliationPeriod::day(QDate(2026, 6, 15));
    r.city.clear();
    r.serviceItemId.clear();
    const auto day = Reconciliation::totals(r, &error);
    ASSERT_TRUE(day);
    expectEqualsServer(*day, serverTotals(QStringLiteral("from=2026-06-15&to=2026-06-15")));
}

TEST_F(ReconciliationTest, CancelLeavesNothing)
{
    for (const ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
        QTemporaryDir dir;
        const QString target = dir.filePath(format == ExportFormat::Xlsx ? QStringLiteral("r.xlsx")
                                                                         : QStringLiteral("r"));
        std::atomic_bool cancel{false};
        // Cancelled after the first rows were written.
        const auto progress = [&cancel](qint64, qint64) {
            cancel = true;
        };
        ReconciliationTotals untouched;
        untouched.orders = -1;
        const ExportResult result =
            Reconciliation::run(request(target, format), progress, cancel, &untouched);
        EXPECT_TRUE(result.cancelled);
        EXPECT_FALSE(result.ok);
        EXPECT_TRUE(result.error.isEmpty());
        EXPECT_EQ(untouched.orders, -1);
        EXPECT_TRUE(entries(dir.path()).isEmpty()) << entries(dir.path()).join(u' ').toStdString();
    }
}

TEST_F(ReconciliationTest, UnwritablePlacesAndBadInput)
{
    QTemporaryDir dir;
    std::atomic_bool cancel{false};
    const ExportResult missing = Reconciliation::run(
        request(dir.filePath(QStringLiteral("no/such/folder/r.xlsx")), ExportFormat::Xlsx), {},
        cancel);
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("does not exist")))
        << missing.error.toStdString();

    // A folder without write permission (root may write anywhere: /proc
    // takes no new files, not even from root).
    const bool root = ::geteuid() == 0;
    const QString locked = root ? QStringLiteral("/proc") : dir.filePath(QStringLiteral("locked"));
    if (!root) {
        QDir().mkpath(locked);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    const QStringList before = entries(locked);
    for (const ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
        const ExportResult denied =
            Reconciliation::run(request(locked + QStringLiteral("/r.xlsx"), format), {}, cancel);
        EXPECT_FALSE(denied.ok);
        EXPECT_TRUE(denied.error.contains(QStringLiteral("cannot be created")))
            << denied.error.toStdString();
    }
    if (!root) {
        EXPECT_EQ(entries(locked), before);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QDir().rmdir(locked);
    }

    // A file where the CSV folder should go is refused and kept.
    const QString taken = dir.filePath(QStringLiteral("taken"));
    QFile file(taken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const ExportResult refused = Reconciliation::run(request(taken, ExportFormat::Csv), {}, cancel);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("already exists")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));

    // A period ending before it starts, and a cache that is not there.
    ReconciliationRequest backwards =
        request(dir.filePath(QStringLiteral("b.xlsx")), ExportFormat::Xlsx);
    backwards.period = {QDate(2026, 6, 30), QDate(2026, 6, 1)};
    const ExportResult bad = Reconciliation::run(backwards, {}, cancel);
    EXPECT_FALSE(bad.ok);
    EXPECT_TRUE(bad.error.contains(QStringLiteral("not valid")));
    ReconciliationRequest noCache =
        request(dir.filePath(QStringLiteral("c.xlsx")), ExportFormat::Xlsx);
    noCache.cachePath = dir.filePath(QStringLiteral("missing/cache.sqlite"));
    const ExportResult unreadable = Reconciliation::run(noCache, {}, cancel);
    EXPECT_FALSE(unreadable.ok);
    EXPECT_TRUE(unreadable.error.contains(QStringLiteral("local copy")))
        << unreadable.error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.xlsx"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("c.xlsx"))));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("taken")});
}
