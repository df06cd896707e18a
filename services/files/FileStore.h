#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace OpsDesk {

class ApiClient;

// Files by content hash — the technicians' job photos, their documents —
// fetched from the central server (GET /api/v1/files/{sha256}) and kept in a
// folder next to the cache file (<cache>.files/<sha256>; CacheDatabase's
// diskSize and removeFiles include it). A file's name is
// its SHA-256, so it never changes: once fetched it is shown offline for
// good. The bytes are checked against the hash when they arrive and again
// when they are read, so a damaged file is fetched again, never shown.
//
// Decision: files live beside the SQLite cache, not in it, so that the one
// writer thread of the cache never waits for multi-megabyte blobs.
//
// Threading contract: GUI thread.
class FileStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QByteArray &bytes, const QString &error)>;

    FileStore(ApiClient *api, const QString &cachePath, QObject *parent = nullptr);

    static bool isValidHash(const QString &sha256);
    // The bytes are those the hash names.
    static bool matchesHash(const QByteArray &bytes, const QString &sha256);
    // GET /api/v1/files/{sha256} and the hash check, nothing kept: `callback`
    // runs once (not after `owner` or `context` is gone) with the bytes or a
    // translated error (absent at the server, not downloaded, damaged).
    static void download(ApiClient *api, const QString &sha256, QObject *owner, QObject *context,
                         Callback callback);
    QString folder() const { return m_folder; }
    // The bytes when they are here and intact.
    std::optional<QByteArray> local(const QString &sha256) const;
    // The bytes from here, or else from the server; `callback` runs once
    // (not after `context` is gone) with the bytes or a translated error.
    void fetch(const QString &sha256, QObject *context, Callback callback);

private:
    QPointer<ApiClient> m_api;
    QString m_folder;
};

} // namespace OpsDesk
