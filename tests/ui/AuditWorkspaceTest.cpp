// The audit workspace with real widgets (offscreen) on a cache the real sync
// session filled from the real reference server, signed in as the demo
// auditor: the queue, the review screen of an application, taking the queue
// offline (documents encrypted at rest), and a rejection made while the
// server is down that reaches the server, once, when it is back.
#include "ui/audit/AuditWorkspace.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/audit/ReviewQueue.h"
#include "services/audit/AuditCache.h"
#include "services/audit/OfflineBatch.h"
#include "services/audit/SecureDocumentStore.h"
#include "services/sync/OutboxReplayer.h"
#include "ui/audit/DocumentThumbnail.h"
#include "ui/audit/RejectDialog.h"
#include "ui/audit/ReviewPanel.h"
#include "ui/audit/TechnicianActionDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class AuditWorkspaceTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite() { startSuite(QStringLiteral("auditor")); }

    static QList<OutboxEntry> outbox()
    {
        QList<OutboxEntry> entries;
        QEventLoop loop;
        env->sync->requestOutbox([&](const QList<OutboxEntry> &list) {
            entries = list;
            loop.quit();
        });
        loop.exec();
        return entries;
    }

    static int rowOf(AuditWorkspace &workspace, const QString &id)
    {
        for (int row = 0; row < workspace.items().size(); ++row)
            if (workspace.items().at(row).recordId == id)
                return row;
        return -1;
    }
};

TEST_F(AuditWorkspaceTest, ReviewsAndRejectsOfflineAndTheDecisionReachesTheServerOnce)
{
    AuditWorkspace workspace(env->staff, env->cachePath, env->sync.get(), env->api.get(),
                             env->keychain.get());
    workspace.resize(1600, 1000);
    workspace.show();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.documentStore()->isOpen(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.table()->rowCount() > 0, 10000);

    // The queue: applications awaiting a decision first.
    const Audit::ReviewItem first = workspace.items().first();
    EXPECT_EQ(first.collection, QStringLiteral("applications"));

    // Take the applications shown offline: their documents, encrypted.
    QSignalSpy finished(&workspace, &AuditWorkspace::offlineFinished);
    workspace.takeOffline(false);
    ASSERT_TRUE(finished.wait(120000));
    const QStringList offlineIds = workspace.offlineBatch()->offlineApplicationIds();
    ASSERT_TRUE(offlineIds.contains(first.recordId));
    const int firstRow = rowOf(workspace, first.recordId);
    ASSERT_GE(firstRow, 0);
    EXPECT_TRUE(workspace.table()->item(firstRow, 6)->text().contains(QStringLiteral("offline")));
    EXPECT_TRUE(workspace.summaryText().startsWith(QStringLiteral("Offline: ")));
    EXPECT_FALSE(workspace.summaryText().startsWith(QStringLiteral("Offline: 0 of")));

    // The server goes away (a train, no network).
    const quint16 port = env->server.port();
    env->server.stop();

    // Review the first application the auditor may decide.
    QString chosen;
    for (const Audit::ReviewItem &item : workspace.items())
        if (item.collection == QLatin1String("applications") &&
            Audit::isAwaitingDecision(QJsonObject{{QStringLiteral("status"), item.status}})) {
            chosen = item.recordId;
            break;
        }
    ASSERT_FALSE(chosen.isEmpty());
    ASSERT_TRUE(offlineIds.contains(chosen));
    workspace.table()->selectRow(rowOf(workspace, chosen));
    ReviewPanel *review = workspace.review();
    ASSERT_EQ(review->recordId(), chosen);
    EXPECT_FALSE(review->preChecks().isEmpty());
    // The documents come from the encrypted store with no server.
    ASSERT_FALSE(review->thumbnails().isEmpty());
    for (DocumentThumbnail *thumb : review->thumbnails())
        QTRY_VERIFY_WITH_TIMEOUT(thumb->isLoaded() || !thumb->error().isEmpty(), 5000);
    for (DocumentThumbnail *thumb : review->thumbnails())
        EXPECT_TRUE(thumb->isLoaded()) << qPrintable(thumb->error());
    // Encrypted at rest: no stored file holds the PNG signature.
    QDirIterator files(workspace.documentStore()->folder(), QDir::Files);
    int stored = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(QByteArray("\x89PNG", 4)))
            << qPrintable(file.fileName());
        ++stored;
    }
    EXPECT_GT(stored, 0);

    // Reject with a reason and a note the applicant can act on.
    const QString note = QStringLiteral("请重新拍摄身份证正面，保证四角完整、文字清晰");
    ASSERT_TRUE(review->rejectButton()->isEnabled());
    const bool submitted = review->rejectWithDialog([&](RejectDialog *dialog) {
        dialog->setReasons({QStringLiteral("id_photo_unreadable")});
        dialog->setNote(note);
        QTimer::singleShot(0, dialog, [dialog] {
            ASSERT_TRUE(dialog->rejectButton()->isEnabled());
            dialog->rejectButton()->click();
        });
    });
    ASSERT_TRUE(submitted);

    // Waiting to sync: the row and the review screen say so.
    QTRY_VERIFY_WITH_TIMEOUT(review->syncStateText().contains(QStringLiteral("Waiting to sync")),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(workspace, chosen) >= 0 &&
                                 workspace.table()
                                     ->item(rowOf(workspace, chosen), 7)
                                     ->text()
                                     .contains(QStringLiteral("waiting")),
                             5000);
    EXPECT_EQ(review->application().value(QStringLiteral("status")).toString(),
              QStringLiteral("rejected"));
    EXPECT_GT(review->trail()->topLevelItemCount(), 0);
    const QList<OutboxEntry> waiting = outbox();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_TRUE(waiting.first().isPending());
    EXPECT_EQ(waiting.first().recordId, chosen);

    // The server is back: the decision goes through, once.
    env->server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                      {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("2000"),
                       QStringLiteral("--technicians"), QStringLiteral("200"),
                       QStringLiteral("--no-simulator"), QStringLiteral("--port"),
                       QString::number(port)},
                      env->serverDir.path());
    ASSERT_TRUE(env->server.waitForReady(120000)) << qPrintable(env->server.errorString());
    env->sync->outbox()->kick();
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && !outbox().isEmpty())
        QTest::qWait(200);
    ASSERT_TRUE(outbox().isEmpty());
    const QJsonObject onServer =
        TestSupport::serverSnapshot(env->server.baseUrl(), env->api->accessToken().toLatin1(),
                                    QStringLiteral("applications"))
            .value(chosen);
    EXPECT_EQ(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject decision = onServer.value(QStringLiteral("decision")).toObject();
    EXPECT_EQ(decision.value(QStringLiteral("note")).toString(), note);
    EXPECT_EQ(decision.value(QStringLiteral("reasons")).toArray(),
              QJsonArray{QStringLiteral("id_photo_unreadable")});
    EXPECT_EQ(decision.value(QStringLiteral("by")).toString(), env->staff.id);
    QTRY_VERIFY_WITH_TIMEOUT(!review->syncStateText().contains(QStringLiteral("Waiting to sync")),
                             10000);
}

} // namespace

namespace {

TEST_F(AuditWorkspaceTest, AStarLevelChangeOfAnActiveTechnicianGoesThroughTheOutbox)
{
    AuditWorkspace workspace(env->staff, env->cachePath, env->sync.get(), env->api.get(),
                             env->keychain.get());
    workspace.resize(1600, 1000);
    workspace.show();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.table()->rowCount() > 0, 10000);
    AuditCache cache;
    QString error;
    ASSERT_TRUE(cache.open(env->cachePath, &error)) << qPrintable(error);
    QJsonObject technician;
    for (const QJsonObject &t : cache.technicians())
        if (t.value(QStringLiteral("status")).toString() == QLatin1String("active") &&
            t.value(QStringLiteral("star_level")).toInt() >= 2 &&
            t.value(QStringLiteral("star_level")).toInt() <= 4) {
            technician = t;
            break;
        }
    ASSERT_FALSE(technician.isEmpty());
    const QString id = technician.value(QStringLiteral("id")).toString();
    const int level = technician.value(QStringLiteral("star_level")).toInt() + 1;
    workspace.openRecord(QStringLiteral("technicians"), id);
    ReviewPanel *review = workspace.review();
    ASSERT_EQ(review->recordId(), id);
    // The performance view with the automatic rule's preview.
    const auto *performance = review->findChild<QLabel *>(QStringLiteral("auditPerformance"));
    ASSERT_NE(performance, nullptr);
    EXPECT_TRUE(performance->isVisibleTo(review));
    EXPECT_TRUE(performance->text().contains(QStringLiteral("Automatic rule")));

    auto *star = review->findChild<QPushButton *>(QStringLiteral("auditStarLevel"));
    ASSERT_NE(star, nullptr);
    ASSERT_TRUE(star->isEnabled());
    const QString reason = QStringLiteral("季度评审：服务质量提升");
    QTimer::singleShot(0, review, [&] {
        auto *dialog = qobject_cast<TechnicianActionDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setStarLevel(level);
        dialog->setReason(reason);
        ASSERT_TRUE(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
    });
    star->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        review->technician().value(QStringLiteral("star_level")).toInt() == level, 5000);
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && !outbox().isEmpty())
        QTest::qWait(200);
    ASSERT_TRUE(outbox().isEmpty());
    const QJsonObject onServer =
        TestSupport::serverSnapshot(env->server.baseUrl(), env->api->accessToken().toLatin1(),
                                    QStringLiteral("technicians"))
            .value(id);
    EXPECT_EQ(onServer.value(QStringLiteral("star_level")).toInt(), level);
    // The audit trail names who did it.
    QTRY_VERIFY_WITH_TIMEOUT(review->trail()->topLevelItemCount() > 0, 5000);
    bool found = false;
    for (int i = 0; i < review->trail()->topLevelItemCount(); ++i)
        found |= review->trail()->topLevelItem(i)->text(0).contains(env->staff.displayName);
    EXPECT_TRUE(found);
}

} // namespace
