// The dashboards' figures (DashboardQueries): each aggregate on a small
// hand-made cache with known answers, the drill-down filters giving exactly
// the charted counts through OrderCache, and agreement with the reference
// server's /stats/* aggregates on a synced demo.
#include "services/dashboard/DashboardQueries.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/dashboard/DashboardFigures.h"
#include "services/cache/CacheDatabase.h"
#include "services/cache/CacheSchema.h"
#include "services/orders/OrderCache.h"
#include "services/sync/CacheRecords.h"
#include "services/sync/FlatJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::Dashboard;

namespace {

struct OrderSpec
{
    const char *id;
    const char *status;
    const char *city;
    const char *district;
    const char *item;
    const char *customer;
    const char *customerType;
    const char *technician; // "" = none
    const char *created;
    const char *appointmentStart;
    const char *appointmentEnd;
    qint64 paidCents;
    const char *coupon; // "" = none
    qint64 discountCents;
    int rating; // 0 = none
    // status → time, in order
    std::vector<std::pair<const char *, const char *>> history;
};

QJsonObject orderDoc(const OrderSpec &o)
{
    QJsonObject doc{{QStringLiteral("id"), QLatin1String(o.id)},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("status"), QLatin1String(o.status)},
                    {QStringLiteral("city"), QLatin1String(o.city)},
                    {QStringLiteral("district"), QString::fromUtf8(o.district)},
                    {QStringLiteral("service_item_id"), QLatin1String(o.item)},
                    {QStringLiteral("customer_id"), QLatin1String(o.customer)},
                    {QStringLiteral("customer_type"), QLatin1String(o.customerType)},
                    {QStringLiteral("created_at"), QLatin1String(o.created)},
                    {QStringLiteral("appointment_start"), QLatin1String(o.appointmentStart)},
                    {QStringLiteral("appointment_end"), QLatin1String(o.appointmentEnd)},
                    {QStringLiteral("price_cents"), o.paidCents + o.discountCents},
                    {QStringLiteral("paid_cents"), o.paidCents},
                    {QStringLiteral("refunded_cents"), 0},
                    {QStringLiteral("coupon_discount_cents"), o.discountCents},
                    {QStringLiteral("address"), QStringLiteral("测试路1号")},
                    {QStringLiteral("notes"), QJsonArray()}};
    if (*o.technician)
        doc.insert(QStringLiteral("technician_id"), QLatin1String(o.technician));
    if (*o.coupon)
        doc.insert(QStringLiteral("coupon_id"), QLatin1String(o.coupon));
    if (o.rating)
        doc.insert(QStringLiteral("rating"), o.rating);
    QJsonArray entries;
    for (const auto &[status, at] : o.history) {
        entries.append(QJsonObject{{QStringLiteral("status"), QLatin1String(status)},
                                   {QStringLiteral("at"), QLatin1String(at)},
                                   {QStringLiteral("by"), QStringLiteral("system")}});
        if (QLatin1String(status) == QLatin1String("awaiting_dispatch"))
            doc.insert(QStringLiteral("paid_at"), QLatin1String(at));
    }
    doc.insert(QStringLiteral("status_history"), entries);
    return doc;
}

// The fixture: `now` is 2026-06-15 12:00 China time; the period is 1–14 June,
// the previous one 18–31 May.
class DashboardFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        ASSERT_TRUE(cache.open(path, CacheDatabase::Mode::ReadWrite, &error)) << qPrintable(error);
        CacheRecords records(cache.database());
        const auto put = [&](const char *collection, const QJsonObject &doc) {
            const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
            const QByteArray id = doc.value(QStringLiteral("id")).toString().toUtf8();
            const QByteArray city = doc.value(QStringLiteral("city")).toString().toUtf8();
            const FlatJson flat(json);
            records.storeServer(QLatin1String(collection), id, 1, city, json, 1,
                                QLatin1String(collection) == QLatin1String("orders") ? &flat
                                                                                     : nullptr);
        };
        const std::vector<OrderSpec> specs = {
            {"O1",
             "completed",
             "shanghai",
             "浦东新区",
             "S1",
             "C1",
             "consumer",
             "T1",
             "2026-06-01T02:00:00Z",
             "2026-06-02T01:00:00Z",
             "2026-06-02T03:00:00Z",
             9000,
             "K1",
             1000,
             5,
             {{"pending_payment", "2026-06-01T02:00:00Z"},
              {"awaiting_dispatch", "2026-06-01T02:05:00Z"},
              {"assigned", "2026-06-01T03:00:00Z"},
              {"arrived", "2026-06-02T02:00:00Z"},
              {"in_service", "2026-06-02T02:05:00Z"},
              {"completed", "2026-06-02T02:50:00Z"}}},
            // 17:00 UTC is 01:00 the next day in China: 2 June.
            {"O2",
             "in_service",
             "shanghai",
             "闵行区",
             "S2",
             "C2",
             "consumer",
             "T1",
             "2026-06-01T17:00:00Z",
             "2026-06-03T01:00:00Z",
             "2026-06-03T03:00:00Z",
             5000,
             "",
             0,
             0,
             {{"pending_payment", "2026-06-01T17:00:00Z"},
              {"awaiting_dispatch", "2026-06-01T17:10:00Z"},
              {"assigned", "2026-06-02T01:00:00Z"},
              {"arrived", "2026-06-03T01:30:00Z"},
              {"in_service", "2026-06-03T01:40:00Z"}}},
            // The previous period; completed late.
            {"O3",
             "completed",
             "shanghai",
             "闵行区",
             "S1",
             "C2",
             "consumer",
             "T2",
             "2026-05-20T03:00:00Z",
             "2026-05-21T01:00:00Z",
             "2026-05-21T03:00:00Z",
             3000,
             "",
             0,
             2,
             {{"pending_payment", "2026-05-20T03:00:00Z"},
              {"awaiting_dispatch", "2026-05-20T03:01:00Z"},
              {"assigned", "2026-05-20T04:00:00Z"},
              {"arrived", "2026-05-21T04:00:00Z"},
              {"in_service", "2026-05-21T04:10:00Z"},
              {"completed", "2026-05-21T05:00:00Z"}}},
            // Not paid; its appointment is over: overdue.
            {"O4",
             "pending_payment",
             "shanghai",
             "浦东新区",
             "S1",
             "C3",
             "business",
             "",
             "2026-06-10T01:00:00Z",
             "2026-06-12T01:00:00Z",
             "2026-06-12T03:00:00Z",
             0,
             "",
             0,
             0,
             {{"pending_payment", "2026-06-10T01:00:00Z"}}},
            // 23:59:59 China time on 14 June: still in the period.
            {"O5",
             "awaiting_dispatch",
             "shanghai",
             "浦东新区",
             "S1",
             "C1",
             "consumer",
             "",
             "2026-06-14T15:59:59Z",
             "2026-06-20T01:00:00Z",
             "2026-06-20T03:00:00Z",
             4000,
             "",
             0,
             0,
             {{"pending_payment", "2026-06-14T15:59:59Z"},
              {"awaiting_dispatch", "2026-06-14T16:10:00Z"}}},
            // 00:00 on 15 June: today, outside the period.
            {"O6",
             "awaiting_dispatch",
             "shanghai",
             "闵行区",
             "S2",
             "C4",
             "consumer",
             "",
             "2026-06-14T16:00:00Z",
             "2026-06-16T01:00:00Z",
             "2026-06-16T03:00:00Z",
             5000,
             "",
             0,
             0,
             {{"pending_payment", "2026-06-14T16:00:00Z"},
              {"awaiting_dispatch", "2026-06-14T16:05:00Z"}}},
            // Long before: makes C3 a returning customer.
            {"O7",
             "cancelled",
             "shanghai",
             "浦东新区",
             "S2",
             "C3",
             "business",
             "",
             "2026-04-01T01:00:00Z",
             "2026-04-02T01:00:00Z",
             "2026-04-02T03:00:00Z",
             0,
             "",
             0,
             0,
             {{"pending_payment", "2026-04-01T01:00:00Z"}, {"cancelled", "2026-04-01T02:00:00Z"}}},
            {"O8",
             "completed",
             "beijing",
             "朝阳区",
             "S2",
             "C4",
             "consumer",
             "T2",
             "2026-06-05T02:00:00Z",
             "2026-06-06T01:00:00Z",
             "2026-06-06T03:00:00Z",
             7000,
             "K1",
             500,
             4,
             {{"pending_payment", "2026-06-05T02:00:00Z"},
              {"awaiting_dispatch", "2026-06-05T02:01:00Z"},
              {"assigned", "2026-06-05T03:00:00Z"},
              {"arrived", "2026-06-06T01:10:00Z"},
              {"in_service", "2026-06-06T01:15:00Z"},
              {"completed", "2026-06-06T02:00:00Z"}}},
        };
        ASSERT_TRUE(cache.transaction([&] {
            for (const OrderSpec &o : specs)
                put("orders", orderDoc(o));
            const auto record = [&](const char *collection, QJsonObject doc) {
                doc.insert(QStringLiteral("version"), 1);
                put(collection, doc);
            };
            const auto review = [&](const char *id, const char *order, const char *at, int rating) {
                record("reviews", {{QStringLiteral("id"), QLatin1String(id)},
                                   {QStringLiteral("order_id"), QLatin1String(order)},
                                   {QStringLiteral("city"), QStringLiteral("shanghai")},
                                   {QStringLiteral("rating"), rating},
                                   {QStringLiteral("created_at"), QLatin1String(at)}});
            };
            review("RV1", "O1", "2026-06-02T01:00:00Z", 5);
            review("RV2", "O8", "2026-06-06T20:00:00Z", 4); // 7 June in China
            review("RV3", "O3", "2026-05-21T06:00:00Z", 2);
            record("complaints",
                   {{QStringLiteral("id"), QStringLiteral("CM1")},
                    {QStringLiteral("order_id"), QStringLiteral("O3")},
                    {QStringLiteral("city"), QStringLiteral("shanghai")},
                    {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-06-03T02:00:00Z")}});
            record("refunds",
                   {{QStringLiteral("id"), QStringLiteral("R1")},
                    {QStringLiteral("order_id"), QStringLiteral("O3")},
                    {QStringLiteral("city"), QStringLiteral("shanghai")},
                    {QStringLiteral("reason_code"), QStringLiteral("damage")},
                    {QStringLiteral("amount_requested_cents"), 3000},
                    {QStringLiteral("approved_amount_cents"), 1500},
                    {QStringLiteral("status"), QStringLiteral("approved")},
                    {QStringLiteral("decided_at"), QStringLiteral("2026-06-04T01:00:00Z")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-06-03T03:00:00Z")}});
            record("refunds",
                   {{QStringLiteral("id"), QStringLiteral("R2")},
                    {QStringLiteral("order_id"), QStringLiteral("O1")},
                    {QStringLiteral("city"), QStringLiteral("shanghai")},
                    {QStringLiteral("reason_code"), QStringLiteral("poor_quality")},
                    {QStringLiteral("amount_requested_cents"), 9000},
                    {QStringLiteral("status"), QStringLiteral("submitted")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-06-12T03:00:00Z")}});
            const auto redemption = [&](const char *id, const char *coupon, const char *customer,
                                        const char *city, const char *issued) {
                record("redemptions", {{QStringLiteral("id"), QLatin1String(id)},
                                       {QStringLiteral("coupon_id"), QLatin1String(coupon)},
                                       {QStringLiteral("customer_id"), QLatin1String(customer)},
                                       {QStringLiteral("city"), QLatin1String(city)},
                                       {QStringLiteral("issued_at"), QLatin1String(issued)}});
            };
            redemption("RD1", "K1", "C1", "shanghai", "2026-05-30T01:00:00Z");
            redemption("RD2", "K1", "C4", "beijing", "2026-06-04T01:00:00Z");
            redemption("RD3", "K2", "C2", "shanghai", "2026-06-08T01:00:00Z");
            record("coupons", {{QStringLiteral("id"), QStringLiteral("K1")},
                               {QStringLiteral("campaign"), QStringLiteral("夏季空调节")}});
            record("coupons", {{QStringLiteral("id"), QStringLiteral("K2")},
                               {QStringLiteral("campaign"), QStringLiteral("新客专享")}});
            const auto technician = [&](const char *id, const char *name, const char *city,
                                        const char *status) {
                record("technicians", {{QStringLiteral("id"), QLatin1String(id)},
                                       {QStringLiteral("name"), QString::fromUtf8(name)},
                                       {QStringLiteral("city"), QLatin1String(city)},
                                       {QStringLiteral("work_status"), QLatin1String(status)}});
            };
            technician("T1", "张师傅", "shanghai", "online");
            technician("T2", "李师傅", "beijing", "busy");
            technician("T3", "王师傅", "shanghai", "offline");
            records.flushText();
            return true;
        }));
        filter.from = QDate(2026, 6, 1);
        filter.to = QDate(2026, 6, 14);
        filter.bucket = Bucket::Day;
        filter.now = QDateTime::fromString(QStringLiteral("2026-06-15T04:00:00Z"), Qt::ISODate);
        ASSERT_TRUE(queries.open(path, &error)) << qPrintable(error);
        ASSERT_TRUE(orders.open(path, &error)) << qPrintable(error);
    }

    Figures compute(const Filter &f)
    {
        Figures figures;
        EXPECT_TRUE(queries.compute(f, &figures)) << qPrintable(queries.error());
        return figures;
    }

    QTemporaryDir dir;
    QString path;
    CacheDatabase cache;
    DashboardQueries queries;
    OrderCache orders;
    Filter filter;
};

qint64 countOf(const QList<CountRow> &rows, const QString &key)
{
    for (const CountRow &row : rows)
        if (row.key == key)
            return row.count;
    return -1;
}

} // namespace

TEST_F(DashboardFixture, ProjectsTheTimesOfTheStatusHistory)
{
    QSqlQuery query(cache.database());
    EXPECT_EQ(
        OpsDesk::TestSupport::projectedTimes(path, QStringLiteral("O1")),
        (QStringList{QStringLiteral("2026-06-01T02:05:00Z"), QStringLiteral("2026-06-01T03:00:00Z"),
                     QStringLiteral("2026-06-02T02:00:00Z"), QStringLiteral("2026-06-02T02:05:00Z"),
                     QStringLiteral("2026-06-02T02:50:00Z"), QStringLiteral("null"),
                     QStringLiteral("K1"), QStringLiteral("5")}));
    // Reviews, complaints, refunds and redemptions follow their records.
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM record_facts")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 3 + 1 + 2 + 3);
    CacheRecords records(cache.database());
    records.remove(QStringLiteral("reviews"), QStringLiteral("RV3"));
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT count(*) FROM record_facts WHERE collection = 'reviews'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
}

TEST_F(DashboardFixture, TheWritersFiguresEqualWhatTheMigrationComputes)
{
    // A few odd orders besides the fixture's: no district or creation time,
    // completed by status only, arrived after the window, 15:59 and 16:00 UTC.
    CacheRecords records(cache.database());
    const auto put = [&](const QByteArray &json) {
        const FlatJson flat(json);
        const QByteArray id =
            QJsonDocument::fromJson(json)[QLatin1String("id")].toString().toUtf8();
        records.storeServer(QStringLiteral("orders"), id, 1, "wuhan", json, 1, &flat);
    };
    ASSERT_TRUE(cache.transaction([&] {
        put(R"({"id":"X1","status":"completed","city":"wuhan","customer_id":"C9",)"
            R"("created_at":"2026-06-03T15:59:59Z","paid_cents":5000,"refunded_cents":1200})");
        put(R"({"id":"X2","status":"assigned","city":"wuhan","district":"青山区",)"
            R"("customer_id":"C9","technician_id":"T9","created_at":"2026-06-03T16:00:00Z",)"
            R"("appointment_end":"2026-06-04T03:00:00Z","coupon_id":"K9","status_history":[)"
            R"({"status":"assigned","at":"2026-06-03T17:00:00Z"},)"
            R"({"status":"arrived","at":"2026-06-04T03:00:01Z"}]})");
        put(R"({"id":"X3","status":"awaiting_dispatch","paid_at":"2026-06-05T01:00:00Z"})");
        records.flushText();
        return true;
    }));
    const auto figures = [&] {
        QSqlQuery query(cache.database());
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT id, fig_day, fig_cell, fig_customer, fig_technician, fig_coupon, fig_flags, "
            "fig_net FROM orders ORDER BY id")));
        QStringList rows;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row.append(query.value(i).isNull() ? QStringLiteral("null")
                                                   : query.value(i).toString());
            rows.append(row.join(QLatin1Char(' ')));
        }
        return rows;
    };
    const QStringList written = figures();
    ASSERT_GE(written.size(), 8);
    EXPECT_TRUE(
        written.filter(QStringLiteral("X1 "))
            .first()
            .startsWith(QStringLiteral("X1 ") + QString::number(QDate(2026, 6, 3).toJulianDay())));
    EXPECT_TRUE(
        written.filter(QStringLiteral("X2 "))
            .first()
            .startsWith(QStringLiteral("X2 ") + QString::number(QDate(2026, 6, 4).toJulianDay())));
    EXPECT_TRUE(written.filter(QStringLiteral("X1 ")).first().endsWith(QStringLiteral(" 4 3800")));
    EXPECT_TRUE(written.filter(QStringLiteral("X2 ")).first().endsWith(QStringLiteral(" 2 0")));
    // Step 8 computes the same numbers from the columns (an older cache).
    QString update;
    for (const QString &sql : OpsDesk::CacheSchema::migrationSteps().at(7))
        if (sql.startsWith(QStringLiteral("UPDATE orders SET fig_day")))
            update = sql;
    ASSERT_FALSE(update.isEmpty());
    QSqlQuery query(cache.database());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE orders SET fig_day = NULL, fig_cell = NULL, fig_customer = NULL, "
        "fig_technician = NULL, fig_coupon = NULL, fig_flags = NULL, fig_net = NULL")));
    ASSERT_TRUE(query.exec(update)) << qPrintable(query.lastError().text());
    EXPECT_EQ(figures(), written);
}

TEST_F(DashboardFixture, KpiTilesNowAndBefore)
{
    const Figures f = compute(filter);
    const auto kpi = [&f](Kpi k) {
        return f.kpis[size_t(k)];
    };
    EXPECT_EQ(kpi(Kpi::OrdersToday).current, 1);  // O6 at 00:00
    EXPECT_EQ(kpi(Kpi::OrdersToday).previous, 0); // O5 came after 12:00 yesterday
    EXPECT_EQ(kpi(Kpi::RevenueToday).current, 5000);
    EXPECT_EQ(kpi(Kpi::AwaitingDispatch).current, 2);  // O5, O6
    EXPECT_EQ(kpi(Kpi::AwaitingDispatch).previous, 0); // O5 was paid at 00:10 today
    EXPECT_EQ(kpi(Kpi::InService).current, 1);
    EXPECT_EQ(kpi(Kpi::InService).previous, 1);
    EXPECT_EQ(kpi(Kpi::Overdue).current, 2); // O2 in service, O4 not paid
    EXPECT_EQ(kpi(Kpi::Overdue).previous, 2);
    EXPECT_EQ(kpi(Kpi::RefundsPending).current, 1);
    EXPECT_EQ(kpi(Kpi::RefundsPending).previous, 1);
    EXPECT_EQ(kpi(Kpi::OnTimeRate).current, 10000); // O1 and O8 in time
    EXPECT_EQ(kpi(Kpi::OnTimeRate).previous, 0);    // O3 late
    EXPECT_EQ(kpi(Kpi::TechniciansActive).current, 0);
    EXPECT_EQ(f.techniciansOnline, 2);
}

TEST_F(DashboardFixture, VolumeFunnelServicesAndDistricts)
{
    const Figures f = compute(filter);
    ASSERT_EQ(f.volume.size(), 14);
    EXPECT_EQ(f.volume[0], 1);  // O1
    EXPECT_EQ(f.volume[1], 1);  // O2 (1 June in UTC, 2 June in China)
    EXPECT_EQ(f.volume[4], 1);  // O8
    EXPECT_EQ(f.volume[9], 1);  // O4
    EXPECT_EQ(f.volume[13], 1); // O5
    ASSERT_EQ(f.previousVolume.size(), 14);
    EXPECT_EQ(f.previousVolume[2], 1); // O3 on 20 May
    EXPECT_EQ(f.created, 5);
    EXPECT_EQ(f.paid, 4);
    EXPECT_EQ(f.dispatched, 3);
    EXPECT_EQ(f.completed, 2);
    EXPECT_EQ(countOf(f.byService, QStringLiteral("S1")), 3);
    EXPECT_EQ(countOf(f.byService, QStringLiteral("S2")), 2);
    EXPECT_EQ(f.byService.first().key, QStringLiteral("S1"));
    EXPECT_EQ(countOf(f.byDistrict, QStringLiteral("shanghai/浦东新区")), 3);
    EXPECT_EQ(countOf(f.byDistrict, QStringLiteral("beijing/朝阳区")), 1);

    // Weeks (Monday first) and a city.
    Filter weeks = filter;
    weeks.bucket = Bucket::Week;
    weeks.city = QStringLiteral("shanghai");
    const Figures w = compute(weeks);
    ASSERT_EQ(w.buckets.size(), 2); // 1–7 June, 8–14 June
    EXPECT_EQ(w.buckets.first(), QDate(2026, 6, 1));
    EXPECT_EQ(w.volume[0], 2);
    EXPECT_EQ(w.volume[1], 2);
    EXPECT_EQ(w.created, 4);
}

TEST_F(DashboardFixture, CustomersQualityRefundsCouponsAndLeaderboard)
{
    const Figures f = compute(filter);
    EXPECT_EQ(f.newCustomers, 2);       // C1, C4 (O6 is after O8)
    EXPECT_EQ(f.ordersByNew, 3);        // O1, O5, O8
    EXPECT_EQ(f.returningCustomers, 2); // C2 (O3 in May), C3 (O7 in April)
    EXPECT_EQ(f.ordersByReturning, 2);

    ASSERT_EQ(f.quality.size(), 14);
    EXPECT_EQ(f.quality[1].praises, 1); // RV1
    EXPECT_EQ(f.quality[2].complaints, 1);
    EXPECT_EQ(f.quality[6].praises, 1); // RV2 at 04:00 on 7 June, China time
    EXPECT_DOUBLE_EQ(f.quality[6].averageRating(), 4.0);
    EXPECT_EQ(f.previousQuality[3].reviews, 1);
    EXPECT_DOUBLE_EQ(f.previousQuality[3].averageRating(), 2.0);

    ASSERT_EQ(f.refunds.size(), 2);
    for (const RefundReason &r : f.refunds) {
        EXPECT_EQ(r.count, 1);
        if (r.reason == QLatin1String("damage")) {
            EXPECT_EQ(r.requestedCents, 3000);
            EXPECT_EQ(r.approvedCents, 1500);
        } else {
            EXPECT_EQ(r.reason, QStringLiteral("poor_quality"));
            EXPECT_EQ(r.approvedCents, 0);
        }
    }

    ASSERT_EQ(f.coupons.size(), 2);
    const CouponRow &k1 = f.coupons[0];
    EXPECT_EQ(k1.couponId, QStringLiteral("K1"));
    EXPECT_EQ(k1.campaign, QStringLiteral("夏季空调节"));
    EXPECT_EQ(k1.issued, 1); // RD2; RD1 was before the period
    EXPECT_EQ(k1.orders, 2);
    EXPECT_EQ(k1.redeemed, 2);
    EXPECT_EQ(k1.discountCents, 1500);
    EXPECT_EQ(k1.revenueCents, 16000);
    EXPECT_EQ(f.coupons[1].couponId, QStringLiteral("K2"));
    EXPECT_EQ(f.coupons[1].issued, 1);
    EXPECT_EQ(f.coupons[1].orders, 0);

    ASSERT_EQ(f.leaderboard.size(), 2);
    EXPECT_EQ(f.leaderboard[0].name, QStringLiteral("张师傅")); // rated 5
    EXPECT_EQ(f.leaderboard[0].completed, 1);
    EXPECT_DOUBLE_EQ(f.leaderboard[0].onTimeRate(), 1.0);
    EXPECT_EQ(f.leaderboard[1].technicianId, QStringLiteral("T2"));

    // The customer-type filter on coupons issued: only the customers' type.
    Filter business = filter;
    business.customerType = QStringLiteral("business");
    EXPECT_EQ(compute(business).created, 1); // O4
}

TEST_F(DashboardFixture, DrillDownsListExactlyTheChartedOrders)
{
    for (const Filter &f : {filter, [this] {
                                Filter shanghai = filter;
                                shanghai.city = QStringLiteral("shanghai");
                                shanghai.bucket = Bucket::Week;
                                return shanghai;
                            }()}) {
        const Figures figures = compute(f);
        EXPECT_EQ(orders.count(ordersOf(f)), figures.created);
        for (int i = 0; i < figures.volume.size(); ++i)
            EXPECT_EQ(orders.count(ordersInBucket(f, i)), figures.volume[i]) << "bucket " << i;
        for (int i = 0; i < figures.previousVolume.size(); ++i)
            EXPECT_EQ(orders.count(ordersInPreviousBucket(f, i)), figures.previousVolume[i]);
        for (const CountRow &row : figures.byService)
            EXPECT_EQ(orders.count(ordersOfService(f, row.key)), row.count);
        for (const CountRow &row : figures.byDistrict)
            EXPECT_EQ(orders.count(ordersOfDistrict(f, row.key)), row.count);
        EXPECT_EQ(orders.count(ordersAtStage(f, OrderFilter::Stage::Paid)), figures.paid);
        EXPECT_EQ(orders.count(ordersAtStage(f, OrderFilter::Stage::Dispatched)),
                  figures.dispatched);
        EXPECT_EQ(orders.count(ordersAtStage(f, OrderFilter::Stage::Completed)), figures.completed);
        EXPECT_EQ(orders.count(ordersOfCustomers(f, OrderFilter::CustomerHistory::New)),
                  figures.ordersByNew);
        EXPECT_EQ(orders.count(ordersOfCustomers(f, OrderFilter::CustomerHistory::Returning)),
                  figures.ordersByReturning);
        for (int i = 0; i < figures.quality.size(); ++i) {
            EXPECT_EQ(orders.count(ordersWithComplaints(f, i)), figures.quality[i].complaints);
            EXPECT_EQ(orders.count(ordersWithPraise(f, i)), figures.quality[i].praises);
        }
        for (const RefundReason &r : figures.refunds)
            EXPECT_EQ(orders.count(ordersWithRefundReason(f, r.reason)), r.count);
        for (const CouponRow &c : figures.coupons)
            EXPECT_EQ(orders.count(ordersWithCoupon(f, c.couponId)), c.orders);
        for (const TechnicianRow &t : figures.leaderboard)
            EXPECT_EQ(orders.count(ordersCompletedBy(f, t.technicianId)), t.completed);
        for (const Kpi kpi : {Kpi::OrdersToday, Kpi::AwaitingDispatch, Kpi::InService, Kpi::Overdue,
                              Kpi::RefundsPending}) {
            if (kpi == Kpi::Overdue)
                continue; // OrderCache takes the real clock for "overdue"
            const auto drill = ordersOfKpi(f, kpi);
            ASSERT_TRUE(drill.has_value());
            EXPECT_EQ(orders.count(*drill), figures.kpis[size_t(kpi)].current) << int(kpi);
        }
    }
}

TEST(DashboardQueries, AnEmptyOrMissingCacheIsAClearError)
{
    QTemporaryDir dir;
    DashboardQueries queries;
    QString error;
    EXPECT_FALSE(queries.open(dir.filePath(QStringLiteral("missing/cache.sqlite")), &error));
    EXPECT_FALSE(error.isEmpty());
    Figures figures;
    Filter filter;
    filter.from = filter.to = QDate(2026, 6, 1);
    EXPECT_FALSE(queries.compute(filter, &figures));
    EXPECT_FALSE(queries.error().isEmpty());
}

// --- Against the reference server ------------------------------------------

namespace {

class DashboardsOnServer : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite() { startSuite(QStringLiteral("admin")); }

    static QJsonObject stats(const char *name, const Filter &f)
    {
        QUrl url = env->server.baseUrl();
        url.setPath(QStringLiteral("/api/v1/stats/") + QLatin1String(name));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("from"), f.from.toString(Qt::ISODate));
        q.addQueryItem(QStringLiteral("to"), f.to.toString(Qt::ISODate));
        if (!f.city.isEmpty())
            q.addQueryItem(QStringLiteral("city"), f.city);
        if (!f.district.isEmpty())
            q.addQueryItem(QStringLiteral("district"), f.district);
        if (!f.serviceItemId.isEmpty())
            q.addQueryItem(QStringLiteral("service_item_id"), f.serviceItemId);
        if (!f.customerType.isEmpty())
            q.addQueryItem(QStringLiteral("customer_type"), f.customerType);
        url.setQuery(q);
        const auto result = TestSupport::httpRequest(
            "GET", url, {}, {{"Authorization", "Bearer " + env->api->accessToken().toUtf8()}});
        EXPECT_EQ(result.status, 200) << result.body.constData();
        return result.json().object();
    }
};

} // namespace

TEST_F(DashboardsOnServer, EveryAggregateAgreesWithTheServer)
{
    DashboardQueries queries;
    QString error;
    ASSERT_TRUE(queries.open(env->cachePath, &error)) << qPrintable(error);
    const QDate today = businessDay(QDateTime::currentDateTimeUtc());
    Filter all;
    all.from = today.addDays(-60);
    all.to = today;
    all.bucket = Bucket::Day;
    Filter narrow = all;
    narrow.city = QStringLiteral("shanghai");
    narrow.customerType = QStringLiteral("consumer");
    Filter item = all;
    item.serviceItemId = QStringLiteral("S0001");
    for (Filter f : {all, narrow, item}) {
        f.now = QDateTime::currentDateTimeUtc();
        Figures figures;
        ASSERT_TRUE(queries.compute(f, &figures)) << qPrintable(queries.error());
        SCOPED_TRACE(qPrintable(f.city + QLatin1Char(' ') + f.customerType + QLatin1Char(' ') +
                                f.serviceItemId));
        ASSERT_GT(figures.created, 0);

        // orders-daily: the volume per day, and today's orders and revenue.
        QHash<QString, qint64> perDay, revenue;
        for (const QJsonValue &row : stats("orders-daily", f)[QStringLiteral("rows")].toArray()) {
            const QString day = row[QStringLiteral("date")].toString();
            perDay[day] += row[QStringLiteral("count")].toInteger();
            revenue[day] += row[QStringLiteral("revenue_cents")].toInteger();
        }
        for (int i = 0; i < figures.buckets.size(); ++i)
            EXPECT_EQ(figures.volume[i], perDay.value(figures.buckets[i].toString(Qt::ISODate)))
                << qPrintable(figures.buckets[i].toString(Qt::ISODate));
        const QString todayText = today.toString(Qt::ISODate);
        EXPECT_EQ(figures.kpis[size_t(Kpi::OrdersToday)].current, perDay.value(todayText));
        EXPECT_EQ(figures.kpis[size_t(Kpi::RevenueToday)].current, revenue.value(todayText));

        Filter todayOnly = f;
        todayOnly.from = todayOnly.to = today;
        const QJsonArray active =
            stats("technicians-active", todayOnly)[QStringLiteral("rows")].toArray();
        ASSERT_EQ(active.size(), 1);
        EXPECT_EQ(figures.kpis[size_t(Kpi::TechniciansActive)].current,
                  active[0][QStringLiteral("count")].toInteger());

        const QJsonObject funnel = stats("funnel", f);
        EXPECT_EQ(figures.created, funnel[QStringLiteral("created")].toInteger());
        EXPECT_EQ(figures.paid, funnel[QStringLiteral("paid")].toInteger());
        EXPECT_EQ(figures.dispatched, funnel[QStringLiteral("dispatched")].toInteger());
        EXPECT_EQ(figures.completed, funnel[QStringLiteral("completed")].toInteger());

        const QJsonObject customers = stats("orders-per-customer", f);
        EXPECT_EQ(figures.newCustomers, customers[QStringLiteral("new_customers")].toInteger());
        EXPECT_EQ(figures.returningCustomers,
                  customers[QStringLiteral("returning_customers")].toInteger());
        EXPECT_EQ(figures.ordersByNew, customers[QStringLiteral("orders_by_new")].toInteger());
        EXPECT_EQ(figures.ordersByReturning,
                  customers[QStringLiteral("orders_by_returning")].toInteger());

        const QJsonArray quality = stats("complaint-praise", f)[QStringLiteral("rows")].toArray();
        ASSERT_EQ(quality.size(), figures.quality.size());
        for (int i = 0; i < quality.size(); ++i) {
            const QualityBucket &q = figures.quality[i];
            EXPECT_EQ(q.complaints, quality[i][QStringLiteral("complaints")].toInteger()) << i;
            EXPECT_EQ(q.praises, quality[i][QStringLiteral("praises")].toInteger()) << i;
            EXPECT_NEAR(q.averageRating(), quality[i][QStringLiteral("avg_rating")].toDouble(),
                        0.005)
                << i;
        }

        QHash<QString, QJsonObject> coupons;
        for (const QJsonValue &row : stats("coupons", f)[QStringLiteral("rows")].toArray())
            coupons.insert(row[QStringLiteral("coupon_id")].toString(), row.toObject());
        EXPECT_EQ(figures.coupons.size(), coupons.size());
        for (const CouponRow &c : figures.coupons) {
            const QJsonObject s = coupons.value(c.couponId);
            EXPECT_EQ(c.issued, s[QStringLiteral("issued")].toInteger()) << qPrintable(c.couponId);
            EXPECT_EQ(c.redeemed, s[QStringLiteral("redeemed")].toInteger());
            EXPECT_EQ(c.discountCents, s[QStringLiteral("discount_cents")].toInteger());
            EXPECT_EQ(c.orders, s[QStringLiteral("orders")].toInteger());
            EXPECT_EQ(c.revenueCents, s[QStringLiteral("revenue_cents")].toInteger());
            EXPECT_EQ(c.campaign, s[QStringLiteral("campaign")].toString());
        }

        // And the drill-downs reproduce the demo's charted counts.
        OrderCache orders;
        ASSERT_TRUE(orders.open(env->cachePath, &error));
        EXPECT_EQ(orders.count(ordersOf(f)), figures.created);
        EXPECT_EQ(orders.count(ordersOfCustomers(f, OrderFilter::CustomerHistory::New)),
                  figures.ordersByNew);
        EXPECT_EQ(orders.count(ordersAtStage(f, OrderFilter::Stage::Dispatched)),
                  figures.dispatched);
        for (int i = 0; i < figures.quality.size(); ++i) {
            EXPECT_EQ(orders.count(ordersWithComplaints(f, i)), figures.quality[i].complaints);
            EXPECT_EQ(orders.count(ordersWithPraise(f, i)), figures.quality[i].praises);
        }
        for (const RefundReason &r : figures.refunds)
            EXPECT_EQ(orders.count(ordersWithRefundReason(f, r.reason)), r.count);
        EXPECT_EQ(orders.count(*ordersOfKpi(f, Kpi::RefundsPending)),
                  figures.kpis[size_t(Kpi::RefundsPending)].current);
    }
}

TEST(DashboardDrillDown, CriteriaSurviveASavedView)
{
    Filter f;
    f.city = QStringLiteral("shanghai");
    f.from = QDate(2026, 6, 1);
    f.to = QDate(2026, 6, 14);
    for (const OrderFilter &drill :
         {ordersOfCustomers(f, OrderFilter::CustomerHistory::Returning),
          ordersAtStage(f, OrderFilter::Stage::Dispatched), ordersWithPraise(f, 0),
          ordersWithRefundReason(f, QStringLiteral("damage")),
          ordersWithCoupon(f, QStringLiteral("K1")), ordersWithComplaints(f, 0),
          *ordersOfKpi(f, Kpi::RefundsPending)}) {
        EXPECT_EQ(OrderFilter::fromJson(drill.toJson()), drill);
        EXPECT_EQ(drill.withoutExtras().extras(), OrderFilter{});
        EXPECT_FALSE(drill.extras() == OrderFilter{});
    }
    // A saved view from before keeps meaning what it meant.
    const OrderFilter old = OrderFilter::fromJson(
        QJsonObject{{QStringLiteral("date_field"), QStringLiteral("appointment")},
                    {QStringLiteral("stage"), QStringLiteral("nonsense")},
                    {QStringLiteral("min_rating"), 9}});
    EXPECT_EQ(old.dateField, OrderFilter::DateField::Appointment);
    EXPECT_EQ(old.stage, OrderFilter::Stage::Any);
    EXPECT_EQ(old.minRating, 5);
    EXPECT_FALSE(old.businessDays);
}
