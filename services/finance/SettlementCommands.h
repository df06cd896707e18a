#pragma once

#include "models/Staff.h"
#include "services/sync/OutboxTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace OpsDesk {

// Finance's settlement changes as outbox entries (api/openapi.yaml, tags
// "catalog" and "withdrawals"), each with the record's optimistic local look
// until the server answers, and who may do what — the server's rule mirrored
// so the screen offers only what is allowed (the server checks again):
//
// * a commission rate is changed by an administrator only
//   (PUT /commission-rates/{service_item_id}); rate 0–100 % in basis
//   points, effective today or later (China business day, as the server
//   counts it), a reason of 1–500 characters;
// * withdrawals are decided by finance or an administrator, for technicians
//   in the staff member's cities, while the request is `requested`; approve
//   only up to the technician's available balance (the server refuses more
//   with 409 state-conflict), reject only with a reason.
//
// Every change carries If-Match (the version the user saw): a second clerk
// deciding the same withdrawal gets a conflict (412) or a parked entry
// (409: no longer requested) in the Changes list, never a double decision.
namespace SettlementCommands {

bool maySetCommissionRate(const Staff &staff);
// Finance or admin.
bool mayDecideWithdrawals(const Staff &staff);
// The role, the withdrawal's city in scope, and the request still open.
bool mayDecideWithdrawal(const Staff &staff, const QJsonObject &withdrawal);

// The China business day the server checks effective dates against.
QDate businessToday();

// Input checks; an empty string when fine, else a translated sentence.
// `percentText` as typed ("15.25"); *rateBp gets the value when fine.
QString checkRatePercent(const QString &percentText, qint64 *rateBp);
QString checkEffectiveFrom(const QDate &effectiveFrom, const QDate &today);
// The whole change against the current record: also refuses a change that
// changes nothing (same rate and same effective date).
QString checkRateChange(const QJsonObject &rate, const QString &percentText,
                        const QDate &effectiveFrom, const QString &reason, const QDate &today,
                        qint64 *rateBp);
// Approving `withdrawal` against the technician's available balance (which
// already counts withdrawals approved earlier).
QString checkApproval(const QJsonObject &withdrawal, qint64 availableBalanceCents);
QString checkRejectionReason(const QString &reason);

// PUT /api/v1/commission-rates/{service_item_id} {rate_bp, effective_from,
// star_level (level-specific records), reason} on an existing rate record.
// Look: the new value, the old one appended to `history` (pending).
LocalChange setCommissionRate(const Staff &staff, const QJsonObject &rate, qint64 rateBp,
                              const QDate &effectiveFrom, const QString &reason);
// POST /api/v1/withdrawals/{id}/approve {note?}; look: status approved.
LocalChange approveWithdrawal(const Staff &staff, const QJsonObject &withdrawal,
                              const QString &note = {});
// POST /api/v1/withdrawals/{id}/reject {reason}; look: status rejected.
LocalChange rejectWithdrawal(const Staff &staff, const QJsonObject &withdrawal,
                             const QString &reason);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::SettlementCommands::Text)
};

} // namespace SettlementCommands
} // namespace OpsDesk
