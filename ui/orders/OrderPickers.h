#pragma once

#include <QString>

class QComboBox;

namespace OpsDesk {

class OrderCache;

// The filter pickers the orders workspace and the dashboards share: each
// item's data is its id (empty for "all"); refilling keeps the selection
// when it is still there.
QString comboValue(const QComboBox *combo);
void selectValue(QComboBox *combo, const QString &value); // the first item when absent
void fillCityPicker(QComboBox *combo, OrderCache &cache);
// Disabled (only "all") until a city is chosen.
void fillDistrictPicker(QComboBox *combo, OrderCache &cache, const QString &city);
void fillServicePicker(QComboBox *combo, const OrderCache &cache);
void fillCustomerTypePicker(QComboBox *combo);

} // namespace OpsDesk
