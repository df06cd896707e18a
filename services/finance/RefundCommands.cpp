#include "services/finance/RefundCommands.h"

#include "models/Money.h"
#include "models/audit/ReviewQueue.h"
#include "models/finance/RefundQueue.h"

#include <QDateTime>
#include <QJsonArray>

namespace OpsDesk::RefundCommands {

namespace {

constexpr int MaxReasonLength = 500;
constexpr int MaxNoteLength = 2000;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString idOf(const QJsonObject &refund)
{
    return refund.value(QStringLiteral("id")).toString();
}

QString statusOf(const QJsonObject &refund)
{
    return refund.value(QStringLiteral("status")).toString();
}

LocalChange change(const QJsonObject &refund, const QString &command, const QJsonObject &body,
                   const QJsonObject &look, const QString &summary)
{
    return recordCommand(QStringLiteral("refunds"), refund, command, body, look, summary);
}

} // namespace

bool mayDecide(const Staff &staff)
{
    return staff.hasRole(Role::Finance) || staff.hasRole(Role::Admin);
}

bool mayAct(const Staff &staff, const QJsonObject &refund)
{
    return mayDecide(staff) &&
           Audit::staffMayAccessCity(staff, refund.value(QStringLiteral("city")).toString()) &&
           Finance::isAwaitingDecision(refund);
}

bool isSecondApproval(const QJsonObject &refund)
{
    return statusOf(refund) == QLatin1String("first_approved");
}

std::optional<qint64> firstApprovalCents(const QJsonObject &refund)
{
    const QJsonArray approvals = refund.value(QStringLiteral("approvals")).toArray();
    if (!isSecondApproval(refund) || approvals.isEmpty())
        return std::nullopt;
    return approvals.last().toObject().value(QStringLiteral("amount_cents")).toInteger();
}

QString approvalBlocked(const Staff &staff, const QJsonObject &refund)
{
    if (!mayDecide(staff))
        return Text::tr("Refunds are decided by finance staff.");
    if (!Audit::staffMayAccessCity(staff, refund.value(QStringLiteral("city")).toString()))
        return Text::tr("This request is for a city outside your scope.");
    if (!Finance::isAwaitingDecision(refund))
        return Text::tr("This request is already decided (%1).")
            .arg(Finance::RefundText::statusName(statusOf(refund)));
    if (isSecondApproval(refund)) {
        const QJsonArray approvals = refund.value(QStringLiteral("approvals")).toArray();
        const QString first =
            approvals.isEmpty()
                ? QString()
                : approvals.last().toObject().value(QStringLiteral("by")).toString();
        if (first == staff.id)
            return Text::tr("You gave the first approval; the second must come from another "
                            "finance colleague.");
    }
    return {};
}

Finance::RefundAmountCheck amountCheck(const QJsonObject &refund, qint64 amountCents,
                                       const Bounds &bounds, qint64 *limitCents)
{
    const qint64 requested = refund.value(QStringLiteral("amount_requested_cents")).toInteger();
    const std::optional<qint64> first = firstApprovalCents(refund);
    const Finance::RefundAmountCheck check = Finance::checkRefundAmount(
        amountCents, bounds.paidCents, bounds.refundedCents, requested, first);
    if (limitCents) {
        switch (check) {
        case Finance::RefundAmountCheck::AboveFirstApproval:
            *limitCents = first.value_or(0);
            break;
        case Finance::RefundAmountCheck::AboveRequested:
            *limitCents = requested;
            break;
        default:
            *limitCents = Finance::refundableCents(bounds.paidCents, bounds.refundedCents);
            break;
        }
    }
    return check;
}

QString checkApproval(const Staff &staff, const QJsonObject &refund, qint64 amountCents,
                      const Bounds &bounds)
{
    if (const QString blocked = approvalBlocked(staff, refund); !blocked.isEmpty())
        return blocked;
    qint64 limit = 0;
    const Finance::RefundAmountCheck check = amountCheck(refund, amountCents, bounds, &limit);
    return Finance::RefundText::amountCheckText(check, limit);
}

QString checkNote(const QString &note)
{
    if (note.trimmed().size() > MaxNoteLength)
        return Text::tr("The note is too long (at most 2,000 characters).");
    return {};
}

QStringList rejectionReasonCodes()
{
    return {QStringLiteral("evidence_insufficient"), QStringLiteral("service_completed"),
            QStringLiteral("outside_policy"),        QStringLiteral("duplicate"),
            QStringLiteral("compensated_otherwise"), QStringLiteral("other")};
}

QString rejectionReasonName(const QString &code)
{
    if (code == QLatin1String("evidence_insufficient"))
        return Text::tr("The evidence does not support the claim");
    if (code == QLatin1String("service_completed"))
        return Text::tr("The service was completed as agreed");
    if (code == QLatin1String("outside_policy"))
        return Text::tr("Outside the refund policy");
    if (code == QLatin1String("duplicate"))
        return Text::tr("Duplicate request");
    if (code == QLatin1String("compensated_otherwise"))
        return Text::tr("Already compensated otherwise");
    if (code == QLatin1String("other"))
        return Text::tr("Other");
    return code;
}

QString checkRejection(const QString &reasonCode, const QString &text)
{
    if (!rejectionReasonCodes().contains(reasonCode))
        return Text::tr("Choose a reason.");
    const QString words = text.trimmed();
    if (reasonCode == QLatin1String("other") && words.isEmpty())
        return Text::tr("Say why the request is rejected.");
    if (rejectionReason(reasonCode, words).size() > MaxReasonLength)
        return Text::tr("The reason is too long (at most 500 characters with the reason's name).");
    return {};
}

QString rejectionReason(const QString &reasonCode, const QString &text)
{
    const QString name = rejectionReasonName(reasonCode);
    const QString words = text.trimmed();
    if (words.isEmpty())
        return name;
    if (reasonCode == QLatin1String("other"))
        return words;
    return name + QStringLiteral(": ") + words;
}

bool approvalCompletes(const QJsonObject &refund, qint64 amountCents, const Bounds &bounds)
{
    return isSecondApproval(refund) ||
           !Finance::needsSecondApproval(amountCents, bounds.thresholdCents);
}

LocalChange approve(const Staff &staff, const QJsonObject &refund, qint64 amountCents,
                    const QString &note, const Bounds &bounds)
{
    const QString at = now();
    const bool second = isSecondApproval(refund);
    QJsonObject approval{{QStringLiteral("by"), staff.id},
                         {QStringLiteral("at"), at},
                         {QStringLiteral("amount_cents"), amountCents},
                         {QStringLiteral("step"), second ? 2 : 1},
                         {QStringLiteral("pending"), true}};
    QJsonObject body{{QStringLiteral("amount_cents"), amountCents}};
    const QString words = note.trimmed();
    if (!words.isEmpty()) {
        approval.insert(QStringLiteral("note"), words);
        body.insert(QStringLiteral("note"), words);
    }
    QJsonObject look = refund;
    QJsonArray approvals = look.value(QStringLiteral("approvals")).toArray();
    approvals.append(approval);
    look.insert(QStringLiteral("approvals"), approvals);
    const QString amount = Money::fromCents(amountCents).toDisplayString();
    QString summary;
    if (approvalCompletes(refund, amountCents, bounds)) {
        const Finance::RefundSplit split = Finance::splitRefund(
            amountCents, bounds.refundedCents, bounds.paidCents, bounds.technicianEarningsCents);
        look.insert(QStringLiteral("status"), QStringLiteral("approved"));
        look.insert(QStringLiteral("approved_amount_cents"), amountCents);
        look.insert(QStringLiteral("technician_share_cents"), split.technicianShareCents);
        look.insert(QStringLiteral("platform_share_cents"), split.platformShareCents);
        look.insert(QStringLiteral("decided_at"), at);
        look.insert(QStringLiteral("decided_by"), staff.id);
        summary = second ? Text::tr("Second approval of refund %1: %2").arg(idOf(refund), amount)
                         : Text::tr("Approve refund %1: %2").arg(idOf(refund), amount);
    } else {
        look.insert(QStringLiteral("status"), QStringLiteral("first_approved"));
        summary = Text::tr("First approval of refund %1: %2").arg(idOf(refund), amount);
    }
    return change(refund, QStringLiteral("approve"), body, look, summary);
}

LocalChange reject(const Staff &staff, const QJsonObject &refund, const QString &reasonCode,
                   const QString &text)
{
    const QString reason = rejectionReason(reasonCode, text);
    const QString at = now();
    QJsonObject look = refund;
    look.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    look.insert(QStringLiteral("rejection_reason"), reason);
    look.insert(QStringLiteral("decided_at"), at);
    look.insert(QStringLiteral("decided_by"), staff.id);
    return change(refund, QStringLiteral("reject"), QJsonObject{{QStringLiteral("reason"), reason}},
                  look, Text::tr("Reject refund %1: %2").arg(idOf(refund), reason));
}

} // namespace OpsDesk::RefundCommands
