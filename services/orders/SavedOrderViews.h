#pragma once

#include "models/orders/OrderFilter.h"

#include <QStringList>

namespace OpsDesk {

// Named filters of the orders workspace, kept in QSettings (`orders/views`)
// as JSON. Filters hold no secrets.
namespace SavedOrderViews {

QStringList names();
OrderFilter load(const QString &name);
void save(const QString &name, const OrderFilter &filter);
void remove(const QString &name);

} // namespace SavedOrderViews
} // namespace OpsDesk
