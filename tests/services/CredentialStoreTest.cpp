// Runs against the real Secret Service: the test command starts a private
// D-Bus session with gnome-keyring, so nothing here touches a developer's
// own keyring.
#include "services/core/CredentialStore.h"
#include "common/TestSupport.h"

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

using OpsDesk::CredentialStore;

namespace {

CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)> &call)
{
    return OpsDesk::TestSupport::waitForKeychain(call);
}

} // namespace

TEST(CredentialStore, WriteReadRemove)
{
    CredentialStore store(QStringLiteral("OpsDesk-test"));
    const QString key = QStringLiteral("user@127.0.0.1:%1").arg(QUuid::createUuid().toString());
    const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto written = wait([&](auto cb) { store.write(key, secret, &store, cb); });
    ASSERT_TRUE(written.ok) << qPrintable(written.error);

    auto read = wait([&](auto cb) { store.read(key, &store, cb); });
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.secret, secret);

    auto removed = wait([&](auto cb) { store.remove(key, &store, cb); });
    EXPECT_TRUE(removed.ok) << qPrintable(removed.error);

    auto gone = wait([&](auto cb) { store.read(key, &store, cb); });
    EXPECT_FALSE(gone.ok);
    EXPECT_TRUE(gone.notFound);
    EXPECT_FALSE(gone.error.isEmpty());
}

TEST(CredentialStore, CallbackIsDroppedWhenItsContextIsGone)
{
    CredentialStore store(QStringLiteral("OpsDesk-test"));
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("missing"), &context, [&](const auto &) { called = true; });
    }
    QEventLoop loop;
    QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_FALSE(called);
}
