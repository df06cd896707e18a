#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace OpsDesk::Server {

// GET /api/v1/files/{sha256}: content-addressed, immutable documents.
//
// Access follows the referencing record, as the contract says: documents of
// applications need auditor (or admin), refund evidence finance (or admin); a
// file no record refers to yet is open to any signed-in staff member.
namespace {

// The collections whose records refer to the file (applications, refunds).
QStringList readersOf(Store &store, const QString &sha)
{
    QStringList collections;
    for (const char *collection : {"applications", "refunds"}) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT 1 FROM records WHERE collection = ? AND deleted = 0 "
                                     "AND instr(doc, ?) > 0 LIMIT 1"));
        query.addBindValue(QString::fromLatin1(collection));
        query.addBindValue(sha);
        if (query.exec() && query.next())
            collections.append(QString::fromLatin1(collection));
    }
    return collections;
}

} // namespace

void registerFileRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/files/{sha256}"), {}, [](RequestContext &context) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
        const QString sha = context.param("sha256");
        if (!pattern.match(sha).hasMatch())
            return Problem::validation({{QStringLiteral("sha256"),
                                         QStringLiteral("must be 64 lower-case hex digits")}})
                .toResponse();
        const QStringList readers = readersOf(context.store, sha);
        if (!readers.isEmpty() && !context.staff->isAdmin()) {
            bool allowed = false;
            for (const QString &collection : readers)
                allowed |= context.staff->hasRole(
                    collection == QLatin1String("applications") ? Role::Auditor : Role::Finance);
            if (!allowed)
                return Problem::forbidden(
                           QStringLiteral("This file belongs to records your role may not read."))
                    .toResponse();
        }
        const QByteArray etag = '"' + sha.toLatin1() + '"';
        QSqlQuery query(context.store.database());
        query.prepare(
            QStringLiteral("SELECT content_type, length(data) FROM files WHERE sha256 = ?"));
        query.addBindValue(sha);
        if (!query.exec() || !query.next())
            return Problem::notFound(QStringLiteral("There is no file %1.").arg(sha)).toResponse();
        const QByteArray contentType = query.value(0).toString().toLatin1();

        // If-None-Match: a list of entity tags, or "*".
        const QByteArray ifNoneMatch = context.request.header("if-none-match");
        bool cached = ifNoneMatch.trimmed() == "*";
        for (QByteArray tag : ifNoneMatch.split(',')) {
            tag = tag.trimmed();
            if (tag.startsWith("W/"))
                tag = tag.mid(2);
            cached |= tag == etag;
        }
        HttpResponse response;
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        if (cached) {
            response.status = 304;
            return response;
        }
        QSqlQuery data(context.store.database());
        data.prepare(QStringLiteral("SELECT data FROM files WHERE sha256 = ?"));
        data.addBindValue(sha);
        data.exec();
        data.next();
        response.status = 200;
        response.setHeader("Content-Type", contentType);
        response.body = data.value(0).toByteArray();
        return response;
    });
}

} // namespace OpsDesk::Server
