#pragma once

#include "models/Staff.h"
#include "models/finance/RefundQueue.h"
#include "services/audit/AuditRecords.h"
#include "services/orders/OrderCache.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OpsDesk {

// What the refund page reads from the local cache: the queue (every refund
// request in the staff member's city scope with its order's money), the
// earlier refunds and complaints of a customer or a technician, the
// technician's earnings from an order (for the refund split), and the
// approvals of ours not yet on the server (they count as refunded before
// the server says so). Single records, names and the outbox per record come
// through the orders reader and the audit workspace's reader, which it
// holds (orders(), records()).
//
// Threading contract: opens its own read-only connections to the cache
// file and belongs to the thread that called open() (the GUI thread). WAL
// mode: reads never wait for the sync engine's writer.
class RefundCache
{
public:
    // Until open() succeeds every read answers "nothing".
    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_records.isOpen(); }
    void reloadNames();

    OrderCache &orders() { return m_orders; }
    AuditRecords &records() { return m_records; }

    // Every request in scope, newest first; `now` gives the days waiting.
    // `openOnly`: only those awaiting a decision and those with a change of
    // ours not yet on the server (the queue's default view; a substring test
    // skips the decided requests' documents, most of them, unparsed).
    QList<Finance::RefundItem> items(const Staff &staff, const QDateTime &now,
                                     bool openOnly = false);

    // Approved amounts of requests of the order approved by us but not yet
    // on the server (not in the order's refunded_cents yet), other than
    // `exceptRefundId`.
    qint64 pendingApprovedCents(const QString &orderId, const QString &exceptRefundId = {});
    // The order's refunded_cents plus pendingApprovedCents.
    qint64 refundedCents(const QJsonObject &order, const QString &exceptRefundId = {});
    // The technician's earnings from the order: its settlement record when
    // there is one, else the settlement the order would get (commission
    // rates, the technician's star level, the coupon's cost bearer); 0
    // without a technician.
    qint64 technicianEarnings(const QJsonObject &order, const QDate &day);

    // Refunds and complaints whose `field` (customer_id, technician_id) is
    // `id`, newest first.
    QList<QJsonObject> refundsOf(const QString &field, const QString &id);
    QList<QJsonObject> complaintsOf(const QString &field, const QString &id);

private:
    OrderCache m_orders;
    AuditRecords m_records;
};

} // namespace OpsDesk
