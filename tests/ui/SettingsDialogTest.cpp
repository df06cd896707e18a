#include "ui/shell/SettingsDialog.h"
#include "ui/i18n/LanguageManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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
    dialog.findChild<QSpinBox *>(QStringLiteral("notAcceptedBox"))->setValue(20);
    dialog.findChild<QSpinBox *>(QStringLiteral("notDepartedBox"))->setValue(40);
    dialog.findChild<QSpinBox *>(QStringLiteral("lateBox"))->setValue(10);
    auto *tiles = dialog.findChild<QComboBox *>(QStringLiteral("tileSourceBox"));
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("server")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const SettingsDialog::Values saved = SettingsDialog::load();
    EXPECT_EQ(saved.language, QStringLiteral("zh_CN"));
    EXPECT_EQ(saved.dispatchTimeoutMinutes, 45);
    EXPECT_EQ(saved.tileSource, QStringLiteral("server"));
    EXPECT_EQ(saved.overdueMinutes, 60);
    EXPECT_EQ(saved.notAcceptedMinutes, 20); // every timeout rule has its threshold here
    EXPECT_EQ(saved.notDepartedMinutes, 40);
    EXPECT_EQ(saved.lateMinutes, 10);

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

TEST(SettingsDialog, MapTilesAreCheckedBeforeTheyAreKept)
{
    LanguageManager language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("map")); // a run before may have left a choice
    SettingsDialog dialog(&language, QString(), QString());
    QSignalSpy changed(&dialog, &SettingsDialog::tileSourceChanged);
    auto *tiles = dialog.findChild<QComboBox *>(QStringLiteral("tileSourceBox"));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("tileTemplateEdit"));
    auto *pack = dialog.findChild<QLineEdit *>(QStringLiteral("tilePackEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("tileError"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(tiles && address && pack && error);
    EXPECT_EQ(tiles->count(), 5);
    dialog.show();

    // An XYZ template without {y}: refused, the dialog stays open.
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("xyz")));
    EXPECT_TRUE(address->isEnabled());
    EXPECT_TRUE(address->text().contains(QStringLiteral("openstreetmap")));
    address->setText(QStringLiteral("https://tile.example.com/{z}/{x}.png"));
    ok->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("{y}"))) << qPrintable(error->text());
    // Not http(s): refused.
    address->setText(QStringLiteral("ftp://tile.example.com/{z}/{x}/{y}.png"));
    ok->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("http://"))) << qPrintable(error->text());
    EXPECT_EQ(changed.count(), 0);

    // A tile pack that does not exist: refused.
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("mbtiles")));
    EXPECT_TRUE(pack->isEnabled());
    EXPECT_FALSE(address->isEnabled());
    pack->setText(dir.filePath(QStringLiteral("missing.mbtiles")));
    ok->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("does not exist")))
        << qPrintable(error->text());
    EXPECT_EQ(changed.count(), 0);

    // AMap shows its preset; a good XYZ template is kept.
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("amap")));
    EXPECT_TRUE(address->text().contains(QStringLiteral("autonavi")));
    tiles->setCurrentIndex(tiles->findData(QStringLiteral("xyz")));
    address->setText(QStringLiteral("https://{s}.tile.example.com/{z}/{x}/{y}.png"));
    dialog.findChild<QLineEdit *>(QStringLiteral("tileContactEdit"))
        ->setText(QStringLiteral("dispatch@example.com"));
    ok->click();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(changed.count(), 1);
    const SettingsDialog::Values saved = SettingsDialog::load();
    EXPECT_EQ(saved.tileSource, QStringLiteral("xyz"));
    EXPECT_EQ(saved.tileUrlTemplate,
              QStringLiteral("https://{s}.tile.example.com/{z}/{x}/{y}.png"));
    EXPECT_EQ(saved.tileContact, QStringLiteral("dispatch@example.com"));
}
