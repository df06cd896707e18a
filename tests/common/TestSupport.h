#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "services/core/CredentialStore.h"

#include <functional>

namespace OpsDesk::TestSupport {

// The source and binary folders of the build under test.
QString sourceDir();
QString binDir();
QString program(const QString &baseName); // binDir()/baseName(.exe)

struct ProgramResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};
// One field of a CSV file and whether it was quoted.
struct CsvField
{
    QString text;
    bool quoted = false;
};
using CsvRecord = QList<CsvField>;
// RFC 4180 reader that remembers whether a field was quoted.
QList<CsvRecord> parseCsv(const QString &text);

// One cell of a flat OpenDocument spreadsheet (LibreOffice's .fods).
struct OdsCell
{
    QString type;  // office:value-type: string, float, percentage, currency, date, boolean
    QString value; // office:value / date-value / boolean-value
    QString text;
    QString formula; // table:formula, empty for a plain value
};
struct OdsSheet
{
    QString name;
    QList<QList<OdsCell>> rows;
};
// Every sheet of a flat OpenDocument spreadsheet, row by row.
QList<OdsSheet> readFlatOds(const QString &path);

// LibreOffice (headless) opens `file` and saves it with `filter` ("fods",
// "csv:…") into `outDir`, with a profile under `home` (a fresh HOME).
ProgramResult convertWithLibreOffice(const QString &soffice, const QString &file,
                                     const QString &filter, const QString &outDir,
                                     const QString &home);

// Every entry of a folder, hidden ones too (what an export left behind).
QStringList entries(const QString &dir);

// Runs a program to completion (killing it after timeoutMs).
ProgramResult runProgram(const QString &program, const QStringList &arguments,
                         int timeoutMs = 60000, const QStringList &extraEnvironment = {});

struct HttpResult
{
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QByteArray contentType;
    QString error;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};
// A blocking HTTP request for tests.
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 30000);

// Every record of a collection as the server gives it in a full sync pass
// (id → document), read with the bearer `token` from the server at `base`.
QHash<QString, QJsonObject> serverSnapshot(const QUrl &base, const QByteArray &token,
                                           const QString &collection);
// The same, as id → version.
QHash<QString, qint64> serverVersions(const QUrl &base, const QByteArray &token,
                                      const QString &collection);

// Every file under `dir` (recursively) whose contents contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// Runs one keychain call and waits (a local event loop) for its result.
CredentialStore::Result waitForKeychain(const std::function<void(CredentialStore::Callback)> &call);

// Writes an MBTiles pack holding one tile (XYZ address, stored with its TMS
// row) and the metadata given as name → value pairs; false and *error on
// failure.
bool writeMBTilesPack(const QString &path, int z, int x, int y, const QByteArray &bytes,
                      const QList<QPair<QString, QString>> &metadata, QString *error = nullptr);

// An order's projected dashboard columns in the cache at `cachePath`, as text
// ("null" for NULL): paid_at, dispatched_at, arrived_at, started_at,
// completed_at, cancelled_at, coupon_id, rating. Empty when the order is not
// there.
QStringList projectedTimes(const QString &cachePath, const QString &orderId);

} // namespace OpsDesk::TestSupport
