// Catalog commands: commission rates and service item prices (api/openapi.yaml,
// tag "catalog"). Admin only.
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QDate>
#include <QJsonArray>

namespace OpsDesk::Server {

namespace {

const QString Rates = QStringLiteral("commission_rates");
const QString ServiceItems = QStringLiteral("service_items");

// If-Match "0" means "create": the record must not exist yet.
std::optional<qint64> ifMatchVersion(const RequestContext &context)
{
    QByteArray raw = context.request.header("if-match").trimmed();
    if (raw.startsWith("W/"))
        raw = raw.mid(2);
    if (raw.size() >= 2 && raw.startsWith('"') && raw.endsWith('"'))
        raw = raw.mid(1, raw.size() - 2);
    bool ok = false;
    const qint64 version = raw.toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

HttpResponse setCommissionRate(RequestContext &context)
{
    BodyReader in(context.body);
    const qint64 rate = in.integer("rate_bp", {.min = 0, .max = 10000});
    const QString effective = in.date("effective_from");
    const bool hasLevel = in.has("star_level");
    const qint64 level = in.integer("star_level", {.required = false, .min = 1, .max = 5});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    const QDate today = businessDay(context.now);
    if (!effective.isEmpty() && QDate::fromString(effective, Qt::ISODate) < today)
        in.addError(QStringLiteral("effective_from"),
                    QStringLiteral("must be today (%1) or later").arg(today.toString(Qt::ISODate)));
    if (!in.ok())
        return in.problem().toResponse();

    const QString itemId = context.param("service_item_id");
    if (!context.store.get(ServiceItems, itemId))
        return Problem::notFound(QStringLiteral("There is no service item %1.").arg(itemId))
            .toResponse();
    const QString id = hasLevel ? QStringLiteral("CR-%1-%2").arg(itemId).arg(level)
                                : QStringLiteral("CR-") + itemId;
    const auto existing = context.store.get(Rates, id);
    if (!existing) {
        const auto version = ifMatchVersion(context);
        if (!version)
            return Problem::validation({{QStringLiteral("If-Match"),
                                         QStringLiteral("the header is required: \"0\" to create "
                                                        "a rate, else the rate's version")}})
                .toResponse();
        if (*version != 0) {
            Problem problem;
            problem.status = 412;
            problem.type = QStringLiteral("precondition-failed");
            problem.title = QStringLiteral("The record has changed");
            problem.detail =
                QStringLiteral("%1 does not exist; send If-Match \"0\" to create it.").arg(id);
            return problem.toResponse();
        }
        QJsonObject doc{{QStringLiteral("id"), id},
                        {QStringLiteral("service_item_id"), itemId},
                        {QStringLiteral("star_level"), hasLevel ? QJsonValue(level) : QJsonValue()},
                        {QStringLiteral("rate_bp"), rate},
                        {QStringLiteral("effective_from"), effective},
                        {QStringLiteral("history"), QJsonArray()},
                        {QStringLiteral("changed_by"), actorId(context)},
                        {QStringLiteral("changed_at"), context.now},
                        {QStringLiteral("reason"), reason}};
        return recordResponse(201, context.store.put(Rates, doc, context.now));
    }
    if (auto error = checkIfMatch(context, *existing))
        return *error;
    QJsonObject doc = existing->doc;
    // The value being replaced goes to history with who set it and why.
    QJsonObject earlier{
        {QStringLiteral("rate_bp"), doc.value(QStringLiteral("rate_bp"))},
        {QStringLiteral("effective_from"), doc.value(QStringLiteral("effective_from"))},
        {QStringLiteral("changed_by"),
         doc.value(QStringLiteral("changed_by")).toString(QStringLiteral("system"))},
        {QStringLiteral("changed_at"),
         doc.value(QStringLiteral("changed_at"))
             .toString(doc.value(QStringLiteral("updated_at")).toString())}};
    if (doc.contains(QStringLiteral("reason")))
        earlier.insert(QStringLiteral("reason"), doc.value(QStringLiteral("reason")));
    appendTo(doc, QStringLiteral("history"), earlier);
    doc.insert(QStringLiteral("rate_bp"), rate);
    doc.insert(QStringLiteral("effective_from"), effective);
    doc.insert(QStringLiteral("changed_by"), actorId(context));
    doc.insert(QStringLiteral("changed_at"), context.now);
    doc.insert(QStringLiteral("reason"), reason);
    return recordResponse(200, context.store.put(Rates, doc, context.now));
}

HttpResponse setPrice(RequestContext &context)
{
    BodyReader in(context.body);
    const qint64 price = in.integer("price_cents", {.min = 0});
    const QString reason = in.string("reason", {.minLength = 1, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record item;
    if (auto error = loadForCommand(context, ServiceItems, context.param("id"), &item))
        return *error;
    if (auto error = checkIfMatch(context, item))
        return *error;
    const qint64 old = item.doc.value(QStringLiteral("price_cents")).toInteger();
    if (old == price)
        return stateConflict(
            QStringLiteral("Service item %1 already costs %2 cents.").arg(item.id).arg(price),
            QStringLiteral("state-conflict"),
            {{QStringLiteral("price_cents"), QStringLiteral("is the current price")}});
    item.doc.insert(QStringLiteral("price_cents"), price);
    auditLog(context, QStringLiteral("service_item.price"), item.id,
             QStringLiteral("%1 -> %2 cents: %3").arg(old).arg(price).arg(reason));
    return recordResponse(200, context.store.put(ServiceItems, item.doc, context.now));
}

} // namespace

void registerCatalogRoutes(Router &router)
{
    const RouteOptions admin{.roles = {Role::Admin}, .command = true, .jsonBody = true};
    router.add("PUT", QStringLiteral("/api/v1/commission-rates/{service_item_id}"), admin,
               setCommissionRate);
    router.add("PUT", QStringLiteral("/api/v1/service-items/{id}/price"), admin, setPrice);
}

} // namespace OpsDesk::Server
