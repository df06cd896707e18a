#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDesk::Audit {

// One line of the audit trail: who did what when, read from what the server
// writes — a technician's `action_log` entries ({action, at, by, reason,
// amount_cents?, star_level?}) and an application's `decision` ({by, at,
// reasons, note}) plus its submission. A change of ours still waiting in the
// outbox shows in the local look with `pending: true`.
struct AuditTrailEntry
{
    QDateTime at;             // UTC
    QString by;               // staff id ("ST0004"), "system", or the applicant ("applicant")
    QString action;           // "submitted", "approved", "rejected", "annual_review_pass",
                              // "annual_review_fail", "suspend", "reinstate", "star_level",
                              // "reward", "penalty"
    QString recordCollection; // "technicians" / "applications"
    QString recordId;
    QString reason;          // reason or note as given
    QStringList reasonCodes; // rejection reason codes
    qint64 amountCents = 0;  // reward / penalty
    int starLevel = 0;       // star_level
    bool pending = false;    // not yet on the server
    QString text;            // translated one-line summary ("Rejected: ID photo unreadable")
};

// The trail of one technician and their applications, newest first.
// `technician` may be empty (a new applicant), `applications` the records
// of that person (same technician_id, or the application alone).
QList<AuditTrailEntry> auditTrail(const QJsonObject &technician,
                                  const QList<QJsonObject> &applications);
QList<AuditTrailEntry> technicianTrail(const QJsonObject &technician);
QList<AuditTrailEntry> applicationTrail(const QJsonObject &application);

class AuditTrailText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Audit::AuditTrailText)
public:
    static QString actionName(const QString &action); // "Suspended", "Reward", …
    // The translated text of a rejection reason code ("id_photo_unreadable" →
    // "The ID card photo cannot be read"); the code itself when unknown.
    static QString rejectionReasonText(const QString &code);
    static QString summary(const AuditTrailEntry &entry);
};

// The rejection reason codes the server accepts (api/openapi.yaml
// RejectRequest.reasons), in the order a form lists them; "other" last.
// The reference server validates against this same list.
const QStringList &rejectionReasonCodes();

} // namespace OpsDesk::Audit
