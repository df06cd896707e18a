// The reconciliation page on a finance cache synced from the real server: the
// preview, an export through the progress dialog, input refused with a
// message, a cancelled export, and the language change.
#include "ui/finance/ReconciliationPage.h"

#include "common/SyncedDemo.h"
#include "services/finance/Reconciliation.h"
#include "ui/export/ExportProgressDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class ReconciliationPageTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        startSuite(QStringLiteral("finance"),
                   {QStringLiteral("--demo-now"), QStringLiteral("2026-07-14T02:30:00Z")});
    }
};

} // namespace

TEST_F(ReconciliationPageTest, PreviewAndExport)
{
    ReconciliationPage page(env->staff, env->cachePath);
    page.resize(900, 640);
    page.show();
    EXPECT_EQ(page.windowTitle(), QStringLiteral("Reconciliation"));

    QSignalSpy ready(&page, &ReconciliationPage::previewReady);
    page.setPeriod(ReconciliationPage::PeriodKind::Month, QDate(2026, 6, 17));
    ASSERT_TRUE(ready.wait(20000));
    ASSERT_TRUE(page.previewTotals());
    ReconciliationRequest request;
    request.cachePath = env->cachePath;
    request.period = Finance::ReconciliationPeriod::month(2026, 6);
    const auto expected = Reconciliation::totals(request, nullptr);
    ASSERT_TRUE(expected);
    EXPECT_EQ(*page.previewTotals(), *expected);
    EXPECT_GT(expected->orders, 0);
    EXPECT_EQ(page.previewTotals()->differenceCents(), 0);
    EXPECT_TRUE(page.targetPath().endsWith(QStringLiteral("reconciliation-2026-06.xlsx")));
    if (qEnvironmentVariableIsSet("OPSDESK_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("OPSDESK_SCREENSHOT_DIR") +
                         QStringLiteral("/reconciliation-page.png"));

    // A custom range ending before it starts is refused with a message.
    page.setPeriod(ReconciliationPage::PeriodKind::Custom, QDate(2026, 6, 20), QDate(2026, 6, 10));
    EXPECT_EQ(page.startExport(), nullptr);
    EXPECT_TRUE(page.messageText().contains(QStringLiteral("first day")));

    // The month again, into a folder of ours.
    QTemporaryDir dir;
    page.setPeriod(ReconciliationPage::PeriodKind::Month, QDate(2026, 6, 1));
    page.setTargetPath(dir.filePath(QStringLiteral("june")));
    QPointer<ExportProgressDialog> dialog = page.startExport();
    ASSERT_TRUE(dialog);
    QSignalSpy finished(&page, &ReconciliationPage::exportFinished);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(dialog->result().ok) << dialog->result().error.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("june.xlsx"))));
    dialog->close();

    // CSV: a folder; cancelled at once, nothing is left.
    page.setFormat(ExportFormat::Csv);
    page.setTargetPath(dir.filePath(QStringLiteral("june-csv")));
    QPointer<ExportProgressDialog> cancelled = page.startExport();
    ASSERT_TRUE(cancelled);
    cancelled->reject();
    if (finished.size() < 2)
        finished.wait(30000);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("june-csv"))));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("june.xlsx")});
}

TEST_F(ReconciliationPageTest, RetranslatesOnLanguageChange)
{
    ReconciliationPage page(env->staff, env->cachePath);
    page.setWindowTitle(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    EXPECT_EQ(page.windowTitle(), QStringLiteral("Reconciliation"));
    const auto *export_ = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    ASSERT_TRUE(export_);
    EXPECT_EQ(export_->text(), QStringLiteral("Export"));
}
