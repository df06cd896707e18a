#include "ui/orders/OrderPickers.h"

#include "services/orders/OrderCache.h"
#include "ui/orders/OrderText.h"

#include <QComboBox>
#include <QCoreApplication>

namespace OpsDesk {

// The texts keep the orders workspace's context (and its translations).

QString comboValue(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void selectValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void fillCityPicker(QComboBox *combo, OrderCache &cache)
{
    const QString city = comboValue(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("OpsDesk::OrdersWorkspace", "All cities"),
                   QString());
    for (const QString &id : cache.cities())
        combo->addItem(cityTitle(id), id);
    selectValue(combo, city);
}

void fillDistrictPicker(QComboBox *combo, OrderCache &cache, const QString &city)
{
    const QString district = comboValue(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("OpsDesk::OrdersWorkspace", "All districts"),
                   QString());
    if (!city.isEmpty())
        for (const QString &name : cache.districts(city))
            combo->addItem(name, name);
    selectValue(combo, district);
    combo->setEnabled(!city.isEmpty());
}

void fillServicePicker(QComboBox *combo, const OrderCache &cache)
{
    const QString service = comboValue(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("OpsDesk::OrdersWorkspace", "All services"),
                   QString());
    for (const auto &[id, name] : cache.serviceItems())
        combo->addItem(name, id);
    selectValue(combo, service);
}

void fillCustomerTypePicker(QComboBox *combo)
{
    const QString type = comboValue(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("OpsDesk::OrdersWorkspace", "All customers"),
                   QString());
    combo->addItem(customerTypeTitle(QStringLiteral("consumer")), QStringLiteral("consumer"));
    combo->addItem(customerTypeTitle(QStringLiteral("business")), QStringLiteral("business"));
    selectValue(combo, type);
}

} // namespace OpsDesk
