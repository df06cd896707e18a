#pragma once

// Refund requests set up on the real reference server for the finance
// tests: customers create refund requests, no business command does, so the
// admin's test-only PUT /admin/records stores an order and its requests
// (copies of demo records, so both follow the contract's schemas).
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "services/cache/CacheDatabase.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

#include <QUuid>
#include <functional>

namespace OpsDesk::TestSupport {

class RefundSetup
{
public:
    // Signs in as the demo admin; false when that failed.
    bool start(const QUrl &base)
    {
        m_base = base;
        const HttpResult login = httpRequest(
            "POST", url(QStringLiteral("/api/v1/auth/login")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                                      {QStringLiteral("password"), QStringLiteral("opsdesk-demo")}})
                .toJson(),
            {{"Content-Type", "application/json"}});
        m_token = login.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
        if (m_token.isEmpty())
            return false;
        for (const QJsonObject &o : serverSnapshot(m_base, m_token, QStringLiteral("orders")))
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("completed") &&
                o.contains(QStringLiteral("technician_id")) &&
                !o.contains(QStringLiteral("coupon_id"))) {
                m_order = o;
                break;
            }
        const auto refunds = serverSnapshot(m_base, m_token, QStringLiteral("refunds"));
        if (!refunds.isEmpty())
            m_refund = refunds.cbegin().value();
        return !m_order.isEmpty() && !m_refund.isEmpty();
    }

    QByteArray token() const { return m_token; }

    // A completed order paid `paidCents` (refunded `refundedCents`); its id.
    QString order(qint64 paidCents, qint64 refundedCents = 0)
    {
        const QString id = QStringLiteral("OFT%1").arg(++m_serial);
        QJsonObject doc = m_order;
        doc.insert(QStringLiteral("id"), id);
        doc.insert(QStringLiteral("price_cents"), paidCents);
        doc.insert(QStringLiteral("coupon_discount_cents"), 0);
        doc.insert(QStringLiteral("paid_cents"), paidCents);
        doc.insert(QStringLiteral("refunded_cents"), refundedCents);
        doc.insert(QStringLiteral("has_refund"), true);
        // Completed an hour ago and not settled yet: the server splits a
        // refund by the settlement it would get today, as the console does
        // by the rates of the completion day.
        QJsonArray history = doc.value(QStringLiteral("status_history")).toArray();
        if (!history.isEmpty()) {
            QJsonObject completed = history.last().toObject();
            completed.insert(
                QStringLiteral("at"),
                QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
            history.replace(history.size() - 1, completed);
            doc.insert(QStringLiteral("status_history"), history);
        }
        return put(QStringLiteral("orders"), id, doc) ? id : QString();
    }

    // A submitted request on `orderId` for `amountCents`; its id.
    QString request(const QString &orderId, qint64 amountCents,
                    const QString &reasonCode = QStringLiteral("poor_quality"))
    {
        const QString id = QStringLiteral("RFT%1").arg(++m_serial);
        QJsonObject doc = m_refund;
        for (const char *decided :
             {"approved_amount_cents", "technician_share_cents", "platform_share_cents",
              "rejection_reason", "decided_at", "decided_by"})
            doc.remove(QLatin1String(decided));
        doc.insert(QStringLiteral("id"), id);
        doc.insert(QStringLiteral("order_id"), orderId);
        doc.insert(QStringLiteral("customer_id"), m_order.value(QStringLiteral("customer_id")));
        doc.insert(QStringLiteral("technician_id"), m_order.value(QStringLiteral("technician_id")));
        doc.insert(QStringLiteral("city"), m_order.value(QStringLiteral("city")));
        doc.insert(QStringLiteral("amount_requested_cents"), amountCents);
        doc.insert(QStringLiteral("reason_code"), reasonCode);
        doc.insert(QStringLiteral("reason_text"), QStringLiteral("测试退款申请"));
        doc.insert(QStringLiteral("evidence"), QJsonArray());
        doc.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        doc.insert(QStringLiteral("approvals"), QJsonArray());
        doc.insert(QStringLiteral("created_at"),
                   QDateTime::currentDateTimeUtc().addSecs(-1800).toString(Qt::ISODateWithMs));
        return put(QStringLiteral("refunds"), id, doc) ? id : QString();
    }

    // The server's current record.
    QJsonObject server(const QString &collection, const QString &id) const
    {
        return serverSnapshot(m_base, m_token, collection).value(id);
    }

    // Pulls the server's changes into a console cache now, until `done`
    // holds (a run already under way may have started before the change).
    static bool pull(SyncSession &sync, const std::function<bool()> &done = {})
    {
        for (int attempt = 0; attempt < 10; ++attempt) {
            QSignalSpy synced(sync.engine(), &SyncEngine::runFinished);
            sync.engine()->syncNow();
            if (!synced.wait(30000) || !synced.first().first().toBool())
                return false;
            if (!done || done())
                return true;
        }
        return false;
    }
    // … until the cache at `cachePath` has the record at the server's version.
    bool pullRecord(SyncSession &sync, const QString &collection, const QString &id)
    {
        const qint64 version = server(collection, id).value(QStringLiteral("version")).toInteger();
        return pull(sync, [&] {
            CacheDatabase db;
            if (!db.open(sync.cachePath(), CacheDatabase::Mode::ReadOnly, nullptr))
                return false;
            QSqlQuery query(db.database());
            query.prepare(
                QStringLiteral("SELECT version FROM records WHERE collection = ? AND id = ?"));
            query.addBindValue(collection);
            query.addBindValue(id);
            return query.exec() && query.next() && query.value(0).toLongLong() >= version;
        });
    }
    // … until the cache has these orders and refund requests at the
    // server's versions.
    bool pullAll(SyncSession &sync, const QStringList &orders, const QStringList &refunds)
    {
        for (const QString &id : orders)
            if (!pullRecord(sync, QStringLiteral("orders"), id))
                return false;
        for (const QString &id : refunds)
            if (!pullRecord(sync, QStringLiteral("refunds"), id))
                return false;
        return true;
    }

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_base;
        u.setPath(path);
        return u;
    }

    bool put(const QString &collection, const QString &id, const QJsonObject &doc)
    {
        const HttpResult stored = httpRequest(
            "PUT", url(QStringLiteral("/api/v1/admin/records/%1/%2").arg(collection, id)),
            QJsonDocument(doc).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + m_token},
             {"Content-Type", "application/json"},
             {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        return stored.status == 200;
    }

    QUrl m_base;
    QByteArray m_token;
    QJsonObject m_order;
    QJsonObject m_refund;
    int m_serial = 0;
};

// A suite on the finance clerk's synced demo, with `setup` signed in as the
// admin to add refund requests.
class RefundSuite : public SyncedDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        if (!startSuite(QStringLiteral("finance")))
            return;
        setup = new RefundSetup;
        if (!setup->start(env->server.baseUrl())) {
            delete setup;
            setup = nullptr;
        }
    }
    static void TearDownTestSuite()
    {
        delete setup;
        setup = nullptr;
        SyncedDemoSuite::TearDownTestSuite();
    }
    void SetUp() override
    {
        SyncedDemoSuite::SetUp();
        ASSERT_TRUE(setup) << "the admin could not set up refund requests";
    }

    static inline RefundSetup *setup = nullptr;
};

} // namespace OpsDesk::TestSupport
