#include "integration/ContractFixture.h"

#include "common/TestSupport.h"
#include "services/server/LocalServerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <memory>

namespace OpsDesk::Contract {

namespace {

const QByteArray PrismErrorPrefix = "https://stoplight.io/prism/errors#";

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString describeCall(const Call &call)
{
    return QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path;
}

} // namespace

// ---------------------------------------------------------------- Response

QJsonObject Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Response::problemType() const
{
    const QString type = json().value(QStringLiteral("type")).toString();
    return type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
}

QString Response::describe() const
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!error.isEmpty())
        text += QStringLiteral(" (%1)").arg(error);
    for (const char *name : {"content-type", "etag", "idempotent-replayed", "sl-violations"}) {
        const QByteArray value = header(name);
        if (!value.isEmpty())
            text += QStringLiteral("\n  %1: %2").arg(QLatin1String(name), QString::fromUtf8(value));
    }
    text += QStringLiteral("\n  body: ") + QString::fromUtf8(body.left(4000));
    return text;
}

// ------------------------------------------------------------- environment

struct ContractEnvironment::Impl
{
    LocalServerProcess server;
    struct Proxy
    {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
        QByteArray log;
    };
    Proxy strict;
    Proxy observing;
    std::unique_ptr<QNetworkAccessManager> network;

    Proxy &proxy(Route route) { return route == Route::Strict ? strict : observing; }

    bool startProxy(Proxy &proxy, bool errors, QString *error)
    {
        const QString root = TestSupport::sourceDir();
        const QString prism = root + QStringLiteral("/api/node_modules/.bin/prism");
        if (!QFileInfo::exists(prism)) {
            *error = QStringLiteral("%1 is missing: run `cd api && npm ci` (scripts/test does).")
                         .arg(prism);
            return false;
        }
        proxy.port = freePort();
        QUrl upstream = server.baseUrl();
        upstream.setPath(QStringLiteral("/api/v1"));
        QStringList args{QStringLiteral("proxy"),     root + QStringLiteral("/api/openapi.yaml"),
                         upstream.toString(),         QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(proxy.port), QStringLiteral("--multiprocess=false")};
        if (errors)
            args.append(QStringLiteral("--errors"));
        proxy.process = std::make_unique<QProcess>();
        proxy.process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        proxy.process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
        // The proxy must not outlive a crashed or killed test executable.
        proxy.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        Proxy *p = &proxy;
        QObject::connect(proxy.process.get(), &QProcess::readyRead, proxy.process.get(), [p] {
            p->log += p->process->readAll();
            if (p->log.size() > 4 * 1024 * 1024)
                p->log = p->log.right(2 * 1024 * 1024);
        });
        proxy.process->start(prism, args);
        if (!proxy.process->waitForStarted(15000)) {
            *error = QStringLiteral("prism did not start: ") + proxy.process->errorString();
            return false;
        }
        // Wait until the proxy forwards a request, bounded.
        QUrl health;
        health.setScheme(QStringLiteral("http"));
        health.setHost(QStringLiteral("127.0.0.1"));
        health.setPort(proxy.port);
        health.setPath(QStringLiteral("/health"));
        QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired()) {
            if (proxy.process->state() != QProcess::Running) {
                *error =
                    QStringLiteral("prism exited: ") + QString::fromUtf8(proxy.log.right(3000));
                return false;
            }
            const auto result = TestSupport::httpRequest("GET", health, {}, {}, 2000);
            if (result.status == 200)
                return true;
            QEventLoop loop;
            QTimer::singleShot(200, &loop, &QEventLoop::quit);
            loop.exec();
        }
        *error = QStringLiteral("prism did not answer within 90 s: ") +
                 QString::fromUtf8(proxy.log.right(3000));
        return false;
    }

    static void stopProxy(Proxy &proxy)
    {
        if (!proxy.process || proxy.process->state() == QProcess::NotRunning)
            return;
        proxy.process->terminate();
        if (!proxy.process->waitForFinished(5000)) {
            proxy.process->kill();
            proxy.process->waitForFinished(5000);
        }
    }
};

ContractEnvironment &ContractEnvironment::instance()
{
    // gtest owns the registered environment; it lives until the end.
    static ContractEnvironment *environment = [] {
        auto *e = new ContractEnvironment;
        ::testing::AddGlobalTestEnvironment(e);
        return e;
    }();
    return *environment;
}

// Registered before main() runs the tests.
[[maybe_unused]] static ContractEnvironment &registeredEnvironment =
    ContractEnvironment::instance();

void ContractEnvironment::SetUp()
{
    d = new Impl;
    d->network = std::make_unique<QNetworkAccessManager>();
    d->server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                    {QStringLiteral("--demo"), QStringLiteral("--test-faults"),
                     QStringLiteral("--orders"), QStringLiteral("2000"),
                     QStringLiteral("--technicians"), QStringLiteral("60")});
    ASSERT_TRUE(d->server.waitForReady(120000))
        << qPrintable(d->server.errorString()) << "\n"
        << d->server.standardError().right(3000).constData();
    QString error;
    ASSERT_TRUE(d->startProxy(d->strict, true, &error)) << qPrintable(error);
    ASSERT_TRUE(d->startProxy(d->observing, false, &error)) << qPrintable(error);
    m_ready = true;
    // No simulated traffic: the tests write exactly the changes they check.
    Call login;
    login.method = "POST";
    login.path = QStringLiteral("/auth/login");
    login.body = R"({"username":"admin","password":"opsdesk-demo"})";
    const QByteArray admin =
        send(login).json().value(QStringLiteral("access_token")).toString().toLatin1();
    Call quiet;
    quiet.method = "POST";
    quiet.path = QStringLiteral("/admin/simulator");
    quiet.body = R"({"running":false})";
    quiet.token = admin;
    quiet.idempotencyKey = newKey();
    const Response stopped = send(quiet);
    ASSERT_EQ(stopped.status, 200) << qPrintable(stopped.describe());
}

void ContractEnvironment::TearDown()
{
    if (!d)
        return;
    Impl::stopProxy(d->strict);
    Impl::stopProxy(d->observing);
    d->server.stop();
    d->network.reset();
    delete d;
    d = nullptr;
    m_ready = false;
}

QUrl ContractEnvironment::serverUrl() const
{
    return d ? d->server.baseUrl() : QUrl();
}

QString ContractEnvironment::dataDir() const
{
    return d ? d->server.dataDir() : QString();
}

QByteArray ContractEnvironment::serverStderr() const
{
    return d ? d->server.standardError() : QByteArray();
}

QByteArray ContractEnvironment::proxyLog(Route route) const
{
    if (!d || route == Route::Direct)
        return {};
    return d->proxy(route).log;
}

QList<Response> ContractEnvironment::sendConcurrently(const QList<Call> &calls, Route route,
                                                      int timeoutMs)
{
    QList<Response> responses(calls.size());
    if (!d) {
        for (Response &response : responses)
            response.error = QStringLiteral("the contract environment is not running");
        return responses;
    }
    QList<QNetworkReply *> replies;
    for (const Call &call : calls) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        QString path = call.path;
        QString query;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        if (q >= 0) {
            query = path.mid(q + 1);
            path.truncate(q);
        }
        if (route == Route::Direct) {
            url.setPort(d->server.port());
            url.setPath(QStringLiteral("/api/v1") + path);
        } else {
            url.setPort(d->proxy(route).port);
            url.setPath(path);
        }
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        if (!call.body.isEmpty() && !call.contentType.isEmpty())
            request.setRawHeader("Content-Type", call.contentType);
        if (!call.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + call.token);
        if (!call.idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", call.idempotencyKey);
        if (!call.ifMatch.isEmpty())
            request.setRawHeader("If-Match", call.ifMatch);
        for (const auto &header : call.headers)
            request.setRawHeader(header.first, header.second);
        replies.append(d->network->sendCustomRequest(request, call.method, call.body));
    }
    // Every reply finishes: answered, failed, or cut by its transfer timeout.
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply *reply : replies)
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs + 5000);
    if (pending > 0)
        loop.exec();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        Response &response = responses[i];
        if (!reply->isFinished()) {
            reply->abort();
            response.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
        if (response.status == 0 && response.error.isEmpty())
            response.error = reply->errorString();
        delete reply; // finished or aborted; no outer event loop would run deleteLater()
    }
    return responses;
}

Response ContractEnvironment::send(const Call &call, Route route, int timeoutMs)
{
    Response response = sendConcurrently({call}, route, timeoutMs).constFirst();
    checkContract(response, route, call);
    return response;
}

bool checkContract(const Response &response, Route route, const Call &call)
{
    if (route == Route::Direct)
        return true;
    const QByteArray type = response.json().value(QStringLiteral("type")).toString().toUtf8();
    if (type.startsWith(PrismErrorPrefix)) {
        ADD_FAILURE() << "Prism found a contract violation in " << qPrintable(describeCall(call))
                      << ":\n"
                      << qPrintable(response.describe());
        return false;
    }
    const QByteArray violations = response.header("sl-violations");
    if (violations.isEmpty())
        return true;
    const QJsonArray list = QJsonDocument::fromJson(violations).array();
    QStringList responseErrors;
    for (const QJsonValue &violation : list) {
        const QJsonArray location = violation[QStringLiteral("location")].toArray();
        const bool aboutResponse =
            !location.isEmpty() && location.first().toString() == QLatin1String("response");
        const bool error =
            violation[QStringLiteral("severity")].toString() == QLatin1String("Error");
        // On the strict proxy every error counts; on the observing one the
        // request breaks the contract on purpose, so only the response's.
        if (error && (aboutResponse || route == Route::Strict))
            responseErrors.append(QString::fromUtf8(
                QJsonDocument(violation.toObject()).toJson(QJsonDocument::Compact)));
    }
    if (list.isEmpty() && violations.startsWith("Too many violations"))
        responseErrors.append(QString::fromUtf8(violations.left(2000)));
    if (responseErrors.isEmpty())
        return true;
    ADD_FAILURE() << "Prism reports contract violations for " << qPrintable(describeCall(call))
                  << ":\n  " << qPrintable(responseErrors.join(QStringLiteral("\n  "))) << "\n"
                  << qPrintable(response.describe());
    return false;
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

QByteArray quotedVersion(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

// ------------------------------------------------------------ ContractTest

void ContractTest::SetUp()
{
    if (!env().ready())
        GTEST_FAIL() << "the contract environment (server + Prism) did not start";
}

QByteArray ContractTest::token(const QString &username)
{
    static std::map<QString, QByteArray> tokens;
    const auto found = tokens.find(username);
    if (found != tokens.end())
        return found->second;
    Call call;
    call.method = "POST";
    call.path = QStringLiteral("/auth/login");
    call.body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                  {QStringLiteral("password"), QStringLiteral("opsdesk-demo")}})
            .toJson(QJsonDocument::Compact);
    const Response response = send(call);
    EXPECT_EQ(response.status, 200)
        << qPrintable(username) << ": " << qPrintable(response.describe());
    const QByteArray access =
        response.json().value(QStringLiteral("access_token")).toString().toLatin1();
    if (!access.isEmpty())
        tokens[username] = access;
    return access;
}

Response ContractTest::get(const QString &path, const QString &username, Route route)
{
    Call call;
    call.path = path;
    call.token = token(username);
    return send(call, route);
}

Response ContractTest::command(const QByteArray &method, const QString &path,
                               const QJsonObject &body, const QString &username,
                               std::optional<qint64> version, QByteArray key, Route route)
{
    Call call;
    call.method = method;
    call.path = path;
    if (method != "DELETE")
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.token = token(username);
    call.idempotencyKey = key.isEmpty() ? newKey() : key;
    if (version)
        call.ifMatch = quotedVersion(*version);
    return send(call, route);
}

bool ContractTest::serverHasRoute(const QByteArray &method, const QString &path)
{
    static std::map<QString, bool> known;
    const QString id = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    const auto found = known.find(id);
    if (found != known.end())
        return found->second;
    Call call;
    call.method = method;
    call.path = path;
    const Response response = env().send(call, Route::Direct);
    const bool has = !(response.status == 404 && response.json()
                                                     .value(QStringLiteral("detail"))
                                                     .toString()
                                                     .startsWith(QStringLiteral("No resource at")));
    known[id] = has;
    return has;
}

ContractTest::Pass ContractTest::syncPass(const QString &collection, const QString &username,
                                          int limit, const QString &cursor,
                                          const std::function<void(const Pass &)> &betweenPages)
{
    Pass pass;
    QString next = cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QString path = QStringLiteral("/sync/%1?limit=%2").arg(collection).arg(limit);
        if (!next.isEmpty())
            path += QStringLiteral("&cursor=") + next;
        const Response page = get(path, username);
        if (page.status != 200) {
            ADD_FAILURE() << "sync page " << qPrintable(path) << ": "
                          << qPrintable(page.describe());
            return pass;
        }
        const QJsonObject body = page.json();
        ++pass.pages;
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
            pass.items.append(item.toObject());
        for (const QJsonValue &tombstone : body.value(QStringLiteral("tombstones")).toArray())
            pass.tombstones.append(tombstone.toObject());
        if (pass.pages == 1)
            pass.snapshotSeq = body.value(QStringLiteral("snapshot_seq")).toInteger();
        next = body.value(QStringLiteral("next_cursor")).toString();
        if (!body.value(QStringLiteral("has_more")).toBool()) {
            pass.nextCursor = next;
            pass.ok = true;
            return pass;
        }
        if (betweenPages)
            betweenPages(pass);
    }
    ADD_FAILURE() << "the sync pass of " << qPrintable(collection) << " did not end";
    return pass;
}

QList<QJsonObject> ContractTest::records(const QString &collection, int limit)
{
    return syncPass(collection, QStringLiteral("admin"), limit).items;
}

QJsonObject ContractTest::staffRecord(const QString &username)
{
    for (const QJsonObject &staff : records(QStringLiteral("staff")))
        if (staff.value(QStringLiteral("username")).toString() == username)
            return staff;
    return {};
}

QJsonObject ContractTest::claimRecord(const QString &collection,
                                      const std::function<bool(const QJsonObject &)> &match)
{
    static QSet<QString> claimed;
    for (const QJsonObject &record : records(collection, 1000)) {
        const QString id =
            collection + QLatin1Char('/') + record.value(QStringLiteral("id")).toString();
        if (claimed.contains(id) || !match(record))
            continue;
        claimed.insert(id);
        return record;
    }
    return {};
}

bool ContractTest::setFaults(const QJsonObject &faults)
{
    QJsonObject all{{QStringLiteral("latency_ms"), 0},
                    {QStringLiteral("error_rate"), 0},
                    {QStringLiteral("drop_after_commit"), 0},
                    {QStringLiteral("slow_body_ms"), 0},
                    {QStringLiteral("truncate_json_next"), 0}};
    for (auto it = faults.begin(); it != faults.end(); ++it)
        all.insert(it.key(), it.value());
    const Response response =
        command("PUT", QStringLiteral("/admin/faults"), all, QStringLiteral("admin"));
    EXPECT_EQ(response.status, 200) << qPrintable(response.describe());
    return response.status == 200;
}

} // namespace OpsDesk::Contract
