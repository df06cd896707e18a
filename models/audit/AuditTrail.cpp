#include "models/audit/AuditTrail.h"

#include "models/Money.h"

#include <QJsonArray>

#include <algorithm>

namespace OpsDesk::Audit {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

} // namespace

const QStringList &rejectionReasonCodes()
{
    static const QStringList codes{QStringLiteral("id_photo_unreadable"),
                                   QStringLiteral("id_mismatch"),
                                   QStringLiteral("id_expired"),
                                   QStringLiteral("face_mismatch"),
                                   QStringLiteral("certificate_missing"),
                                   QStringLiteral("certificate_expired"),
                                   QStringLiteral("certificate_unreadable"),
                                   QStringLiteral("skills_not_proven"),
                                   QStringLiteral("service_area_uncovered"),
                                   QStringLiteral("agreement_unsigned"),
                                   QStringLiteral("age_out_of_range"),
                                   QStringLiteral("duplicate_application"),
                                   QStringLiteral("other")};
    return codes;
}

QList<AuditTrailEntry> technicianTrail(const QJsonObject &technician)
{
    QList<AuditTrailEntry> entries;
    const QString id = str(technician, "id");
    for (const auto &v : technician.value(QStringLiteral("action_log")).toArray()) {
        const QJsonObject a = v.toObject();
        AuditTrailEntry e;
        e.at = utc(str(a, "at"));
        e.by = str(a, "by");
        e.action = str(a, "action");
        e.recordCollection = QStringLiteral("technicians");
        e.recordId = id;
        e.reason = str(a, "reason");
        e.amountCents = a.value(QStringLiteral("amount_cents")).toInteger();
        e.starLevel = a.value(QStringLiteral("star_level")).toInt();
        e.pending = a.value(QStringLiteral("pending")).toBool();
        e.text = AuditTrailText::summary(e);
        entries.append(e);
    }
    return entries;
}

QList<AuditTrailEntry> applicationTrail(const QJsonObject &application)
{
    QList<AuditTrailEntry> entries;
    const QString id = str(application, "id");
    AuditTrailEntry submitted;
    submitted.at = utc(str(application, "submitted_at"));
    submitted.by = QStringLiteral("applicant");
    submitted.action = QStringLiteral("submitted");
    submitted.recordCollection = QStringLiteral("applications");
    submitted.recordId = id;
    submitted.reason = str(application, "kind");
    submitted.text = AuditTrailText::summary(submitted);
    entries.append(submitted);

    const QJsonObject decision = application.value(QStringLiteral("decision")).toObject();
    const QString status = str(application, "status");
    if (!decision.isEmpty() &&
        (status == QLatin1String("approved") || status == QLatin1String("rejected"))) {
        AuditTrailEntry e;
        e.at = utc(str(decision, "at"));
        e.by = str(decision, "by");
        e.action = status;
        e.recordCollection = QStringLiteral("applications");
        e.recordId = id;
        e.reason = str(decision, "note");
        for (const auto &r : decision.value(QStringLiteral("reasons")).toArray())
            e.reasonCodes.append(r.toString());
        e.pending = decision.value(QStringLiteral("pending")).toBool();
        e.text = AuditTrailText::summary(e);
        entries.append(e);
    }
    return entries;
}

QList<AuditTrailEntry> auditTrail(const QJsonObject &technician,
                                  const QList<QJsonObject> &applications)
{
    QList<AuditTrailEntry> entries = technicianTrail(technician);
    for (const QJsonObject &a : applications)
        entries += applicationTrail(a);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AuditTrailEntry &a, const AuditTrailEntry &b) {
                         if (a.pending != b.pending)
                             return a.pending; // ours, not yet on the server: on top
                         return a.at > b.at;
                     });
    return entries;
}

QString AuditTrailText::actionName(const QString &action)
{
    if (action == QLatin1String("submitted"))
        return tr("Submitted");
    if (action == QLatin1String("approved"))
        return tr("Approved");
    if (action == QLatin1String("rejected"))
        return tr("Rejected");
    if (action == QLatin1String("annual_review_pass"))
        return tr("Annual review passed");
    if (action == QLatin1String("annual_review_fail"))
        return tr("Annual review failed");
    if (action == QLatin1String("suspend"))
        return tr("Suspended");
    if (action == QLatin1String("reinstate"))
        return tr("Reinstated");
    if (action == QLatin1String("star_level"))
        return tr("Star level changed");
    if (action == QLatin1String("reward"))
        return tr("Reward");
    if (action == QLatin1String("penalty"))
        return tr("Penalty");
    return action;
}

QString AuditTrailText::rejectionReasonText(const QString &code)
{
    if (code == QLatin1String("id_photo_unreadable"))
        return tr("The ID card photo cannot be read");
    if (code == QLatin1String("id_mismatch"))
        return tr("The ID number does not match the ID card");
    if (code == QLatin1String("id_expired"))
        return tr("The ID card has expired");
    if (code == QLatin1String("face_mismatch"))
        return tr("The face does not match the ID photo");
    if (code == QLatin1String("certificate_missing"))
        return tr("A required certificate is missing");
    if (code == QLatin1String("certificate_expired"))
        return tr("A certificate has expired");
    if (code == QLatin1String("certificate_unreadable"))
        return tr("A certificate cannot be read");
    if (code == QLatin1String("skills_not_proven"))
        return tr("The skills applied for are not proven");
    if (code == QLatin1String("service_area_uncovered"))
        return tr("The service area is outside our operating cities");
    if (code == QLatin1String("agreement_unsigned"))
        return tr("The agreement is not signed");
    if (code == QLatin1String("age_out_of_range"))
        return tr("The age is outside the accepted range");
    if (code == QLatin1String("duplicate_application"))
        return tr("The ID number or phone is already registered");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString AuditTrailText::summary(const AuditTrailEntry &e)
{
    QString text = actionName(e.action);
    if (e.action == QLatin1String("submitted"))
        return e.reason == QLatin1String("annual_review") ? tr("Annual review submitted")
                                                          : tr("Application submitted");
    if (e.action == QLatin1String("star_level") && e.starLevel > 0)
        text = tr("Star level set to %1").arg(e.starLevel);
    else if ((e.action == QLatin1String("reward") || e.action == QLatin1String("penalty")) &&
             e.amountCents > 0)
        text = tr("%1 of %2")
                   .arg(actionName(e.action), Money::fromCents(e.amountCents).toDisplayString());
    QStringList why;
    for (const QString &code : e.reasonCodes)
        why.append(rejectionReasonText(code));
    if (!e.reason.isEmpty())
        why.append(e.reason);
    if (!why.isEmpty())
        text += tr(": %1").arg(why.join(QStringLiteral("; ")));
    if (e.pending)
        text += QLatin1Char(' ') + tr("(waiting to sync)");
    return text;
}

} // namespace OpsDesk::Audit
