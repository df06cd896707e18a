#pragma once

#include "server/api/RequestContext.h"
#include "server/store/Store.h"

#include <optional>

namespace OpsDesk::Server {

// Building blocks of command handlers, in the order a handler uses them:
//
//   Record order;
//   if (auto error = loadForCommand(ctx, "orders", ctx.param("id"), &order)) return *error;
//   if (auto error = checkIfMatch(ctx, order)) return *error;
//   ... business rules → stateConflict("...") ...
//   return recordResponse(200, ctx.store.put("orders", doc, ctx.now));

// 404 when the record does not exist, 403 out-of-scope when the staff member
// may not work on its city.
std::optional<HttpResponse> loadForCommand(RequestContext &context, const QString &collection,
                                           const QString &id, Record *record);

// If-Match must be present ("7" or 7) and equal the record's version:
// missing or malformed → 400, stale → 412 with the current record.
std::optional<HttpResponse> checkIfMatch(RequestContext &context, const Record &record);

// 200/201 with the record as body and its version as ETag.
HttpResponse recordResponse(int status, const Record &record);

// 409 with type state-conflict (or another type, e.g. "refund-limit").
HttpResponse stateConflict(const QString &detail,
                           const QString &type = QStringLiteral("state-conflict"),
                           const QList<QPair<QString, QString>> &fieldErrors = {});

HttpResponse outOfScope(const QString &detail);

} // namespace OpsDesk::Server
