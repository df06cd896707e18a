#include "server/api/CommandSupport.h"

namespace OpsDesk::Server {

std::optional<HttpResponse> loadForCommand(RequestContext &context, const QString &collection,
                                           const QString &id, Record *record)
{
    auto found = context.store.get(collection, id);
    if (!found)
        return Problem::notFound(
                   QStringLiteral("There is no %1 record \"%2\".").arg(collection, id))
            .toResponse();
    const QString city = found->doc.value(QStringLiteral("city")).toString();
    if (context.staff && !context.staff->mayAccessCity(city))
        return outOfScope(QStringLiteral("%1 belongs to a city outside your scope.").arg(id));
    *record = std::move(*found);
    return std::nullopt;
}

std::optional<HttpResponse> checkIfMatch(RequestContext &context, const Record &record)
{
    QByteArray raw = context.request.header("if-match").trimmed();
    if (raw.startsWith("W/"))
        raw = raw.mid(2);
    if (raw.size() >= 2 && raw.startsWith('"') && raw.endsWith('"'))
        raw = raw.mid(1, raw.size() - 2);
    bool ok = false;
    const qint64 version = raw.toLongLong(&ok);
    if (raw.isEmpty() || !ok)
        return Problem::validation({{QStringLiteral("If-Match"),
                                     QStringLiteral("the header is required and must be the "
                                                    "record's version, e.g. \"7\"")}})
            .toResponse();
    if (version != record.version) {
        Problem problem;
        problem.status = 412;
        problem.type = QStringLiteral("precondition-failed");
        problem.title = QStringLiteral("The record has changed");
        problem.detail = QStringLiteral("%1 is at version %2, not %3. Review the current record "
                                        "and decide again.")
                             .arg(record.id)
                             .arg(record.version)
                             .arg(version);
        problem.extra.insert(QStringLiteral("current"), record.doc);
        HttpResponse response = problem.toResponse();
        response.setHeader("ETag", '"' + QByteArray::number(record.version) + '"');
        return response;
    }
    return std::nullopt;
}

HttpResponse recordResponse(int status, const Record &record)
{
    HttpResponse response = HttpResponse::json(status, record.doc);
    response.setHeader("ETag", '"' + QByteArray::number(record.version) + '"');
    return response;
}

HttpResponse stateConflict(const QString &detail, const QString &type,
                           const QList<QPair<QString, QString>> &fieldErrors)
{
    Problem problem = Problem::conflict(type, detail);
    problem.fieldErrors = fieldErrors;
    return problem.toResponse();
}

HttpResponse outOfScope(const QString &detail)
{
    Problem problem = Problem::forbidden(detail);
    problem.type = QStringLiteral("out-of-scope");
    return problem.toResponse();
}

} // namespace OpsDesk::Server
