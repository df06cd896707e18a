#include "services/audit/SecureDocumentStore.h"

#include "services/api/ApiClient.h"
#include "services/core/CredentialStore.h"
#include "services/files/FileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace OpsDesk {

namespace {

constexpr char Magic[] = "ODSD1";
constexpr qsizetype MagicSize = 5;
constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype KeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

SecureDocumentStore::SecureDocumentStore(CredentialStore *keychain, const QString &keyName,
                                         const QString &folder, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_keyName(keyName)
    , m_folder(folder)
    , m_api(api)
{
    sodiumReady();
}

SecureDocumentStore::~SecureDocumentStore()
{
    close();
}

QString SecureDocumentStore::folderFor(const QString &cachePath)
{
    return cachePath + QStringLiteral(".secure");
}

QString SecureDocumentStore::keyNameFor(const QString &cachePath)
{
    const QByteArray digest =
        QCryptographicHash::hash(QDir::cleanPath(cachePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return QStringLiteral("audit-documents/") + QString::fromLatin1(digest);
}

QString SecureDocumentStore::filePath(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256);
}

void SecureDocumentStore::close()
{
    if (m_key) {
        sodium_free(m_key); // wipes it
        m_key = nullptr;
    }
}

bool SecureDocumentStore::adoptKey(const QByteArray &key, QString *error)
{
    if (key.size() != KeySize) {
        *error = tr("The document key in the keychain is not a valid key; the offline documents "
                    "were left as they are.");
        return false;
    }
    if (!sodiumReady()) {
        *error = tr("The encryption library could not be started.");
        return false;
    }
    close();
    m_key = static_cast<unsigned char *>(sodium_malloc(size_t(KeySize)));
    if (!m_key) {
        *error = tr("No memory for the document key.");
        return false;
    }
    memcpy(m_key, key.constData(), size_t(KeySize));
    return true;
}

bool SecureDocumentStore::verifyKeyOnExistingFile(QString *error) const
{
    const QStringList existing = hashes();
    if (existing.isEmpty())
        return true;
    QString why;
    if (get(existing.first(), &why))
        return true;
    *error = tr("The offline documents on this computer cannot be opened with the key in the "
                "keychain (a different key). They were left as they are.");
    return false;
}

void SecureDocumentStore::open(QObject *context, OpenCallback callback, bool create)
{
    if (isOpen()) {
        callback(true, {});
        return;
    }
    if (!m_keychain) {
        m_lastError = tr("There is no keychain to keep the document key in.");
        callback(false, m_lastError);
        return;
    }
    QPointer<SecureDocumentStore> self(this);
    QPointer<QObject> guard(context);
    m_keychain->read(
        m_keyName, this, [self, guard, callback, create](const CredentialStore::Result &result) {
            if (!self || !guard)
                return;
            const auto fail = [&](const QString &error) {
                self->close();
                self->m_lastError = error;
                callback(false, error);
            };
            if (result.ok) {
                QByteArray key = QByteArray::fromBase64(result.secret.toLatin1());
                QString error;
                const bool adopted = self->adoptKey(key, &error);
                sodium_memzero(key.data(), size_t(key.size()));
                if (!adopted || !self->verifyKeyOnExistingFile(&error))
                    return fail(error);
                self->m_lastError.clear();
                callback(true, {});
                return;
            }
            if (!result.notFound)
                return fail(tr("The document key could not be read from the keychain: %1")
                                .arg(result.error));
            if (!self->hashes().isEmpty())
                return fail(tr("The key of the offline documents is missing from the keychain, so "
                               "they cannot be opened. They were left as they are; take the "
                               "applications offline again to replace them."));
            if (!create)
                return fail(tr("There is no document key yet."));
            QByteArray key(KeySize, Qt::Uninitialized);
            randombytes_buf(key.data(), size_t(key.size()));
            const QString secret = QString::fromLatin1(key.toBase64());
            QString error;
            const bool adopted = self->adoptKey(key, &error);
            sodium_memzero(key.data(), size_t(key.size()));
            if (!adopted)
                return fail(error);
            self->m_keychain->write(
                self->m_keyName, secret, self,
                [self, guard, callback](const CredentialStore::Result &written) {
                    if (!self || !guard)
                        return;
                    if (!written.ok) {
                        self->close();
                        self->m_lastError =
                            tr("The document key could not be stored in the keychain: %1")
                                .arg(written.error);
                        callback(false, self->m_lastError);
                        return;
                    }
                    self->m_lastError.clear();
                    callback(true, {});
                });
        });
}

bool SecureDocumentStore::put(const QString &sha256, const QByteArray &bytes, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    if (!isOpen()) {
        why = tr("The document store is not open.");
        return false;
    }
    if (!FileStore::isValidHash(sha256) || !FileStore::matchesHash(bytes, sha256)) {
        why = tr("The document's content does not match its hash; it was not kept.");
        return false;
    }
    if (contains(sha256))
        return true;
    QByteArray out(MagicSize + NonceSize + bytes.size() + TagSize, Qt::Uninitialized);
    memcpy(out.data(), Magic, size_t(MagicSize));
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + MagicSize);
    randombytes_buf(nonce, size_t(NonceSize));
    const QByteArray ad = sha256.toLatin1();
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data() + MagicSize + NonceSize), &written,
        reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr, nonce,
        m_key);
    out.truncate(MagicSize + NonceSize + qsizetype(written));
    if (!QDir().mkpath(m_folder)) {
        why = tr("The folder for offline documents cannot be created.");
        return false;
    }
    QSaveFile file(filePath(sha256));
    if (!file.open(QIODevice::WriteOnly)) {
        why = tr("The document cannot be written: %1").arg(file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(out) != out.size() || !file.commit()) {
        why = tr("The document cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> SecureDocumentStore::get(const QString &sha256, QString *error) const
{
    QString dummy;
    QString &why = error ? *error : dummy;
    if (!isOpen()) {
        why = tr("The document store is not open.");
        return std::nullopt;
    }
    if (!FileStore::isValidHash(sha256)) {
        why = tr("\"%1\" is not a document hash.").arg(sha256);
        return std::nullopt;
    }
    QFile file(filePath(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        why = tr("The document is not available offline.");
        return std::nullopt;
    }
    const QByteArray in = file.readAll();
    if (in.size() < MagicSize + NonceSize + TagSize || !in.startsWith(Magic)) {
        why = tr("The offline copy of the document is damaged.");
        return std::nullopt;
    }
    const auto *nonce = reinterpret_cast<const unsigned char *>(in.constData() + MagicSize);
    const qsizetype cipherSize = in.size() - MagicSize - NonceSize;
    QByteArray plain(cipherSize - TagSize, Qt::Uninitialized);
    unsigned long long plainSize = 0;
    const QByteArray ad = sha256.toLatin1();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plainSize, nullptr,
            reinterpret_cast<const unsigned char *>(in.constData() + MagicSize + NonceSize),
            size_t(cipherSize), reinterpret_cast<const unsigned char *>(ad.constData()),
            size_t(ad.size()), nonce, m_key) != 0) {
        why = tr("The offline copy of the document cannot be decrypted (a different key, or the "
                 "file is damaged). It was left as it is.");
        return std::nullopt;
    }
    plain.truncate(qsizetype(plainSize));
    if (!FileStore::matchesHash(plain, sha256)) {
        why = tr("The offline copy of the document does not match its hash.");
        return std::nullopt;
    }
    return plain;
}

bool SecureDocumentStore::contains(const QString &sha256) const
{
    return FileStore::isValidHash(sha256) && QFileInfo::exists(filePath(sha256));
}

QStringList SecureDocumentStore::hashes() const
{
    QStringList result;
    const QStringList names = QDir(m_folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (FileStore::isValidHash(name))
            result.append(name);
    return result;
}

int SecureDocumentStore::count() const
{
    return int(hashes().size());
}

qint64 SecureDocumentStore::diskSize() const
{
    qint64 total = 0;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files)
        total += info.size();
    return total;
}

void SecureDocumentStore::fetch(const QString &sha256, QObject *context, FetchCallback callback)
{
    if (!FileStore::isValidHash(sha256)) {
        callback({}, tr("\"%1\" is not a document hash.").arg(sha256));
        return;
    }
    if (!isOpen()) {
        callback({}, m_lastError.isEmpty() ? tr("The document store is not open.") : m_lastError);
        return;
    }
    if (contains(sha256)) {
        QString error;
        if (auto bytes = get(sha256, &error)) {
            callback(*bytes, {});
            return;
        }
        if (!m_api) {
            callback({}, error);
            return;
        }
    }
    if (!m_api) {
        callback({}, tr("The document is not available offline and there is no server to ask."));
        return;
    }
    QPointer<SecureDocumentStore> self(this);
    FileStore::download(m_api, sha256, this, context,
                        [self, sha256, callback](const QByteArray &bytes, const QString &error) {
                            if (self && error.isEmpty()) {
                                // Replace a damaged copy.
                                QFile::remove(self->filePath(sha256));
                                QString ignored;
                                self->put(sha256, bytes, &ignored);
                            }
                            callback(bytes, error);
                        });
}

void SecureDocumentStore::removeAll(bool forgetKey, QObject *context, OpenCallback callback)
{
    close();
    bool ok = true;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files)
        ok &= QFile::remove(info.absoluteFilePath());
    QDir().rmdir(m_folder);
    const QString error = ok ? QString() : tr("Some offline documents could not be deleted.");
    if (!forgetKey || !m_keychain) {
        callback(ok, error);
        return;
    }
    QPointer<QObject> guard(context);
    m_keychain->remove(m_keyName, this,
                       [guard, callback, ok, error](const CredentialStore::Result &result) {
                           if (!guard)
                               return;
                           if (!result.ok && !result.notFound) {
                               callback(false, result.error);
                               return;
                           }
                           callback(ok, error);
                       });
}

} // namespace OpsDesk
