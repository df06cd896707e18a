#include "services/orders/SavedOrderViews.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace OpsDesk::SavedOrderViews {

namespace {
const QString Key = QStringLiteral("orders/views");

QJsonObject all()
{
    return QJsonDocument::fromJson(QSettings().value(Key).toString().toUtf8()).object();
}

void store(const QJsonObject &views)
{
    QSettings settings;
    settings.setValue(Key, QString::fromUtf8(QJsonDocument(views).toJson(QJsonDocument::Compact)));
}
} // namespace

QStringList names()
{
    QStringList result = all().keys();
    result.sort(Qt::CaseInsensitive);
    return result;
}

OrderFilter load(const QString &name)
{
    return OrderFilter::fromJson(all().value(name).toObject());
}

void save(const QString &name, const OrderFilter &filter)
{
    QJsonObject views = all();
    views.insert(name, filter.toJson());
    store(views);
}

void remove(const QString &name)
{
    QJsonObject views = all();
    views.remove(name);
    store(views);
}

} // namespace OpsDesk::SavedOrderViews
