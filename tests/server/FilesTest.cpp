// GET /api/v1/files/{sha256}: immutable, content-addressed downloads.
#include "server/ApiServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include "common/InProcessServer.h"

#include <gtest/gtest.h>

using namespace OpsDesk::Server;

namespace {

class Files : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server = OpsDesk::TestSupport::startInProcessServer(m_dir.path());
        ASSERT_TRUE(m_server);
        m_bytes = QByteArray("\x89PNG\r\n\x1a\n fake image", 19);
        m_sha = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex();
        QSqlQuery insert(m_server->store().database());
        insert.prepare(
            QStringLiteral("INSERT INTO files(sha256, content_type, data) VALUES(?, ?, ?)"));
        insert.addBindValue(QString::fromLatin1(m_sha));
        insert.addBindValue(QStringLiteral("image/png"));
        insert.addBindValue(m_bytes);
        ASSERT_TRUE(insert.exec());

        m_token = login("auditor");
    }

    QByteArray login(const char *user)
    {
        return OpsDesk::TestSupport::loginInProcess(*m_server, user);
    }

    HttpResponse get(const QByteArray &sha, QHash<QByteArray, QByteArray> headers = {},
                     bool signedIn = true)
    {
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/v1/files/") + QString::fromLatin1(sha);
        request.headers = headers;
        if (signedIn)
            request.headers.insert("authorization", "Bearer " + m_token);
        return m_server->handle(request);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiServer> m_server;
    QByteArray m_bytes;
    QByteArray m_sha;
    QByteArray m_token;
};

} // namespace

TEST_F(Files, DownloadWithImmutableCaching)
{
    const HttpResponse response = get(m_sha);
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.body, m_bytes);
    EXPECT_EQ(response.header("Content-Type"), "image/png");
    EXPECT_EQ(response.header("ETag"), '"' + m_sha + '"');
    EXPECT_EQ(response.header("Cache-Control"), "private, max-age=31536000, immutable");
}

TEST_F(Files, IfNoneMatchGives304)
{
    const HttpResponse cached = get(m_sha, {{"if-none-match", '"' + m_sha + '"'}});
    EXPECT_EQ(cached.status, 304);
    EXPECT_TRUE(cached.body.isEmpty());
    EXPECT_EQ(cached.header("ETag"), '"' + m_sha + '"');
    EXPECT_EQ(get(m_sha, {{"if-none-match", "\"other\", W/\"" + m_sha + '"'}}).status, 304);
    EXPECT_EQ(get(m_sha, {{"if-none-match", "\"0000\""}}).status, 200);
}

TEST_F(Files, UnknownMalformedAndAnonymous)
{
    EXPECT_EQ(get(QByteArray(64, 'a')).status, 404);
    EXPECT_EQ(get("abc").status, 400);
    EXPECT_EQ(get(m_sha.toUpper()).status, 400);
    EXPECT_EQ(get(m_sha, {}, false).status, 401);
}

TEST_F(Files, AccessFollowsTheReferencingRecord)
{
    Store &store = m_server->store();
    store.beginTransaction();
    store.put(QStringLiteral("applications"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("A000001")},
                          {QStringLiteral("documents"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("kind"), QStringLiteral("id_front")},
                               {QStringLiteral("sha256"), QString::fromLatin1(m_sha)}}}}},
              QStringLiteral("2026-11-01T00:00:00Z"));
    store.commit();
    EXPECT_EQ(get(m_sha).status, 200); // auditor
    m_token = login("dispatcher");
    EXPECT_EQ(get(m_sha).status, 403);
    m_token = login("finance");
    EXPECT_EQ(get(m_sha).status, 403);
    m_token = login("admin");
    EXPECT_EQ(get(m_sha).status, 200);
}
