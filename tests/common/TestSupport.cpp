#include "common/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QJsonArray>
#include <QUrlQuery>

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QXmlStreamReader>

namespace OpsDesk::TestSupport {

QString sourceDir()
{
    return QStringLiteral(OPSDESK_TEST_SOURCE_DIR);
}

QString binDir()
{
    return QStringLiteral(OPSDESK_TEST_BIN_DIR);
}

QString program(const QString &baseName)
{
    QString name = baseName;
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(binDir()).filePath(name);
}

ProgramResult convertWithLibreOffice(const QString &soffice, const QString &file,
                                     const QString &filter, const QString &outDir,
                                     const QString &home)
{
    QDir().mkpath(outDir);
    return runProgram(soffice,
                      {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                       QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), outDir,
                       file},
                      240000, {QStringLiteral("HOME=") + home});
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

QList<CsvRecord> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    CsvField field;
    qsizetype i = 0;
    bool fieldStarted = false;
    const auto endField = [&] {
        record.append(field);
        field = {};
        fieldStarted = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!fieldStarted && c == u'"') {
            field.quoted = true;
            fieldStarted = true;
            ++i;
            while (i < text.size()) {
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field.text += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.text += text.at(i++);
            }
            continue;
        }
        if (c == u',') {
            endField();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            endField();
            records.append(record);
            record.clear();
            i += (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') ? 2 : 1;
        } else {
            fieldStarted = true;
            field.text += c;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

QList<OdsSheet> readFlatOds(const QString &path)
{
    QList<OdsSheet> sheets;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sheets;
    QXmlStreamReader xml(&file);
    OdsCell cell;
    int repeat = 1;
    int paragraphs = 0;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("table")) {
                sheets.append({a.value(QLatin1String("table:name")).toString(), {}});
            } else if (name == QLatin1String("table-row") && !sheets.isEmpty()) {
                sheets.last().rows.append(QList<OdsCell>());
            } else if (name == QLatin1String("table-cell")) {
                cell = {};
                cell.type = a.value(QLatin1String("office:value-type")).toString();
                for (const char *attr :
                     {"office:value", "office:date-value", "office:boolean-value"})
                    if (a.hasAttribute(QLatin1String(attr)))
                        cell.value = a.value(QLatin1String(attr)).toString();
                cell.formula = a.value(QLatin1String("table:formula")).toString();
                repeat = a.hasAttribute(QLatin1String("table:number-columns-repeated"))
                             ? a.value(QLatin1String("table:number-columns-repeated")).toInt()
                             : 1;
                paragraphs = 0;
            } else if (name == QLatin1String("p")) {
                if (paragraphs++)
                    cell.text += u'\n';
                inParagraph = true;
            } else if (name == QLatin1String("s")) {
                const int c = a.hasAttribute(QLatin1String("text:c"))
                                  ? a.value(QLatin1String("text:c")).toInt()
                                  : 1;
                cell.text += QString(c, u' ');
            } else if (name == QLatin1String("tab")) {
                cell.text += u'\t';
            } else if (name == QLatin1String("line-break")) {
                cell.text += u'\n';
            }
        } else if (xml.isCharacters() && inParagraph) {
            cell.text += xml.text();
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("p")) {
                inParagraph = false;
            } else if (name == QLatin1String("table-cell") && !sheets.isEmpty() &&
                       !sheets.last().rows.isEmpty()) {
                if (!cell.type.isEmpty() || repeat < 100)
                    for (int i = 0; i < repeat; ++i)
                        sheets.last().rows.last().append(cell);
                cell = {};
            }
        }
    }
    return sheets;
}

ProgramResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs,
                         const QStringList &extraEnvironment)
{
    ProgramResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : extraEnvironment) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QHash<QString, QJsonObject> serverSnapshot(const QUrl &base, const QByteArray &token,
                                           const QString &collection)
{
    QHash<QString, QJsonObject> records;
    QString cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/sync/") + collection);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
        const HttpResult page = httpRequest("GET", url, {}, {{"Authorization", "Bearer " + token}});
        if (page.status != 200)
            break;
        const QJsonObject body = page.json().object();
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
            records.insert(item[QStringLiteral("id")].toString(), item.toObject());
        cursor = body.value(QStringLiteral("next_cursor")).toString();
        if (!body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return records;
}

QHash<QString, qint64> serverVersions(const QUrl &base, const QByteArray &token,
                                      const QString &collection)
{
    QHash<QString, qint64> versions;
    const QHash<QString, QJsonObject> records = serverSnapshot(base, token, collection);
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        versions.insert(it.key(), it.value().value(QStringLiteral("version")).toInteger());
    return versions;
}

bool writeMBTilesPack(const QString &path, int z, int x, int y, const QByteArray &bytes,
                      const QList<QPair<QString, QString>> &metadata, QString *error)
{
    const QString connection = QStringLiteral("test-mbtiles-pack");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")) &&
                 q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column "
                                       "INTEGER, tile_row INTEGER, tile_data BLOB)"));
            for (const auto &[name, value] : metadata) {
                if (!ok)
                    break;
                q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
                q.addBindValue(name);
                q.addBindValue(value);
                ok = q.exec();
            }
            if (ok) {
                q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
                q.addBindValue(z);
                q.addBindValue(x);
                q.addBindValue((1 << z) - 1 - y); // TMS rows count from the south
                q.addBindValue(bytes);
                ok = q.exec();
            }
            if (!ok && error)
                *error = q.lastError().text();
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

CredentialStore::Result waitForKeychain(const std::function<void(CredentialStore::Callback)> &call)
{
    CredentialStore::Result result;
    QEventLoop loop;
    bool done = false;
    call([&](const CredentialStore::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

QStringList projectedTimes(const QString &cachePath, const QString &orderId)
{
    const QString name = QStringLiteral("projected-times");
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(cachePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT paid_at, dispatched_at, arrived_at, started_at, completed_at, "
                "cancelled_at, coupon_id, rating FROM orders WHERE id = ?"));
            query.addBindValue(orderId);
            if (query.exec() && query.next())
                for (int i = 0; i < 8; ++i)
                    values.append(query.value(i).isNull() ? QStringLiteral("null")
                                                          : query.value(i).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace OpsDesk::TestSupport
