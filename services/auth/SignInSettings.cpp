#include "services/auth/SignInSettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace OpsDesk {

namespace {
const QString ServerKey = QStringLiteral("signIn/server");
const QString UsernameKey = QStringLiteral("signIn/username");
const QString RememberKey = QStringLiteral("signIn/remember");
const QString StaffKey = QStringLiteral("signIn/staff");
} // namespace

SignInSettings SignInSettings::load()
{
    QSettings settings;
    SignInSettings result;
    result.serverUrl = QUrl(settings.value(ServerKey).toString(), QUrl::StrictMode);
    result.username = settings.value(UsernameKey).toString();
    result.remember = settings.value(RememberKey, true).toBool();
    const QByteArray staff = settings.value(StaffKey).toByteArray();
    if (!staff.isEmpty())
        result.staff = Staff::fromJson(QJsonDocument::fromJson(staff).object());
    return result;
}

void SignInSettings::save() const
{
    QSettings settings;
    settings.setValue(ServerKey, serverUrl.toString());
    settings.setValue(UsernameKey, username);
    settings.setValue(RememberKey, remember);
    if (staff)
        settings.setValue(
            StaffKey,
            QString::fromUtf8(QJsonDocument(staff->toJson()).toJson(QJsonDocument::Compact)));
    else
        settings.remove(StaffKey);
}

void SignInSettings::forgetStaff()
{
    QSettings settings;
    settings.remove(StaffKey);
}

} // namespace OpsDesk
