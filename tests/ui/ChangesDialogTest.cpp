// The list of changes not yet on the server, on real widgets (offscreen)
// over a real cache synced from the real reference server.
#include "ui/sync/ChangesDialog.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/core/CredentialStore.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"
#include "ui/shell/SearchDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(ChangesDialog, ShowsARefusedChangeWithItsReasonAndDiscardsIt)
{
    LocalServerProcess server;
    server.start(TestSupport::program(QStringLiteral("opsdesk-server")),
                 {QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("200"),
                  QStringLiteral("--technicians"), QStringLiteral("20"),
                  QStringLiteral("--no-simulator")});
    ASSERT_TRUE(server.waitForReady(120000)) << qPrintable(server.errorString());
    ApiClient api(server.baseUrl());
    CredentialStore keychain(QStringLiteral("OpsDesk-test"));
    SessionManager session(&api, &keychain);
    session.setRemember(false);
    bool signedIn = false;
    QEventLoop loop;
    session.login(QStringLiteral("admin"), QStringLiteral("opsdesk-demo"),
                  [&](bool ok, const QString &) {
                      signedIn = ok;
                      loop.quit();
                  });
    loop.exec();
    ASSERT_TRUE(signedIn);

    QTemporaryDir dir;
    ConnectionState connection;
    SyncSession sync(&api, &connection, dir.filePath(QStringLiteral("cache.sqlite")),
                     readableCollections({Role::Admin}));
    sync.setLiveEventsEnabled(false);
    QSignalSpy synced(sync.engine(), &SyncEngine::runFinished);
    sync.start();
    ASSERT_TRUE(synced.wait(60000));

    // A star level the server refuses (400): the change is parked.
    LocalChange change;
    change.collection = QStringLiteral("technicians");
    change.recordId = QStringLiteral("T00001");
    change.path = QStringLiteral("/api/v1/technicians/T00001/star-level");
    change.body = {{QStringLiteral("star_level"), 9},
                   {QStringLiteral("reason"), QStringLiteral("x")}};
    change.summary = QStringLiteral("Star level of T00001 → 9");
    sync.submit(change);
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.parkedChanges() == 1; }, 20000));

    ChangesDialog dialog(&sync);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.rowCount() == 1; }, 5000));
    QTreeWidgetItem *row = dialog.list()->topLevelItem(0);
    EXPECT_EQ(row->text(0), change.summary);
    EXPECT_EQ(row->text(1), QStringLiteral("Refused"));
    EXPECT_TRUE(row->text(2).contains(QStringLiteral("star_level"))) << qPrintable(row->text(2));
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    auto *applyAgain = dialog.findChild<QPushButton *>(QStringLiteral("applyAgainButton"));
    auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("discardButton"));
    EXPECT_TRUE(retry->isEnabled());
    EXPECT_FALSE(applyAgain->isEnabled()); // only for conflicts
    EXPECT_TRUE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("changeDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("HTTP 400")));

    // Discard asks first; yes removes it for good.
    QTimer::singleShot(200, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->button(QMessageBox::Yes)->click();
    });
    discard->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.rowCount() == 0; }, 5000));
    EXPECT_EQ(connection.parkedChanges(), 0);

    // Ctrl+K's search over the same cache: an order number, a phone tail.
    QSqlDatabase probe =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    probe.setDatabaseName(sync.cachePath());
    ASSERT_TRUE(probe.open());
    QSqlQuery any(probe);
    ASSERT_TRUE(any.exec(QStringLiteral("SELECT id, phone_tail FROM orders LIMIT 1")) &&
                any.next());
    const QString orderId = any.value(0).toString();
    const QString tail = any.value(1).toString();
    any.finish();
    probe.close();
    SearchDialog search(sync.cachePath());
    QSignalSpy opened(&search, &SearchDialog::openRecord);
    search.setQuery(orderId.left(10));
    ASSERT_GT(search.resultCount(), 0);
    bool found = false;
    for (int i = 0; i < search.resultCount(); ++i)
        found = found || search.results()->item(i)->text().contains(orderId);
    EXPECT_TRUE(found);
    search.setQuery(orderId);
    search.results()->setCurrentRow(0);
    QTest::keyClick(search.findChild<QLineEdit *>(QStringLiteral("searchField")), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().at(0).toString(), QStringLiteral("orders"));
    EXPECT_EQ(opened.first().at(1).toString(), orderId);
    SearchDialog byPhone(sync.cachePath());
    byPhone.setQuery(tail);
    EXPECT_GT(byPhone.resultCount(), 0);
    SearchDialog nothing(sync.cachePath());
    nothing.setQuery(QStringLiteral("不存在的东西"));
    ASSERT_EQ(nothing.resultCount(), 1); // the "nothing found" line
    EXPECT_TRUE(nothing.results()->item(0)->data(Qt::UserRole + 2).toString().isEmpty());
}
