// The command endpoints of the contract with their business rules, driven
// in-process through ApiServer::handle (no socket) on a small fixture of
// orders, technicians, refunds, coupons, withdrawals, settlements and
// applications written straight into the store.
#include "server/ApiServer.h"
#include "server/api/CommandQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include "common/InProcessServer.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

QJsonObject json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString problemType(const HttpResponse &response)
{
    return json(response).value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

QStringList errorFields(const HttpResponse &response)
{
    QStringList fields;
    for (const QJsonValue &error : json(response).value(QStringLiteral("errors")).toArray())
        fields.append(error[QStringLiteral("field")].toString());
    return fields;
}

constexpr const char *Start = "2026-12-01T02:00:00Z";
constexpr const char *End = "2026-12-01T04:00:00Z";

class Commands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server = OpsDesk::TestSupport::startInProcessServer(m_dir.path());
        ASSERT_TRUE(m_server);
        seed();
    }

    Store &store() { return m_server->store(); }
    QString now() const { return QStringLiteral("2026-11-22T04:00:00Z"); }

    QJsonObject order(const char *id, const char *status, const char *technician = nullptr,
                      qint64 paid = 12800, const char *city = "shanghai", const char *start = Start,
                      const char *end = End)
    {
        QJsonObject o{{QStringLiteral("id"), s(id)},
                      {QStringLiteral("city"), s(city)},
                      {QStringLiteral("district"), s("浦东新区")},
                      {QStringLiteral("service_item_id"), s("S9001")},
                      {QStringLiteral("customer_id"), s("C9000001")},
                      {QStringLiteral("customer_type"), s("consumer")},
                      {QStringLiteral("status"), s(status)},
                      {QStringLiteral("address"), s("张杨路 500 号")},
                      {QStringLiteral("lat"), 31.23},
                      {QStringLiteral("lng"), 121.54},
                      {QStringLiteral("appointment_start"), s(start)},
                      {QStringLiteral("appointment_end"), s(end)},
                      {QStringLiteral("created_at"), s("2026-11-20T03:00:00Z")},
                      {QStringLiteral("price_cents"), paid},
                      {QStringLiteral("coupon_discount_cents"), 0},
                      {QStringLiteral("paid_cents"), paid},
                      {QStringLiteral("refunded_cents"), 0},
                      {QStringLiteral("notes"), QJsonArray()},
                      {QStringLiteral("status_history"), QJsonArray()},
                      {QStringLiteral("has_complaint"), false},
                      {QStringLiteral("has_refund"), false}};
        if (technician)
            o.insert(QStringLiteral("technician_id"), s(technician));
        return o;
    }

    QJsonObject technician(const char *id, const char *city = "shanghai",
                           const char *status = "active")
    {
        return QJsonObject{{QStringLiteral("id"), s(id)},
                           {QStringLiteral("name"), s("师傅")},
                           {QStringLiteral("phone"), s("13800000000")},
                           {QStringLiteral("city"), s(city)},
                           {QStringLiteral("skills"), QJsonArray{s("S9001")}},
                           {QStringLiteral("star_level"), 3},
                           {QStringLiteral("status"), s(status)},
                           {QStringLiteral("work_status"), s("online")},
                           {QStringLiteral("annual_review_due"), s("2027-03-01")},
                           {QStringLiteral("action_log"), QJsonArray()}};
    }

    QJsonObject refund(const char *id, const char *orderId, qint64 requested,
                       const char *technicianId = "T90001")
    {
        return QJsonObject{{QStringLiteral("id"), s(id)},
                           {QStringLiteral("order_id"), s(orderId)},
                           {QStringLiteral("customer_id"), s("C9000001")},
                           {QStringLiteral("technician_id"), s(technicianId)},
                           {QStringLiteral("amount_requested_cents"), requested},
                           {QStringLiteral("reason_code"), s("service_not_completed")},
                           {QStringLiteral("reason_text"), s("still broken")},
                           {QStringLiteral("evidence"), QJsonArray()},
                           {QStringLiteral("status"), s("submitted")},
                           {QStringLiteral("approvals"), QJsonArray()},
                           {QStringLiteral("created_at"), s("2026-11-21T00:00:00Z")}};
    }

    QJsonObject application(const char *id, const char *kind, const char *status,
                            const char *technicianId = nullptr)
    {
        QJsonObject a{{QStringLiteral("id"), s(id)},
                      {QStringLiteral("kind"), s(kind)},
                      {QStringLiteral("name"), s("新师傅")},
                      {QStringLiteral("id_number"), s("310101199001011234")},
                      {QStringLiteral("phone"), s("13900000000")},
                      {QStringLiteral("birth_date"), s("1990-01-01")},
                      {QStringLiteral("city"), s("shanghai")},
                      {QStringLiteral("skills"), QJsonArray{s("S9001")}},
                      {QStringLiteral("service_districts"), QJsonArray{s("浦东新区")}},
                      {QStringLiteral("face_verification"),
                       QJsonObject{{QStringLiteral("result"), s("pass")}}},
                      {QStringLiteral("documents"), QJsonArray()},
                      {QStringLiteral("status"), s(status)},
                      {QStringLiteral("submitted_at"), s("2026-11-20T00:00:00Z")}};
        if (technicianId)
            a.insert(QStringLiteral("technician_id"), s(technicianId));
        return a;
    }

    void seed()
    {
        store().beginTransaction();
        // Demo coupons must not compete with the fixture's in best-coupon checks.
        for (Record coupon : allRecords(store(), QStringLiteral("coupons"))) {
            coupon.doc.insert(QStringLiteral("active"), false);
            store().put(QStringLiteral("coupons"), coupon.doc, now());
        }
        for (const char *item : {"S9001", "S9002"})
            store().put(QStringLiteral("service_items"),
                        QJsonObject{{QStringLiteral("id"), s(item)},
                                    {QStringLiteral("name_zh"), s("空调维修")},
                                    {QStringLiteral("name_en"), s("Air-conditioner repair")},
                                    {QStringLiteral("category"), s("appliance_repair")},
                                    {QStringLiteral("price_cents"), 12800},
                                    {QStringLiteral("unit"), s("visit")},
                                    {QStringLiteral("duration_minutes"), 120},
                                    {QStringLiteral("active"), true}},
                        now());
        store().put(QStringLiteral("customers"),
                    QJsonObject{{QStringLiteral("id"), s("C9000001")},
                                {QStringLiteral("name"), s("顾客")},
                                {QStringLiteral("phone"), s("13700000000")},
                                {QStringLiteral("customer_type"), s("consumer")},
                                {QStringLiteral("city"), s("shanghai")}},
                    now());
        store().put(QStringLiteral("technicians"), technician("T90001"), now());
        store().put(QStringLiteral("technicians"), technician("T90002"), now());
        store().put(QStringLiteral("technicians"), technician("T90003", "shanghai", "suspended"),
                    now());
        store().put(QStringLiteral("technicians"), technician("T90004", "beijing"), now());
        store().put(QStringLiteral("orders"), order("O9000001", "awaiting_dispatch"), now());
        store().put(QStringLiteral("orders"), order("O9000002", "assigned", "T90002"), now());
        store().put(QStringLiteral("orders"),
                    order("O9000003", "awaiting_dispatch", nullptr, 12800, "beijing"), now());
        store().put(QStringLiteral("orders"), order("O9000004", "completed", "T90001", 100000),
                    now());
        store().put(QStringLiteral("orders"), order("O9000005", "completed", "T90001", 10000),
                    now());
        store().put(QStringLiteral("orders"),
                    order("O9000006", "en_route", "T90001", 12800, "shanghai",
                          "2026-12-02T02:00:00Z", "2026-12-02T04:00:00Z"),
                    now());
        // 20 % commission on S9001.
        store().put(QStringLiteral("commission_rates"),
                    QJsonObject{{QStringLiteral("id"), s("CR-S9001")},
                                {QStringLiteral("service_item_id"), s("S9001")},
                                {QStringLiteral("star_level"), QJsonValue()},
                                {QStringLiteral("rate_bp"), 2000},
                                {QStringLiteral("effective_from"), s("2026-01-01")},
                                {QStringLiteral("history"), QJsonArray()}},
                    now());
        store().put(QStringLiteral("settlements"),
                    QJsonObject{{QStringLiteral("id"), s("SE9000005")},
                                {QStringLiteral("technician_id"), s("T90001")},
                                {QStringLiteral("order_id"), s("O9000005")},
                                {QStringLiteral("price_cents"), 10000},
                                {QStringLiteral("coupon_cost_platform_cents"), 0},
                                {QStringLiteral("commission_cents"), 2000},
                                {QStringLiteral("earnings_cents"), 8000},
                                {QStringLiteral("settled_at"), s("2026-11-21T00:00:00Z")}},
                    now());
        store().put(QStringLiteral("settlements"),
                    QJsonObject{{QStringLiteral("id"), s("SE9000004")},
                                {QStringLiteral("technician_id"), s("T90001")},
                                {QStringLiteral("order_id"), s("O9000004")},
                                {QStringLiteral("price_cents"), 100000},
                                {QStringLiteral("coupon_cost_platform_cents"), 0},
                                {QStringLiteral("commission_cents"), 20000},
                                {QStringLiteral("earnings_cents"), 80000},
                                {QStringLiteral("settled_at"), s("2026-11-21T00:00:00Z")}},
                    now());
        store().put(QStringLiteral("refunds"), refund("R9000001", "O9000004", 30000), now());
        store().put(QStringLiteral("refunds"), refund("R9000002", "O9000004", 80000), now());
        store().put(QStringLiteral("refunds"), refund("R9000003", "O9000005", 6000), now());
        store().put(QStringLiteral("refunds"), refund("R9000004", "O9000005", 4000), now());
        store().put(QStringLiteral("refunds"), refund("R9000005", "O9000005", 1000), now());
        for (const auto &[id, amount] :
             {std::pair{"W9000001", 60000}, std::pair{"W9000002", 40000}})
            store().put(QStringLiteral("withdrawals"),
                        QJsonObject{{QStringLiteral("id"), s(id)},
                                    {QStringLiteral("technician_id"), s("T90001")},
                                    {QStringLiteral("amount_cents"), amount},
                                    {QStringLiteral("balance_cents_at_request"), 88000},
                                    {QStringLiteral("status"), s("requested")},
                                    {QStringLiteral("requested_at"), s("2026-11-21T00:00:00Z")}},
                        now());
        store().put(QStringLiteral("applications"), application("A9000001", "new", "under_review"),
                    now());
        store().put(QStringLiteral("applications"),
                    application("A9000002", "annual_review", "submitted", "T90001"), now());
        store().put(QStringLiteral("applications"), application("A9000003", "new", "approved"),
                    now());
        store().commit();
    }

    QByteArray token(const char *user)
    {
        const QByteArray name(user);
        if (m_tokens.contains(name))
            return m_tokens.value(name);
        const QByteArray access = OpsDesk::TestSupport::loginInProcess(*m_server, user);
        m_tokens.insert(name, access);
        return access;
    }

    qint64 version(const char *collection, const char *id)
    {
        const auto record = store().get(s(collection), s(id));
        return record ? record->version : 1;
    }

    QJsonObject doc(const char *collection, const char *id)
    {
        return store().get(s(collection), s(id))->doc;
    }

    // A command; ifMatch < 0 sends no If-Match, an empty key no Idempotency-Key.
    HttpResponse call(const char *user, const QByteArray &method, const QString &path,
                      const QJsonObject &body, qint64 ifMatch, const QByteArray &key = newKey())
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.insert("content-type", "application/json");
        request.headers.insert("authorization", "Bearer " + token(user));
        if (!key.isEmpty())
            request.headers.insert("idempotency-key", key);
        if (ifMatch >= 0)
            request.headers.insert("if-match", '"' + QByteArray::number(ifMatch) + '"');
        return m_server->handle(request);
    }

    // POST /api/v1/<collection>/<id>/<action> with the record's current version.
    HttpResponse post(const char *user, const char *collection, const char *id, const char *action,
                      const QJsonObject &body)
    {
        const QString path =
            QStringLiteral("/api/v1/%1/%2/%3")
                .arg(s(collection).replace(QLatin1Char('_'), QLatin1Char('-')), s(id), s(action));
        return call(user, "POST", path, body, version(collection, id));
    }

    HttpResponse approveRefund(const char *user, const char *id, qint64 amount)
    {
        return post(user, "refunds", id, "approve",
                    {{QStringLiteral("amount_cents"), amount}, {QStringLiteral("note"), s("ok")}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiServer> m_server;
    QHash<QByteArray, QByteArray> m_tokens;
};

const QJsonObject assignT1{{QStringLiteral("technician_id"), QStringLiteral("T90001")},
                           {QStringLiteral("reason"), QStringLiteral("nearest")}};

} // namespace

TEST_F(Commands, AssignAnswersTheNextVersionWithETag)
{
    const qint64 before = version("orders", "O9000001");
    const HttpResponse response = post("dispatcher", "orders", "O9000001", "assign", assignT1);
    ASSERT_EQ(response.status, 200) << response.body.constData();
    EXPECT_EQ(response.header("ETag"), '"' + QByteArray::number(before + 1) + '"');
    const QJsonObject body = json(response);
    EXPECT_EQ(body.value(QStringLiteral("version")).toInteger(), before + 1);
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), s("assigned"));
    EXPECT_EQ(body.value(QStringLiteral("technician_id")).toString(), s("T90001"));
    const QJsonObject last =
        body.value(QStringLiteral("status_history")).toArray().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("status")).toString(), s("assigned"));
    EXPECT_EQ(last.value(QStringLiteral("by")).toString(), s("ST0002"));
    EXPECT_EQ(last.value(QStringLiteral("reason")).toString(), s("nearest"));
}

TEST_F(Commands, StaleOrMissingIfMatch)
{
    const QString path = QStringLiteral("/api/v1/orders/O9000001/assign");
    const qint64 current = version("orders", "O9000001");
    const HttpResponse stale = call("dispatcher", "POST", path, assignT1, current - 1 + 10);
    EXPECT_EQ(stale.status, 412);
    EXPECT_EQ(problemType(stale), s("precondition-failed"));
    EXPECT_EQ(json(stale)[QStringLiteral("current")][QStringLiteral("version")].toInteger(),
              current);
    const HttpResponse missing = call("dispatcher", "POST", path, assignT1, -1);
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(errorFields(missing).contains(s("If-Match")));
    EXPECT_EQ(version("orders", "O9000001"), current);
}

TEST_F(Commands, WrongRoleIsForbiddenInEveryArea)
{
    const QJsonObject reason{{QStringLiteral("reason"), s("x")}};
    struct Case
    {
        const char *user;
        QByteArray method;
        QString path;
    };
    const QList<Case> cases{
        {"finance", "POST", s("/api/v1/orders/O9000001/assign")},
        {"auditor", "POST", s("/api/v1/orders/O9000001/notes")},
        {"dispatcher", "POST", s("/api/v1/applications/A9000001/approve")},
        {"finance", "POST", s("/api/v1/technicians/T90001/suspend")},
        {"auditor", "POST", s("/api/v1/refunds/R9000001/approve")},
        {"dispatcher", "POST", s("/api/v1/refunds/R9000001/reject")},
        {"dispatcher", "POST", s("/api/v1/coupons")},
        {"auditor", "POST", s("/api/v1/withdrawals/W9000001/approve")},
        {"finance", "PUT", s("/api/v1/commission-rates/S9001")},
        {"dispatcher", "PUT", s("/api/v1/service-items/S9001/price")},
    };
    for (const Case &c : cases) {
        const HttpResponse response = call(c.user, c.method, c.path, reason, 1);
        EXPECT_EQ(response.status, 403) << c.user << ' ' << qPrintable(c.path);
        EXPECT_EQ(problemType(response), s("forbidden")) << qPrintable(c.path);
    }
    // Notes are open to finance as well.
    EXPECT_EQ(post("finance", "orders", "O9000001", "notes", {{QStringLiteral("text"), s("paid")}})
                  .status,
              200);
}

TEST_F(Commands, ScopedDispatcherCannotTouchAnotherCity)
{
    const HttpResponse response =
        post("dispatcher_scoped", "orders", "O9000001", "assign", assignT1);
    EXPECT_EQ(response.status, 403);
    EXPECT_EQ(problemType(response), s("out-of-scope"));
    // Its own city is fine (a Beijing technician for a Beijing order).
    EXPECT_EQ(post("dispatcher_scoped", "orders", "O9000003", "assign",
                   {{QStringLiteral("technician_id"), s("T90004")}})
                  .status,
              200);
}

TEST_F(Commands, TransitionsThatAreNotAllowedAre409)
{
    auto status = [this](const char *id, const char *to) {
        return post("dispatcher", "orders", id, "status",
                    {{QStringLiteral("status"), s(to)}, {QStringLiteral("reason"), s("r")}});
    };
    EXPECT_EQ(status("O9000001", "completed").status, 409);
    EXPECT_EQ(problemType(status("O9000001", "in_service")), s("state-conflict"));
    EXPECT_EQ(status("O9000006", "cancelled").status, 409); // en route: too late to cancel
    EXPECT_EQ(status("O9000004", "cancelled").status, 409); // completed is final
    EXPECT_EQ(
        post("dispatcher", "orders", "O9000001", "unassign", {{QStringLiteral("reason"), s("r")}})
            .status,
        409);
    EXPECT_EQ(post("dispatcher", "orders", "O9000004", "assign", assignT1).status, 409);
    // Suspended, other-city or skill-less technicians are refused too.
    EXPECT_EQ(post("dispatcher", "orders", "O9000001", "assign",
                   {{QStringLiteral("technician_id"), s("T90003")}})
                  .status,
              409);
    EXPECT_EQ(post("dispatcher", "orders", "O9000001", "assign",
                   {{QStringLiteral("technician_id"), s("T90004")}})
                  .status,
              409);

    // The allowed path: one step at a time, then completion settles the order.
    EXPECT_EQ(post("dispatcher", "orders", "O9000006", "unassign",
                   {{QStringLiteral("reason"), s("technician ill")}})
                  .status,
              200);
    EXPECT_FALSE(doc("orders", "O9000006").contains(QStringLiteral("technician_id")));
    ASSERT_EQ(post("dispatcher", "orders", "O9000006", "assign", assignT1).status, 200);
    for (const char *step : {"accepted", "en_route", "arrived", "in_service", "completed"})
        ASSERT_EQ(status("O9000006", step).status, 200) << step;
    const QList<Record> settlements =
        findRecords(store(), QStringLiteral("settlements"), "order_id", s("O9000006"));
    ASSERT_EQ(settlements.size(), 1);
    EXPECT_EQ(settlements.first().doc.value(QStringLiteral("commission_cents")).toInteger(), 2560);
    EXPECT_EQ(settlements.first().doc.value(QStringLiteral("earnings_cents")).toInteger(), 10240);
}

TEST_F(Commands, DoubleBookingIsAScheduleConflict)
{
    const HttpResponse response = post("dispatcher", "orders", "O9000001", "assign",
                                       {{QStringLiteral("technician_id"), s("T90002")}});
    EXPECT_EQ(response.status, 409);
    EXPECT_EQ(problemType(response), s("schedule-conflict"));
    EXPECT_TRUE(json(response).value(QStringLiteral("detail")).toString().contains(s("O9000002")));

    // Moving the appointment out of the way makes it possible.
    ASSERT_EQ(post("dispatcher", "orders", "O9000001", "appointment",
                   {{QStringLiteral("appointment_start"), s("2026-12-01T04:00:00Z")},
                    {QStringLiteral("appointment_end"), s("2026-12-01T06:00:00Z")},
                    {QStringLiteral("reason"), s("customer asked")}})
                  .status,
              200);
    EXPECT_EQ(doc("orders", "O9000001").value(QStringLiteral("notes")).toArray().size(), 1);
    EXPECT_EQ(post("dispatcher", "orders", "O9000001", "assign",
                   {{QStringLiteral("technician_id"), s("T90002")}})
                  .status,
              200);
    // …and moving the other order back onto it is refused.
    const HttpResponse back =
        post("dispatcher", "orders", "O9000002", "appointment",
             {{QStringLiteral("appointment_start"), s("2026-12-01T05:00:00Z")},
              {QStringLiteral("appointment_end"), s("2026-12-01T07:00:00Z")},
              {QStringLiteral("reason"), s("r")}});
    EXPECT_EQ(problemType(back), s("schedule-conflict"));
    const HttpResponse inverted =
        post("dispatcher", "orders", "O9000002", "appointment",
             {{QStringLiteral("appointment_start"), s("2026-12-01T07:00:00Z")},
              {QStringLiteral("appointment_end"), s("2026-12-01T05:00:00Z")},
              {QStringLiteral("reason"), s("r")}});
    EXPECT_EQ(inverted.status, 400);
    EXPECT_TRUE(errorFields(inverted).contains(s("appointment_end")));
}

TEST_F(Commands, PlanningAnArrivalKeepsTheAppointmentWindow)
{
    const QJsonObject before = doc("orders", "O9000002");
    const QString start = before.value(QStringLiteral("appointment_start")).toString();
    const QString end = before.value(QStringLiteral("appointment_end")).toString();
    const QString inside =
        QDateTime::fromString(start, Qt::ISODate).addSecs(30 * 60).toString(Qt::ISODate);
    ASSERT_EQ(post("dispatcher", "orders", "O9000002", "plan",
                   {{QStringLiteral("planned_start"), inside}})
                  .status,
              200);
    const QJsonObject after = doc("orders", "O9000002");
    EXPECT_EQ(after.value(QStringLiteral("planned_start")).toString(), inside);
    EXPECT_EQ(after.value(QStringLiteral("appointment_start")).toString(), start);
    EXPECT_EQ(after.value(QStringLiteral("appointment_end")).toString(), end);
    // Outside the window: refused, nothing changes.
    const HttpResponse late =
        post("dispatcher", "orders", "O9000002", "plan", {{QStringLiteral("planned_start"), end}});
    EXPECT_EQ(late.status, 400);
    EXPECT_TRUE(errorFields(late).contains(s("planned_start")));
    EXPECT_EQ(doc("orders", "O9000002").value(QStringLiteral("planned_start")).toString(), inside);
    // Nobody assigned yet: nothing to plan.
    const HttpResponse waiting = post("dispatcher", "orders", "O9000001", "plan",
                                      {{QStringLiteral("planned_start"), inside}});
    EXPECT_EQ(waiting.status, 409);
}

TEST_F(Commands, RefundAboveTheRefundableAmountIsRefused)
{
    const HttpResponse response = approveRefund("finance", "R9000003", 10001);
    EXPECT_EQ(response.status, 409);
    EXPECT_EQ(problemType(response), s("refund-limit"));
    EXPECT_EQ(errorFields(response), QStringList{s("amount_cents")});
    EXPECT_EQ(approveRefund("finance", "R9000003", 0).status, 400);
}

TEST_F(Commands, PartialRefundsUpToThePaidAmountThenNoMore)
{
    const HttpResponse first = approveRefund("finance", "R9000003", 6000);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_EQ(json(first).value(QStringLiteral("status")).toString(), s("approved"));
    EXPECT_EQ(json(first).value(QStringLiteral("decided_by")).toString(), s("ST0003"));
    const HttpResponse second = approveRefund("finance", "R9000004", 4000);
    ASSERT_EQ(second.status, 200) << second.body.constData();
    const QJsonObject o = doc("orders", "O9000005");
    EXPECT_EQ(o.value(QStringLiteral("refunded_cents")).toInteger(), 10000);
    EXPECT_TRUE(o.value(QStringLiteral("has_refund")).toBool());
    // The technician gives back exactly their 8000 earnings, the platform 2000.
    const qint64 technician =
        json(first).value(QStringLiteral("technician_share_cents")).toInteger() +
        json(second).value(QStringLiteral("technician_share_cents")).toInteger();
    const qint64 platform = json(first).value(QStringLiteral("platform_share_cents")).toInteger() +
                            json(second).value(QStringLiteral("platform_share_cents")).toInteger();
    EXPECT_EQ(technician, 8000);
    EXPECT_EQ(platform, 2000);

    const HttpResponse third = approveRefund("finance", "R9000005", 1);
    EXPECT_EQ(third.status, 409);
    EXPECT_EQ(problemType(third), s("refund-limit"));
    EXPECT_EQ(post("finance", "refunds", "R9000005", "reject",
                   {{QStringLiteral("reason"), s("already refunded in full")}})
                  .status,
              200);
    EXPECT_EQ(doc("refunds", "R9000005").value(QStringLiteral("rejection_reason")).toString(),
              s("already refunded in full"));
    // Who decided is recorded with the decision.
    EXPECT_EQ(doc("refunds", "R9000005").value(QStringLiteral("decided_by")).toString(),
              s("ST0003"));
}

TEST_F(Commands, TwoStepApprovalNeedsADifferentApprover)
{
    const HttpResponse first = approveRefund("finance", "R9000002", 80000);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_EQ(json(first).value(QStringLiteral("status")).toString(), s("first_approved"));
    EXPECT_EQ(doc("orders", "O9000004").value(QStringLiteral("refunded_cents")).toInteger(), 0);

    const HttpResponse same = approveRefund("finance", "R9000002", 80000);
    EXPECT_EQ(same.status, 403);
    EXPECT_EQ(problemType(same), s("same-approver"));
    const HttpResponse raised = approveRefund("finance2", "R9000002", 80001);
    EXPECT_EQ(raised.status, 409);
    const HttpResponse lowered = approveRefund("finance2", "R9000002", 70000);
    ASSERT_EQ(lowered.status, 200) << lowered.body.constData();
    const QJsonObject body = json(lowered);
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), s("approved"));
    EXPECT_EQ(body.value(QStringLiteral("approved_amount_cents")).toInteger(), 70000);
    EXPECT_EQ(body.value(QStringLiteral("approvals")).toArray().size(), 2);
    EXPECT_EQ(body.value(QStringLiteral("technician_share_cents")).toInteger(), 56000);
    EXPECT_EQ(body.value(QStringLiteral("platform_share_cents")).toInteger(), 14000);
    EXPECT_FALSE(body.value(QStringLiteral("decided_at")).toString().isEmpty());
    EXPECT_EQ(doc("orders", "O9000004").value(QStringLiteral("refunded_cents")).toInteger(), 70000);

    // At or below the threshold one approval is enough; then the request is final.
    const HttpResponse single = approveRefund("finance", "R9000001", 30000);
    EXPECT_EQ(json(single).value(QStringLiteral("status")).toString(), s("approved"));
    EXPECT_EQ(approveRefund("finance2", "R9000001", 30000).status, 409);
}

TEST_F(Commands, ReplayedAssignIsStoredOnce)
{
    const QString path = QStringLiteral("/api/v1/orders/O9000001/assign");
    const qint64 v = version("orders", "O9000001");
    const QByteArray key = newKey();
    const HttpResponse first = call("dispatcher", "POST", path, assignT1, v, key);
    ASSERT_EQ(first.status, 200);
    const HttpResponse again = call("dispatcher", "POST", path, assignT1, v, key);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Idempotent-Replayed"), QByteArray("true"));
    int assigned = 0;
    for (const QJsonValue &entry :
         doc("orders", "O9000001").value(QStringLiteral("status_history")).toArray())
        assigned += entry[QStringLiteral("status")].toString() == QLatin1String("assigned");
    EXPECT_EQ(assigned, 1);
    EXPECT_EQ(version("orders", "O9000001"), v + 1);
}

TEST_F(Commands, CouponValidationListsEveryField)
{
    const QJsonObject bad{{QStringLiteral("name"), s("")},
                          {QStringLiteral("kind"), s("threshold")},
                          {QStringLiteral("amount_off_cents"), 3000},
                          {QStringLiteral("threshold_cents"), 2000},
                          {QStringLiteral("service_item_ids"), QJsonArray()},
                          {QStringLiteral("valid_from"), s("2027-01-01T00:00:00Z")},
                          {QStringLiteral("valid_to"), s("2026-12-01T00:00:00Z")},
                          {QStringLiteral("per_customer_limit"), 0},
                          {QStringLiteral("new_customers_only"), false},
                          {QStringLiteral("stackable"), false},
                          {QStringLiteral("cost_bearer"), s("platform")}};
    const HttpResponse response = call("finance", "POST", s("/api/v1/coupons"), bad, -1);
    ASSERT_EQ(response.status, 400);
    const QStringList fields = errorFields(response);
    for (const char *field : {"name", "threshold_cents", "valid_to", "per_customer_limit"})
        EXPECT_TRUE(fields.contains(s(field))) << field << ' ' << response.body.constData();
    EXPECT_EQ(fields.size(), 4);
    EXPECT_TRUE(response.body.contains("threshold_not_above_amount"));

    QJsonObject good = bad;
    good.insert(QStringLiteral("name"), s("30 off 200"));
    good.insert(QStringLiteral("threshold_cents"), 20000);
    good.insert(QStringLiteral("valid_from"), s("2026-12-01T00:00:00Z"));
    good.insert(QStringLiteral("valid_to"), s("2027-01-01T00:00:00Z"));
    good.insert(QStringLiteral("per_customer_limit"), 1);
    const HttpResponse created = call("finance", "POST", s("/api/v1/coupons"), good, -1);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(created.header("ETag"), QByteArray("\"1\""));
    const QJsonObject coupon = json(created);
    EXPECT_TRUE(coupon.value(QStringLiteral("id")).toString().startsWith(s("CP")));
    EXPECT_TRUE(coupon.value(QStringLiteral("active")).toBool());
    EXPECT_EQ(coupon.value(QStringLiteral("issued_count")).toInteger(), 0);

    // Once issued, the amounts are frozen; disabling twice is a conflict.
    const QString id = coupon.value(QStringLiteral("id")).toString();
    store().beginTransaction();
    QJsonObject issued = store().get(QStringLiteral("coupons"), id)->doc;
    issued.insert(QStringLiteral("issued_count"), 3);
    const qint64 v = store().put(QStringLiteral("coupons"), issued, now()).version;
    store().commit();
    QJsonObject changed = good;
    changed.insert(QStringLiteral("amount_off_cents"), 4000);
    const HttpResponse frozen = call("finance", "PUT", s("/api/v1/coupons/") + id, changed, v);
    EXPECT_EQ(frozen.status, 409);
    EXPECT_EQ(errorFields(frozen), QStringList{s("amount_off_cents")});
    changed = good;
    changed.insert(QStringLiteral("name"), s("renamed"));
    EXPECT_EQ(call("finance", "PUT", s("/api/v1/coupons/") + id, changed, v).status, 200);
    EXPECT_EQ(call("finance", "POST", s("/api/v1/coupons/") + id + s("/disable"), {}, v + 1).status,
              200);
    EXPECT_EQ(call("finance", "POST", s("/api/v1/coupons/") + id + s("/disable"), {}, v + 2).status,
              409);
}

TEST_F(Commands, BestCouponIsAPureQuery)
{
    auto create = [this](const QJsonObject &fields) {
        QJsonObject body{{QStringLiteral("name"), s("c")},
                         {QStringLiteral("service_item_ids"), QJsonArray()},
                         {QStringLiteral("valid_days_after_issue"), 30},
                         {QStringLiteral("per_customer_limit"), 1},
                         {QStringLiteral("new_customers_only"), false},
                         {QStringLiteral("stackable"), false},
                         {QStringLiteral("cost_bearer"), s("platform")}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResponse r = call("finance", "POST", s("/api/v1/coupons"), body, -1);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return json(r).value(QStringLiteral("id")).toString();
    };
    create(
        {{QStringLiteral("kind"), s("no_threshold")}, {QStringLiteral("amount_off_cents"), 1000}});
    const QString percent = create({{QStringLiteral("kind"), s("percentage")},
                                    {QStringLiteral("percent_off"), 15},
                                    {QStringLiteral("cap_cents"), 5000}});
    const qint64 seqBefore = store().currentSeq();
    const QJsonObject query{{QStringLiteral("service_item_id"), s("S9001")},
                            {QStringLiteral("price_cents"), 12800},
                            {QStringLiteral("customer_id"), s("C9000001")}};
    const HttpResponse best = call("dispatcher", "POST", s("/api/v1/coupons/best"), query, -1, {});
    ASSERT_EQ(best.status, 200) << best.body.constData();
    EXPECT_EQ(json(best).value(QStringLiteral("coupon_id")).toString(), percent);
    EXPECT_EQ(json(best).value(QStringLiteral("discount_cents")).toInteger(), 1920);
    EXPECT_EQ(json(best).value(QStringLiteral("final_price_cents")).toInteger(), 10880);
    EXPECT_EQ(store().currentSeq(), seqBefore);
    QJsonObject unknown = query;
    unknown.insert(QStringLiteral("customer_id"), s("C0"));
    EXPECT_EQ(call("dispatcher", "POST", s("/api/v1/coupons/best"), unknown, -1, {}).status, 404);
}

TEST_F(Commands, PromoCodesAreUniqueAndReferralCouponsAreNotIssuedAtCheckout)
{
    auto body = [](const char *name, const char *code) {
        QJsonObject o{{QStringLiteral("name"), s(name)},
                      {QStringLiteral("kind"), s("no_threshold")},
                      {QStringLiteral("amount_off_cents"), 5000},
                      {QStringLiteral("service_item_ids"), QJsonArray()},
                      {QStringLiteral("valid_days_after_issue"), 30},
                      {QStringLiteral("per_customer_limit"), 1},
                      {QStringLiteral("new_customers_only"), false},
                      {QStringLiteral("stackable"), false},
                      {QStringLiteral("cost_bearer"), s("platform")}};
        if (code)
            o.insert(QStringLiteral("promo_code"), s(code));
        return o;
    };
    const HttpResponse lower =
        call("finance", "POST", s("/api/v1/coupons"), body("a", "win-25"), -1);
    ASSERT_EQ(lower.status, 400);
    EXPECT_EQ(errorFields(lower), QStringList{s("promo_code")});
    EXPECT_TRUE(lower.body.contains("promo_code_format"));

    const HttpResponse first =
        call("finance", "POST", s("/api/v1/coupons"), body("a", "WIN25"), -1);
    ASSERT_EQ(first.status, 201) << first.body.constData();
    const QString firstId = json(first).value(QStringLiteral("id")).toString();
    EXPECT_EQ(json(first).value(QStringLiteral("promo_code")).toString(), s("WIN25"));
    const HttpResponse twice =
        call("finance", "POST", s("/api/v1/coupons"), body("b", "WIN25"), -1);
    ASSERT_EQ(twice.status, 409);
    EXPECT_EQ(problemType(twice), s("duplicate-promo-code"));
    EXPECT_EQ(errorFields(twice), QStringList{s("promo_code")});
    EXPECT_TRUE(twice.body.contains("promo_code_taken"));
    // Its own code again on an update is no conflict.
    QJsonObject renamed = body("a renamed", "WIN25");
    EXPECT_EQ(call("finance", "PUT", s("/api/v1/coupons/") + firstId, renamed, 1).status, 200);

    QJsonObject inviter = body("inviter", nullptr);
    inviter.insert(QStringLiteral("referral_role"), s("inviter"));
    const HttpResponse referral = call("finance", "POST", s("/api/v1/coupons"), inviter, -1);
    ASSERT_EQ(referral.status, 201) << referral.body.constData();
    EXPECT_EQ(json(referral).value(QStringLiteral("referral_role")).toString(), s("inviter"));
    inviter.insert(QStringLiteral("referral_role"), s("friend"));
    EXPECT_EQ(call("finance", "POST", s("/api/v1/coupons"), inviter, -1).status, 400);

    // Neither the code's coupon nor the referral's is handed out at checkout.
    const HttpResponse best = call("dispatcher", "POST", s("/api/v1/coupons/best"),
                                   {{QStringLiteral("service_item_id"), s("S9001")},
                                    {QStringLiteral("price_cents"), 12800},
                                    {QStringLiteral("customer_id"), s("C9000001")}},
                                   -1, {});
    ASSERT_EQ(best.status, 200);
    EXPECT_FALSE(json(best).contains(QStringLiteral("coupon_id"))) << best.body.constData();
}

TEST_F(Commands, WithdrawalAboveTheBalanceIsRefused)
{
    // Earnings 88000: the first request (60000) fits, the second (40000) no longer.
    EXPECT_EQ(post("finance", "withdrawals", "W9000001", "approve", {}).status, 200);
    const HttpResponse over = post("finance", "withdrawals", "W9000002", "approve", {});
    EXPECT_EQ(over.status, 409);
    EXPECT_TRUE(json(over).value(QStringLiteral("detail")).toString().contains(s("28000")));
    EXPECT_EQ(post("finance", "withdrawals", "W9000001", "approve", {}).status, 409);
    const HttpResponse rejected = post("finance", "withdrawals", "W9000002", "reject",
                                       {{QStringLiteral("reason"), s("balance too low")}});
    ASSERT_EQ(rejected.status, 200);
    EXPECT_EQ(json(rejected).value(QStringLiteral("status")).toString(), s("rejected"));
    EXPECT_EQ(json(rejected).value(QStringLiteral("decided_by")).toString(), s("ST0003"));
}

TEST_F(Commands, CommissionRateCreateAndUpdateKeepHistory)
{
    const QString path = s("/api/v1/commission-rates/S9002");
    const QJsonObject body{{QStringLiteral("rate_bp"), 1500},
                           {QStringLiteral("effective_from"), s("2099-01-01")},
                           {QStringLiteral("reason"), s("launch")}};
    const HttpResponse created = call("admin", "PUT", path, body, 0);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(json(created).value(QStringLiteral("id")).toString(), s("CR-S9002"));
    EXPECT_TRUE(json(created).value(QStringLiteral("star_level")).isNull());
    EXPECT_EQ(call("admin", "PUT", path, body, 0).status, 412); // exists already

    QJsonObject update = body;
    update.insert(QStringLiteral("rate_bp"), 1800);
    update.insert(QStringLiteral("reason"), s("season"));
    const HttpResponse updated = call("admin", "PUT", path, update, 1);
    ASSERT_EQ(updated.status, 200) << updated.body.constData();
    const QJsonArray history = json(updated).value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first()[QStringLiteral("rate_bp")].toInteger(), 1500);
    EXPECT_EQ(history.first()[QStringLiteral("changed_by")].toString(), s("ST0001"));
    EXPECT_EQ(history.first()[QStringLiteral("reason")].toString(), s("launch"));
    EXPECT_EQ(json(updated).value(QStringLiteral("rate_bp")).toInteger(), 1800);

    QJsonObject level = body;
    level.insert(QStringLiteral("star_level"), 5);
    const HttpResponse levelRate = call("admin", "PUT", path, level, 0);
    EXPECT_EQ(levelRate.status, 201);
    EXPECT_EQ(json(levelRate).value(QStringLiteral("id")).toString(), s("CR-S9002-5"));
    QJsonObject past = body;
    past.insert(QStringLiteral("effective_from"), s("2020-01-01"));
    EXPECT_EQ(call("admin", "PUT", path, past, 2).status, 400);

    const HttpResponse price =
        post("admin", "service_items", "S9002", "price",
             {{QStringLiteral("price_cents"), 15800}, {QStringLiteral("reason"), s("costs")}});
    EXPECT_EQ(price.status, 405); // PUT only
    EXPECT_EQ(call("admin", "PUT", s("/api/v1/service-items/S9002/price"),
                   {{QStringLiteral("price_cents"), 15800}, {QStringLiteral("reason"), s("costs")}},
                   version("service_items", "S9002"))
                  .status,
              200);
}

TEST_F(Commands, ApplicationsAndTheSecondAuditorsStaleDecision)
{
    const qint64 v = version("applications", "A9000001");
    const QString path = s("/api/v1/applications/A9000001/approve");
    const HttpResponse approved =
        call("auditor", "POST", path, {{QStringLiteral("note"), s("ok")}}, v);
    ASSERT_EQ(approved.status, 200) << approved.body.constData();
    const QString technicianId = json(approved).value(QStringLiteral("technician_id")).toString();
    ASSERT_FALSE(technicianId.isEmpty());
    const auto technician = store().get(QStringLiteral("technicians"), technicianId);
    ASSERT_TRUE(technician.has_value());
    EXPECT_EQ(technician->doc.value(QStringLiteral("star_level")).toInt(), 3);
    EXPECT_EQ(technician->doc.value(QStringLiteral("status")).toString(), s("active"));
    EXPECT_EQ(technician->doc.value(QStringLiteral("name")).toString(), s("新师傅"));

    const HttpResponse second = call("auditor2", "POST", s("/api/v1/applications/A9000001/reject"),
                                     {{QStringLiteral("reasons"), QJsonArray{s("face_mismatch")}},
                                      {QStringLiteral("note"), s("retake the selfie")}},
                                     v);
    EXPECT_EQ(second.status, 412);
    EXPECT_EQ(json(second)[QStringLiteral("current")][QStringLiteral("status")].toString(),
              s("approved"));
    EXPECT_EQ(post("auditor2", "applications", "A9000003", "approve", {}).status, 409);
    const HttpResponse unknownReason = post(
        "auditor", "applications", "A9000002", "reject",
        {{QStringLiteral("reasons"), QJsonArray{s("ugly")}}, {QStringLiteral("note"), s("n")}});
    EXPECT_EQ(unknownReason.status, 400);

    ASSERT_EQ(post("auditor", "applications", "A9000002", "approve", {}).status, 200);
    EXPECT_EQ(doc("technicians", "T90001").value(QStringLiteral("annual_review_due")).toString(),
              s("2028-03-01"));
}

TEST_F(Commands, TechnicianActionsAreLogged)
{
    EXPECT_EQ(post("auditor", "technicians", "T90001", "suspend",
                   {{QStringLiteral("reason"), s("complaints")}})
                  .status,
              200);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "suspend",
                   {{QStringLiteral("reason"), s("again")}})
                  .status,
              409);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "reinstate",
                   {{QStringLiteral("reason"), s("cleared")}})
                  .status,
              200);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "star-level",
                   {{QStringLiteral("star_level"), 3}, {QStringLiteral("reason"), s("same")}})
                  .status,
              409);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "star-level",
                   {{QStringLiteral("star_level"), 6}, {QStringLiteral("reason"), s("r")}})
                  .status,
              400);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "star-level",
                   {{QStringLiteral("star_level"), 4}, {QStringLiteral("reason"), s("good")}})
                  .status,
              200);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "incentives",
                   {{QStringLiteral("kind"), s("penalty")},
                    {QStringLiteral("amount_cents"), 5000},
                    {QStringLiteral("reason"), s("late")}})
                  .status,
              200);
    EXPECT_EQ(post("auditor", "technicians", "T90001", "annual-review",
                   {{QStringLiteral("result"), s("fail")}, {QStringLiteral("note"), s("expired")}})
                  .status,
              200);
    const QJsonObject t = doc("technicians", "T90001");
    EXPECT_EQ(t.value(QStringLiteral("status")).toString(), s("suspended"));
    EXPECT_EQ(t.value(QStringLiteral("star_level")).toInt(), 4);
    QStringList actions;
    for (const QJsonValue &entry : t.value(QStringLiteral("action_log")).toArray())
        actions.append(entry[QStringLiteral("action")].toString());
    EXPECT_EQ(actions, (QStringList{s("suspend"), s("reinstate"), s("star_level"), s("penalty"),
                                    s("annual_review_fail")}));
    EXPECT_EQ(t.value(QStringLiteral("action_log"))
                  .toArray()[3][QStringLiteral("amount_cents")]
                  .toInteger(),
              5000);
}

TEST_F(Commands, ReassignUnknownTechnicianAndNotes)
{
    const HttpResponse same =
        post("dispatcher", "orders", "O9000002", "reassign",
             {{QStringLiteral("technician_id"), s("T90002")}, {QStringLiteral("reason"), s("r")}});
    EXPECT_EQ(same.status, 409);
    const HttpResponse unknown =
        post("dispatcher", "orders", "O9000002", "reassign",
             {{QStringLiteral("technician_id"), s("T00000")}, {QStringLiteral("reason"), s("r")}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(errorFields(unknown), QStringList{s("technician_id")});
    const HttpResponse noReason = post("dispatcher", "orders", "O9000002", "reassign",
                                       {{QStringLiteral("technician_id"), s("T90001")}});
    EXPECT_EQ(noReason.status, 400);
    const HttpResponse moved = post(
        "dispatcher2", "orders", "O9000002", "reassign",
        {{QStringLiteral("technician_id"), s("T90001")}, {QStringLiteral("reason"), s("closer")}});
    ASSERT_EQ(moved.status, 200) << moved.body.constData();
    const QJsonObject o = json(moved);
    EXPECT_EQ(o.value(QStringLiteral("technician_id")).toString(), s("T90001"));
    const QJsonObject last = o.value(QStringLiteral("status_history")).toArray().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("by")).toString(), s("ST0006"));
    EXPECT_EQ(last.value(QStringLiteral("reason")).toString(), s("closer"));

    const HttpResponse note =
        post("dispatcher", "orders", "O9000004", "notes", {{QStringLiteral("text"), s("called")}});
    ASSERT_EQ(note.status, 200); // notes are allowed in every status
    EXPECT_EQ(json(note)
                  .value(QStringLiteral("notes"))
                  .toArray()
                  .last()[QStringLiteral("text")]
                  .toString(),
              s("called"));
    EXPECT_EQ(post("dispatcher", "orders", "O9000404", "notes", {{QStringLiteral("text"), s("x")}})
                  .status,
              404);
}
