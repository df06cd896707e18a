// The coupons page with real widgets (offscreen) on a cache the real sync
// session filled from the real reference server, signed in as the demo
// finance clerk: a new coupon typed with a threshold below the amount off
// (the form says why and Save stays off), fixed, saved through the outbox
// and found on the server; a promo code the server refuses as taken shown
// under its field; the preview, the referral rewards, the QR export and the
// campaign figures on the same page.
#include "ui/finance/CouponsPage.h"
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "ui/finance/CouponEditorDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CouponsPageTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite() { startSuite(QStringLiteral("finance")); }

    QHash<QString, QJsonObject> serverCoupons()
    {
        return TestSupport::serverSnapshot(
            env->server.baseUrl(), env->api->accessToken().toLatin1(), QStringLiteral("coupons"));
    }

    static void type(CouponEditorDialog *dialog, const char *field, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(dialog->field(QString::fromLatin1(field)));
        ASSERT_TRUE(edit) << field;
        edit->selectAll();
        // QTest types ASCII only; other text is entered as an input method would.
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            QTest::keyClicks(edit, text);
        } else {
            edit->del();
            edit->insert(text);
        }
    }

    static QPushButton *saveButton(CouponEditorDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
};

TEST_F(CouponsPageTest, NewCouponWithAValidationErrorFixedOnTheWayReachesTheServer)
{
    CouponsPage page(env->staff, env->cachePath, env->sync.get(), env->api.get());
    page.resize(1300, 900);
    page.show();
    EXPECT_EQ(page.windowTitle(), s("Coupons"));
    EXPECT_GT(page.table()->rowCount(), 5);

    CouponEditorDialog *dialog = page.openEditor();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "name", s("满30减50（写错了）"));
    auto *kind = qobject_cast<QComboBox *>(dialog->field(s("kind")));
    kind->setCurrentIndex(kind->findData(s("threshold")));
    type(dialog, "amount_off_cents", s("50"));
    type(dialog, "threshold_cents", s("30"));
    // The form says what is wrong, next to the field, and saves nothing.
    EXPECT_TRUE(dialog->errorText(s("threshold_cents")).contains(s("must be above the amount off")))
        << dialog->errorText(s("threshold_cents")).toStdString();
    EXPECT_TRUE(dialog->findChild<QLabel *>(s("error_threshold_cents"))->isVisible());
    EXPECT_FALSE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());

    // Fixed: threshold 300, name corrected.
    type(dialog, "threshold_cents", s("300"));
    type(dialog, "name", s("满300减50"));
    EXPECT_EQ(dialog->errorText(s("threshold_cents")), QString());
    ASSERT_TRUE(saveButton(dialog)->isEnabled());
    QSignalSpy finished(&page, &CouponsPage::editorFinished);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_TRUE(finished.first().first().toBool()) << "the server answered";

    QJsonObject onServer;
    for (const QJsonObject &doc : serverCoupons())
        if (doc.value(QStringLiteral("name")).toString() == s("满300减50"))
            onServer = doc;
    ASSERT_FALSE(onServer.isEmpty());
    EXPECT_EQ(onServer.value(QStringLiteral("kind")).toString(), s("threshold"));
    EXPECT_EQ(onServer.value(QStringLiteral("amount_off_cents")).toInteger(), 5000);
    EXPECT_EQ(onServer.value(QStringLiteral("threshold_cents")).toInteger(), 30000);
    page.reload();
    EXPECT_TRUE(page.shownCouponIds().contains(onServer.value(QStringLiteral("id")).toString()));
}

TEST_F(CouponsPageTest, PromoCodeTakenIsShownUnderItsFieldAndPrintedAsQr)
{
    CouponsPage page(env->staff, env->cachePath, env->sync.get(), env->api.get());
    page.show();
    auto create = [&page](const QString &name, const QString &code) {
        CouponEditorDialog *dialog = page.openEditor();
        type(dialog, "name", name);
        auto *kind = qobject_cast<QComboBox *>(dialog->field(s("kind")));
        kind->setCurrentIndex(kind->findData(s("no_threshold")));
        type(dialog, "amount_off_cents", s("15"));
        type(dialog, "promo_code", code);
        return dialog;
    };
    CouponEditorDialog *first = create(s("扫码立减15"), s("qr2026"));
    // Letters are made capitals as they are typed.
    EXPECT_EQ(qobject_cast<QLineEdit *>(first->field(s("promo_code")))->text(), s("QR2026"));
    QSignalSpy finished(&page, &CouponsPage::editorFinished);
    QTest::mouseClick(saveButton(first), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));

    QPointer<CouponEditorDialog> second = create(s("扫码立减15（重复）"), s("QR2026"));
    ASSERT_TRUE(saveButton(second)->isEnabled());
    QTest::mouseClick(saveButton(second), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!second->errorText(s("promo_code")).isEmpty(), 15000);
    EXPECT_EQ(second->errorText(s("promo_code")),
              s("Another coupon already has this promo code; choose another."));
    EXPECT_TRUE(second->isVisible());
    EXPECT_FALSE(saveButton(second)->isEnabled());
    type(second, "promo_code", s("QR2027"));
    EXPECT_TRUE(saveButton(second)->isEnabled());
    second->reject();

    // The first one's code as PNG and PDF.
    page.reload();
    QString id;
    for (const QJsonObject &doc : serverCoupons())
        if (doc.value(QStringLiteral("promo_code")).toString() == s("QR2026"))
            id = doc.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(page.selectCoupon(id));
    EXPECT_FALSE(page.findChild<QLabel *>(s("qrImage"))->pixmap().isNull());
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(page.exportQrPng(id, dir.filePath(s("qr.png")), &error)) << error.toStdString();
    EXPECT_TRUE(page.exportQrPdf(id, dir.filePath(s("qr.pdf")), &error)) << error.toStdString();
    EXPECT_FALSE(QImage(dir.filePath(s("qr.png"))).isNull());

    // Referral: the coupon becomes the invitee's reward.
    page.setReferralRole(id, Finance::ReferralRole::Invitee);
    ASSERT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
    EXPECT_EQ(serverCoupons().value(id).value(QStringLiteral("referral_role")).toString(),
              s("invitee"));
    page.reload();
    auto *invitee = page.findChild<QListWidget *>(s("inviteeCoupons"));
    ASSERT_EQ(invitee->count(), 1);
    EXPECT_TRUE(invitee->item(0)->text().contains(s("扫码立减15")));
}

TEST_F(CouponsPageTest, AnIssuedCouponKeepsItsAmountsAndQuota)
{
    CouponsPage page(env->staff, env->cachePath, env->sync.get(), env->api.get());
    QString issuedId;
    for (const QJsonObject &doc : serverCoupons())
        if (doc.value(QStringLiteral("issued_count")).toInteger() > 5 &&
            doc.contains(QStringLiteral("total_quota")))
            issuedId = doc.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(issuedId.isEmpty());
    CouponEditorDialog *dialog = page.openEditor(issuedId);
    EXPECT_FALSE(dialog->field(s("kind"))->isEnabled());
    EXPECT_FALSE(dialog->field(s("amount_off_cents"))->isEnabled());
    EXPECT_TRUE(dialog->field(s("name"))->isEnabled());
    EXPECT_FALSE(dialog->findChild<QLabel *>(s("frozenNote"))->isHidden());
    type(dialog, "total_quota", s("1"));
    EXPECT_TRUE(dialog->errorText(s("total_quota")).contains(s("issued already")))
        << dialog->errorText(s("total_quota")).toStdString();
    EXPECT_FALSE(saveButton(dialog)->isEnabled());
    dialog->reject();
}

TEST_F(CouponsPageTest, PreviewAndFiguresComeFromTheCache)
{
    CouponsPage page(env->staff, env->cachePath, env->sync.get(), env->api.get());
    page.show();
    auto *price = page.findChild<QLineEdit *>(s("previewPrice"));
    price->setText(s("300"));
    const QString text = page.previewText();
    EXPECT_FALSE(text.isEmpty());
    price->setText(s("abc"));
    EXPECT_EQ(page.previewText(), s("Enter the price in yuan, such as 200 or 199.50."));
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    page.setFigureRange(today.addDays(-400), today);
    EXPECT_GT(page.campaignTable()->rowCount(), 1);

    // Pictures of the page for the docs, when asked for.
    const QString shots = qEnvironmentVariable("OPSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page.resize(1400, 900);
        price->setText(s("268"));
        for (int tab = 0; tab < page.tabs()->count(); ++tab) {
            page.tabs()->setCurrentIndex(tab);
            if (tab == 1) {
                for (const QString &id : page.shownCouponIds())
                    if (page.table()->item(int(page.shownCouponIds().indexOf(id)), 7)->text() ==
                        s("QR2026"))
                        page.selectCoupon(id);
            }
            QTest::qWait(50);
            page.grab().save(shots + QStringLiteral("/coupons-tab%1.png").arg(tab));
        }
        CouponEditorDialog *dialog = page.openEditor();
        type(dialog, "name", s("满30减50"));
        auto *kind = qobject_cast<QComboBox *>(dialog->field(s("kind")));
        kind->setCurrentIndex(kind->findData(s("threshold")));
        type(dialog, "amount_off_cents", s("50"));
        type(dialog, "threshold_cents", s("30"));
        type(dialog, "promo_code", s("SALE-1"));
        QTest::qWait(50);
        dialog->grab().save(shots + QStringLiteral("/coupon-editor.png"));
        dialog->reject();
    }
}

} // namespace
