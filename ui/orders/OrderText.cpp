#include "ui/orders/OrderText.h"

#include "models/geo/Cities.h"
#include "models/orders/OrderStatusText.h"
#include "services/orders/OrderCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
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

QString actorTitle(const QString &id, const OrderCache &cache, const QString &selfId)
{
    if (id.isEmpty())
        return {};
    if (!selfId.isEmpty() && id == selfId)
        return QCoreApplication::translate("OrderText", "you");
    if (id == QLatin1String("system"))
        return QCoreApplication::translate("OrderText", "automatic");
    if (id.startsWith(QLatin1String("ST"))) {
        // Staff names are readable to admins only; others see the number.
        const QString name = cache.staffName(id);
        return name == id ? QCoreApplication::translate("OrderText", "staff %1").arg(id) : name;
    }
    if (id.startsWith(QLatin1String("T")))
        return cache.technicianName(id);
    if (id.startsWith(QLatin1String("C")))
        return QCoreApplication::translate("OrderText", "customer");
    return id;
}

QString detailSection(const QString &title)
{
    return QStringLiteral("<h4 style='margin-top:10px;margin-bottom:2px'>") +
           title.toHtmlEscaped() + QStringLiteral("</h4>");
}

QString detailRow(const QString &label, const QString &value, bool strong)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:10px'>") +
           label.toHtmlEscaped() + QStringLiteral("</td><td>") +
           (strong ? QStringLiteral("<b>") : QString()) + value.toHtmlEscaped() +
           (strong ? QStringLiteral("</b>") : QString()) + QStringLiteral("</td></tr>");
}

QString statusTimelineHtml(const QJsonArray &history, const OrderCache &cache,
                           const QString &selfId)
{
    QString html = QStringLiteral("<table>");
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        QString what = orderStatusTitle(entry.value(QStringLiteral("status")).toString());
        const QString reason = entry.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            what += QStringLiteral(" — ") + reason;
        html += QStringLiteral("<tr><td style='color:#666;padding-right:10px'>") +
                localTimeText(entry.value(QStringLiteral("at")).toString()).toHtmlEscaped() +
                QStringLiteral("</td><td>") + what.toHtmlEscaped() +
                QStringLiteral("</td><td style='color:#666;padding-left:10px'>") +
                actorTitle(entry.value(QStringLiteral("by")).toString(), cache, selfId)
                    .toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace OpsDesk
