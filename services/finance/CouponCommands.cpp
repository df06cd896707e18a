#include "services/finance/CouponCommands.h"

#include "models/finance/CouponJson.h"

#include <QUuid>

namespace OpsDesk::CouponCommands {

namespace {

const QString Coupons = QStringLiteral("coupons");

QString path(const QString &id, const QString &command = {})
{
    QString result = QStringLiteral("/api/v1/coupons/") + id;
    if (!command.isEmpty())
        result += QLatin1Char('/') + command;
    return result;
}

// The record as it will look: the stored fields, with the written ones
// replaced (absent optional fields removed), as the server does.
QJsonObject lookOf(const QJsonObject &current, const QJsonObject &input)
{
    static const QStringList optional{QStringLiteral("amount_off_cents"),
                                      QStringLiteral("threshold_cents"),
                                      QStringLiteral("percent_off"),
                                      QStringLiteral("cap_cents"),
                                      QStringLiteral("valid_from"),
                                      QStringLiteral("valid_to"),
                                      QStringLiteral("valid_days_after_issue"),
                                      QStringLiteral("total_quota"),
                                      QStringLiteral("campaign"),
                                      QStringLiteral("promo_code"),
                                      QStringLiteral("referral_role")};
    QJsonObject look = current;
    for (const QString &field : optional)
        look.remove(field);
    for (auto it = input.constBegin(); it != input.constEnd(); ++it)
        look.insert(it.key(), it.value());
    return look;
}

} // namespace

bool mayEdit(const Staff &staff)
{
    return staff.hasRole(Role::Finance) || staff.hasRole(Role::Admin);
}

LocalChange create(const Finance::CouponDefinition &coupon)
{
    const QString localId =
        QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject input = Finance::couponInputJson(coupon);
    QJsonObject look = input;
    look.insert(QStringLiteral("id"), localId);
    look.insert(QStringLiteral("active"), true);
    look.insert(QStringLiteral("issued_count"), 0);
    look.insert(QStringLiteral("redeemed_count"), 0);
    LocalChange change;
    change.collection = Coupons;
    change.recordId = localId;
    change.method = "POST";
    change.path = QStringLiteral("/api/v1/coupons");
    change.body = input;
    change.optimisticDoc = look;
    change.ifMatch = false;
    change.summary = QStringLiteral("New coupon %1").arg(coupon.name);
    return change;
}

LocalChange update(const QJsonObject &current, const Finance::CouponDefinition &coupon)
{
    const QString id = current.value(QStringLiteral("id")).toString();
    const QJsonObject input = Finance::couponInputJson(coupon);
    LocalChange change;
    change.collection = Coupons;
    change.recordId = id;
    change.method = "PUT";
    change.path = path(id);
    change.body = input;
    change.optimisticDoc = lookOf(current, input);
    change.ifMatch = true;
    change.summary = QStringLiteral("Change coupon %1 (%2)").arg(id, coupon.name);
    return change;
}

LocalChange disable(const QJsonObject &current, const QString &reason)
{
    const QString id = current.value(QStringLiteral("id")).toString();
    QJsonObject look = current;
    look.insert(QStringLiteral("active"), false);
    LocalChange change;
    change.collection = Coupons;
    change.recordId = id;
    change.path = path(id, QStringLiteral("disable"));
    if (!reason.trimmed().isEmpty())
        change.body.insert(QStringLiteral("reason"), reason.trimmed().left(500));
    change.optimisticDoc = look;
    change.ifMatch = true;
    change.summary = QStringLiteral("Disable coupon %1").arg(id);
    return change;
}

LocalChange setReferralRole(const QJsonObject &current, std::optional<Finance::ReferralRole> role)
{
    Finance::CouponDefinition coupon = Finance::couponFromJson(current);
    coupon.referralRole = role;
    LocalChange change = update(current, coupon);
    change.summary = role ? QStringLiteral("Coupon %1 as referral reward (%2)")
                                .arg(coupon.id, Finance::referralRoleId(*role))
                          : QStringLiteral("Coupon %1 no longer a referral reward").arg(coupon.id);
    return change;
}

} // namespace OpsDesk::CouponCommands
