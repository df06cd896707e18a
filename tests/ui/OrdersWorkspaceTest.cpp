// The orders workspace with real widgets (offscreen) on a cache the real
// sync session filled from the real reference server: filters, sorting,
// saved views across a restart, the detail panel, cancelling an order through
// the outbox until the server has it, and the actions a role may not take.
#include "ui/orders/OrdersWorkspace.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/ConnectionState.h"
#include "models/SyncCollections.h"
#include "models/orders/OrdersTableModel.h"
#include "services/api/ApiClient.h"
#include "services/auth/SessionManager.h"
#include "services/cache/CacheDatabase.h"
#include "services/core/CredentialStore.h"
#include "services/export/TableExporter.h"
#include "services/files/FileStore.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"
#include "ui/export/ExportProgressDialog.h"
#include "ui/orders/OrderDetailPanel.h"
#include "ui/orders/OrderMiniMap.h"
#include "ui/orders/PhotoStrip.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class OrdersWorkspaceTest : public TestSupport::SyncedDemoSuite
{
protected:
    void SetUp() override
    {
        SyncedDemoSuite::SetUp();
        if (env && env->sync)
            m_db.open(env->cachePath, CacheDatabase::Mode::ReadOnly, nullptr);
    }

    std::unique_ptr<OrdersWorkspace> workspace(const Staff &staff)
    {
        auto widget = std::make_unique<OrdersWorkspace>(staff, env->cachePath, env->sync.get());
        widget->resize(1400, 800);
        widget->show();
        return widget;
    }

    qint64 sqlCount(const QString &where)
    {
        QSqlQuery query(m_db.database());
        query.exec(QStringLiteral("SELECT count(*) FROM orders") + where);
        query.next();
        return query.value(0).toLongLong();
    }

    QString sqlValue(const QString &sql)
    {
        QSqlQuery query(m_db.database());
        query.exec(sql);
        query.next();
        return query.value(0).toString();
    }

    static QModelIndex cell(OrdersWorkspace *w, int row, int column = 0)
    {
        return w->model()->index(row, column);
    }

    static void select(OrdersWorkspace *w, int row) { w->table()->setCurrentIndex(cell(w, row)); }

    CacheDatabase m_db;
};

TEST_F(OrdersWorkspaceTest, ModelPassesTheItemModelTesterThroughFiltersAndSorting)
{
    auto w = workspace(env->staff);
    QAbstractItemModelTester tester(w->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(w->model()->rowCount(), sqlCount({}));
    EXPECT_GT(w->model()->rowCount(), 0);
    w->findChild<QCheckBox *>(QStringLiteral("refundFilter"))->setChecked(true);
    w->table()->sortByColumn(OrdersTableModel::AppointmentColumn, Qt::AscendingOrder);
    w->findChild<QCheckBox *>(QStringLiteral("refundFilter"))->setChecked(false);
    w->table()->sortByColumn(OrdersTableModel::StatusColumn, Qt::DescendingOrder);
}

TEST_F(OrdersWorkspaceTest, FiltersCombineAndShowCounts)
{
    auto w = workspace(env->staff);
    const qint64 all = sqlCount({});
    QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch")),
                      Qt::LeftButton);
    const qint64 awaiting = sqlCount(QStringLiteral(" WHERE status = 'awaiting_dispatch'"));
    ASSERT_GT(awaiting, 0);
    EXPECT_EQ(w->model()->rowCount(), awaiting);
    for (int row = 0; row < w->model()->rowCount(); ++row)
        ASSERT_EQ(cell(w.get(), row).data(OrdersTableModel::StatusIdRole).toString(),
                  QStringLiteral("awaiting_dispatch"));
    // Per-status counts on the buttons (counted in the background), the
    // total beside them.
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->countsAreCurrent(); }, 10000));
    EXPECT_TRUE(w->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch"))
                    ->text()
                    .endsWith(QLocale().toString(awaiting)));
    EXPECT_TRUE(w->findChild<QLabel *>(QStringLiteral("orderCount"))
                    ->text()
                    .contains(QLocale().toString(awaiting)));

    // Combined with the customer type.
    auto *type = w->findChild<QComboBox *>(QStringLiteral("customerTypeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("business")));
    EXPECT_EQ(w->model()->rowCount(),
              sqlCount(QStringLiteral(
                  " WHERE status = 'awaiting_dispatch' AND customer_type = 'business'")));
    w->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    EXPECT_EQ(w->model()->rowCount(), all);

    // City, then one of its districts: the pickers list what the cache holds.
    auto *city = w->findChild<QComboBox *>(QStringLiteral("cityFilter"));
    const qint64 cities =
        sqlValue(QStringLiteral("SELECT count(DISTINCT city) FROM orders")).toLongLong();
    ASSERT_GT(cities, 0);
    EXPECT_EQ(city->count(), cities + 1); // and "All cities"
    const QString firstCity = sqlValue(QStringLiteral("SELECT min(city) FROM orders"));
    city->setCurrentIndex(city->findData(firstCity));
    EXPECT_EQ(w->model()->rowCount(),
              sqlCount(QStringLiteral(" WHERE city = '") + firstCity + QLatin1Char('\'')));
    auto *district = w->findChild<QComboBox *>(QStringLiteral("districtFilter"));
    EXPECT_TRUE(district->isEnabled());
    EXPECT_EQ(
        district->count() - 1,
        sqlValue(QStringLiteral("SELECT count(DISTINCT district) FROM orders WHERE city = '") +
                 firstCity + QLatin1Char('\''))
            .toLongLong());
    district->setCurrentIndex(1);
    const QString firstDistrict = district->currentData().toString();
    EXPECT_EQ(w->model()->rowCount(),
              sqlCount(QStringLiteral(" WHERE city = '") + firstCity +
                       QStringLiteral("' AND district = '") + firstDistrict + QLatin1Char('\'')));
    w->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    EXPECT_EQ(w->model()->rowCount(), all);

    // Free text through the trigram index: part of an address.
    const QString id =
        sqlValue(QStringLiteral("SELECT id FROM orders ORDER BY rk LIMIT 1 OFFSET 7"));
    const QString address = sqlValue(QStringLiteral("SELECT address FROM orders WHERE id = '") +
                                     id + QLatin1Char('\''));
    const QString part = address.mid(address.size() / 2, 4);
    // (QTest types ASCII only; the address is Chinese.)
    w->findChild<QLineEdit *>(QStringLiteral("orderSearch"))->setText(part);
    QTest::keyClick(w->findChild<QLineEdit *>(QStringLiteral("orderSearch")), Qt::Key_Return);
    EXPECT_LT(w->model()->rowCount(), all);
    EXPECT_EQ(w->model()->rowCount(),
              sqlCount(QStringLiteral(" WHERE address LIKE '%") + part +
                       QStringLiteral("%' OR customer_name LIKE '%") + part +
                       QStringLiteral("%' OR id LIKE '%") + part + QStringLiteral("%'")));
    bool found = false;
    for (int row = 0; row < w->model()->rowCount(); ++row)
        found = found || cell(w.get(), row).data(OrdersTableModel::OrderIdRole).toString() == id;
    EXPECT_TRUE(found);

    // The order number itself.
    w->findChild<QLineEdit *>(QStringLiteral("orderSearch"))->setText(id);
    QTest::keyClick(w->findChild<QLineEdit *>(QStringLiteral("orderSearch")), Qt::Key_Return);
    ASSERT_GE(w->model()->rowCount(), 1);
    EXPECT_EQ(cell(w.get(), 0).data(OrdersTableModel::OrderIdRole).toString(), id);
}

TEST_F(OrdersWorkspaceTest, SortsInSqlByTheClickedColumn)
{
    auto w = workspace(env->staff);
    QHeaderView *header = w->table()->horizontalHeader();
    // Created, newest first by default; one click on the appointment header
    // sorts by appointment.
    EXPECT_EQ(cell(w.get(), 0).data(OrdersTableModel::OrderIdRole).toString(),
              sqlValue(QStringLiteral("SELECT id FROM orders ORDER BY created_at DESC, rk DESC")));
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(OrdersTableModel::AppointmentColumn) + 5,
               header->height() / 2));
    const QString firstId = cell(w.get(), 0).data(OrdersTableModel::OrderIdRole).toString();
    const QString expected = sqlValue(
        header->sortIndicatorOrder() == Qt::AscendingOrder
            ? QStringLiteral("SELECT id FROM orders ORDER BY appointment_start, rk")
            : QStringLiteral("SELECT id FROM orders ORDER BY appointment_start DESC, rk DESC"));
    EXPECT_EQ(firstId, expected);
    // A row far down comes from its own page.
    const int last = w->model()->rowCount() - 1;
    EXPECT_FALSE(cell(w.get(), last).data(OrdersTableModel::OrderIdRole).toString().isEmpty());
}

TEST_F(OrdersWorkspaceTest, SavedViewComesBackAfterRestart)
{
    OrderFilter saved;
    qint64 count = 0;
    {
        auto w = workspace(env->staff);
        auto *type = w->findChild<QComboBox *>(QStringLiteral("customerTypeFilter"));
        type->setCurrentIndex(type->findData(QStringLiteral("consumer")));
        w->findChild<QCheckBox *>(QStringLiteral("refundFilter"))->setChecked(true);
        w->saveView(QStringLiteral("Consumer refunds"));
        saved = w->filter();
        count = w->model()->rowCount();
    }
    auto w = workspace(env->staff);
    EXPECT_TRUE(w->filter().isEmpty());
    auto *views = w->findChild<QComboBox *>(QStringLiteral("savedViews"));
    const int index = views->findText(QStringLiteral("Consumer refunds"));
    ASSERT_GT(index, 0);
    views->setCurrentIndex(index);
    Q_EMIT views->activated(index);
    EXPECT_EQ(w->filter(), saved);
    EXPECT_EQ(w->model()->rowCount(), count);
    EXPECT_EQ(count,
              sqlCount(QStringLiteral(" WHERE customer_type = 'consumer' AND has_refund = 1")));
}

TEST_F(OrdersWorkspaceTest, DetailShowsTheOrderWithMaskedPhoneAndTimeline)
{
    auto w = workspace(env->staff);
    select(w.get(), 0);
    const QString id = cell(w.get(), 0).data(OrdersTableModel::OrderIdRole).toString();
    EXPECT_EQ(w->detail()->orderId(), id);
    const QString title = w->findChild<QLabel *>(QStringLiteral("orderTitle"))->text();
    EXPECT_TRUE(title.contains(id));
    const QString body = w->findChild<QLabel *>(QStringLiteral("orderBody"))->text() +
                         w->findChild<QLabel *>(QStringLiteral("orderMore"))->text();
    EXPECT_TRUE(body.contains(QStringLiteral("Status timeline")));
    // The small map: the pin in the order's own district of the basemap.
    OrderMiniMap *map = w->detail()->map();
    EXPECT_TRUE(map->isVisible());
    EXPECT_TRUE(map->hasPin());
    EXPECT_EQ(map->districtName(),
              sqlValue(QStringLiteral("SELECT district FROM orders WHERE id = '") + id +
                       QLatin1Char('\'')));
    const QString name = sqlValue(QStringLiteral("SELECT customer_name FROM orders WHERE id = '") +
                                  id + QLatin1Char('\''));
    EXPECT_TRUE(body.contains(name.toHtmlEscaped())) << qPrintable(name);
    EXPECT_TRUE(body.contains(QStringLiteral("****"))); // the dispatcher sees a masked phone
    EXPECT_TRUE(body.contains(QStringLiteral("¥")));
}

TEST_F(OrdersWorkspaceTest, CancelGoesPendingThenTheServerHasIt)
{
    auto w = workspace(env->staff);
    QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch")),
                      Qt::LeftButton);
    ASSERT_GT(w->model()->rowCount(), 0);
    select(w.get(), 0);
    const QString id = w->detail()->orderId();
    auto *cancel = w->findChild<QPushButton *>(QStringLiteral("cancelOrder"));
    ASSERT_TRUE(cancel->isVisible());
    w->findChild<QLineEdit *>(QStringLiteral("orderReason"))
        ->setText(QStringLiteral("客户改期，取消订单"));

    // Right after the local write the panel says the server does not have it yet.
    auto *pendingLabel = w->findChild<QLabel *>(QStringLiteral("orderPending"));
    bool sawPending = false;
    QObject::connect(w->detail(), &OrderDetailPanel::changeSubmitted, w.get(),
                     [&] { sawPending = sawPending || pendingLabel->isVisible(); });
    QTest::mouseClick(cancel, Qt::LeftButton);
    bool synced = false;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && !synced) {
        QTest::qWait(20);
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("SELECT pending, json_extract(doc, '$.status') FROM records"
                                     " WHERE collection = 'orders' AND id = ?"));
        query.addBindValue(id);
        query.exec();
        query.next();
        if (query.value(0).toBool()) {
            sawPending = true;
            EXPECT_EQ(query.value(1).toString(), QStringLiteral("cancelled"));
        } else if (query.value(1).toString() == QLatin1String("cancelled")) {
            synced = true;
        }
    }
    EXPECT_TRUE(sawPending);
    ASSERT_TRUE(synced);

    // The server has it: its sync feed carries the cancelled order with the reason.
    QJsonObject serverDoc;
    QString cursor;
    for (int guard = 0; guard < 100 && serverDoc.isEmpty(); ++guard) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        QJsonObject page;
        QEventLoop loop;
        env->api->send(ApiRequest::get(QStringLiteral("/api/v1/sync/orders"), query), &loop,
                       [&](const ApiResponse &response) {
                           page = response.json();
                           loop.quit();
                       });
        loop.exec();
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            if (item[QStringLiteral("id")].toString() == id)
                serverDoc = item.toObject();
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool())
            break;
    }
    EXPECT_EQ(serverDoc.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    const QJsonArray history = serverDoc.value(QStringLiteral("status_history")).toArray();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last()[QStringLiteral("reason")].toString(),
              QStringLiteral("客户改期，取消订单"));
    // The detail panel shows the synced order without the pending line.
    QTest::qWait(600);
    EXPECT_FALSE(w->findChild<QLabel *>(QStringLiteral("orderPending"))->isVisible());
    EXPECT_FALSE(w->findChild<QPushButton *>(QStringLiteral("cancelOrder"))->isVisible());
}

TEST_F(OrdersWorkspaceTest, RolesWithoutPermissionDoNotSeeTheActions)
{
    Staff finance = env->staff;
    finance.roles = {Role::Finance};
    auto w = workspace(finance);
    QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch")),
                      Qt::LeftButton);
    ASSERT_GT(w->model()->rowCount(), 0);
    select(w.get(), 0);
    EXPECT_FALSE(w->findChild<QPushButton *>(QStringLiteral("cancelOrder"))->isVisible());
    EXPECT_FALSE(w->findChild<QPushButton *>(QStringLiteral("changeAppointment"))->isVisible());
    EXPECT_TRUE(w->findChild<QPushButton *>(QStringLiteral("addNote"))->isVisible());

    Staff auditor = env->staff;
    auditor.roles = {Role::Auditor};
    auto a = workspace(auditor);
    QTest::mouseClick(a->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch")),
                      Qt::LeftButton);
    select(a.get(), 0);
    EXPECT_FALSE(a->findChild<QPushButton *>(QStringLiteral("cancelOrder"))->isVisible());
    EXPECT_FALSE(a->findChild<QPushButton *>(QStringLiteral("addNote"))->isVisible());
}

} // namespace

TEST_F(OrdersWorkspaceTest, ExportWritesTheRowsOfTheCurrentFilterAndSort)
{
    auto w = workspace(env->staff);
    w->findChild<QCheckBox *>(QStringLiteral("refundFilter"))->setChecked(true);
    w->model()->sort(OrdersTableModel::IdColumn, Qt::AscendingOrder);
    const int count = w->model()->rowCount();
    ASSERT_GT(count, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    ExportProgressDialog *dialog = w->exportCurrentView(path);
    ASSERT_NE(dialog, nullptr);
    QSignalSpy finished(dialog, &ExportProgressDialog::exportFinished);
    ASSERT_TRUE(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<ExportResult>();
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.rows, count);
    dialog->close();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), count + 1); // the header, then one line per order
    // Same order as the table: by order number, ascending.
    for (int row : {0, count / 2, count - 1}) {
        const QString id = cell(w.get(), row).data(OrdersTableModel::OrderIdRole).toString();
        EXPECT_TRUE(lines.at(row + 1).startsWith(id + QLatin1Char(',')))
            << qPrintable(lines.at(row + 1));
    }
    EXPECT_EQ(count, sqlCount(QStringLiteral(" WHERE has_refund = 1")));
}

TEST_F(OrdersWorkspaceTest, ColumnsSortSplitterAndFilterComeBackAfterRestart)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
    OrderFilter shown;
    QByteArray splitter;
    {
        auto w = workspace(env->staff);
        w->findChild<QCheckBox *>(QStringLiteral("complaintFilter"))->setChecked(true);
        w->table()->horizontalHeader()->moveSection(OrdersTableModel::CustomerColumn, 0);
        w->table()->setColumnWidth(OrdersTableModel::ServiceColumn, 333);
        w->table()->sortByColumn(OrdersTableModel::AppointmentColumn, Qt::AscendingOrder);
        shown = w->filter();
        w->saveLayout(settings);
        splitter = settings.value(QStringLiteral("orders/splitter")).toByteArray();
    }
    auto w = workspace(env->staff);
    EXPECT_TRUE(w->filter().isEmpty());
    w->restoreLayout(settings);
    EXPECT_EQ(w->filter(), shown);
    EXPECT_TRUE(w->findChild<QCheckBox *>(QStringLiteral("complaintFilter"))->isChecked());
    QHeaderView *header = w->table()->horizontalHeader();
    EXPECT_EQ(header->visualIndex(OrdersTableModel::CustomerColumn), 0);
    EXPECT_EQ(header->sectionSize(OrdersTableModel::ServiceColumn), 333);
    EXPECT_EQ(w->model()->sortOrder().key, OrderSortKey::Appointment);
    EXPECT_FALSE(w->model()->sortOrder().descending);
    EXPECT_FALSE(splitter.isEmpty());

    // A layout written by something else is ignored, not half-applied.
    QSettings broken(dir.filePath(QStringLiteral("broken.ini")), QSettings::IniFormat);
    broken.setValue(QStringLiteral("orders/columns"), QByteArray("garbage"));
    broken.setValue(QStringLiteral("orders/filter"), QStringLiteral("{not json"));
    auto fresh = workspace(env->staff);
    fresh->restoreLayout(broken);
    EXPECT_TRUE(fresh->filter().isEmpty());
    EXPECT_EQ(fresh->model()->sortOrder().key, OrderSortKey::Created);
}

TEST_F(OrdersWorkspaceTest, OpenOrderFromSearchSelectsItAndShowsItsDetail)
{
    auto w = workspace(env->staff);
    const QString id =
        sqlValue(QStringLiteral("SELECT id FROM orders ORDER BY created_at LIMIT 1"));
    ASSERT_FALSE(id.isEmpty());
    w->openOrder(id);
    ASSERT_TRUE(w->table()->currentIndex().isValid());
    EXPECT_EQ(w->table()->currentIndex().data(OrdersTableModel::OrderIdRole).toString(), id);
    EXPECT_EQ(w->detail()->orderId(), id);
}

TEST_F(OrdersWorkspaceTest, KeyboardReachesSearchClearAndNotes)
{
    auto w = workspace(env->staff);
    QApplication::setActiveWindow(w.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_F, Qt::ControlModifier);
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("orderSearch"));
    EXPECT_TRUE(search->hasFocus());
    w->findChild<QCheckBox *>(QStringLiteral("refundFilter"))->setChecked(true);
    EXPECT_FALSE(w->filter().isEmpty());
    QTest::keyClick(search, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(w->filter().isEmpty());

    // Ctrl+Enter in the reason field adds the note through the outbox.
    select(w.get(), 3);
    const QString id = w->detail()->orderId();
    auto *reason = w->findChild<QLineEdit *>(QStringLiteral("orderReason"));
    reason->setFocus();
    reason->setText(QStringLiteral("keyboard note"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    // Cleared once the change is committed locally.
    EXPECT_TRUE(QTest::qWaitFor([&] { return reason->text().isEmpty(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString notes = sqlValue(
                QStringLiteral("SELECT doc FROM records WHERE collection = 'orders' AND id = '") +
                id + QLatin1Char('\''));
            return notes.contains(QStringLiteral("keyboard note"));
        },
        10000));
}

TEST_F(OrdersWorkspaceTest, PhotosAreFetchedOnceKeptAndCheckedAgainstTheirHash)
{
    const QString id = sqlValue(QStringLiteral(
        "SELECT id FROM records WHERE collection = 'orders' AND json_extract(doc, '$.status') = "
        "'completed' AND json_array_length(doc, '$.photos') = 2 LIMIT 1"));
    ASSERT_FALSE(id.isEmpty()) << "the demo data has completed orders with photos";
    auto w = workspace(env->staff);
    w->resize(1400, 1400);
    w->openOrder(id);
    PhotoStrip *strip = w->detail()->photos();
    ASSERT_EQ(strip->photos().size(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return strip->shownCount() == 2; }, 10000))
        << qPrintable(strip->errors().join(QLatin1Char('\n')));
    if (qEnvironmentVariableIsSet("OPSDESK_TEST_SHOTS")) // to look at it
        w->detail()->grab().save(qEnvironmentVariable("OPSDESK_TEST_SHOTS") +
                                 QStringLiteral("/orders-photos.png"));
    FileStore *files = env->sync->files();
    const QString first = strip->photos().at(0);
    ASSERT_TRUE(files->local(first).has_value()); // kept for offline use
    EXPECT_TRUE(QFile::exists(QDir(files->folder()).filePath(first)));

    // Clicking a thumbnail opens it full size.
    w->findChild<QToolButton *>(QStringLiteral("photo_0"))->click();
    auto *dialog = w->window()->findChild<QDialog *>(QStringLiteral("photoDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();

    // A damaged copy is not shown: it is deleted and fetched again.
    {
        QFile damaged(QDir(files->folder()).filePath(first));
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not the photo");
    }
    EXPECT_FALSE(files->local(first).has_value());
    EXPECT_FALSE(QFile::exists(QDir(files->folder()).filePath(first)));
    QString error = QStringLiteral("pending");
    files->fetch(first, w.get(), [&](const QByteArray &bytes, const QString &e) {
        error = e;
        EXPECT_FALSE(bytes.isEmpty());
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return error != QStringLiteral("pending"); }, 10000));
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_TRUE(files->local(first).has_value());

    // A reference that is no hash, and one the server does not have.
    QString bad;
    files->fetch(QStringLiteral("../../etc/passwd"), w.get(),
                 [&](const QByteArray &, const QString &e) { bad = e; });
    EXPECT_FALSE(bad.isEmpty());
    QString missing;
    files->fetch(QString(64, QLatin1Char('0')), w.get(),
                 [&](const QByteArray &, const QString &e) { missing = e; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !missing.isEmpty(); }, 10000));
    EXPECT_TRUE(missing.contains(QStringLiteral("does not have"))) << qPrintable(missing);
}

TEST_F(OrdersWorkspaceTest, ChangeAppointmentNeedsAReasonAndAnEndAfterTheStartThenSyncs)
{
    auto w = workspace(env->staff);
    QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("status_awaiting_dispatch")),
                      Qt::LeftButton);
    ASSERT_GT(w->model()->rowCount(), 1);
    select(w.get(), 1);
    const QString id = w->detail()->orderId();
    auto *change = w->findChild<QPushButton *>(QStringLiteral("changeAppointment"));
    ASSERT_TRUE(change->isVisible());
    auto *reason = w->findChild<QLineEdit *>(QStringLiteral("orderReason"));
    auto *start = w->findChild<QDateTimeEdit *>(QStringLiteral("appointmentStart"));
    auto *end = w->findChild<QDateTimeEdit *>(QStringLiteral("appointmentEnd"));
    auto *message = w->findChild<QLabel *>(QStringLiteral("orderMessage"));
    auto pending = [&] {
        return sqlValue(QStringLiteral("SELECT pending FROM records WHERE collection = 'orders' "
                                       "AND id = '") +
                        id + QLatin1Char('\'')) == QStringLiteral("1");
    };

    // No reason: nothing is written, the panel says what is missing.
    reason->clear();
    change->click();
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_FALSE(pending());
    // An end before the start is refused the same way.
    reason->setText(QStringLiteral("customer asked for the next day"));
    const QDateTime newStart = start->dateTime().addDays(1);
    start->setDateTime(newStart);
    end->setDateTime(newStart.addSecs(-3600));
    change->click();
    EXPECT_TRUE(message->text().contains(QStringLiteral("end"))) << qPrintable(message->text());
    EXPECT_FALSE(pending());

    // A valid window: pending at once, then the server's record.
    end->setDateTime(newStart.addSecs(2 * 3600));
    change->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString stored = sqlValue(
                QStringLiteral("SELECT json_extract(doc, '$.appointment_start') FROM records "
                               "WHERE collection = 'orders' AND id = '") +
                id + QLatin1Char('\''));
            return !pending() &&
                   QDateTime::fromString(stored, Qt::ISODate).toLocalTime() == newStart;
        },
        30000));
    const QString history =
        sqlValue(QStringLiteral("SELECT doc FROM records WHERE collection = 'orders' AND id = '") +
                 id + QLatin1Char('\''));
    EXPECT_TRUE(history.contains(QStringLiteral("customer asked for the next day")));
}
