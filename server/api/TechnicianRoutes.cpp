// Qualification commands on technicians: annual review, suspend, reinstate,
// star level, incentives (api/openapi.yaml, tag "technicians"). Each appends
// an entry to the technician's action_log.
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QDate>

namespace OpsDesk::Server {

namespace {

const QString Technicians = QStringLiteral("technicians");

QString statusOf(const Record &technician)
{
    return technician.doc.value(QStringLiteral("status")).toString();
}

std::optional<HttpResponse> loadTechnician(RequestContext &context, Record *technician)
{
    if (auto error = loadForCommand(context, Technicians, context.param("id"), technician))
        return error;
    return checkIfMatch(context, *technician);
}

QJsonObject action(const RequestContext &context, const QString &name, const QString &reason)
{
    return QJsonObject{{QStringLiteral("action"), name},
                       {QStringLiteral("at"), context.now},
                       {QStringLiteral("by"), actorId(context)},
                       {QStringLiteral("reason"), reason}};
}

HttpResponse save(RequestContext &context, Record &technician, const QJsonObject &entry)
{
    appendTo(technician.doc, QStringLiteral("action_log"), entry);
    return recordResponse(200, context.store.put(Technicians, technician.doc, context.now));
}

HttpResponse annualReview(RequestContext &context)
{
    BodyReader in(context.body);
    const QString result =
        in.string("result", {.oneOf = {QStringLiteral("pass"), QStringLiteral("fail")}});
    const QString note = in.string("note", {.minLength = 1, .maxLength = 2000});
    if (!in.ok())
        return in.problem().toResponse();
    Record technician;
    if (auto error = loadTechnician(context, &technician))
        return *error;
    if (result == QLatin1String("pass")) {
        QDate due = QDate::fromString(
            technician.doc.value(QStringLiteral("annual_review_due")).toString(), Qt::ISODate);
        if (!due.isValid())
            due = businessDay(context.now);
        technician.doc.insert(QStringLiteral("annual_review_due"),
                              due.addYears(1).toString(Qt::ISODate));
        return save(context, technician,
                    action(context, QStringLiteral("annual_review_pass"), note));
    }
    technician.doc.insert(QStringLiteral("status"), QStringLiteral("suspended"));
    return save(context, technician, action(context, QStringLiteral("annual_review_fail"), note));
}

// Suspend (active → suspended) and reinstate (suspended → active): the same
// command with the two states swapped.
HttpResponse switchStatus(RequestContext &context, const QString &from, const QString &to,
                          const QString &actionName)
{
    BodyReader in(context.body);
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record technician;
    if (auto error = loadTechnician(context, &technician))
        return *error;
    if (statusOf(technician) != from)
        return statusConflict(QStringLiteral("Technician"), technician.id, statusOf(technician),
                              from);
    technician.doc.insert(QStringLiteral("status"), to);
    return save(context, technician, action(context, actionName, reason));
}

HttpResponse suspend(RequestContext &context)
{
    return switchStatus(context, QStringLiteral("active"), QStringLiteral("suspended"),
                        QStringLiteral("suspend"));
}

HttpResponse reinstate(RequestContext &context)
{
    return switchStatus(context, QStringLiteral("suspended"), QStringLiteral("active"),
                        QStringLiteral("reinstate"));
}

HttpResponse starLevel(RequestContext &context)
{
    BodyReader in(context.body);
    const qint64 level = in.integer("star_level", {.min = 1, .max = 5});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record technician;
    if (auto error = loadTechnician(context, &technician))
        return *error;
    if (technician.doc.value(QStringLiteral("star_level")).toInteger() == level)
        return stateConflict(
            QStringLiteral("Technician %1 already has star level %2.")
                .arg(technician.id)
                .arg(level),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("star_level"), QStringLiteral("is the current level")}});
    technician.doc.insert(QStringLiteral("star_level"), level);
    QJsonObject entry = action(context, QStringLiteral("star_level"), reason);
    entry.insert(QStringLiteral("star_level"), level);
    return save(context, technician, entry);
}

HttpResponse incentive(RequestContext &context)
{
    BodyReader in(context.body);
    const QString kind =
        in.string("kind", {.oneOf = {QStringLiteral("reward"), QStringLiteral("penalty")}});
    const qint64 amount = in.integer("amount_cents", {.min = 1, .max = 100000000});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record technician;
    if (auto error = loadTechnician(context, &technician))
        return *error;
    QJsonObject entry = action(context, kind, reason);
    entry.insert(QStringLiteral("amount_cents"), amount);
    return save(context, technician, entry);
}

} // namespace

void registerTechnicianRoutes(Router &router)
{
    const RouteOptions audit{
        .roles = {Role::Auditor, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/technicians/{id}/annual-review"), audit,
               annualReview);
    router.add("POST", QStringLiteral("/api/v1/technicians/{id}/suspend"), audit, suspend);
    router.add("POST", QStringLiteral("/api/v1/technicians/{id}/reinstate"), audit, reinstate);
    router.add("POST", QStringLiteral("/api/v1/technicians/{id}/star-level"), audit, starLevel);
    router.add("POST", QStringLiteral("/api/v1/technicians/{id}/incentives"), audit, incentive);
}

} // namespace OpsDesk::Server
