#include "ui/orders/OrderText.h"

#include "models/geo/Cities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace OpsDesk {

QString customerTypeTitle(const QString &type)
{
    if (type == QLatin1String("business"))
        return QCoreApplication::translate("OrderText", "Business (B-end)");
    if (type == QLatin1String("consumer"))
        return QCoreApplication::translate("OrderText", "Consumer (C-end)");
    return type;
}

QString cityTitle(const QString &cityId)
{
    const QString name = QLocale().language() == QLocale::Chinese ? cityDisplayName(cityId)
                                                                  : cityEnglishName(cityId);
    return name.isEmpty() ? cityId : name;
}

QString localTimeText(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString appointmentText(const QString &startIsoUtc, const QString &endIsoUtc)
{
    const QDateTime start = QDateTime::fromString(startIsoUtc, Qt::ISODateWithMs).toLocalTime();
    const QDateTime end = QDateTime::fromString(endIsoUtc, Qt::ISODateWithMs).toLocalTime();
    if (!start.isValid())
        return {};
    const QString endFormat =
        end.date() == start.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    return start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" – ") +
           end.toString(endFormat);
}

QString maskedPhone(const QString &phone)
{
    if (phone.contains(QLatin1Char('*')) || phone.size() < 7)
        return phone; // already masked by the server
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

} // namespace OpsDesk
