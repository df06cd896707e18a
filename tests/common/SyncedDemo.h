#pragma once

#include "models/ConnectionState.h"
#include "models/Staff.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/SyncSession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace OpsDesk::TestSupport {

// The real reference server with demo data (2,000 orders, 200 technicians,
// no simulator) as a child process, signed in as a demo account, and a
// console cache synced from it by the real SyncSession (live events off).
// For the workspace tests; create one per test suite.
struct SyncedDemo
{
    // True when the server started, the sign-in worked and the first sync
    // finished. `serverArguments` go after the defaults (a later --orders
    // wins; --demo-now fixes the data's days).
    bool start(const QString &username = QStringLiteral("dispatcher"),
               const QStringList &serverArguments = {});

    // A second staff member on the same server with a cache of their own
    // (two dispatchers at once).
    struct Other
    {
        QTemporaryDir cacheDir;
        ConnectionState connection;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<SessionManager> session;
        std::unique_ptr<SyncSession> sync;
        Staff staff;
        QString cachePath;
    };
    // Signs in and syncs; null when that failed.
    std::unique_ptr<Other> signInAnother(const QString &username);

    // --demo-now at the last 10:30 China time (02:30 UTC) at or before now:
    // the demo data then ends in the morning rush, so the dispatch queue has
    // its usual backlog whatever hour the tests run (at night the demo
    // queue is nearly empty, as a real one is). The data is at most a day
    // old against the clock the console uses.
    static QStringList morningRushArguments();

    // An order's row in the console cache as "pending|doc" ("" when absent):
    // "1|…" while a change of ours waits, "0|…" once the server's copy is in.
    QString orderRow(const QString &orderId) const;

    QTemporaryDir serverDir;
    QTemporaryDir cacheDir;
    LocalServerProcess server;
    ConnectionState connection;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<CredentialStore> keychain;
    std::unique_ptr<SessionManager> session;
    std::unique_ptr<SyncSession> sync;
    Staff staff;
    QString cachePath;

private:
    static bool signInAndSync(const QString &username, ApiClient &api, SessionManager &session,
                              ConnectionState &connection, const QString &cachePath, Staff *staff,
                              std::unique_ptr<SyncSession> *sync);
};

// The outbox of a running sync session, waited for with a local event loop:
// submit a change (its op id; *error the local refusal, if any), read the
// entries, and wait until none is pending (delivered, parked or in
// conflict).
QString submitAndWait(SyncSession &sync, const LocalChange &change, QString *error);
QList<OutboxEntry> outboxEntries(SyncSession &sync);
bool waitForOutboxSettled(SyncSession &sync, int timeoutMs = 30000);

// A test suite sharing one SyncedDemo, started once for all its tests:
//   class MyTest : public TestSupport::SyncedDemoSuite {};
// `env` is the demo; a test fails at once when it could not be started.
class SyncedDemoSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { startSuite(); }
    // A suite's own SetUpTestSuite starts its demo here (SyncedDemo::start's
    // arguments); false when it did not start.
    static bool startSuite(const QString &username = QStringLiteral("dispatcher"),
                           const QStringList &serverArguments = {})
    {
        env = new SyncedDemo;
        return env->start(username, serverArguments);
    }
    static void TearDownTestSuite()
    {
        delete env;
        env = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(env && env->sync) << "the server or the first sync failed";
    }

    static inline SyncedDemo *env = nullptr;
};

} // namespace OpsDesk::TestSupport
