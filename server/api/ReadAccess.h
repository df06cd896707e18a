#pragma once

#include "server/api/RequestContext.h"

#include <QString>

namespace OpsDesk::Server {

// Who may read what: the one rule behind GET /sync/{collection} and the
// change events of GET /events.
//
// All roles read orders, customers, technicians, service_items, reviews,
// complaints and (their own record of) staff; applications need auditor;
// refunds, coupons, redemptions, commission_rates, settlements and
// withdrawals need finance; admin reads everything.
bool mayReadCollection(const StaffIdentity &staff, const QString &collection);

// Non-admins see only their own staff record: the one id they may read of
// `collection`, or an empty string when every id is readable.
QString onlyReadableId(const StaffIdentity &staff, const QString &collection);

// One record: its collection is readable, it is the caller's own staff
// record where that applies, and its city (empty = none) is in scope.
bool mayReadRecord(const StaffIdentity &staff, const QString &collection, const QString &id,
                   const QString &city);

} // namespace OpsDesk::Server
