#include "services/files/FileStore.h"

#include "services/api/ApiClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace OpsDesk {

FileStore::FileStore(ApiClient *api, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_folder(cachePath + QStringLiteral(".files"))
{}

bool FileStore::isValidHash(const QString &sha256)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(sha256).hasMatch();
}

bool FileStore::matchesHash(const QByteArray &bytes, const QString &sha256)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == sha256.toLatin1();
}

void FileStore::download(ApiClient *api, const QString &sha256, QObject *owner, QObject *context,
                         Callback callback)
{
    if (!api) {
        callback({}, tr("The file is not on this computer and there is no server to ask."));
        return;
    }
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/files/") + sha256);
    request.checkJson = false;
    QPointer<QObject> guard(context);
    api->send(request, owner, [guard, sha256, callback](const ApiResponse &response) {
        if (!guard)
            return;
        if (!response.ok()) {
            callback(
                {}, response.error.kind == ApiError::Kind::Http && response.error.status == 404
                        ? tr("The server does not have this file.")
                        : tr("The file could not be downloaded: %1").arg(response.error.message()));
            return;
        }
        if (!matchesHash(response.body, sha256)) {
            callback({}, tr("The file from the server is damaged (its content does not match "
                            "its hash); it was not kept."));
            return;
        }
        callback(response.body, {});
    });
}

std::optional<QByteArray> FileStore::local(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return std::nullopt;
    QFile file(QDir(m_folder).filePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (!matchesHash(bytes, sha256)) {
        file.close();
        file.remove(); // damaged: fetched again next time
        return std::nullopt;
    }
    return bytes;
}

void FileStore::fetch(const QString &sha256, QObject *context, Callback callback)
{
    if (!isValidHash(sha256)) {
        callback({}, tr("The file reference \"%1\" is not a SHA-256 hash.").arg(sha256));
        return;
    }
    if (const auto bytes = local(sha256)) {
        callback(*bytes, {});
        return;
    }
    QPointer<FileStore> self(this);
    download(m_api, sha256, this, context,
             [self, sha256, callback](const QByteArray &bytes, const QString &error) {
                 if (self && error.isEmpty()) {
                     // Kept for offline use; a failure to keep it still shows it now.
                     QDir().mkpath(self->m_folder);
                     QSaveFile file(QDir(self->m_folder).filePath(sha256));
                     if (file.open(QIODevice::WriteOnly)) {
                         file.write(bytes);
                         file.commit();
                     }
                 }
                 callback(bytes, error);
             });
}

} // namespace OpsDesk
