#include "ui/audit/AuditText.h"

#include "models/audit/PreChecks.h"

#include "models/Money.h"
#include "models/geo/Cities.h"

#include <QLocale>

namespace OpsDesk {

QString AuditText::statusName(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("under_review"))
        return tr("Under review");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    return status;
}

QString AuditText::kindName(const QString &kind)
{
    if (kind == QLatin1String("new"))
        return tr("New application");
    if (kind == QLatin1String("annual_review"))
        return tr("Annual review");
    return kind;
}

QString AuditText::faceResult(const QString &result)
{
    if (result == QLatin1String("pass"))
        return tr("Passed");
    if (result == QLatin1String("fail"))
        return tr("Failed");
    if (result == QLatin1String("pending"))
        return tr("Not checked yet");
    return result.isEmpty() ? tr("Not checked yet") : result;
}

QString AuditText::certificateType(const QString &type)
{
    return Audit::certificateTypeName(type); // one naming for the checks and the screen
}

QString AuditText::documentKind(const QString &kind)
{
    if (kind == QLatin1String("id_front"))
        return tr("ID card, front");
    if (kind == QLatin1String("id_back"))
        return tr("ID card, back");
    if (kind == QLatin1String("certificate"))
        return tr("Certificate");
    if (kind == QLatin1String("agreement"))
        return tr("Service agreement");
    return kind;
}

QString AuditText::cityName(const QString &cityId)
{
    const QString name = QLocale().language() == QLocale::Chinese ? cityDisplayName(cityId)
                                                                  : cityEnglishName(cityId);
    return name.isEmpty() ? cityId : name;
}

QString AuditText::waitingText(int days, bool compact)
{
    if (days <= 0)
        return tr("today");
    return compact ? tr("%n d", nullptr, days) : tr("%n day(s)", nullptr, days);
}

QString AuditText::money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

} // namespace OpsDesk
