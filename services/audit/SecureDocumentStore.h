#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace OpsDesk {

class ApiClient;
class CredentialStore;

// Application documents (ID cards, certificates, agreements) kept on this
// computer encrypted at rest, for offline review.
//
// * One file per document, named by its SHA-256, in `folder`
//   (SecureDocumentStore::folderFor(cachePath) = "<cache>.secure";
//   CacheDatabase::diskSize and removeFiles include it; removeAll() also
//   forgets the key).
// * Application documents are read through this store only, never through
//   SyncSession::files() (FileStore keeps plain copies).
// * Each file: "ODSD1" | 24-byte nonce | XChaCha20-Poly1305 (libsodium
//   crypto_aead_xchacha20poly1305_ietf) of the bytes, with the hash as
//   additional data, so a file cannot be swapped for another. The plaintext
//   bytes are never written to disk.
// * The 256-bit key is generated once (randombytes) and kept only in the OS
//   keychain through CredentialStore (entry keyName(), base64); never in a
//   file, the settings or a log. In memory it lives in sodium-locked memory
//   and is wiped when the store closes.
// * A missing key while encrypted files exist, or a key that does not open
//   them (a wrong key), fails open()/get() with a translated error and
//   leaves the files alone; only removeAll() deletes them, on a person's
//   decision.
//
// Threading contract: GUI thread (the keychain answers there). Encryption
// and decryption are synchronous (a few ms per document).
class SecureDocumentStore : public QObject
{
    Q_OBJECT
public:
    using OpenCallback = std::function<void(bool ok, const QString &error)>;
    using FetchCallback = std::function<void(const QByteArray &bytes, const QString &error)>;

    // `keyName` is the keychain entry (see keyNameFor), `api` may be null
    // (offline only: fetch() then serves what is here).
    SecureDocumentStore(CredentialStore *keychain, const QString &keyName, const QString &folder,
                        ApiClient *api = nullptr, QObject *parent = nullptr);
    ~SecureDocumentStore() override;

    // "<cachePath>.secure"
    static QString folderFor(const QString &cachePath);
    // The keychain entry for one cache ("audit-documents/<hash of the path>").
    static QString keyNameFor(const QString &cachePath);

    // Reads the key from the keychain. When there is none and the folder
    // holds no encrypted file, a new key is generated and stored (`create`);
    // when there is none but files exist, fails ("the key is missing") and
    // keeps the files. Verifies the key on one existing file.
    void open(QObject *context, OpenCallback callback, bool create = true);
    bool isOpen() const { return m_key != nullptr; }
    QString folder() const { return m_folder; }
    QString lastError() const { return m_lastError; }
    // Wipes the key from memory; the files stay.
    void close();

    // Encrypts and stores `bytes` under `sha256` after checking the hash.
    // False (with `error`) when closed, the hash does not match, or writing
    // failed. Storing an existing hash again is a cheap no-op.
    bool put(const QString &sha256, const QByteArray &bytes, QString *error = nullptr);
    // The decrypted bytes, or nothing with `error` (closed, not here, wrong
    // key or damaged file — a damaged file is left in place for inspection).
    std::optional<QByteArray> get(const QString &sha256, QString *error = nullptr) const;
    bool contains(const QString &sha256) const; // an encrypted file is here
    QStringList hashes() const;
    qint64 diskSize() const; // bytes of the encrypted files
    int count() const;

    // From here, or else downloaded (GET /api/v1/files/{sha256}), checked
    // and stored encrypted; `callback` runs once (not after `context` is gone).
    void fetch(const QString &sha256, QObject *context, FetchCallback callback);

    // Deletes every file and (with `forgetKey`) the keychain entry;
    // `callback` gets the outcome. The store is closed afterwards.
    void removeAll(bool forgetKey, QObject *context, OpenCallback callback);

    // For tests and migration: the path of one document's encrypted file.
    QString filePath(const QString &sha256) const;

private:
    bool adoptKey(const QByteArray &key, QString *error);
    bool verifyKeyOnExistingFile(QString *error) const;

    QPointer<CredentialStore> m_keychain;
    QString m_keyName;
    QString m_folder;
    QPointer<ApiClient> m_api;
    unsigned char *m_key = nullptr; // sodium_malloc'ed, locked
    QString m_lastError;
};

} // namespace OpsDesk
