#pragma once

#include "models/Staff.h"
#include "services/sync/OutboxTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace OpsDesk {

// The changes a staff member can make to an order from the orders
// workspace, as outbox entries (api/openapi.yaml, /orders/{id}/…) with the
// order's local look until the server answers. Who may do what is the
// server's rule, mirrored here so the screen offers only allowed actions.
namespace OrderCommands {

// Dispatch commands (cancel, reschedule): dispatcher or admin.
bool mayDispatch(const Staff &staff);
// Notes: dispatcher, finance or admin.
bool mayAddNote(const Staff &staff);
// The order's state allows it (and the staff member may).
bool mayCancel(const Staff &staff, const QJsonObject &order);
bool mayReschedule(const Staff &staff, const QJsonObject &order);
// Assigning needs an order awaiting dispatch (reassigning is another command).
bool mayAssign(const Staff &staff, const QJsonObject &order);
// Reassigning (to another technician, with a reason) while the order is
// assigned, accepted or on the way.
bool mayReassign(const Staff &staff, const QJsonObject &order);
// Setting the planned arrival: the same states, with a technician.
bool mayPlan(const Staff &staff, const QJsonObject &order);

LocalChange cancel(const Staff &staff, const QJsonObject &order, const QString &reason);
LocalChange reschedule(const Staff &staff, const QJsonObject &order, const QDateTime &start,
                       const QDateTime &end, const QString &reason);
// The technician's planned arrival inside the appointment window (the day
// schedule's move); the window stays.
LocalChange plan(const Staff &staff, const QJsonObject &order, const QDateTime &start);
LocalChange addNote(const Staff &staff, const QJsonObject &order, const QString &text);
LocalChange assign(const Staff &staff, const QJsonObject &order, const QString &technicianId,
                   const QString &why);
LocalChange reassign(const Staff &staff, const QJsonObject &order, const QString &technicianId,
                     const QString &reason);

} // namespace OrderCommands
} // namespace OpsDesk
