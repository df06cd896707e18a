// Decisions on technician applications: approve, reject (api/openapi.yaml,
// tag "applications").
#include "models/audit/AuditTrail.h"
#include "server/api/CommandQueries.h"
#include "server/api/CommandSupport.h"
#include "server/api/Routes.h"
#include "server/http/BodyReader.h"
#include "server/http/Router.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace OpsDesk::Server {

namespace {

const QString Applications = QStringLiteral("applications");
const QString Technicians = QStringLiteral("technicians");

// Where a new technician's home marker goes until they report a position.
QPair<double, double> cityCentre(const QString &city)
{
    static const QHash<QString, QPair<double, double>> centres{
        {QStringLiteral("beijing"), {39.9042, 116.4074}},
        {QStringLiteral("shanghai"), {31.2304, 121.4737}},
        {QStringLiteral("guangzhou"), {23.1291, 113.2644}},
        {QStringLiteral("shenzhen"), {22.5431, 114.0579}},
        {QStringLiteral("hangzhou"), {30.2741, 120.1551}},
        {QStringLiteral("chengdu"), {30.5728, 104.0668}},
        {QStringLiteral("wuhan"), {30.5928, 114.3055}},
    };
    return centres.value(city, {0.0, 0.0});
}

bool isDecidable(const QJsonObject &application)
{
    const QString status = application.value(QStringLiteral("status")).toString();
    return status == QLatin1String("submitted") || status == QLatin1String("under_review");
}

QString nextReviewDue(const QString &currentDue, const QString &nowIso)
{
    QDate due = QDate::fromString(currentDue, Qt::ISODate);
    if (!due.isValid())
        due = businessDay(nowIso);
    return due.addYears(1).toString(Qt::ISODate);
}

std::optional<HttpResponse> loadApplication(RequestContext &context, Record *application)
{
    if (auto error = loadForCommand(context, Applications, context.param("id"), application))
        return error;
    if (auto error = checkIfMatch(context, *application))
        return error;
    if (!isDecidable(application->doc))
        return statusConflict(QStringLiteral("Application"), application->id,
                              application->doc.value(QStringLiteral("status")).toString(),
                              QStringLiteral("submitted or under_review"));
    return std::nullopt;
}

QJsonObject newTechnician(const QString &id, const QJsonObject &application, const QString &nowIso)
{
    const QString city = application.value(QStringLiteral("city")).toString();
    const auto centre = cityCentre(city);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), application.value(QStringLiteral("name"))},
        {QStringLiteral("phone"), application.value(QStringLiteral("phone"))},
        {QStringLiteral("city"), city},
        {QStringLiteral("skills"), application.value(QStringLiteral("skills")).toArray()},
        {QStringLiteral("star_level"), 3},
        {QStringLiteral("rating"), 0.0},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("work_status"), QStringLiteral("offline")},
        {QStringLiteral("working_hours"),
         QJsonObject{{QStringLiteral("start"), QStringLiteral("08:00")},
                     {QStringLiteral("end"), QStringLiteral("20:00")},
                     {QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5, 6, 7}}}},
        {QStringLiteral("service_area"),
         QJsonObject{{QStringLiteral("districts"),
                      application.value(QStringLiteral("service_districts")).toArray()}}},
        {QStringLiteral("home_lat"), centre.first},
        {QStringLiteral("home_lng"), centre.second},
        {QStringLiteral("annual_review_due"),
         businessDay(nowIso).addYears(1).toString(Qt::ISODate)},
        {QStringLiteral("completed_orders"), 0},
        {QStringLiteral("on_time_rate"), 0.0},
        {QStringLiteral("complaint_count"), 0},
        {QStringLiteral("action_log"), QJsonArray()},
    };
}

HttpResponse approve(RequestContext &context)
{
    BodyReader in(context.body);
    const QString note = in.string("note", {.required = false, .maxLength = 2000});
    if (!in.ok())
        return in.problem().toResponse();
    Record application;
    if (auto error = loadApplication(context, &application))
        return *error;
    QJsonObject &doc = application.doc;
    const QString kind = doc.value(QStringLiteral("kind")).toString();
    QString technicianId = doc.value(QStringLiteral("technician_id")).toString();
    const auto technician =
        technicianId.isEmpty() ? std::nullopt : context.store.get(Technicians, technicianId);

    if (kind == QLatin1String("annual_review")) {
        if (!technician)
            return stateConflict(QStringLiteral("Annual review %1 refers to technician \"%2\", "
                                                "who does not exist.")
                                     .arg(application.id, technicianId));
        QJsonObject t = technician->doc;
        t.insert(
            QStringLiteral("annual_review_due"),
            nextReviewDue(t.value(QStringLiteral("annual_review_due")).toString(), context.now));
        QJsonObject action{
            {QStringLiteral("action"), QStringLiteral("annual_review_pass")},
            {QStringLiteral("at"), context.now},
            {QStringLiteral("by"), actorId(context)},
            {QStringLiteral("reason"),
             note.isEmpty() ? QStringLiteral("application %1").arg(application.id) : note}};
        appendTo(t, QStringLiteral("action_log"), action);
        context.store.put(Technicians, t, context.now);
    } else if (technician) {
        // A returning technician: the approved application reactivates the
        // record with the skills and districts applied for.
        QJsonObject t = technician->doc;
        t.insert(QStringLiteral("status"), QStringLiteral("active"));
        t.insert(QStringLiteral("skills"), doc.value(QStringLiteral("skills")).toArray());
        QJsonObject area = t.value(QStringLiteral("service_area")).toObject();
        area.insert(QStringLiteral("districts"),
                    doc.value(QStringLiteral("service_districts")).toArray());
        t.insert(QStringLiteral("service_area"), area);
        context.store.put(Technicians, t, context.now);
    } else {
        technicianId = nextSequentialId(context.store, Technicians, QStringLiteral("T"), 5);
        context.store.put(Technicians, newTechnician(technicianId, doc, context.now), context.now);
        doc.insert(QStringLiteral("technician_id"), technicianId);
    }

    doc.insert(QStringLiteral("status"), QStringLiteral("approved"));
    QJsonObject decision{{QStringLiteral("by"), actorId(context)},
                         {QStringLiteral("at"), context.now},
                         {QStringLiteral("reasons"), QJsonArray()}};
    if (!note.isEmpty())
        decision.insert(QStringLiteral("note"), note);
    doc.insert(QStringLiteral("decision"), decision);
    return recordResponse(200, context.store.put(Applications, doc, context.now));
}

HttpResponse reject(RequestContext &context)
{
    BodyReader in(context.body);
    const QStringList reasons = in.stringList(
        "reasons", true, 1, Audit::rejectionReasonCodes().size(), Audit::rejectionReasonCodes());
    const QString note = in.string("note", {.minLength = 1, .maxLength = 2000});
    if (QSet<QString>(reasons.cbegin(), reasons.cend()).size() != reasons.size())
        in.addError(QStringLiteral("reasons"), QStringLiteral("must not repeat a reason"));
    if (!in.ok())
        return in.problem().toResponse();
    Record application;
    if (auto error = loadApplication(context, &application))
        return *error;
    application.doc.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    application.doc.insert(
        QStringLiteral("decision"),
        QJsonObject{{QStringLiteral("by"), actorId(context)},
                    {QStringLiteral("at"), context.now},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                    {QStringLiteral("note"), note}});
    return recordResponse(200, context.store.put(Applications, application.doc, context.now));
}

} // namespace

void registerApplicationRoutes(Router &router)
{
    const RouteOptions audit{
        .roles = {Role::Auditor, Role::Admin}, .command = true, .jsonBody = true};
    router.add("POST", QStringLiteral("/api/v1/applications/{id}/approve"), audit, approve);
    router.add("POST", QStringLiteral("/api/v1/applications/{id}/reject"), audit, reject);
}

} // namespace OpsDesk::Server
