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
// Decision: any signed-in staff member may download a file. Hashes are only
// learnt from records the caller may read (applications for auditors, refund
// evidence for finance), and a SHA-256 cannot be guessed.
void registerFileRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/files/{sha256}"), {}, [](RequestContext &context) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
        const QString sha = context.param("sha256");
        if (!pattern.match(sha).hasMatch())
            return Problem::validation({{QStringLiteral("sha256"),
                                         QStringLiteral("must be 64 lower-case hex digits")}})
                .toResponse();
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
