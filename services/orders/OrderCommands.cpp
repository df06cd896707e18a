#include "services/orders/OrderCommands.h"

#include "models/OrderStatus.h"

#include <QJsonArray>

namespace OpsDesk::OrderCommands {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<OrderStatus> statusOf(const QJsonObject &order)
{
    return orderStatusFromId(order.value(QStringLiteral("status")).toString());
}

QString idOf(const QJsonObject &order)
{
    return order.value(QStringLiteral("id")).toString();
}

void append(QJsonObject &doc, const QString &key, const QJsonObject &entry)
{
    QJsonArray list = doc.value(key).toArray();
    list.append(entry);
    doc.insert(key, list);
}

LocalChange change(const QJsonObject &order, const QString &command, const QJsonObject &body,
                   const QJsonObject &look, const QString &summary)
{
    return recordCommand(QStringLiteral("orders"), order, command, body, look, summary);
}

} // namespace

bool mayDispatch(const Staff &staff)
{
    return staff.hasRole(Role::Dispatcher) || staff.hasRole(Role::Admin);
}

bool mayAddNote(const Staff &staff)
{
    return mayDispatch(staff) || staff.hasRole(Role::Finance);
}

bool mayCancel(const Staff &staff, const QJsonObject &order)
{
    const auto status = statusOf(order);
    return mayDispatch(staff) && status && isOrderCancellable(*status);
}

bool mayReschedule(const Staff &staff, const QJsonObject &order)
{
    const auto status = statusOf(order);
    return mayDispatch(staff) && status && !isOrderTerminal(*status) &&
           *status != OrderStatus::InService;
}

bool mayAssign(const Staff &staff, const QJsonObject &order)
{
    return mayDispatch(staff) && statusOf(order) == OrderStatus::AwaitingDispatch;
}

bool mayReassign(const Staff &staff, const QJsonObject &order)
{
    const auto status = statusOf(order);
    return mayDispatch(staff) &&
           (status == OrderStatus::Assigned || status == OrderStatus::Accepted ||
            status == OrderStatus::EnRoute);
}

bool mayPlan(const Staff &staff, const QJsonObject &order)
{
    return mayReassign(staff, order) &&
           !order.value(QStringLiteral("technician_id")).toString().isEmpty();
}

LocalChange cancel(const Staff &staff, const QJsonObject &order, const QString &reason)
{
    const QString cancelled = orderStatusId(OrderStatus::Cancelled);
    QJsonObject look = order;
    look.insert(QStringLiteral("status"), cancelled);
    append(look, QStringLiteral("status_history"),
           QJsonObject{{QStringLiteral("status"), cancelled},
                       {QStringLiteral("at"), now()},
                       {QStringLiteral("by"), staff.id},
                       {QStringLiteral("reason"), reason}});
    return change(
        order, QStringLiteral("status"),
        QJsonObject{{QStringLiteral("status"), cancelled}, {QStringLiteral("reason"), reason}},
        look, QStringLiteral("Cancel %1: %2").arg(idOf(order), reason));
}

LocalChange reschedule(const Staff &staff, const QJsonObject &order, const QDateTime &start,
                       const QDateTime &end, const QString &reason)
{
    QJsonObject look = order;
    look.insert(QStringLiteral("appointment_start"), isoUtc(start));
    look.insert(QStringLiteral("appointment_end"), isoUtc(end));
    append(look, QStringLiteral("notes"),
           QJsonObject{{QStringLiteral("at"), now()},
                       {QStringLiteral("by"), staff.id},
                       {QStringLiteral("text"), reason}});
    return change(order, QStringLiteral("appointment"),
                  QJsonObject{{QStringLiteral("appointment_start"), isoUtc(start)},
                              {QStringLiteral("appointment_end"), isoUtc(end)},
                              {QStringLiteral("reason"), reason}},
                  look, QStringLiteral("Move %1 to %2").arg(idOf(order), isoUtc(start)));
}

LocalChange plan(const Staff &, const QJsonObject &order, const QDateTime &start)
{
    QJsonObject look = order;
    look.insert(QStringLiteral("planned_start"), isoUtc(start));
    return change(order, QStringLiteral("plan"),
                  QJsonObject{{QStringLiteral("planned_start"), isoUtc(start)}}, look,
                  QStringLiteral("Plan %1 at %2").arg(idOf(order), isoUtc(start)));
}

LocalChange addNote(const Staff &staff, const QJsonObject &order, const QString &text)
{
    QJsonObject look = order;
    append(look, QStringLiteral("notes"),
           QJsonObject{{QStringLiteral("at"), now()},
                       {QStringLiteral("by"), staff.id},
                       {QStringLiteral("text"), text}});
    return change(order, QStringLiteral("notes"), QJsonObject{{QStringLiteral("text"), text}}, look,
                  QStringLiteral("Note on %1").arg(idOf(order)));
}

namespace {

// Assign and reassign: the order goes to the technician as "assigned", the
// reason (optional for assign) in its history and in the request.
LocalChange handOver(const Staff &staff, const QJsonObject &order, const QString &technicianId,
                     const QString &reason, const QString &command, const QString &summary)
{
    const QString assigned = orderStatusId(OrderStatus::Assigned);
    QJsonObject look = order;
    look.insert(QStringLiteral("status"), assigned);
    look.insert(QStringLiteral("technician_id"), technicianId);
    QJsonObject entry{{QStringLiteral("status"), assigned},
                      {QStringLiteral("at"), now()},
                      {QStringLiteral("by"), staff.id}};
    QJsonObject body{{QStringLiteral("technician_id"), technicianId}};
    if (!reason.isEmpty()) {
        entry.insert(QStringLiteral("reason"), reason);
        body.insert(QStringLiteral("reason"), reason.left(500));
    }
    append(look, QStringLiteral("status_history"), entry);
    return change(order, command, body, look, summary);
}

} // namespace

LocalChange assign(const Staff &staff, const QJsonObject &order, const QString &technicianId,
                   const QString &why)
{
    return handOver(staff, order, technicianId, why, QStringLiteral("assign"),
                    QStringLiteral("Assign %1 to %2").arg(idOf(order), technicianId));
}

LocalChange reassign(const Staff &staff, const QJsonObject &order, const QString &technicianId,
                     const QString &reason)
{
    return handOver(staff, order, technicianId, reason, QStringLiteral("reassign"),
                    QStringLiteral("Reassign %1 to %2: %3").arg(idOf(order), technicianId, reason));
}

} // namespace OpsDesk::OrderCommands
