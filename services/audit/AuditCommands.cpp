#include "services/audit/AuditCommands.h"

#include "models/audit/AuditTrail.h"
#include "models/audit/ReviewQueue.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace OpsDesk::AuditCommands {

namespace {

const QString Applications = QStringLiteral("applications");
const QString Technicians = QStringLiteral("technicians");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString idOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("id")).toString();
}

QString statusOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("status")).toString();
}

// The technician's look with a pending action_log entry of ours.
QJsonObject withAction(const Staff &staff, const QJsonObject &technician, const QString &action,
                       const QString &reason, const QJsonObject &extra = {})
{
    QJsonObject entry{{QStringLiteral("action"), action},
                      {QStringLiteral("at"), now()},
                      {QStringLiteral("by"), staff.id},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("pending"), true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        entry.insert(it.key(), it.value());
    QJsonObject look = technician;
    QJsonArray log = look.value(QStringLiteral("action_log")).toArray();
    log.append(entry);
    look.insert(QStringLiteral("action_log"), log);
    return look;
}

QString nameOf(const QJsonObject &record)
{
    const QString name = record.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? idOf(record) : QStringLiteral("%1 %2").arg(idOf(record), name);
}

} // namespace

bool mayAudit(const Staff &staff)
{
    return staff.hasRole(Role::Auditor) || staff.hasRole(Role::Admin);
}

bool mayAct(const Staff &staff, const QJsonObject &record)
{
    return mayAudit(staff) &&
           Audit::staffMayAccessCity(staff, record.value(QStringLiteral("city")).toString());
}

bool mayDecide(const Staff &staff, const QJsonObject &application)
{
    return mayAct(staff, application) && Audit::isAwaitingDecision(application);
}

bool mayAnnualReview(const Staff &staff, const QJsonObject &technician)
{
    return mayAct(staff, technician) && !idOf(technician).isEmpty();
}

bool maySuspend(const Staff &staff, const QJsonObject &technician)
{
    return mayAct(staff, technician) && statusOf(technician) == QLatin1String("active");
}

bool mayReinstate(const Staff &staff, const QJsonObject &technician)
{
    return mayAct(staff, technician) && statusOf(technician) == QLatin1String("suspended");
}

bool mayChangeStarLevel(const Staff &staff, const QJsonObject &technician)
{
    return mayAct(staff, technician) && !idOf(technician).isEmpty();
}

bool mayGiveIncentive(const Staff &staff, const QJsonObject &technician)
{
    return mayAct(staff, technician) && !idOf(technician).isEmpty();
}

QString checkRejection(const QStringList &reasonCodes, const QString &note)
{
    if (reasonCodes.isEmpty())
        return Text::tr("Choose at least one reason.");
    const QSet<QString> distinct(reasonCodes.cbegin(), reasonCodes.cend());
    if (distinct.size() != reasonCodes.size())
        return Text::tr("A reason is chosen twice.");
    for (const QString &code : reasonCodes)
        if (!Audit::rejectionReasonCodes().contains(code))
            return Text::tr("\"%1\" is not a known reason.").arg(code);
    if (note.trimmed().isEmpty())
        return Text::tr("Say what the applicant should do (required).");
    return checkNote(note, true);
}

QString checkReason(const QString &reason)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return Text::tr("A reason is required.");
    if (text.size() > 500)
        return Text::tr("The reason is too long (at most 500 characters).");
    return {};
}

QString checkNote(const QString &note, bool required)
{
    const QString text = note.trimmed();
    if (required && text.isEmpty())
        return Text::tr("A note is required.");
    if (text.size() > 2000)
        return Text::tr("The note is too long (at most 2,000 characters).");
    return {};
}

QString checkStarLevel(const QJsonObject &technician, int level)
{
    if (level < 1 || level > 5)
        return Text::tr("The star level must be between 1 and 5.");
    if (technician.value(QStringLiteral("star_level")).toInt() == level)
        return Text::tr("The technician already has %n star(s).", nullptr, level);
    return {};
}

QString checkAmount(const Money &amount)
{
    if (amount.cents() < 1)
        return Text::tr("The amount must be at least 0.01.");
    if (amount.cents() > 100000000)
        return Text::tr("The amount must be at most 1,000,000.00.");
    return {};
}

LocalChange approve(const Staff &staff, const QJsonObject &application, const QString &note)
{
    const QString text = note.trimmed();
    QJsonObject decision{{QStringLiteral("by"), staff.id},
                         {QStringLiteral("at"), now()},
                         {QStringLiteral("reasons"), QJsonArray()},
                         {QStringLiteral("pending"), true}};
    QJsonObject body;
    if (!text.isEmpty()) {
        decision.insert(QStringLiteral("note"), text);
        body.insert(QStringLiteral("note"), text);
    }
    QJsonObject look = application;
    look.insert(QStringLiteral("status"), QStringLiteral("approved"));
    look.insert(QStringLiteral("decision"), decision);
    return recordCommand(Applications, application, QStringLiteral("approve"), body, look,
                         Text::tr("Approve application %1").arg(nameOf(application)));
}

LocalChange reject(const Staff &staff, const QJsonObject &application,
                   const QStringList &reasonCodes, const QString &note)
{
    const QString text = note.trimmed();
    const QJsonArray reasons = QJsonArray::fromStringList(reasonCodes);
    QJsonObject look = application;
    look.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    look.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("by"), staff.id},
                                                        {QStringLiteral("at"), now()},
                                                        {QStringLiteral("reasons"), reasons},
                                                        {QStringLiteral("note"), text},
                                                        {QStringLiteral("pending"), true}});
    QStringList why;
    for (const QString &code : reasonCodes)
        why.append(Audit::AuditTrailText::rejectionReasonText(code));
    return recordCommand(
        Applications, application, QStringLiteral("reject"),
        QJsonObject{{QStringLiteral("reasons"), reasons}, {QStringLiteral("note"), text}}, look,
        Text::tr("Reject application %1: %2")
            .arg(nameOf(application), why.join(QStringLiteral("; "))));
}

LocalChange annualReview(const Staff &staff, const QJsonObject &technician, bool pass,
                         const QString &note)
{
    const QString text = note.trimmed();
    QJsonObject look = withAction(
        staff, technician,
        pass ? QStringLiteral("annual_review_pass") : QStringLiteral("annual_review_fail"), text);
    if (pass) {
        QDate due = QDate::fromString(
            technician.value(QStringLiteral("annual_review_due")).toString(), Qt::ISODate);
        if (!due.isValid())
            due = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
        look.insert(QStringLiteral("annual_review_due"), due.addYears(1).toString(Qt::ISODate));
    } else {
        look.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    }
    return recordCommand(Technicians, technician, QStringLiteral("annual-review"),
                         QJsonObject{{QStringLiteral("result"),
                                      pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                                     {QStringLiteral("note"), text}},
                         look,
                         pass ? Text::tr("Annual review of %1 passed").arg(nameOf(technician))
                              : Text::tr("Annual review of %1 failed").arg(nameOf(technician)));
}

LocalChange suspend(const Staff &staff, const QJsonObject &technician, const QString &reason)
{
    const QString text = reason.trimmed();
    QJsonObject look = withAction(staff, technician, QStringLiteral("suspend"), text);
    look.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    return recordCommand(Technicians, technician, QStringLiteral("suspend"),
                         QJsonObject{{QStringLiteral("reason"), text}}, look,
                         Text::tr("Suspend %1: %2").arg(nameOf(technician), text));
}

LocalChange reinstate(const Staff &staff, const QJsonObject &technician, const QString &reason)
{
    const QString text = reason.trimmed();
    QJsonObject look = withAction(staff, technician, QStringLiteral("reinstate"), text);
    look.insert(QStringLiteral("status"), QStringLiteral("active"));
    return recordCommand(Technicians, technician, QStringLiteral("reinstate"),
                         QJsonObject{{QStringLiteral("reason"), text}}, look,
                         Text::tr("Reinstate %1: %2").arg(nameOf(technician), text));
}

LocalChange changeStarLevel(const Staff &staff, const QJsonObject &technician, int level,
                            const QString &reason)
{
    const QString text = reason.trimmed();
    QJsonObject look = withAction(staff, technician, QStringLiteral("star_level"), text,
                                  QJsonObject{{QStringLiteral("star_level"), level}});
    look.insert(QStringLiteral("star_level"), level);
    return recordCommand(
        Technicians, technician, QStringLiteral("star-level"),
        QJsonObject{{QStringLiteral("star_level"), level}, {QStringLiteral("reason"), text}}, look,
        Text::tr("Set the star level of %1 to %2").arg(nameOf(technician)).arg(level));
}

LocalChange incentive(const Staff &staff, const QJsonObject &technician, IncentiveKind kind,
                      const Money &amount, const QString &reason)
{
    const QString text = reason.trimmed();
    const QString kindId =
        kind == IncentiveKind::Reward ? QStringLiteral("reward") : QStringLiteral("penalty");
    QJsonObject look = withAction(staff, technician, kindId, text,
                                  QJsonObject{{QStringLiteral("amount_cents"), amount.cents()}});
    return recordCommand(Technicians, technician, QStringLiteral("incentives"),
                         QJsonObject{{QStringLiteral("kind"), kindId},
                                     {QStringLiteral("amount_cents"), amount.cents()},
                                     {QStringLiteral("reason"), text}},
                         look,
                         kind == IncentiveKind::Reward
                             ? Text::tr("Reward %1 with %2: %3")
                                   .arg(nameOf(technician), amount.toDisplayString(), text)
                             : Text::tr("Penalty for %1 of %2: %3")
                                   .arg(nameOf(technician), amount.toDisplayString(), text));
}

} // namespace OpsDesk::AuditCommands
