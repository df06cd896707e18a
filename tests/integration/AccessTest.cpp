// 401 and 403 over every endpoint of the contract, through the validating
// proxy: who may call what.
#include "integration/ContractFixture.h"

#include <QJsonDocument>

using namespace OpsDesk::Contract;

namespace {

struct Endpoint
{
    QByteArray method;
    QString path;
    QByteArray body;      // a body that follows the contract
    QStringList allowed;  // roles besides admin; empty = every role
    bool command = false; // Idempotency-Key
    bool ifMatch = false; // If-Match
};

const QByteArray Reason = R"({"reason":"contract test"})";

// Every command of the contract with a valid body. IDs need not exist: roles
// are checked before the record is loaded.
QList<Endpoint> commandEndpoints()
{
    const QStringList dispatcher{QStringLiteral("dispatcher")};
    const QStringList auditor{QStringLiteral("auditor")};
    const QStringList finance{QStringLiteral("finance")};
    const QStringList adminOnly{};
    return {
        {"POST", QStringLiteral("/orders/O1/assign"),
         R"({"technician_id":"T00001","reason":"contract test"})", dispatcher, true, true},
        {"POST", QStringLiteral("/orders/O1/reassign"),
         R"({"technician_id":"T00001","reason":"contract test"})", dispatcher, true, true},
        {"POST", QStringLiteral("/orders/O1/unassign"), Reason, dispatcher, true, true},
        {"POST", QStringLiteral("/orders/O1/status"),
         R"({"status":"cancelled","reason":"contract test"})", dispatcher, true, true},
        {"POST", QStringLiteral("/orders/O1/appointment"),
         R"({"appointment_start":"2026-12-01T01:00:00Z","appointment_end":"2026-12-01T03:00:00Z","reason":"contract test"})",
         dispatcher, true, true},
        {"POST", QStringLiteral("/orders/O1/plan"), R"({"planned_start":"2026-12-01T01:30:00Z"})",
         dispatcher, true, true},
        {"POST",
         QStringLiteral("/orders/O1/notes"),
         R"({"text":"contract test"})",
         {QStringLiteral("dispatcher"), QStringLiteral("finance")},
         true,
         true},
        {"POST", QStringLiteral("/applications/A1/approve"), R"({"note":"ok"})", auditor, true,
         true},
        {"POST", QStringLiteral("/applications/A1/reject"),
         R"({"reasons":["id_photo_unreadable"],"note":"Upload a sharper photo."})", auditor, true,
         true},
        {"POST", QStringLiteral("/technicians/T1/annual-review"),
         R"({"result":"pass","note":"contract test"})", auditor, true, true},
        {"POST", QStringLiteral("/technicians/T1/suspend"), Reason, auditor, true, true},
        {"POST", QStringLiteral("/technicians/T1/reinstate"), Reason, auditor, true, true},
        {"POST", QStringLiteral("/technicians/T1/star-level"),
         R"({"star_level":3,"reason":"contract test"})", auditor, true, true},
        {"POST", QStringLiteral("/technicians/T1/incentives"),
         R"({"kind":"reward","amount_cents":1000,"reason":"contract test"})", auditor, true, true},
        {"POST", QStringLiteral("/refunds/R1/approve"),
         R"({"amount_cents":100,"note":"contract test"})", finance, true, true},
        {"POST", QStringLiteral("/refunds/R1/reject"), Reason, finance, true, true},
        {"POST", QStringLiteral("/coupons"),
         R"({"name":"Contract","kind":"no_threshold","amount_off_cents":500,"service_item_ids":[],"per_customer_limit":1,"new_customers_only":false,"stackable":false,"cost_bearer":"platform"})",
         finance, true, false},
        {"PUT", QStringLiteral("/coupons/CP1"),
         R"({"name":"Contract","kind":"no_threshold","amount_off_cents":500,"service_item_ids":[],"per_customer_limit":1,"new_customers_only":false,"stackable":false,"cost_bearer":"platform"})",
         finance, true, true},
        {"POST", QStringLiteral("/coupons/CP1/disable"), Reason, finance, true, true},
        {"POST", QStringLiteral("/withdrawals/W1/approve"), R"({"note":"ok"})", finance, true,
         true},
        {"POST", QStringLiteral("/withdrawals/W1/reject"), Reason, finance, true, true},
        {"PUT", QStringLiteral("/commission-rates/S1"),
         R"({"rate_bp":1500,"effective_from":"2026-12-01","reason":"contract test"})", adminOnly,
         true, true},
        {"PUT", QStringLiteral("/service-items/S1/price"),
         R"({"price_cents":9900,"reason":"contract test"})", adminOnly, true, true},
        {"PUT", QStringLiteral("/admin/faults"),
         R"({"latency_ms":0,"error_rate":0,"drop_after_commit":0,"slow_body_ms":0,"truncate_json_next":0})",
         adminOnly, true, false},
        {"POST", QStringLiteral("/admin/simulator"), R"({"running":false})", adminOnly, true,
         false},
        {"DELETE", QStringLiteral("/admin/records/orders/O1"), {}, adminOnly, true, false},
        {"PUT", QStringLiteral("/admin/records/orders/O1"), R"({"id":"O1"})", adminOnly, true,
         false},
    };
}

// Every authenticated endpoint that is not a command.
QList<Endpoint> readEndpoints()
{
    QList<Endpoint> list{
        {"GET", QStringLiteral("/me"), {}, {}},
        {"POST", QStringLiteral("/auth/logout"), R"({"refresh_token":"x"})", {}},
        {"GET", QStringLiteral("/sync/orders"), {}, {}},
        {"GET",
         QStringLiteral("/files/"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
         {},
         {}},
        {"POST",
         QStringLiteral("/coupons/best"),
         R"({"service_item_id":"S0001","price_cents":10000,"customer_id":"C1"})",
         {}},
        {"GET", QStringLiteral("/admin/faults"), {}, {}},
    };
    for (const char *stat : {"orders-daily", "technicians-active", "funnel", "orders-per-customer",
                             "complaint-praise", "coupons", "heatmap"})
        list.append({"GET", QStringLiteral("/stats/") + QLatin1String(stat), {}, {}});
    return list;
}

Call callOf(const Endpoint &endpoint)
{
    Call call;
    call.method = endpoint.method;
    call.path = endpoint.path;
    call.body = endpoint.body;
    if (endpoint.command)
        call.idempotencyKey = newKey();
    if (endpoint.ifMatch)
        call.ifMatch = quotedVersion(1);
    return call;
}

class Access : public ContractTest
{
};

} // namespace

TEST_F(Access, EveryAuthenticatedEndpointAnswers401WithoutOrWithABadToken)
{
    QStringList waiting;
    QList<Endpoint> endpoints = commandEndpoints();
    endpoints += readEndpoints();
    for (const Endpoint &endpoint : endpoints) {
        if (!serverHasRoute(endpoint.method, endpoint.path)) {
            waiting.append(QString::fromLatin1(endpoint.method) + QLatin1Char(' ') + endpoint.path);
            continue;
        }
        for (const QByteArray &token : {QByteArray(), QByteArray("not-a-real-token")}) {
            Call call = callOf(endpoint);
            call.token = token;
            // Without a valid token the request breaks the contract's
            // security requirement, so it goes through the observing proxy.
            const Response response = send(call, Route::Observing);
            EXPECT_EQ(response.status, 401)
                << endpoint.method.constData() << ' ' << qPrintable(endpoint.path) << " token '"
                << token.constData() << "': " << qPrintable(response.describe());
            EXPECT_EQ(response.problemType(), QStringLiteral("unauthorized"))
                << qPrintable(response.describe());
            EXPECT_EQ(response.header("www-authenticate").left(6), QByteArray("Bearer"));
        }
    }
    if (!waiting.isEmpty())
        GTEST_SKIP() << "checked the served endpoints; waiting for: "
                     << qPrintable(waiting.join(QStringLiteral(", ")));
}

TEST_F(Access, EveryCommandRefusesTheRolesThatMayNotCallIt)
{
    const QStringList roles{QStringLiteral("dispatcher"), QStringLiteral("auditor"),
                            QStringLiteral("finance")};
    QStringList waiting;
    int checked = 0;
    for (const Endpoint &endpoint : commandEndpoints()) {
        if (!serverHasRoute(endpoint.method, endpoint.path)) {
            waiting.append(QString::fromLatin1(endpoint.method) + QLatin1Char(' ') + endpoint.path);
            continue;
        }
        for (const QString &role : roles) {
            if (endpoint.allowed.contains(role))
                continue;
            Call call = callOf(endpoint);
            call.token = token(role);
            const Response response = send(call);
            ++checked;
            EXPECT_EQ(response.status, 403)
                << qPrintable(role) << " on " << endpoint.method.constData() << ' '
                << qPrintable(endpoint.path) << ": " << qPrintable(response.describe());
            EXPECT_EQ(response.problemType(), QStringLiteral("forbidden"))
                << qPrintable(response.describe());
        }
    }
    EXPECT_GT(checked, 0);
    if (!waiting.isEmpty())
        GTEST_SKIP() << "checked " << checked << " refusals; waiting for: "
                     << qPrintable(waiting.join(QStringLiteral(", ")));
}

TEST_F(Access, ReadableCollectionsFollowTheRoles)
{
    struct Expectation
    {
        const char *role;
        const char *collection;
        int status;
    };
    for (const Expectation &e :
         {Expectation{"dispatcher", "orders", 200}, Expectation{"dispatcher", "refunds", 403},
          Expectation{"dispatcher", "applications", 403},
          Expectation{"auditor", "applications", 200}, Expectation{"auditor", "withdrawals", 403},
          Expectation{"finance", "refunds", 200}, Expectation{"finance", "commission_rates", 200},
          Expectation{"finance", "applications", 403}, Expectation{"admin", "settlements", 200}}) {
        const Response response =
            get(QStringLiteral("/sync/%1?limit=1").arg(QLatin1String(e.collection)),
                QString::fromLatin1(e.role));
        EXPECT_EQ(response.status, e.status)
            << e.role << " reading " << e.collection << ": " << qPrintable(response.describe());
    }
}
