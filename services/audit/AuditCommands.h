#pragma once

#include "models/Money.h"
#include "models/Staff.h"
#include "services/sync/OutboxTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace OpsDesk {

// The auditor's decisions as outbox entries (api/openapi.yaml, tags
// "applications" and "technicians"), each with the record's optimistic local
// look until the server answers, and who may do what — the server's rule
// mirrored so the screen offers only allowed actions (the server checks
// again):
//
// * every command needs the auditor or admin role and the record's city in
//   the staff member's scope (Staff::cities empty = every city);
// * approve / reject: the application is submitted or under_review;
// * suspend: the technician is active; reinstate: suspended;
// * star level: 1–5 and different from the current level;
// * incentive (reward / penalty): amount ≥ 0.01, reason 1–500 characters.
//
// Every change carries If-Match (the version the auditor saw): two auditors
// deciding the same application — the first wins, the second's entry becomes
// a conflict (412) or is parked (409 state-conflict: no longer awaiting a
// decision) and shows in the Changes list. Made offline, a decision simply
// waits in the outbox (which survives restarts) and is sent once, with its
// Idempotency-Key, when the server is back.
//
// The optimistic look: an application gets its new status and a `decision`
// {by, at, reasons, note, pending: true}; a technician gets the new status /
// star level / review date and an `action_log` entry with `pending: true`.
// The audit trail (models/audit/AuditTrail) reads both.
namespace AuditCommands {

// Role: auditor or admin.
bool mayAudit(const Staff &staff);
// Role and the record's `city` within scope.
bool mayAct(const Staff &staff, const QJsonObject &record);
bool mayDecide(const Staff &staff, const QJsonObject &application);
bool mayAnnualReview(const Staff &staff, const QJsonObject &technician);
bool maySuspend(const Staff &staff, const QJsonObject &technician);
bool mayReinstate(const Staff &staff, const QJsonObject &technician);
bool mayChangeStarLevel(const Staff &staff, const QJsonObject &technician);
bool mayGiveIncentive(const Staff &staff, const QJsonObject &technician);

// Input checks (the server's limits); an empty string when fine, else a
// translated sentence for the form.
QString checkRejection(const QStringList &reasonCodes, const QString &note);
QString checkReason(const QString &reason);            // 1–500 characters after trimming
QString checkNote(const QString &note, bool required); // ≤ 2000 characters
QString checkStarLevel(const QJsonObject &technician, int level);
QString checkAmount(const Money &amount); // 0.01 … 1,000,000.00

enum class IncentiveKind
{
    Reward,
    Penalty
};

// POST /applications/{id}/approve {note?}. For an annual-review application
// the technician's review date moves on a year at the server.
LocalChange approve(const Staff &staff, const QJsonObject &application, const QString &note = {});
// POST /applications/{id}/reject {reasons (codes, models/audit/AuditTrail
// rejectionReasonCodes), note (what the applicant should do; required)}.
LocalChange reject(const Staff &staff, const QJsonObject &application,
                   const QStringList &reasonCodes, const QString &note);
// POST /technicians/{id}/annual-review {result: pass|fail, note}. A fail
// suspends the technician.
LocalChange annualReview(const Staff &staff, const QJsonObject &technician, bool pass,
                         const QString &note);
LocalChange suspend(const Staff &staff, const QJsonObject &technician, const QString &reason);
LocalChange reinstate(const Staff &staff, const QJsonObject &technician, const QString &reason);
LocalChange changeStarLevel(const Staff &staff, const QJsonObject &technician, int level,
                            const QString &reason);
LocalChange incentive(const Staff &staff, const QJsonObject &technician, IncentiveKind kind,
                      const Money &amount, const QString &reason);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::AuditCommands::Text)
};

} // namespace AuditCommands
} // namespace OpsDesk
