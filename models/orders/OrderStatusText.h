#pragma once

#include "models/OrderStatus.h"

#include <QString>

namespace OpsDesk {

// The translated name of an order status for people ("Awaiting dispatch").
QString orderStatusTitle(OrderStatus status);
// The same from a status id; the id itself when it is unknown.
QString orderStatusTitle(const QString &statusId);

} // namespace OpsDesk
