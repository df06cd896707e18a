// Dispatch commands on orders: assign, reassign, unassign, status,
// appointment, notes (api/openapi.yaml, tag "orders").
#include "models/OrderStatus.h"
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/FinanceSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QDateTime>

namespace OpsDesk::Server {

namespace {

const QString Orders = QStringLiteral("orders");

QString text(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1String(field)).toString();
}

std::optional<OrderStatus> statusOf(const QJsonObject &order)
{
    return orderStatusFromId(text(order, "status"));
}

QDateTime timeOf(const QJsonObject &doc, const char *field)
{
    return QDateTime::fromString(text(doc, field), Qt::ISODateWithMs);
}

void appendHistory(QJsonObject &order, OrderStatus status, const RequestContext &context,
                   const QString &reason)
{
    QJsonObject entry{{QStringLiteral("status"), orderStatusId(status)},
                      {QStringLiteral("at"), context.now},
                      {QStringLiteral("by"), actorId(context)}};
    if (!reason.isEmpty())
        entry.insert(QStringLiteral("reason"), reason);
    appendTo(order, QStringLiteral("status_history"), entry);
}

// An order occupies its technician's schedule from assignment until it ends.
bool holdsSchedule(const QJsonObject &order)
{
    const auto status = statusOf(order);
    return status && !isOrderTerminal(*status) && *status != OrderStatus::PendingPayment &&
           *status != OrderStatus::AwaitingDispatch;
}

// Another order of the technician whose appointment window overlaps
// [start, end) (windows touching at one instant do not overlap).
std::optional<QString> scheduleConflict(Store &store, const QString &technicianId,
                                        const QString &orderId, const QDateTime &start,
                                        const QDateTime &end)
{
    for (const Record &other : findRecords(store, Orders, "technician_id", technicianId)) {
        if (other.id == orderId || !holdsSchedule(other.doc))
            continue;
        const QDateTime otherStart = timeOf(other.doc, "appointment_start");
        const QDateTime otherEnd = timeOf(other.doc, "appointment_end");
        if (start < otherEnd && otherStart < end)
            return other.id;
    }
    return std::nullopt;
}

HttpResponse scheduleConflictResponse(const QString &technicianId, const QString &otherOrder)
{
    return stateConflict(
        QStringLiteral("Technician %1 is already booked in this window for order %2.")
            .arg(technicianId, otherOrder),
        QStringLiteral("schedule-conflict"),
        {{QStringLiteral("technician_id"),
          QStringLiteral("already booked for order %1 in this window").arg(otherOrder)}});
}

// The technician may take the order: exists, active, same city, has the
// skill, and is free in the order's appointment window.
std::optional<HttpResponse> checkTechnician(RequestContext &context, const Record &order,
                                            const QString &technicianId)
{
    const auto technician = context.store.get(QStringLiteral("technicians"), technicianId);
    if (!technician)
        return Problem::validation(
                   {{QStringLiteral("technician_id"),
                     QStringLiteral("there is no technician %1").arg(technicianId)}})
            .toResponse();
    const QJsonObject &t = technician->doc;
    if (text(t, "status") != QLatin1String("active"))
        return stateConflict(
            QStringLiteral("Technician %1 is %2 and cannot take orders.")
                .arg(technicianId, text(t, "status")),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("technician_id"), QStringLiteral("the technician is not active")}});
    if (text(t, "city") != text(order.doc, "city"))
        return stateConflict(
            QStringLiteral("Technician %1 works in %2, order %3 is in %4.")
                .arg(technicianId, text(t, "city"), order.id, text(order.doc, "city")),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("technician_id"),
              QStringLiteral("the technician works in another city")}});
    const QString item = text(order.doc, "service_item_id");
    if (!t.value(QStringLiteral("skills")).toArray().contains(QJsonValue(item)))
        return stateConflict(QStringLiteral("Technician %1 lacks the skill for service item %2.")
                                 .arg(technicianId, item),
                             QStringLiteral("state-conflict"),
                             {{QStringLiteral("technician_id"),
                               QStringLiteral("the technician lacks the skill %1").arg(item)}});
    if (const auto other = scheduleConflict(context.store, technicianId, order.id,
                                            timeOf(order.doc, "appointment_start"),
                                            timeOf(order.doc, "appointment_end")))
        return scheduleConflictResponse(technicianId, *other);
    return std::nullopt;
}

// Loads the order and checks scope and If-Match.
std::optional<HttpResponse> loadOrder(RequestContext &context, Record *order)
{
    if (auto error = loadForCommand(context, Orders, context.param("id"), order))
        return error;
    return checkIfMatch(context, *order);
}

HttpResponse assign(RequestContext &context)
{
    BodyReader in(context.body);
    const QString technicianId = in.string("technician_id", {.maxLength = 64});
    const QString reason = in.string("reason", {.required = false, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto status = statusOf(order.doc);
    if (status != OrderStatus::AwaitingDispatch)
        return statusConflict(QStringLiteral("Order"), order.id, text(order.doc, "status"),
                              QStringLiteral("awaiting_dispatch"));
    if (auto error = checkTechnician(context, order, technicianId))
        return *error;
    order.doc.insert(QStringLiteral("technician_id"), technicianId);
    order.doc.insert(QStringLiteral("status"), orderStatusId(OrderStatus::Assigned));
    appendHistory(order.doc, OrderStatus::Assigned, context, reason);
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

bool mayHandOver(OrderStatus status)
{
    return status == OrderStatus::Assigned || status == OrderStatus::Accepted ||
           status == OrderStatus::EnRoute;
}

HttpResponse reassign(RequestContext &context)
{
    BodyReader in(context.body);
    const QString technicianId = in.string("technician_id", {.maxLength = 64});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto status = statusOf(order.doc);
    if (!status || !mayHandOver(*status) ||
        !isOrderTransitionAllowed(*status, OrderStatus::Assigned))
        return statusConflict(QStringLiteral("Order"), order.id, text(order.doc, "status"),
                              QStringLiteral("assigned, accepted or en_route"));
    if (text(order.doc, "technician_id") == technicianId)
        return stateConflict(
            QStringLiteral("Order %1 is already assigned to %2.").arg(order.id, technicianId),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("technician_id"), QStringLiteral("is the current technician")}});
    if (auto error = checkTechnician(context, order, technicianId))
        return *error;
    order.doc.insert(QStringLiteral("technician_id"), technicianId);
    order.doc.insert(QStringLiteral("status"), orderStatusId(OrderStatus::Assigned));
    appendHistory(order.doc, OrderStatus::Assigned, context, reason);
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

HttpResponse unassign(RequestContext &context)
{
    BodyReader in(context.body);
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto status = statusOf(order.doc);
    if (!status || !mayHandOver(*status) ||
        !isOrderTransitionAllowed(*status, OrderStatus::AwaitingDispatch))
        return statusConflict(QStringLiteral("Order"), order.id, text(order.doc, "status"),
                              QStringLiteral("assigned, accepted or en_route"));
    order.doc.remove(QStringLiteral("technician_id"));
    order.doc.insert(QStringLiteral("status"), orderStatusId(OrderStatus::AwaitingDispatch));
    appendHistory(order.doc, OrderStatus::AwaitingDispatch, context, reason);
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

HttpResponse changeStatus(RequestContext &context)
{
    QStringList ids;
    for (const OrderStatus s : allOrderStatuses())
        ids.append(orderStatusId(s));
    BodyReader in(context.body);
    const QString target = in.string("status", {.maxLength = 40, .oneOf = ids});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto from = statusOf(order.doc);
    const OrderStatus to = *orderStatusFromId(target);
    // Dispatch may cancel early orders or record the technician's next step.
    const bool allowed = from && isOrderTransitionAllowed(*from, to) &&
                         ((to == OrderStatus::Cancelled && isOrderCancellable(*from)) ||
                          nextOrderProgressStep(*from) == to);
    if (!allowed)
        return stateConflict(
            QStringLiteral("Order %1 cannot go from %2 to %3: dispatch may cancel an order "
                           "before the technician sets off or record the next progress step.")
                .arg(order.id, text(order.doc, "status"), target),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("status"),
              QStringLiteral("not allowed from %1").arg(text(order.doc, "status"))}});
    order.doc.insert(QStringLiteral("status"), target);
    appendHistory(order.doc, to, context, reason);
    const Record saved = context.store.put(Orders, order.doc, context.now);
    // A completed order is settled with its technician at once.
    if (to == OrderStatus::Completed && !text(order.doc, "technician_id").isEmpty() &&
        findRecords(context.store, QStringLiteral("settlements"), "order_id", order.id).isEmpty())
        context.store.put(QStringLiteral("settlements"),
                          settlementRecord(context.store, saved.doc, context.now), context.now);
    return recordResponse(200, saved);
}

HttpResponse reschedule(RequestContext &context)
{
    BodyReader in(context.body);
    const QString start = in.dateTime("appointment_start");
    const QString end = in.dateTime("appointment_end");
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    const QDateTime startTime = QDateTime::fromString(start, Qt::ISODateWithMs);
    const QDateTime endTime = QDateTime::fromString(end, Qt::ISODateWithMs);
    if (startTime.isValid() && endTime.isValid() && endTime <= startTime)
        in.addError(QStringLiteral("appointment_end"),
                    QStringLiteral("must be after appointment_start"));
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto status = statusOf(order.doc);
    const bool movable = status && !isOrderTerminal(*status) && *status != OrderStatus::InService;
    if (!movable)
        return statusConflict(QStringLiteral("Order"), order.id, text(order.doc, "status"),
                              QStringLiteral("not yet in service"));
    const QString technicianId = text(order.doc, "technician_id");
    if (!technicianId.isEmpty() && holdsSchedule(order.doc)) {
        if (const auto other =
                scheduleConflict(context.store, technicianId, order.id, startTime, endTime))
            return scheduleConflictResponse(technicianId, *other);
    }
    order.doc.insert(QStringLiteral("appointment_start"), start);
    order.doc.insert(QStringLiteral("appointment_end"), end);
    appendTo(order.doc, QStringLiteral("notes"),
             QJsonObject{{QStringLiteral("at"), context.now},
                         {QStringLiteral("by"), actorId(context)},
                         {QStringLiteral("text"), reason}});
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

// The technician's planned arrival inside the appointment window (the day
// schedule's move): the window, the customer's promise, stays as it is.
HttpResponse plan(RequestContext &context)
{
    BodyReader in(context.body);
    const QString start = in.dateTime("planned_start");
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    const auto status = statusOf(order.doc);
    if (!status || !mayHandOver(*status) || text(order.doc, "technician_id").isEmpty())
        return statusConflict(QStringLiteral("Order"), order.id, text(order.doc, "status"),
                              QStringLiteral("assigned, accepted or en_route"));
    const QDateTime startTime = QDateTime::fromString(start, Qt::ISODateWithMs);
    if (startTime < timeOf(order.doc, "appointment_start") ||
        startTime >= timeOf(order.doc, "appointment_end")) {
        in.addError(QStringLiteral("planned_start"),
                    QStringLiteral("must be inside the appointment window"));
        return in.problem().toResponse();
    }
    order.doc.insert(QStringLiteral("planned_start"), start);
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

HttpResponse addNote(RequestContext &context)
{
    BodyReader in(context.body);
    const QString note = in.string("text", {.minLength = 1, .maxLength = 2000});
    if (!in.ok())
        return in.problem().toResponse();
    Record order;
    if (auto error = loadOrder(context, &order))
        return *error;
    appendTo(order.doc, QStringLiteral("notes"),
             QJsonObject{{QStringLiteral("at"), context.now},
                         {QStringLiteral("by"), actorId(context)},
                         {QStringLiteral("text"), note}});
    return recordResponse(200, context.store.put(Orders, order.doc, context.now));
}

} // namespace

void registerOrderRoutes(Router &router)
{
    const RouteOptions dispatch{
        .roles = {Role::Dispatcher, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/assign"), dispatch, assign);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/reassign"), dispatch, reassign);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/unassign"), dispatch, unassign);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/status"), dispatch, changeStatus);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/appointment"), dispatch, reschedule);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/plan"), dispatch, plan);
    router.add("POST", QStringLiteral("/api/v1/orders/{id}/notes"),
               {.roles = {Role::Dispatcher, Role::Finance, Role::Admin},
                .command = true,
                .jsonBody = true},
               addNote);
}

} // namespace OpsDesk::Server
