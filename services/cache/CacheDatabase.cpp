#include "services/cache/CacheDatabase.h"

#include "services/cache/CacheSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace OpsDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheDatabase", text);
}

} // namespace

CacheDatabase::CacheDatabase()
    : m_connectionName(QStringLiteral("opsdesk-cache-") + QUuid::createUuid().toString())
{}

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::pathFor(const QString &dataDir, const QString &serverUrl,
                               const QString &staffId)
{
    const QByteArray key = (serverUrl + QLatin1Char('|') + staffId).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(dataDir).filePath(QStringLiteral("cache/") + name + QStringLiteral(".sqlite"));
}

namespace {

QStringList sqliteFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

QString filesFolder(const QString &path)
{
    return path + QStringLiteral(".files"); // FileStore's folder
}

// SecureDocumentStore::folderFor: the auditor's encrypted offline documents.
QString secureFolder(const QString &path)
{
    return path + QStringLiteral(".secure");
}

} // namespace

qint64 CacheDatabase::diskSize(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &file : sqliteFiles(path))
        bytes += QFileInfo(file).size();
    for (const QString &folder : {filesFolder(path), secureFolder(path)}) {
        QDirIterator files(folder, QDir::Files);
        while (files.hasNext()) {
            files.next();
            bytes += files.fileInfo().size();
        }
    }
    return bytes;
}

bool CacheDatabase::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &file : sqliteFiles(path))
        ok = (!QFile::exists(file) || QFile::remove(file)) && ok;
    for (const QString &name : {filesFolder(path), secureFolder(path)}) {
        QDir folder(name);
        ok = (!folder.exists() || folder.removeRecursively()) && ok;
    }
    return ok;
}

QHash<QString, QString> CacheDatabase::recordNames(const QString &collection,
                                                   const QString &jsonPath) const
{
    QHash<QString, QString> names;
    if (!isOpen())
        return names;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id, json_extract(doc, ?) FROM records WHERE collection = ?"));
    query.addBindValue(jsonPath);
    query.addBindValue(collection);
    if (query.exec())
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

QHash<QString, QString> CacheDatabase::serviceItemNames() const
{
    return recordNames(QStringLiteral("service_items"), QLocale().language() == QLocale::Chinese
                                                            ? QStringLiteral("$.name_zh")
                                                            : QStringLiteral("$.name_en"));
}

QList<QJsonObject> CacheDatabase::documents(const QString &sql, const QVariantList &values) const
{
    QList<QJsonObject> result;
    if (!isOpen())
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return result;
}

QSet<QString> CacheDatabase::pendingIds(const QString &collection) const
{
    QSet<QString> ids;
    if (!isOpen())
        return ids;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM records WHERE collection = ? AND pending <> 0"));
    query.addBindValue(collection);
    if (query.exec())
        while (query.next())
            ids.insert(query.value(0).toString());
    return ids;
}

int CacheDatabase::latestVersion()
{
    return static_cast<int>(CacheSchema::migrationSteps().size());
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool CacheDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool CacheDatabase::open(const QString &path, Mode mode, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    close();
    m_path = path;
    if (mode == Mode::ReadWrite)
        QDir().mkpath(QFileInfo(path).absolutePath());
    else if (!QFileInfo::exists(path)) {
        *error = tr("The local cache %1 does not exist yet.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == Mode::ReadOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("The local cache %1 cannot be opened: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    if (mode == Mode::ReadWrite) {
        // Big pages: an order's JSON (about 1 KB) stays on its B-tree page
        // instead of spilling into overflow pages. Takes effect only in a new
        // file, before its first table (and before WAL mode).
        pragma.exec(QStringLiteral("PRAGMA page_size=16384"));
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            *error = tr("The local cache %1 is not a usable database: %2")
                         .arg(path, pragma.lastError().text());
            return false;
        }
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    const int version = schemaVersion();
    if (version < 0) {
        *error = tr("The local cache %1 is damaged or not an OpsDesk cache.").arg(path);
        return false;
    }
    if (version > latestVersion()) {
        *error = tr("The local cache %1 was written by a newer OpsDesk (schema %2). Update "
                    "OpsDesk or rebuild the cache.")
                     .arg(path)
                     .arg(version);
        return false;
    }
    if (mode == Mode::ReadWrite)
        return migrate(latestVersion(), error);
    if (version < latestVersion()) {
        *error = tr("The local cache %1 has not been upgraded yet.").arg(path);
        return false;
    }
    return true;
}

bool CacheDatabase::openAtVersion(const QString &path, int version, QString *error)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return migrate(version, error);
}

void CacheDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    // A file that is not SQLite fails on the first real read.
    QSqlQuery probe(database());
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return -1;
    return query.value(0).toInt();
}

bool CacheDatabase::migrate(int targetVersion, QString *error)
{
    QSqlDatabase db = database();
    const auto &steps = CacheSchema::migrationSteps();
    for (int version = schemaVersion(); version < targetVersion; ++version) {
        if (!db.transaction()) {
            *error = tr("The local cache cannot be upgraded: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        for (const QString &sql : steps.at(version)) {
            if (!query.exec(sql)) {
                *error = tr("The local cache cannot be upgraded to schema %1: %2")
                             .arg(version + 1)
                             .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!db.commit()) {
            *error = tr("The local cache cannot be upgraded: %1").arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

bool CacheDatabase::checkIntegrity(QString *details) const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (details)
            *details = query.lastError().text();
        return false;
    }
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    if (details)
        *details = rows.join(QLatin1Char('\n'));
    return rows == QStringList{QStringLiteral("ok")};
}

bool CacheDatabase::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return false;
    try {
        if (!work()) {
            db.rollback();
            return false;
        }
    } catch (...) {
        db.rollback();
        throw;
    }
    return db.commit();
}

} // namespace OpsDesk
