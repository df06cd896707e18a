// GET /api/v1/stats/* against a small hand-made fixture: every figure below
// was computed by hand from the records in SetUp.
#include "server/ApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "common/InProcessServer.h"

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

namespace {

struct OrderSpec
{
    const char *id;
    const char *createdAt; // UTC
    const char *city;
    const char *district;
    const char *item;
    const char *customer;
    const char *customerType;
    const char *status;
    const char *technician; // "" = none
    qint64 price;
    qint64 discount;
    qint64 refunded;
    const char *coupon; // "" = none
    double lat, lng;
};

// The statuses an order went through to reach `status`.
QJsonArray historyTo(const QString &status, const QString &at)
{
    static const QStringList path{
        QStringLiteral("pending_payment"), QStringLiteral("awaiting_dispatch"),
        QStringLiteral("assigned"),        QStringLiteral("accepted"),
        QStringLiteral("en_route"),        QStringLiteral("arrived"),
        QStringLiteral("in_service"),      QStringLiteral("completed")};
    QJsonArray history;
    const auto entry = [&at](const QString &s) {
        return QJsonObject{{QStringLiteral("status"), s},
                           {QStringLiteral("at"), at},
                           {QStringLiteral("by"), QStringLiteral("system")}};
    };
    if (status == QLatin1String("cancelled")) {
        history.append(entry(path.first()));
        history.append(entry(status));
        return history;
    }
    for (const QString &s : path) {
        history.append(entry(s));
        if (s == status)
            break;
    }
    return history;
}

class Stats : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server = OpsDesk::TestSupport::startInProcessServer(m_dir.path());
        ASSERT_TRUE(m_server);

        const OrderSpec orders[] = {
            {"O0", "2026-10-20T01:00:00Z", "shanghai", "浦东新区", "S0001", "C1", "consumer",
             "completed", "T1", 12000, 0, 0, "", 31.2, 121.5},
            {"O1", "2026-11-01T02:00:00Z", "shanghai", "浦东新区", "S0001", "C1", "consumer",
             "completed", "T1", 12000, 2000, 3000, "CP1", 31.2, 121.5},
            {"O2", "2026-11-01T17:30:00Z", "shanghai", "黄浦区", "S0002", "C2", "business",
             "cancelled", "", 8900, 0, 0, "", 31.23, 121.47},
            {"O3", "2026-11-02T03:00:00Z", "shanghai", "浦东新区", "S0001", "C1", "consumer",
             "in_service", "T3", 12000, 1000, 0, "CP2", 31.2001, 121.5001},
            {"O4", "2026-11-03T05:00:00Z", "beijing", "朝阳区", "S0002", "C3", "consumer",
             "assigned", "T2", 8900, 0, 0, "", 39.92, 116.45},
            {"O5", "2026-10-31T16:10:00Z", "shanghai", "浦东新区", "S0002", "C4", "consumer",
             "awaiting_dispatch", "", 8900, 0, 0, "", 31.2, 121.5},
            {"O6", "2026-11-01T08:00:00Z", "shanghai", "徐汇区", "S0003", "C5", "consumer",
             "completed", "T2", 20000, 0, 0, "", 31.19, 121.43},
        };
        Store &store = m_server->store();
        const QString now = QStringLiteral("2026-11-05T00:00:00Z");
        store.beginTransaction();
        for (const OrderSpec &o : orders) {
            const QString status = QString::fromUtf8(o.status);
            const bool paid = status != QLatin1String("cancelled");
            QJsonObject doc{{QStringLiteral("id"), QString::fromUtf8(o.id)},
                            {QStringLiteral("city"), QString::fromUtf8(o.city)},
                            {QStringLiteral("district"), QString::fromUtf8(o.district)},
                            {QStringLiteral("service_item_id"), QString::fromUtf8(o.item)},
                            {QStringLiteral("customer_id"), QString::fromUtf8(o.customer)},
                            {QStringLiteral("customer_type"), QString::fromUtf8(o.customerType)},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("created_at"), QString::fromUtf8(o.createdAt)},
                            {QStringLiteral("price_cents"), o.price},
                            {QStringLiteral("coupon_discount_cents"), o.discount},
                            {QStringLiteral("paid_cents"), paid ? o.price - o.discount : 0},
                            {QStringLiteral("refunded_cents"), o.refunded},
                            {QStringLiteral("lat"), o.lat},
                            {QStringLiteral("lng"), o.lng},
                            {QStringLiteral("status_history"),
                             historyTo(status, QString::fromUtf8(o.createdAt))},
                            {QStringLiteral("has_complaint"), false},
                            {QStringLiteral("has_refund"), o.refunded > 0}};
            if (paid)
                doc.insert(QStringLiteral("paid_at"), QString::fromUtf8(o.createdAt));
            if (*o.technician)
                doc.insert(QStringLiteral("technician_id"), QString::fromUtf8(o.technician));
            if (*o.coupon)
                doc.insert(QStringLiteral("coupon_id"), QString::fromUtf8(o.coupon));
            store.put(QStringLiteral("orders"), doc, now);
        }
        const auto put = [&](const char *collection, QJsonObject doc) {
            store.put(QString::fromLatin1(collection), doc, now);
        };
        const auto review = [&](const char *id, const char *order, int rating, const char *at) {
            put("reviews", {{QStringLiteral("id"), QString::fromUtf8(id)},
                            {QStringLiteral("order_id"), QString::fromUtf8(order)},
                            {QStringLiteral("rating"), rating},
                            {QStringLiteral("created_at"), QString::fromUtf8(at)},
                            {QStringLiteral("city"), QStringLiteral("shanghai")}});
        };
        review("RV1", "O1", 5, "2026-11-01T10:00:00Z"); // 11-01
        review("RV2", "O6", 3, "2026-11-01T17:00:00Z"); // 11-02 in UTC+8
        review("RV3", "O0", 4, "2026-10-21T01:00:00Z"); // before the range
        const auto complaint = [&](const char *id, const char *order, const char *at) {
            put("complaints", {{QStringLiteral("id"), QString::fromUtf8(id)},
                               {QStringLiteral("order_id"), QString::fromUtf8(order)},
                               {QStringLiteral("created_at"), QString::fromUtf8(at)},
                               {QStringLiteral("city"), QStringLiteral("shanghai")}});
        };
        complaint("CM1", "O1", "2026-11-02T15:59:00Z"); // 11-02 23:59 local
        complaint("CM2", "O6", "2026-11-02T16:00:00Z"); // 11-03 00:00 local
        put("coupons", {{QStringLiteral("id"), QStringLiteral("CP1")},
                        {QStringLiteral("campaign"), QStringLiteral("双十一")},
                        {QStringLiteral("cost_bearer"), QStringLiteral("technician")}});
        // Settlements of the completed orders (O1: 10 %, its 20.00 coupon
        // borne by the technician; O6: 15 %; O0 is before the range).
        const auto settlement = [&](const char *id, const char *order, qint64 price,
                                    qint64 commission, qint64 couponPlatform, qint64 earnings) {
            put("settlements", {{QStringLiteral("id"), QString::fromUtf8(id)},
                                {QStringLiteral("order_id"), QString::fromUtf8(order)},
                                {QStringLiteral("price_cents"), price},
                                {QStringLiteral("commission_cents"), commission},
                                {QStringLiteral("coupon_cost_platform_cents"), couponPlatform},
                                {QStringLiteral("earnings_cents"), earnings},
                                {QStringLiteral("city"), QStringLiteral("shanghai")}});
        };
        settlement("SE-O0", "O0", 12000, 1200, 0, 10800);
        settlement("SE-O1", "O1", 12000, 1200, 0, 8800);
        settlement("SE-O6", "O6", 20000, 3000, 0, 17000);
        const auto refund = [&](const char *id, const char *order, const char *status,
                                qint64 amount, qint64 technicianShare) {
            put("refunds", {{QStringLiteral("id"), QString::fromUtf8(id)},
                            {QStringLiteral("order_id"), QString::fromUtf8(order)},
                            {QStringLiteral("status"), QString::fromUtf8(status)},
                            {QStringLiteral("approved_amount_cents"), amount},
                            {QStringLiteral("technician_share_cents"), technicianShare},
                            {QStringLiteral("city"), QStringLiteral("shanghai")}});
        };
        refund("R1", "O1", "approved", 3000, 1000);
        refund("R2", "O1", "rejected", 500, 0);
        refund("R3", "O0", "paid_out", 1000, 0);
        put("coupons", {{QStringLiteral("id"), QStringLiteral("CP2")}});
        const auto redemption = [&](const char *id, const char *coupon, const char *customer,
                                    const char *at) {
            put("redemptions", {{QStringLiteral("id"), QString::fromUtf8(id)},
                                {QStringLiteral("coupon_id"), QString::fromUtf8(coupon)},
                                {QStringLiteral("customer_id"), QString::fromUtf8(customer)},
                                {QStringLiteral("issued_at"), QString::fromUtf8(at)},
                                {QStringLiteral("city"), QStringLiteral("shanghai")}});
        };
        redemption("RD1", "CP1", "C1", "2026-10-30T02:00:00Z"); // before the range
        redemption("RD2", "CP1", "C2", "2026-11-01T20:00:00Z"); // 11-02
        redemption("RD3", "CP2", "C1", "2026-11-02T01:00:00Z"); // 11-02
        store.commit();
        m_admin = login("admin");
        m_scoped = login("dispatcher_scoped"); // beijing only
        m_finance = login("finance");
    }

    QByteArray login(const char *user)
    {
        return OpsDesk::TestSupport::loginInProcess(*m_server, user);
    }

    HttpResponse get(const QString &pathAndQuery, const QByteArray &token)
    {
        HttpRequest request;
        request.method = "GET";
        const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
        request.path = QStringLiteral("/api/v1/stats/") + pathAndQuery.left(q);
        if (q >= 0)
            request.query = QUrlQuery(pathAndQuery.mid(q + 1));
        request.headers.insert("authorization", "Bearer " + token);
        return m_server->handle(request);
    }

    QJsonObject json(const QString &pathAndQuery, const QByteArray &token = {})
    {
        const HttpResponse response = get(pathAndQuery, token.isEmpty() ? m_admin : token);
        EXPECT_EQ(response.status, 200) << response.body.constData();
        return QJsonDocument::fromJson(response.body).object();
    }

    static QString range() { return QStringLiteral("from=2026-11-01&to=2026-11-03"); }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiServer> m_server;
    QByteArray m_admin;
    QByteArray m_scoped;
    QByteArray m_finance;
};

QJsonObject funnelOf(qint64 created, qint64 paid, qint64 dispatched, qint64 completed)
{
    return {{QStringLiteral("created"), created},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("dispatched"), dispatched},
            {QStringLiteral("completed"), completed}};
}

} // namespace

TEST_F(Stats, OrdersDailyGroupsByBusinessDay)
{
    const QJsonArray rows =
        json(QStringLiteral("orders-daily?") + range())[QStringLiteral("rows")].toArray();
    const QStringList expected{
        QStringLiteral("2026-11-01 shanghai 徐汇区 S0003 completed 1 20000"),
        QStringLiteral("2026-11-01 shanghai 浦东新区 S0001 completed 1 7000"),
        QStringLiteral("2026-11-01 shanghai 浦东新区 S0002 awaiting_dispatch 1 8900"),
        QStringLiteral("2026-11-02 shanghai 浦东新区 S0001 in_service 1 11000"),
        QStringLiteral("2026-11-02 shanghai 黄浦区 S0002 cancelled 1 0"),
        QStringLiteral("2026-11-03 beijing 朝阳区 S0002 assigned 1 8900"),
    };
    QStringList actual;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        actual.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                          .arg(r[QStringLiteral("date")].toString(),
                               r[QStringLiteral("city")].toString(),
                               r[QStringLiteral("district")].toString(),
                               r[QStringLiteral("service_item_id")].toString(),
                               r[QStringLiteral("status")].toString())
                          .arg(r[QStringLiteral("count")].toInteger())
                          .arg(r[QStringLiteral("revenue_cents")].toInteger()));
    }
    EXPECT_EQ(actual, expected);
}

TEST_F(Stats, FunnelWithFiltersAndScope)
{
    EXPECT_EQ(json(QStringLiteral("funnel?") + range()), funnelOf(6, 5, 4, 2));
    EXPECT_EQ(json(QStringLiteral("funnel?city=shanghai&") + range()), funnelOf(5, 4, 3, 2));
    EXPECT_EQ(json(QStringLiteral("funnel?customer_type=business&") + range()),
              funnelOf(1, 0, 0, 0));
    EXPECT_EQ(json(QStringLiteral("funnel?service_item_id=S0001&") + range()),
              funnelOf(2, 2, 2, 1));
    EXPECT_EQ(
        json(QStringLiteral("funnel?district=%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA&") + range()),
        funnelOf(3, 3, 2, 1)); // 浦东新区
    EXPECT_EQ(json(QStringLiteral("funnel?from=2026-11-02&to=2026-11-02")), funnelOf(2, 1, 1, 0));
    // The scoped dispatcher sees beijing only, and may not ask for shanghai.
    EXPECT_EQ(json(QStringLiteral("funnel?") + range(), m_scoped), funnelOf(1, 1, 1, 0));
    const HttpResponse denied = get(QStringLiteral("funnel?city=shanghai&") + range(), m_scoped);
    EXPECT_EQ(denied.status, 403);
    EXPECT_TRUE(denied.body.contains("out-of-scope"));
}

TEST_F(Stats, TechniciansActive)
{
    const QJsonArray rows =
        json(QStringLiteral("technicians-active?") + range())[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toObject(),
              (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-01")},
                           {QStringLiteral("count"), 2}}));
    EXPECT_EQ(rows[1][QStringLiteral("count")].toInt(), 1);
    EXPECT_EQ(rows[2][QStringLiteral("count")].toInt(), 1);
    const QJsonArray shanghai =
        json(QStringLiteral("technicians-active?city=shanghai&") + range())[QStringLiteral("rows")]
            .toArray();
    EXPECT_EQ(shanghai[2][QStringLiteral("count")].toInt(), 0);
}

TEST_F(Stats, OrdersPerCustomer)
{
    EXPECT_EQ(json(QStringLiteral("orders-per-customer?") + range()),
              (QJsonObject{{QStringLiteral("new_customers"), 4},
                           {QStringLiteral("returning_customers"), 1},
                           {QStringLiteral("orders_by_new"), 4},
                           {QStringLiteral("orders_by_returning"), 2}}));
    EXPECT_EQ(json(QStringLiteral("orders-per-customer?service_item_id=S0001&") + range()),
              (QJsonObject{{QStringLiteral("new_customers"), 0},
                           {QStringLiteral("returning_customers"), 1},
                           {QStringLiteral("orders_by_new"), 0},
                           {QStringLiteral("orders_by_returning"), 2}}));
}

TEST_F(Stats, ComplaintPraisePerBusinessDay)
{
    const QJsonArray rows =
        json(QStringLiteral("complaint-praise?") + range())[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 3);
    const auto row = [](const char *date, int complaints, int praises, double avg) {
        return QJsonObject{{QStringLiteral("date"), QString::fromLatin1(date)},
                           {QStringLiteral("complaints"), complaints},
                           {QStringLiteral("praises"), praises},
                           {QStringLiteral("avg_rating"), avg}};
    };
    EXPECT_EQ(rows[0].toObject(), row("2026-11-01", 0, 1, 5));
    EXPECT_EQ(rows[1].toObject(), row("2026-11-02", 1, 0, 3));
    EXPECT_EQ(rows[2].toObject(), row("2026-11-03", 1, 0, 0));
    const QJsonArray pudong =
        json(QStringLiteral("complaint-praise?district=%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA&") +
             range())[QStringLiteral("rows")]
            .toArray();
    EXPECT_EQ(pudong[0].toObject(), row("2026-11-01", 0, 1, 5));
    EXPECT_EQ(pudong[1].toObject(), row("2026-11-02", 1, 0, 0));
    EXPECT_EQ(pudong[2].toObject(), row("2026-11-03", 0, 0, 0));
}

TEST_F(Stats, Coupons)
{
    const QJsonArray rows =
        json(QStringLiteral("coupons?") + range())[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject(),
              (QJsonObject{{QStringLiteral("coupon_id"), QStringLiteral("CP1")},
                           {QStringLiteral("campaign"), QStringLiteral("双十一")},
                           {QStringLiteral("issued"), 1},
                           {QStringLiteral("redeemed"), 1},
                           {QStringLiteral("discount_cents"), 2000},
                           {QStringLiteral("orders"), 1},
                           {QStringLiteral("revenue_cents"), 7000}}));
    EXPECT_EQ(rows[1].toObject(), (QJsonObject{{QStringLiteral("coupon_id"), QStringLiteral("CP2")},
                                               {QStringLiteral("issued"), 1},
                                               {QStringLiteral("redeemed"), 1},
                                               {QStringLiteral("discount_cents"), 1000},
                                               {QStringLiteral("orders"), 1},
                                               {QStringLiteral("revenue_cents"), 11000}}));
    // Nothing of shanghai for the beijing dispatcher.
    EXPECT_TRUE(json(QStringLiteral("coupons?") + range(), m_scoped)[QStringLiteral("rows")]
                    .toArray()
                    .isEmpty());
}

TEST_F(Stats, Heatmap)
{
    const QJsonObject map = json(QStringLiteral("heatmap?city=shanghai&cell_m=1000&") + range());
    EXPECT_EQ(map[QStringLiteral("cell_m")].toInt(), 1000);
    const QJsonArray cells = map[QStringLiteral("cells")].toArray();
    ASSERT_EQ(cells.size(), 3);
    qint64 total = 0, largest = 0;
    for (const QJsonValue &c : cells) {
        total += c[QStringLiteral("count")].toInteger();
        largest = std::max(largest, c[QStringLiteral("count")].toInteger());
    }
    EXPECT_EQ(total, 5);
    EXPECT_EQ(largest, 3);
    for (const QJsonValue &c : cells)
        if (c[QStringLiteral("count")].toInt() == 3) {
            EXPECT_NEAR(c[QStringLiteral("lat")].toDouble(), 31.2, 0.0046);
            EXPECT_NEAR(c[QStringLiteral("lng")].toDouble(), 121.5, 0.0054);
        }
}

// Figures by hand: orders O1–O6 (O5 is 11-01 00:10 local); paid 100.00 +
// 110.00 + 89.00 + 89.00 + 200.00; R1 approved 30.00 of which 10.00 charged to
// the technician (R2 rejected, R3 on O0 outside the range); settled O1 and O6.
TEST_F(Stats, Reconciliation)
{
    const QJsonObject all = json(QStringLiteral("reconciliation?") + range(), m_finance);
    const QJsonObject expected{
        {QStringLiteral("from"), QStringLiteral("2026-11-01")},
        {QStringLiteral("to"), QStringLiteral("2026-11-03")},
        {QStringLiteral("orders"), 6},
        {QStringLiteral("paid_orders"), 5},
        {QStringLiteral("settled_orders"), 2},
        {QStringLiteral("refunds"), 1},
        {QStringLiteral("paid_cents"), 58800},
        {QStringLiteral("refunded_cents"), 3000},
        {QStringLiteral("net_received_cents"), 55800},
        {QStringLiteral("commission_cents"), 4200},
        {QStringLiteral("coupon_cost_platform_cents"), 0},
        {QStringLiteral("unsettled_paid_cents"), 28800},
        {QStringLiteral("refunds_platform_cents"), 2000},
        {QStringLiteral("refunds_technician_cents"), 1000},
        {QStringLiteral("platform_revenue_cents"), 31000},
        {QStringLiteral("technician_earnings_cents"), 26800},
        {QStringLiteral("coupon_cost_technicians_cents"), -2000},
        {QStringLiteral("technician_payable_cents"), 24800},
        {QStringLiteral("difference_cents"), 0},
    };
    EXPECT_EQ(all, expected);

    const QJsonObject item =
        json(QStringLiteral("reconciliation?city=shanghai&service_item_id=S0001&") + range());
    EXPECT_EQ(item[QStringLiteral("city")].toString(), QStringLiteral("shanghai"));
    EXPECT_EQ(item[QStringLiteral("orders")].toInteger(), 2); // O1, O3
    EXPECT_EQ(item[QStringLiteral("paid_cents")].toInteger(), 21000);
    EXPECT_EQ(item[QStringLiteral("settled_orders")].toInteger(), 1);
    EXPECT_EQ(item[QStringLiteral("platform_revenue_cents")].toInteger(), 1200 + 11000 - 2000);
    EXPECT_EQ(item[QStringLiteral("difference_cents")].toInteger(), 0);

    // A settlement that disagrees with its order shows in the difference.
    QJsonObject wrong{{QStringLiteral("id"), QStringLiteral("SE-O6")},
                      {QStringLiteral("order_id"), QStringLiteral("O6")},
                      {QStringLiteral("price_cents"), 20000},
                      {QStringLiteral("commission_cents"), 3000},
                      {QStringLiteral("coupon_cost_platform_cents"), 0},
                      {QStringLiteral("earnings_cents"), 16999},
                      {QStringLiteral("city"), QStringLiteral("shanghai")}};
    m_server->store().put(QStringLiteral("settlements"), wrong,
                          QStringLiteral("2026-11-05T00:00:00Z"));
    // paid (200.00) ≠ commission − platform coupon cost + earnings (199.99)
    EXPECT_EQ(json(QStringLiteral("reconciliation?") + range())[QStringLiteral("difference_cents")]
                  .toInteger(),
              1);

    // Finance and administrators only.
    EXPECT_EQ(get(QStringLiteral("reconciliation?") + range(), m_scoped).status, 403);
    EXPECT_EQ(get(QStringLiteral("reconciliation?from=2026-11-05&to=2026-11-01"), m_finance).status,
              400);
}

TEST_F(Stats, Validation)
{
    for (const char *query : {"funnel?from=2026-13-01", "funnel?customer_type=vip",
                              "funnel?from=2026-11-05&to=2026-11-01",
                              "funnel?from=2024-01-01&to=2026-11-01", "heatmap?cell_m=10"}) {
        const HttpResponse response = get(QString::fromLatin1(query), m_admin);
        EXPECT_EQ(response.status, 400) << query;
    }
    EXPECT_EQ(get(QStringLiteral("funnel"), {}).status, 401);
    // Defaults: the last 31 business days up to today.
    EXPECT_EQ(get(QStringLiteral("funnel"), m_admin).status, 200);
}
