#include "ui/shell/SettingsDialog.h"
#include "ui/i18n/LanguageManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(SettingsDialog, AppliesTheLanguageAtOnceAndKeepsTheRest)
{
    LanguageManager language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QFile file(cache);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3 * 1024 * 1024, 'x'));
    }
    SettingsDialog dialog(&language, QStringLiteral("https://ops.example.com"), cache);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("cacheInfo"))
                    ->text()
                    .contains(QStringLiteral("MiB")));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
    EXPECT_EQ(language.language(), QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(); // the language change reaches every widget
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("设置"));
    dialog.findChild<QSpinBox *>(QStringLiteral("dispatchTimeoutBox"))->setValue(45);
    auto *tiles = dialog.findChild<QComboBox *>(QStringLiteral("tileSourceBox"));
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("server")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const SettingsDialog::Values saved = SettingsDialog::load();
    EXPECT_EQ(saved.language, QStringLiteral("zh_CN"));
    EXPECT_EQ(saved.dispatchTimeoutMinutes, 45);
    EXPECT_EQ(saved.tileSource, QStringLiteral("server"));
    EXPECT_EQ(saved.overdueMinutes, 60);

    // Rebuild asks first.
    SettingsDialog again(&language, QString(), cache);
    QSignalSpy rebuild(&again, &SettingsDialog::rebuildCacheRequested);
    QTimer::singleShot(200, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *question = qobject_cast<QMessageBox *>(w); question && question->isVisible())
                question->button(QMessageBox::Yes)->click();
    });
    again.findChild<QPushButton *>(QStringLiteral("rebuildCacheButton"))->click();
    EXPECT_EQ(rebuild.count(), 1);
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("dispatchTimeoutBox"))->value(), 45);
}
