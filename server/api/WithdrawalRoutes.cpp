// Technician withdrawal requests: approve, reject (api/openapi.yaml, tag
// "withdrawals"). The balance rule is models/finance/Settlement.
#include "models/finance/Settlement.h"
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/FinanceSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

namespace OpsDesk::Server {

namespace {

const QString Withdrawals = QStringLiteral("withdrawals");

// Loads the request; the technician's city decides the scope.
std::optional<HttpResponse> loadWithdrawal(RequestContext &context, Record *withdrawal)
{
    if (auto error = loadForCommand(context, Withdrawals, context.param("id"), withdrawal))
        return error;
    const auto technician =
        context.store.get(QStringLiteral("technicians"),
                          withdrawal->doc.value(QStringLiteral("technician_id")).toString());
    if (technician && context.staff &&
        !context.staff->mayAccessCity(technician->doc.value(QStringLiteral("city")).toString()))
        return outOfScope(
            QStringLiteral("%1 is for a technician outside your cities.").arg(withdrawal->id));
    if (auto error = checkIfMatch(context, *withdrawal))
        return error;
    const QString status = withdrawal->doc.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("requested"))
        return statusConflict(QStringLiteral("Withdrawal"), withdrawal->id, status,
                              QStringLiteral("requested"));
    return std::nullopt;
}

void decide(RequestContext &context, Record &withdrawal, const QString &status,
            const QString &reason)
{
    withdrawal.doc.insert(QStringLiteral("status"), status);
    withdrawal.doc.insert(QStringLiteral("decided_by"), actorId(context));
    withdrawal.doc.insert(QStringLiteral("decided_at"), context.now);
    if (!reason.isEmpty())
        withdrawal.doc.insert(QStringLiteral("reason"), reason);
}

HttpResponse approve(RequestContext &context)
{
    BodyReader in(context.body);
    const QString note = in.string("note", {.required = false, .maxLength = 2000});
    if (!in.ok())
        return in.problem().toResponse();
    Record withdrawal;
    if (auto error = loadWithdrawal(context, &withdrawal))
        return *error;
    const QString technicianId = withdrawal.doc.value(QStringLiteral("technician_id")).toString();
    const qint64 amount = withdrawal.doc.value(QStringLiteral("amount_cents")).toInteger();
    const qint64 balance =
        Finance::availableBalanceCents(technicianBalance(context.store, technicianId));
    if (amount > balance)
        return stateConflict(
            QStringLiteral("Technician %1 can withdraw at most %2 cents now (earnings, rewards and "
                           "penalties minus refunds charged and earlier withdrawals); %3 asks for "
                           "%4.")
                .arg(technicianId)
                .arg(balance)
                .arg(withdrawal.id)
                .arg(amount),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("amount_cents"),
              QStringLiteral("must be at most the balance of %1").arg(balance)}});
    decide(context, withdrawal, QStringLiteral("approved"), note);
    return recordResponse(200, context.store.put(Withdrawals, withdrawal.doc, context.now));
}

HttpResponse reject(RequestContext &context)
{
    BodyReader in(context.body);
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record withdrawal;
    if (auto error = loadWithdrawal(context, &withdrawal))
        return *error;
    decide(context, withdrawal, QStringLiteral("rejected"), reason);
    return recordResponse(200, context.store.put(Withdrawals, withdrawal.doc, context.now));
}

} // namespace

void registerWithdrawalRoutes(Router &router)
{
    const RouteOptions finance{
        .roles = {Role::Finance, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/withdrawals/{id}/approve"), finance, approve);
    router.add("POST", QStringLiteral("/api/v1/withdrawals/{id}/reject"), finance, reject);
}

} // namespace OpsDesk::Server
