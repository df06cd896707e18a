#pragma once

#include "server/api/RequestContext.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QList>
#include <QLoggingCategory>

namespace OpsDesk::Server {

// Look-ups the command handlers need beyond Store::get, and small helpers
// shared by the command route files.

Q_DECLARE_LOGGING_CATEGORY(lcAudit)

// Live records of `collection` whose top-level string field `field` equals
// `value`, by id. Served pairs (each with a partial expression index):
// orders.technician_id, settlements.order_id, settlements.technician_id,
// withdrawals.technician_id, refunds.technician_id, redemptions.customer_id.
QList<Record> findRecords(Store &store, const QString &collection, const char *field,
                          const QString &value);

// Creates the expression indexes findRecords() uses. findRecords() creates
// them on first use; on a large database call this once at start-up so the
// first command does not pay for it.
void ensureCommandIndexes(Store &store);

// Every live record of a small collection (coupons, commission rates).
QList<Record> allRecords(Store &store, const QString &collection);

// The next free id "<prefix><number>" zero-padded to at least `width` digits,
// one above the highest numeric id with that prefix.
QString nextSequentialId(Store &store, const QString &collection, const QString &prefix, int width);

// The staff id behind the request ("system" without a staff member).
QString actorId(const RequestContext &context);

// Writes the reason of a command without a field for it to the audit log.
void auditLog(const RequestContext &context, const QString &action, const QString &target,
              const QString &reason);

// Appends `entry` to the array `field` of `doc`.
void appendTo(QJsonObject &doc, const QString &field, const QJsonObject &entry);

// A 409 state-conflict naming the record's current status.
HttpResponse statusConflict(const QString &what, const QString &id, const QString &status,
                            const QString &allowed);

// Today's business day in China Standard Time (UTC+8) for an RFC 3339 time.
QDate businessDay(const QString &isoTime);

} // namespace OpsDesk::Server
