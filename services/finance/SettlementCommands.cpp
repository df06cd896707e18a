#include "services/finance/SettlementCommands.h"

#include "models/Money.h"
#include "models/audit/ReviewQueue.h"
#include "models/dispatch/DaySchedule.h"
#include "models/finance/TechnicianLedger.h"
#include "services/audit/AuditCommands.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace OpsDesk::SettlementCommands {

namespace {

const QString Withdrawals = QStringLiteral("withdrawals");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString idOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("id")).toString();
}

LocalChange withdrawalChange(const QJsonObject &withdrawal, const QString &command,
                             const QJsonObject &body, const QJsonObject &look,
                             const QString &summary)
{
    return recordCommand(Withdrawals, withdrawal, command, body, look, summary);
}

QJsonObject decidedLook(const Staff &staff, const QJsonObject &withdrawal, const QString &status,
                        const QString &reason)
{
    QJsonObject look = withdrawal;
    look.insert(QStringLiteral("status"), status);
    look.insert(QStringLiteral("decided_by"), staff.id);
    look.insert(QStringLiteral("decided_at"), now());
    if (!reason.isEmpty())
        look.insert(QStringLiteral("reason"), reason);
    return look;
}

QString amountText(const QJsonObject &withdrawal)
{
    return Money::fromCents(withdrawal.value(QStringLiteral("amount_cents")).toInteger())
        .toDisplayString();
}

} // namespace

bool maySetCommissionRate(const Staff &staff)
{
    return staff.hasRole(Role::Admin);
}

bool mayDecideWithdrawals(const Staff &staff)
{
    return staff.hasRole(Role::Finance) || staff.hasRole(Role::Admin);
}

bool mayDecideWithdrawal(const Staff &staff, const QJsonObject &withdrawal)
{
    return mayDecideWithdrawals(staff) &&
           Audit::staffMayAccessCity(staff, withdrawal.value(QStringLiteral("city")).toString()) &&
           withdrawal.value(QStringLiteral("status")).toString() == QLatin1String("requested");
}

QDate businessToday()
{
    return DaySchedule::localDate(QDateTime::currentSecsSinceEpoch());
}

QString checkRatePercent(const QString &percentText, qint64 *rateBp)
{
    if (percentText.trimmed().isEmpty())
        return Text::tr("Enter the rate in percent, e.g. 15 or 15.25.");
    const std::optional<qint64> bp = Finance::parseRatePercent(percentText);
    if (!bp)
        return Text::tr("\"%1\" is not a rate: use a number from 0 to 100 with at most two "
                        "decimals, e.g. 15.25.")
            .arg(percentText.trimmed());
    if (*bp > 10000)
        return Text::tr("A rate cannot be above 100 %.");
    if (rateBp)
        *rateBp = *bp;
    return {};
}

QString checkEffectiveFrom(const QDate &effectiveFrom, const QDate &today)
{
    if (!effectiveFrom.isValid())
        return Text::tr("Choose the day the rate takes effect.");
    if (effectiveFrom < today)
        return Text::tr("The rate cannot take effect in the past: choose %1 or later (orders "
                        "already completed keep the rate they were settled with).")
            .arg(QLocale().toString(today, QLocale::ShortFormat));
    return {};
}

QString checkRateChange(const QJsonObject &rate, const QString &percentText,
                        const QDate &effectiveFrom, const QString &reason, const QDate &today,
                        qint64 *rateBp)
{
    qint64 bp = 0;
    if (QString error = checkRatePercent(percentText, &bp); !error.isEmpty())
        return error;
    if (bp == rate.value(QStringLiteral("rate_bp")).toInteger() &&
        effectiveFrom.toString(Qt::ISODate) ==
            rate.value(QStringLiteral("effective_from")).toString())
        return Text::tr("This is the current rate and effective date: nothing to change.");
    if (QString error = checkEffectiveFrom(effectiveFrom, today); !error.isEmpty())
        return error;
    if (QString error = AuditCommands::checkReason(reason); !error.isEmpty())
        return error;
    if (rateBp)
        *rateBp = bp;
    return {};
}

QString checkApproval(const QJsonObject &withdrawal, qint64 availableBalanceCents)
{
    const qint64 amount = withdrawal.value(QStringLiteral("amount_cents")).toInteger();
    if (amount > availableBalanceCents)
        return Text::tr("Over the balance: the technician can withdraw at most %1 now (earnings, "
                        "rewards and penalties, minus refunds charged and earlier withdrawals); "
                        "this request asks for %2.")
            .arg(Money::fromCents(availableBalanceCents).toDisplayString(), amountText(withdrawal));
    return {};
}

QString checkRejectionReason(const QString &reason)
{
    return AuditCommands::checkReason(reason);
}

LocalChange setCommissionRate(const Staff &staff, const QJsonObject &rate, qint64 rateBp,
                              const QDate &effectiveFrom, const QString &reason)
{
    const QString text = reason.trimmed();
    const QString itemId = rate.value(QStringLiteral("service_item_id")).toString();
    const QJsonValue level = rate.value(QStringLiteral("star_level"));
    QJsonObject body{{QStringLiteral("rate_bp"), rateBp},
                     {QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate)},
                     {QStringLiteral("reason"), text}};
    if (level.isDouble())
        body.insert(QStringLiteral("star_level"), level.toInt());

    QJsonObject look = rate;
    QJsonObject earlier{
        {QStringLiteral("rate_bp"), rate.value(QStringLiteral("rate_bp"))},
        {QStringLiteral("effective_from"), rate.value(QStringLiteral("effective_from"))},
        {QStringLiteral("changed_by"),
         rate.value(QStringLiteral("changed_by")).toString(QStringLiteral("system"))},
        {QStringLiteral("changed_at"),
         rate.value(QStringLiteral("changed_at"))
             .toString(rate.value(QStringLiteral("updated_at")).toString())}};
    if (rate.contains(QStringLiteral("reason")))
        earlier.insert(QStringLiteral("reason"), rate.value(QStringLiteral("reason")));
    QJsonArray history = rate.value(QStringLiteral("history")).toArray();
    history.append(earlier);
    look.insert(QStringLiteral("history"), history);
    look.insert(QStringLiteral("rate_bp"), rateBp);
    look.insert(QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate));
    look.insert(QStringLiteral("changed_by"), staff.id);
    look.insert(QStringLiteral("changed_at"), now());
    look.insert(QStringLiteral("reason"), text);

    LocalChange result;
    result.collection = QStringLiteral("commission_rates");
    result.recordId = idOf(rate);
    result.method = "PUT";
    result.path = QStringLiteral("/api/v1/commission-rates/%1").arg(itemId);
    result.body = body;
    result.optimisticDoc = look;
    result.ifMatch = true;
    result.summary =
        level.isDouble()
            ? Text::tr("Commission of %1 for %2-star technicians: %3 % from %4")
                  .arg(itemId)
                  .arg(level.toInt())
                  .arg(Finance::ratePercentText(rateBp), effectiveFrom.toString(Qt::ISODate))
            : Text::tr("Commission of %1: %2 % from %3")
                  .arg(itemId, Finance::ratePercentText(rateBp),
                       effectiveFrom.toString(Qt::ISODate));
    return result;
}

LocalChange approveWithdrawal(const Staff &staff, const QJsonObject &withdrawal,
                              const QString &note)
{
    const QString text = note.trimmed();
    QJsonObject body;
    if (!text.isEmpty())
        body.insert(QStringLiteral("note"), text);
    return withdrawalChange(
        withdrawal, QStringLiteral("approve"), body,
        decidedLook(staff, withdrawal, QStringLiteral("approved"), text),
        Text::tr("Approve withdrawal %1 (%2)").arg(idOf(withdrawal), amountText(withdrawal)));
}

LocalChange rejectWithdrawal(const Staff &staff, const QJsonObject &withdrawal,
                             const QString &reason)
{
    const QString text = reason.trimmed();
    return withdrawalChange(withdrawal, QStringLiteral("reject"),
                            QJsonObject{{QStringLiteral("reason"), text}},
                            decidedLook(staff, withdrawal, QStringLiteral("rejected"), text),
                            Text::tr("Reject withdrawal %1 (%2): %3")
                                .arg(idOf(withdrawal), amountText(withdrawal), text));
}

} // namespace OpsDesk::SettlementCommands
