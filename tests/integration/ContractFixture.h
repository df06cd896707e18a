#pragma once

// Contract integration tests: the real opsdesk-server behind Stoplight Prism
// in proxy mode, so that every request and response of the suite is checked
// against api/openapi.yaml.
//
// One server and two proxies per test executable (ContractEnvironment, a
// gtest Environment):
//   * the strict proxy (`prism proxy --errors`) for requests that follow the
//     contract: Prism refuses a request that breaks it and turns a response
//     that breaks it into a 500 `https://stoplight.io/prism/errors#…`
//     problem; send() fails the running test with Prism's detail;
//   * the observing proxy (no --errors) for requests that break the contract
//     on purpose (no token, bad bodies): Prism forwards them and reports what
//     it found in the `sl-violations` header; send() fails the test on any
//     violation of the *response*.
// Route::Direct goes to the server itself, only for what a proxy cannot
// carry (a malformed JSON body, a connection the server drops on purpose).

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <optional>

namespace OpsDesk::Contract {

enum class Route
{
    Strict,    // validating proxy with --errors
    Observing, // validating proxy without --errors (deliberately invalid requests)
    Direct,    // the server itself
};

struct Call
{
    QByteArray method = "GET";
    QString path; // below /api/v1, with the query: "/sync/orders?limit=10"
    QByteArray body;
    QByteArray token;          // "Bearer <token>" is added when set
    QByteArray idempotencyKey; // sent when set
    QByteArray ifMatch;        // sent as is when set: "\"7\""
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Response
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    // The last segment of a problem's type: "validation", "forbidden", …
    QString problemType() const;
    QString describe() const; // status, headers of interest and body, for messages
};

class ContractEnvironment : public ::testing::Environment
{
public:
    static ContractEnvironment &instance();

    void SetUp() override;
    void TearDown() override;

    QUrl serverUrl() const;
    bool ready() const { return m_ready; }
    QString dataDir() const;
    QByteArray serverStderr() const;
    QByteArray proxyLog(Route route) const;

    // Sends one request and waits for the answer (bounded by timeoutMs).
    Response send(const Call &call, Route route = Route::Strict, int timeoutMs = 30000);
    // Sends all calls at once and waits for every answer.
    QList<Response> sendConcurrently(const QList<Call> &calls, Route route = Route::Strict,
                                     int timeoutMs = 30000);

private:
    struct Impl;
    Impl *d = nullptr;
    bool m_ready = false;
};

// Checks a response for Prism's findings (see above); adds a test failure
// with the details when there are any. Returns true when clean.
bool checkContract(const Response &response, Route route, const Call &call);

QByteArray newKey();
QByteArray quotedVersion(qint64 version);

// Base class of the contract tests: short-hands over the environment.
class ContractTest : public ::testing::Test
{
protected:
    void SetUp() override;

    static ContractEnvironment &env() { return ContractEnvironment::instance(); }
    static Response send(const Call &call, Route route = Route::Strict)
    {
        return env().send(call, route);
    }
    // Access token of a demo account (logged in once per executable).
    static QByteArray token(const QString &username);
    static Response get(const QString &path, const QString &username = QStringLiteral("admin"),
                        Route route = Route::Strict);
    // A command with a fresh Idempotency-Key unless one is given.
    static Response command(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &username, std::optional<qint64> version = {},
                            QByteArray key = {}, Route route = Route::Strict);

    // True when the server has a route for METHOD path (it answers something
    // other than "No resource at …"). Endpoints of other areas land over time;
    // tests that need one skip with a note until it exists.
    static bool serverHasRoute(const QByteArray &method, const QString &path);

    struct Pass
    {
        QList<QJsonObject> items;
        QList<QJsonObject> tombstones;
        QString nextCursor;
        qint64 snapshotSeq = 0;
        int pages = 0;
        bool ok = false;
    };
    // Follows one sync pass to its end; `betweenPages` runs after each page.
    static Pass syncPass(const QString &collection, const QString &username, int limit,
                         const QString &cursor = {},
                         const std::function<void(const Pass &soFar)> &betweenPages = {});

    // Records of a collection the admin can see (a full pass).
    static QList<QJsonObject> records(const QString &collection, int limit = 5000);
    static QJsonObject staffRecord(const QString &username);
    // The first record of `collection` that matches and that no other test
    // of this executable has claimed; claims it. Empty when there is none.
    static QJsonObject claimRecord(const QString &collection,
                                   const std::function<bool(const QJsonObject &)> &match);
    static bool setFaults(const QJsonObject &faults);
};

#define OPSDESK_REQUIRE_RECORD(record, what)                                                       \
    do {                                                                                           \
        if ((record).isEmpty())                                                                    \
            GTEST_SKIP() << "no " << what << " in the demo data (waiting for the generator?)";     \
    } while (false)

#define OPSDESK_REQUIRE_ROUTE(method, path)                                                        \
    do {                                                                                           \
        if (!serverHasRoute(method, path))                                                         \
            GTEST_SKIP() << "waiting for " << method << " " << qPrintable(QString(path))           \
                         << " (not served yet)";                                                   \
    } while (false)

} // namespace OpsDesk::Contract
