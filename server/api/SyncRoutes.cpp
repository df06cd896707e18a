#include "server/api/ReadAccess.h"
#include "server/api/RequestContext.h"
#include "server/api/Routes.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>

namespace OpsDesk::Server {

namespace {

struct Cursor
{
    QString epoch;
    qint64 snapshot = 0;
    qint64 after = 0;
    bool delta = false;
    QString lastId;        // full passes: the last id returned so far
    qint64 remaining = -1; // full passes: what is left, counted once per pass
};

QString encodeCursor(const Cursor &c)
{
    const QByteArray raw =
        QStringLiteral("v1|%1|%2|%3|%4")
            .arg(c.epoch)
            .arg(c.snapshot)
            .arg(c.after)
            .arg(c.delta ? QLatin1Char('d') : QLatin1Char('f'))
            .toUtf8() +
        (c.lastId.isEmpty() ? QByteArray()
                            : "|" + c.lastId.toUtf8().toBase64(QByteArray::Base64UrlEncoding) +
                                  "|" + QByteArray::number(c.remaining));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*decoded).split(QLatin1Char('|'));
    if ((parts.size() != 5 && parts.size() != 7) || parts.at(0) != QLatin1String("v1"))
        return std::nullopt;
    Cursor c;
    bool ok1 = false, ok2 = false;
    c.epoch = parts.at(1);
    c.snapshot = parts.at(2).toLongLong(&ok1);
    c.after = parts.at(3).toLongLong(&ok2);
    c.delta = parts.at(4) == QLatin1String("d");
    if (parts.size() == 7) {
        const auto id = QByteArray::fromBase64Encoding(parts.at(5).toLatin1(),
                                                       QByteArray::Base64UrlEncoding |
                                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!id || (*id).isEmpty() || c.delta)
            return std::nullopt;
        c.lastId = QString::fromUtf8(*id);
        bool ok = false;
        c.remaining = parts.at(6).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!ok1 || !ok2 || c.after > c.snapshot || c.after < 0)
        return std::nullopt;
    return c;
}

QString maskPhone(const QString &phone)
{
    if (phone.size() < 7)
        return QStringLiteral("****");
    return phone.left(3) + QStringLiteral("****") + phone.right(4);
}

// Customers' phone numbers are only shown in full to finance and admin.
QByteArray maskCustomer(const QByteArray &json)
{
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    doc.insert(QStringLiteral("phone"), maskPhone(doc.value(QStringLiteral("phone")).toString()));
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

HttpResponse cursorExpired(const QString &detail)
{
    Problem problem;
    problem.status = 410;
    problem.type = QStringLiteral("cursor-expired");
    problem.title = QStringLiteral("Sync cursor expired");
    problem.detail = detail + QStringLiteral(" Start a full pass without a cursor.");
    return problem.toResponse();
}

} // namespace

void registerSyncRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/sync/{collection}"), {}, [](RequestContext &context) {
        const QString collection = context.param("collection");
        if (!Store::isCollection(collection))
            return Problem::notFound(
                       QStringLiteral("There is no collection \"%1\".").arg(collection))
                .toResponse();
        const StaffIdentity &staff = *context.staff;
        if (!mayReadCollection(staff, collection))
            return Problem::forbidden(QStringLiteral("Your role may not read %1.").arg(collection))
                .toResponse();

        int limit = 1000;
        if (context.request.query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            limit = context.request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 5000)
                return Problem::validation(
                           {{QStringLiteral("limit"), QStringLiteral("must be 1 to 5000")}})
                    .toResponse();
        }
        Store &store = context.store;
        Cursor cursor;
        if (context.request.query.hasQueryItem(QStringLiteral("cursor"))) {
            const auto decoded =
                decodeCursor(context.request.query.queryItemValue(QStringLiteral("cursor")));
            if (!decoded)
                return cursorExpired(QStringLiteral("The cursor is not one this server issued."));
            if (decoded->epoch != store.epoch())
                return cursorExpired(QStringLiteral("The server's data was recreated."));
            cursor = *decoded;
            if (cursor.after == cursor.snapshot && cursor.lastId.isEmpty()) {
                // The pass is complete: a new delta pass starts after it.
                if (cursor.snapshot < store.tombstoneHorizon())
                    return cursorExpired(QStringLiteral("The cursor is older than the kept "
                                                        "deletions."));
                cursor.delta = true;
                cursor.snapshot = store.currentSeq();
            }
        } else {
            cursor.epoch = store.epoch();
            cursor.snapshot = store.currentSeq();
            cursor.after = 0;
            cursor.delta = false;
        }

        const QString onlyId = onlyReadableId(staff, collection);
        DeltaPage page;
        if (cursor.delta) {
            page = store.delta(collection, cursor.after, cursor.snapshot, limit, staff.cities,
                               onlyId, true);
            cursor.after = page.hasMore ? page.lastSeq : cursor.snapshot;
        } else {
            QString lastId;
            page = store.fullPage(collection, cursor.lastId, limit, staff.cities, onlyId,
                                  cursor.snapshot, cursor.remaining, &lastId);
            cursor.lastId = page.hasMore ? lastId : QString();
            cursor.remaining = page.remaining;
            cursor.after = page.hasMore ? 0 : cursor.snapshot;
        }

        const bool mask = collection == QLatin1String("customers") && !staff.isAdmin() &&
                          !staff.hasRole(Role::Finance);
        qsizetype itemBytes = 0;
        for (const QByteArray &item : page.items)
            itemBytes += item.size() + 1;
        QByteArray body;
        body.reserve(itemBytes + 512 + page.tombstones.size() * 96);
        body += "{\"collection\":\"";
        body += collection.toLatin1();
        body += "\",\"items\":[";
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            if (i)
                body += ',';
            body += mask ? maskCustomer(page.items.at(i)) : page.items.at(i);
        }
        body += "],\"tombstones\":";
        QJsonArray tombstones;
        for (const QJsonObject &tombstone : page.tombstones)
            tombstones.append(tombstone);
        body += QJsonDocument(tombstones).toJson(QJsonDocument::Compact);
        body += ",\"next_cursor\":\"";
        body += encodeCursor(cursor).toLatin1();
        body += "\",\"has_more\":";
        body += page.hasMore ? "true" : "false";
        body += ",\"snapshot_seq\":";
        body += QByteArray::number(cursor.snapshot);
        body += ",\"total_estimate\":";
        body += QByteArray::number(page.remaining);
        body += '}';
        HttpResponse response;
        response.status = 200;
        response.body = std::move(body);
        response.setHeader("Content-Type", "application/json");
        return response;
    });
}

} // namespace OpsDesk::Server
