#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace OpsDesk {

// The console's local SQLite cache: one file per central server and staff
// member, in the application-data folder.
//
// Threading contract: a CacheDatabase object and its connection belong to the
// thread that opened it. The sync engine owns the one writer (its own thread);
// the GUI thread opens a second, read-only CacheDatabase on the same file. In
// WAL mode readers never wait for the writer, so reads never block the GUI.
//
// Schema: versioned by `PRAGMA user_version`; migrate() runs every step from
// the file's version to latestVersion() in one transaction per step. A file
// from a newer console is refused, never downgraded.
class CacheDatabase
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // The cache file of a server and staff member: <dataDir>/cache/<hash>.sqlite
    static QString pathFor(const QString &dataDir, const QString &serverUrl,
                           const QString &staffId);
    // Everything a cache keeps on disk: the file, its WAL and shared-memory
    // files, the folder of files by hash beside it (FileStore) and the
    // auditor's encrypted documents (SecureDocumentStore, "<path>.secure";
    // its key stays in the keychain until SecureDocumentStore::removeAll).
    static qint64 diskSize(const QString &path);
    // Deletes all of it (the cache must be closed). False when something
    // could not be deleted.
    static bool removeFiles(const QString &path);

    // Opens (creating if needed) and, in ReadWrite mode, migrates to the latest
    // schema. False with a clear message on failure.
    bool open(const QString &path, Mode mode, QString *error);
    // Migrates only up to `version` (tests build every earlier version).
    bool openAtVersion(const QString &path, int version, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion();

    // id → one field (a JSON path such as "$.name") of every record of a
    // collection: the names the screens show for ids.
    QHash<QString, QString> recordNames(const QString &collection, const QString &jsonPath) const;
    // The service items' names in the console's language (zh or en).
    QHash<QString, QString> serviceItemNames() const;
    // The JSON documents in the first column of a query's rows (bound
    // values in order); empty when the cache is closed or the query fails.
    QList<QJsonObject> documents(const QString &sql, const QVariantList &values = {}) const;
    // Ids of a collection's records with a change of the user's waiting in
    // the outbox (records.pending).
    QSet<QString> pendingIds(const QString &collection) const;

    // `PRAGMA integrity_check` == "ok".
    bool checkIntegrity(QString *details = nullptr) const;

    // Runs `work` in one transaction; rolls back if it returns false or throws.
    bool transaction(const std::function<bool()> &work);

private:
    bool migrate(int targetVersion, QString *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace OpsDesk
