// The export progress dialog: a run to the end, and Cancel leaving nothing.
#include "ui/export/ExportProgressDialog.h"
#include "ui/export/ExportRunner.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

class CountingRows : public ExportRowSource
{
public:
    CountingRows(qint64 count, bool slow)
        : m_count(count)
        , m_slow(slow)
    {}
    qint64 rowCount() const override { return m_count; }
    bool next(QVariantList *row) override
    {
        if (m_next >= m_count)
            return false;
        if (m_slow && m_next % 100 == 0)
            QThread::msleep(2);
        *row = {QStringLiteral("O%1").arg(m_next), qint64(m_next * 100), m_next % 2 == 0};
        ++m_next;
        return true;
    }

private:
    qint64 m_count;
    bool m_slow;
    qint64 m_next = 0;
};

const QList<ExportColumn> kColumns = {{QStringLiteral("No."), ExportColumnKind::Identifier},
                                      {QStringLiteral("Amount"), ExportColumnKind::Money},
                                      {QStringLiteral("Paid"), ExportColumnKind::Bool}};

} // namespace

TEST(ExportDialog, RunsToTheEndAndSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.xlsx"));
    QPointer<ExportProgressDialog> dialog = ExportRunner::startTo(
        nullptr, path, kColumns, std::make_unique<CountingRows>(20000, false));
    ASSERT_TRUE(dialog);
    QSignalSpy finished(dialog.data(), &ExportProgressDialog::exportFinished);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(dialog->result().ok) << dialog->result().error.toStdString();
    EXPECT_EQ(dialog->result().rows, 20000);
    EXPECT_EQ(dialog->progressValue(), 1000);
    EXPECT_EQ(dialog->statusText(), QStringLiteral("20,000 row(s) written."));
    EXPECT_TRUE(QFile::exists(path));
    dialog->reject(); // Close
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull());
}

TEST(ExportDialog, CancelClosesAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QPointer<ExportProgressDialog> dialog = ExportRunner::startTo(
        nullptr, path, kColumns, std::make_unique<CountingRows>(10000000, true));
    QSignalSpy finished(dialog.data(), &ExportProgressDialog::exportFinished);
    QThread::msleep(200);
    dialog->reject(); // Cancel
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.first().at(0).value<ExportResult>().cancelled);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull());
    EXPECT_TRUE(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
}

TEST(ExportDialog, AFailureIsShown)
{
    QPointer<ExportProgressDialog> dialog =
        ExportRunner::startTo(nullptr, QStringLiteral("/proc/orders.csv"), kColumns,
                              std::make_unique<CountingRows>(10, false));
    QSignalSpy finished(dialog.data(), &ExportProgressDialog::exportFinished);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(dialog->result().ok);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("cannot be created")));
    delete dialog.data();
}
