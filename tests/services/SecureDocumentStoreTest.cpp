// The encrypted document cache against the real Secret Service (the test
// command starts a private D-Bus session with gnome-keyring).
#include "services/audit/SecureDocumentStore.h"
#include "common/TestSupport.h"
#include "services/core/CredentialStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
};

Outcome openStore(SecureDocumentStore &store, bool create = true)
{
    Outcome outcome;
    QEventLoop loop;
    bool done = false;
    store.open(
        &store,
        [&](bool ok, const QString &error) {
            outcome = {ok, error};
            done = true;
            loop.quit();
        },
        create);
    if (!done)
        loop.exec();
    return outcome;
}

CredentialStore::Result keychainCall(const std::function<void(CredentialStore::Callback)> &call)
{
    return OpsDesk::TestSupport::waitForKeychain(call);
}

QByteArray sampleDocument()
{
    // A recognisable "image": a PNG signature and text that must not show on disk.
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray("IDCARD-FRONT 李师傅 31011519900307451X ");
    QByteArray noise(20000, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (auto &c : noise)
        c = char(gen.bounded(256));
    bytes += noise;
    return bytes;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray allBytesUnder(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

class SecureDocuments : public ::testing::Test
{
protected:
    void TearDown() override
    {
        keychainCall([&](auto cb) { keychain.remove(keyName, &keychain, cb); });
    }
    QTemporaryDir dir;
    CredentialStore keychain{QStringLiteral("OpsDesk-test")};
    QString keyName = QStringLiteral("audit-documents/test-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString folder = dir.filePath(QStringLiteral("cache.sqlite.secure"));
};

} // namespace

TEST_F(SecureDocuments, EncryptedAtRestAndReadBack)
{
    SecureDocumentStore store(&keychain, keyName, folder);
    const Outcome opened = openStore(store);
    ASSERT_TRUE(opened.ok) << qPrintable(opened.error);
    const QByteArray plain = sampleDocument();
    const QString hash = sha(plain);
    QString error;
    ASSERT_TRUE(store.put(hash, plain, &error)) << qPrintable(error);
    EXPECT_TRUE(store.contains(hash));
    EXPECT_EQ(store.count(), 1);
    EXPECT_GT(store.diskSize(), plain.size());

    // The file on disk holds none of the plaintext: neither the whole, nor
    // the PNG signature, nor the text, nor any 32-byte window of the noise.
    QFile file(store.filePath(hash));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    file.close();
    EXPECT_NE(onDisk, plain);
    EXPECT_FALSE(onDisk.contains(plain));
    EXPECT_FALSE(onDisk.contains(QByteArray("\x89PNG", 4)));
    EXPECT_FALSE(onDisk.contains("IDCARD-FRONT"));
    EXPECT_FALSE(onDisk.contains("31011519900307451X"));
    for (qsizetype at = 0; at + 32 <= plain.size(); at += 997)
        EXPECT_FALSE(onDisk.contains(plain.mid(at, 32))) << "plaintext window at " << at;
    // The key is not on disk either (it is in the keychain only).
    const auto key = keychainCall([&](auto cb) { keychain.read(keyName, &keychain, cb); });
    ASSERT_TRUE(key.ok);
    const QByteArray rawKey = QByteArray::fromBase64(key.secret.toLatin1());
    ASSERT_EQ(rawKey.size(), 32);
    const QByteArray everything = allBytesUnder(dir.path());
    EXPECT_FALSE(everything.contains(rawKey));
    EXPECT_FALSE(everything.contains(key.secret.toLatin1()));

    const auto back = store.get(hash, &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    EXPECT_EQ(*back, plain);

    // Wrong content for a hash is refused.
    EXPECT_FALSE(store.put(hash, plain + "x", &error));
    EXPECT_FALSE(error.isEmpty());

    // A second store on the same folder and key (the next start) reads it.
    store.close();
    SecureDocumentStore again(&keychain, keyName, folder);
    ASSERT_TRUE(openStore(again).ok);
    EXPECT_EQ(again.get(hash).value_or(QByteArray()), plain);
}

TEST_F(SecureDocuments, AWrongKeyFailsCleanlyAndLeavesTheFiles)
{
    const QByteArray plain = sampleDocument();
    const QString hash = sha(plain);
    {
        SecureDocumentStore store(&keychain, keyName, folder);
        ASSERT_TRUE(openStore(store).ok);
        ASSERT_TRUE(store.put(hash, plain));
    }
    QFile file(QDir(folder).filePath(hash));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // Someone else's key under our entry.
    QByteArray other(32, '\x42');
    ASSERT_TRUE(keychainCall([&](auto cb) {
                    keychain.write(keyName, QString::fromLatin1(other.toBase64()), &keychain, cb);
                }).ok);
    SecureDocumentStore wrong(&keychain, keyName, folder);
    const Outcome opened = openStore(wrong);
    EXPECT_FALSE(opened.ok);
    EXPECT_FALSE(opened.error.isEmpty());
    EXPECT_FALSE(wrong.isOpen());
    QString error;
    EXPECT_FALSE(wrong.get(hash, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before); // untouched
    file.close();

    // A key that is not a key at all
    ASSERT_TRUE(keychainCall([&](auto cb) {
                    keychain.write(keyName, QStringLiteral("not-a-key"), &keychain, cb);
                }).ok);
    EXPECT_FALSE(openStore(wrong).ok);

    // No key at all while documents exist: refused, no new key made
    ASSERT_TRUE(keychainCall([&](auto cb) { keychain.remove(keyName, &keychain, cb); }).ok);
    SecureDocumentStore missing(&keychain, keyName, folder);
    const Outcome noKey = openStore(missing);
    EXPECT_FALSE(noKey.ok);
    EXPECT_FALSE(noKey.error.isEmpty());
    EXPECT_TRUE(keychainCall([&](auto cb) { keychain.read(keyName, &keychain, cb); }).notFound);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(hash)));

    // Tampering with the file: the right key still refuses it
    {
        SecureDocumentStore fresh(&keychain, keyName, folder);
        bool done = false;
        QEventLoop loop;
        fresh.removeAll(true, &fresh, [&](bool ok, const QString &) {
            EXPECT_TRUE(ok);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        EXPECT_FALSE(QFile::exists(QDir(folder).filePath(hash)));
        ASSERT_TRUE(openStore(fresh).ok);
        ASSERT_TRUE(fresh.put(hash, plain));
        QFile f(fresh.filePath(hash));
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        f.seek(0);
        f.write(bytes);
        f.close();
        EXPECT_FALSE(fresh.get(hash, &error).has_value());
        EXPECT_TRUE(QFile::exists(fresh.filePath(hash)));
    }
}
