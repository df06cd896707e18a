// Coupon configuration and the best-coupon query (api/openapi.yaml, tag
// "coupons"). The rules are models/finance/CouponRules.
#include "models/finance/CouponJson.h"
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/FinanceSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace OpsDesk::Server {

namespace {

using namespace OpsDesk::Finance;

const QString Coupons = QStringLiteral("coupons");

// Fields a client writes (create and full update).
const QStringList &writableFields()
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("kind"),
                                    QStringLiteral("amount_off_cents"),
                                    QStringLiteral("threshold_cents"),
                                    QStringLiteral("percent_off"),
                                    QStringLiteral("cap_cents"),
                                    QStringLiteral("service_item_ids"),
                                    QStringLiteral("valid_from"),
                                    QStringLiteral("valid_to"),
                                    QStringLiteral("valid_days_after_issue"),
                                    QStringLiteral("total_quota"),
                                    QStringLiteral("per_customer_limit"),
                                    QStringLiteral("new_customers_only"),
                                    QStringLiteral("stackable"),
                                    QStringLiteral("active"),
                                    QStringLiteral("campaign"),
                                    QStringLiteral("cost_bearer"),
                                    QStringLiteral("promo_code"),
                                    QStringLiteral("referral_role")};
    return fields;
}

// Fields frozen once a coupon has been issued to customers.
const QStringList &frozenFields()
{
    static const QStringList fields{QStringLiteral("kind"),
                                    QStringLiteral("amount_off_cents"),
                                    QStringLiteral("threshold_cents"),
                                    QStringLiteral("percent_off"),
                                    QStringLiteral("cap_cents"),
                                    QStringLiteral("service_item_ids")};
    return fields;
}

QString issueMessage(CouponIssue issue)
{
    switch (issue) {
    case CouponIssue::Required:
        return QStringLiteral("is required");
    case CouponIssue::NotAllowedForKind:
        return QStringLiteral("does not apply to this kind of coupon");
    case CouponIssue::MustBePositive:
        return QStringLiteral("must be at least 1 cent");
    case CouponIssue::ThresholdNotAboveAmount:
        return QStringLiteral("must be above amount_off_cents");
    case CouponIssue::PercentOutOfRange:
        return QStringLiteral("must be between 1 and 100");
    case CouponIssue::EndNotAfterStart:
        return QStringLiteral("must be after valid_from");
    case CouponIssue::ValidityRequired:
        return QStringLiteral("give a validity window (valid_from, valid_to) or "
                              "valid_days_after_issue");
    case CouponIssue::ValidityConflict:
        return QStringLiteral("give either a validity window or valid_days_after_issue, not both");
    case CouponIssue::DaysOutOfRange:
        return QStringLiteral("must be between 1 and 3650");
    case CouponIssue::BelowOne:
        return QStringLiteral("must be at least 1");
    case CouponIssue::PromoCodeFormat:
        return QStringLiteral("must be 4 to 20 characters of A-Z and 0-9");
    case CouponIssue::PromoCodeTaken:
        return QStringLiteral("is already the code of another coupon");
    }
    return {};
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

struct CouponInput
{
    QJsonObject fields; // the writable fields as they will be stored
    std::optional<HttpResponse> error;
};

// Reads and validates a CouponInput body: type errors from BodyReader, then
// the coupon rules, all in one 400 whose errors carry a `code`.
CouponInput readCoupon(RequestContext &context)
{
    static const QStringList kinds{QStringLiteral("threshold"), QStringLiteral("no_threshold"),
                                   QStringLiteral("service_item"), QStringLiteral("percentage")};
    constexpr qint64 Huge = 1000000000000LL;
    BodyReader in(context.body);
    CouponInput out;
    QJsonObject &f = out.fields;
    f.insert(QStringLiteral("name"), in.string("name", {.required = false, .maxLength = 100}));
    const QString kind = in.string("kind", {.maxLength = 20, .oneOf = kinds});
    f.insert(QStringLiteral("kind"), kind);
    for (const char *field : {"amount_off_cents", "threshold_cents", "percent_off", "cap_cents",
                              "valid_days_after_issue", "total_quota"}) {
        const qint64 value = in.integer(field, {.required = false, .min = -Huge, .max = Huge});
        if (in.has(field))
            f.insert(QLatin1String(field), value);
    }
    const QStringList items = in.stringList("service_item_ids", true, 0, 500);
    f.insert(QStringLiteral("service_item_ids"), QJsonArray::fromStringList(items));
    for (const char *field : {"valid_from", "valid_to"}) {
        const QString value = in.dateTime(field, false);
        if (!value.isEmpty())
            f.insert(QLatin1String(field), value);
    }
    f.insert(QStringLiteral("per_customer_limit"),
             in.integer("per_customer_limit", {.min = -Huge, .max = Huge}));
    f.insert(QStringLiteral("new_customers_only"), in.boolean("new_customers_only", true));
    f.insert(QStringLiteral("stackable"), in.boolean("stackable", true));
    if (in.has("active"))
        f.insert(QStringLiteral("active"), in.boolean("active"));
    const QString campaign = in.string("campaign", {.required = false, .maxLength = 64});
    if (!campaign.isEmpty())
        f.insert(QStringLiteral("campaign"), campaign);
    f.insert(QStringLiteral("cost_bearer"),
             in.string("cost_bearer",
                       {.oneOf = {QStringLiteral("platform"), QStringLiteral("technician")}}));
    // The code's format is a coupon rule (promo_code_format); the length
    // limit here only keeps absurd input out of the messages.
    const QString promoCode = in.string("promo_code", {.required = false, .maxLength = 200});
    if (!promoCode.isEmpty())
        f.insert(QStringLiteral("promo_code"), promoCode);
    const QString referral = in.string(
        "referral_role",
        {.required = false, .oneOf = {QStringLiteral("inviter"), QStringLiteral("invitee")}});
    if (!referral.isEmpty())
        f.insert(QStringLiteral("referral_role"), referral);
    for (const QString &item : items)
        if (!context.store.get(QStringLiteral("service_items"), item)) {
            in.addError(QStringLiteral("service_item_ids"),
                        QStringLiteral("there is no service item %1").arg(item));
            break;
        }

    Problem problem = in.problem();
    QJsonArray errors;
    QSet<QString> reported;
    for (const auto &error : problem.fieldErrors) {
        errors.append(QJsonObject{{QStringLiteral("field"), error.first},
                                  {QStringLiteral("message"), error.second}});
        reported.insert(error.first);
    }
    if (couponKindFromId(kind)) {
        for (const CouponFieldIssue &issue : validateCoupon(couponFromJson(f))) {
            if (reported.contains(issue.field))
                continue;
            errors.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                      {QStringLiteral("message"), issueMessage(issue.code)},
                                      {QStringLiteral("code"), couponIssueId(issue.code)}});
            reported.insert(issue.field);
        }
    }
    if (!errors.isEmpty()) {
        problem.fieldErrors.clear();
        problem.detail = errors.size() == 1
                             ? QStringLiteral("1 field is invalid.")
                             : QStringLiteral("%1 fields are invalid.").arg(errors.size());
        problem.extra.insert(QStringLiteral("errors"), errors);
        out.error = problem.toResponse();
    }
    return out;
}

// 409 when another coupon already has the input's promo code (codes are
// unique among all coupons, disabled ones included: a printed code must
// never start meaning another coupon).
std::optional<HttpResponse> promoCodeTaken(RequestContext &context, const QJsonObject &fields,
                                           const QString &ownId)
{
    const QString code = fields.value(QStringLiteral("promo_code")).toString();
    if (code.isEmpty())
        return std::nullopt;
    for (const Record &other : findRecords(context.store, Coupons, "promo_code", code)) {
        if (other.id == ownId)
            continue;
        Problem problem = Problem::conflict(
            QStringLiteral("duplicate-promo-code"),
            QStringLiteral("Promo code %1 already belongs to coupon %2.").arg(code, other.id));
        problem.extra.insert(
            QStringLiteral("errors"),
            QJsonArray{
                QJsonObject{{QStringLiteral("field"), QStringLiteral("promo_code")},
                            {QStringLiteral("message"), issueMessage(CouponIssue::PromoCodeTaken)},
                            {QStringLiteral("code"), couponIssueId(CouponIssue::PromoCodeTaken)}}});
        return problem.toResponse();
    }
    return std::nullopt;
}

HttpResponse create(RequestContext &context)
{
    CouponInput input = readCoupon(context);
    if (input.error)
        return *input.error;
    if (auto taken = promoCodeTaken(context, input.fields, {}))
        return *taken;
    QJsonObject doc = input.fields;
    doc.insert(QStringLiteral("id"),
               nextSequentialId(context.store, Coupons, QStringLiteral("CP"), 4));
    if (!doc.contains(QStringLiteral("active")))
        doc.insert(QStringLiteral("active"), true);
    doc.insert(QStringLiteral("issued_count"), 0);
    doc.insert(QStringLiteral("redeemed_count"), 0);
    return recordResponse(201, context.store.put(Coupons, doc, context.now));
}

HttpResponse update(RequestContext &context)
{
    CouponInput input = readCoupon(context);
    if (input.error)
        return *input.error;
    Record coupon;
    if (auto error = loadForCommand(context, Coupons, context.param("id"), &coupon))
        return *error;
    if (auto error = checkIfMatch(context, coupon))
        return *error;
    if (auto taken = promoCodeTaken(context, input.fields, coupon.id))
        return *taken;
    const qint64 issued = coupon.doc.value(QStringLiteral("issued_count")).toInteger();
    if (issued > 0) {
        QList<QPair<QString, QString>> frozen;
        for (const QString &field : frozenFields())
            if (!sameValue(coupon.doc.value(field), input.fields.value(field)))
                frozen.append({field, QStringLiteral("cannot change once the coupon is issued")});
        const QJsonValue quota = input.fields.value(QStringLiteral("total_quota"));
        if (quota.isDouble() && quota.toInteger() < issued)
            frozen.append(
                {QStringLiteral("total_quota"),
                 QStringLiteral("must be at least the %1 coupons already issued").arg(issued)});
        if (!frozen.isEmpty())
            return stateConflict(
                QStringLiteral("Coupon %1 has been issued %2 times; its kind, amounts and service "
                               "items are fixed.")
                    .arg(coupon.id)
                    .arg(issued),
                QStringLiteral("state-conflict"), frozen);
    }
    QJsonObject doc = coupon.doc;
    const bool wasActive = doc.value(QStringLiteral("active")).toBool(true);
    for (const QString &field : writableFields())
        doc.remove(field);
    for (auto it = input.fields.constBegin(); it != input.fields.constEnd(); ++it)
        doc.insert(it.key(), it.value());
    if (!doc.contains(QStringLiteral("active")))
        doc.insert(QStringLiteral("active"), wasActive);
    return recordResponse(200, context.store.put(Coupons, doc, context.now));
}

HttpResponse disable(RequestContext &context)
{
    BodyReader in(context.body);
    const QString reason = in.string("reason", {.required = false, .maxLength = 500});
    if (!in.ok())
        return in.problem().toResponse();
    Record coupon;
    if (auto error = loadForCommand(context, Coupons, context.param("id"), &coupon))
        return *error;
    if (auto error = checkIfMatch(context, coupon))
        return *error;
    if (!coupon.doc.value(QStringLiteral("active")).toBool(true))
        return stateConflict(QStringLiteral("Coupon %1 is already disabled.").arg(coupon.id));
    coupon.doc.insert(QStringLiteral("active"), false);
    auditLog(context, QStringLiteral("coupon.disable"), coupon.id, reason);
    return recordResponse(200, context.store.put(Coupons, coupon.doc, context.now));
}

HttpResponse best(RequestContext &context)
{
    BodyReader in(context.body);
    const QString serviceItemId = in.string("service_item_id", {.maxLength = 64});
    const qint64 price = in.integer("price_cents", {});
    const QString customerId = in.string("customer_id", {.maxLength = 64});
    const QString at = in.dateTime("at", false);
    if (!in.ok())
        return in.problem().toResponse();
    Record customer;
    if (auto error = loadForCommand(context, QStringLiteral("customers"), customerId, &customer))
        return *error;
    if (!context.store.get(QStringLiteral("service_items"), serviceItemId))
        return Problem::notFound(QStringLiteral("There is no service item %1.").arg(serviceItemId))
            .toResponse();
    const QDateTime when =
        QDateTime::fromString(at.isEmpty() ? context.now : at, Qt::ISODateWithMs);

    QList<QJsonObject> redemptions;
    for (const Record &redemption :
         findRecords(context.store, QStringLiteral("redemptions"), "customer_id", customerId))
        redemptions.append(redemption.doc);
    const CustomerCouponFacts facts = customerCouponFacts(customer.doc, redemptions, when);
    QList<CouponDefinition> coupons;
    for (const Record &coupon : allRecords(context.store, Coupons))
        coupons.append(couponFromJson(coupon.doc));

    const BestCoupon result = bestCoupon(coupons, {serviceItemId, price}, facts, when);
    QJsonObject body{{QStringLiteral("discount_cents"), result.discountCents},
                     {QStringLiteral("final_price_cents"), price - result.discountCents},
                     {QStringLiteral("considered"), result.considered}};
    if (result.found())
        body.insert(QStringLiteral("coupon_id"), result.couponId);
    return HttpResponse::json(200, body);
}

} // namespace

void registerCouponRoutes(Router &router)
{
    const RouteOptions finance{
        .roles = {Role::Finance, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/coupons"), finance, create);
    // A pure query: no Idempotency-Key, every signed-in role.
    router.add("POST", QStringLiteral("/api/v1/coupons/best"), {.jsonBody = true}, best);
    router.add("PUT", QStringLiteral("/api/v1/coupons/{id}"), finance, update);
    router.add("POST", QStringLiteral("/api/v1/coupons/{id}/disable"), finance, disable);
}

} // namespace OpsDesk::Server
