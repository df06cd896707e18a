// The audit workspace's widgets without a server: the document viewer (zoom
// by wheel, keys and buttons, fit, rotate by 90°), the ID number masked by
// role on the review screen, and the reject form's required reason and note.
#include "ui/audit/ImageViewerDialog.h"
#include "ui/audit/RejectDialog.h"
#include "ui/audit/ReviewPanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

QImage testImage()
{
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

QJsonObject application()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("A000001")},
                       {QStringLiteral("version"), 2},
                       {QStringLiteral("kind"), QStringLiteral("new")},
                       {QStringLiteral("name"), QStringLiteral("王建国")},
                       {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                       {QStringLiteral("phone"), QStringLiteral("13912345678")},
                       {QStringLiteral("birth_date"), QStringLiteral("1949-12-31")},
                       {QStringLiteral("city"), QStringLiteral("beijing")},
                       {QStringLiteral("skills"), QJsonArray{}},
                       {QStringLiteral("service_districts"), QJsonArray{QStringLiteral("朝阳区")}},
                       {QStringLiteral("face_verification"),
                        QJsonObject{{QStringLiteral("result"), QStringLiteral("pass")},
                                    {QStringLiteral("score"), 0.93}}},
                       {QStringLiteral("documents"), QJsonArray{}},
                       {QStringLiteral("status"), QStringLiteral("under_review")},
                       {QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T02:00:00Z")}};
}

Staff staffWith(Role role)
{
    Staff staff;
    staff.id = QStringLiteral("ST9");
    staff.username = QStringLiteral("someone");
    staff.displayName = QStringLiteral("Someone");
    staff.roles = {role};
    return staff;
}

} // namespace

TEST(ImageViewer, ZoomsByWheelKeysAndButtonsAndFits)
{
    ImageViewerDialog dialog(testImage(), QStringLiteral("ID"));
    dialog.resize(900, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ImageCanvas *canvas = dialog.canvas();
    EXPECT_TRUE(canvas->isFitted());
    const double fitted = canvas->zoom();
    EXPECT_GT(fitted, 1.0); // 400 px wide in a larger canvas

    QTest::keyClick(&dialog, Qt::Key_Plus);
    EXPECT_NEAR(canvas->zoom(), fitted * 1.25, 1e-9);
    EXPECT_FALSE(canvas->isFitted());
    QTest::keyClick(&dialog, Qt::Key_Minus);
    EXPECT_NEAR(canvas->zoom(), fitted, 1e-9);

    const QPointF at(canvas->width() / 2.0, canvas->height() / 2.0);
    QWheelEvent wheel(at, canvas->mapToGlobal(at), {}, {0, 240}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    EXPECT_NEAR(canvas->zoom(), fitted * 1.25 * 1.25, 1e-9);

    for (int i = 0; i < 40; ++i)
        canvas->zoomIn();
    EXPECT_DOUBLE_EQ(canvas->zoom(), ImageCanvas::MaxZoom);
    for (int i = 0; i < 80; ++i)
        canvas->zoomOut();
    EXPECT_DOUBLE_EQ(canvas->zoom(), ImageCanvas::MinZoom);

    QTest::keyClick(&dialog, Qt::Key_F);
    EXPECT_TRUE(canvas->isFitted());
    EXPECT_NEAR(canvas->zoom(), fitted, 1e-9);
}

TEST(ImageViewer, RotatesByQuarterTurnsAndRefits)
{
    ImageViewerDialog dialog(testImage(), QStringLiteral("ID"));
    dialog.resize(900, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ImageCanvas *canvas = dialog.canvas();
    const double landscape = canvas->zoom();
    QTest::keyClick(&dialog, Qt::Key_R);
    EXPECT_EQ(canvas->rotation(), 90);
    // Turned upright, the 400 × 200 image is fitted by its height of 400.
    EXPECT_LT(canvas->zoom(), landscape);
    QTest::keyClick(&dialog, Qt::Key_R);
    QTest::keyClick(&dialog, Qt::Key_R);
    EXPECT_EQ(canvas->rotation(), 270);
    QTest::keyClick(&dialog, Qt::Key_R);
    EXPECT_EQ(canvas->rotation(), 0);
    EXPECT_NEAR(canvas->zoom(), landscape, 1e-9);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::ShiftModifier);
    EXPECT_EQ(canvas->rotation(), 270);
    // The toolbar's buttons do the same.
    const auto buttons = dialog.findChildren<QToolButton *>();
    QToolButton *right = nullptr;
    for (QToolButton *b : buttons)
        if (b->text() == QStringLiteral("⟳"))
            right = b;
    ASSERT_NE(right, nullptr);
    right->click();
    EXPECT_EQ(canvas->rotation(), 0);
}

TEST(ReviewPanelMasking, AuditorsSeeTheFullIdNumberOthersAMaskedOne)
{
    {
        ReviewPanel panel(staffWith(Role::Auditor), nullptr, nullptr, nullptr);
        panel.showRecords(application(), {});
        EXPECT_EQ(panel.idNumberText(), QStringLiteral("11010519491231002X"));
    }
    {
        ReviewPanel panel(staffWith(Role::Admin), nullptr, nullptr, nullptr);
        panel.showRecords(application(), {});
        EXPECT_EQ(panel.idNumberText(), QStringLiteral("11010519491231002X"));
    }
    for (Role role : {Role::Dispatcher, Role::Finance}) {
        ReviewPanel panel(staffWith(role), nullptr, nullptr, nullptr);
        panel.showRecords(application(), {});
        const QString shown = panel.idNumberText();
        EXPECT_FALSE(shown.contains(QStringLiteral("19491231"))) << qPrintable(shown);
        EXPECT_TRUE(shown.startsWith(QStringLiteral("1101"))) << qPrintable(shown);
        EXPECT_TRUE(shown.endsWith(QStringLiteral("002X"))) << qPrintable(shown);
        // Nowhere else on the screen either.
        for (const QLabel *label : panel.findChildren<QLabel *>())
            EXPECT_FALSE(label->text().contains(QStringLiteral("19491231")))
                << qPrintable(label->text());
    }
}

TEST(ReviewPanelMasking, ShowsTheChecklistAndNoDecisionWithoutASession)
{
    ReviewPanel panel(staffWith(Role::Auditor), nullptr, nullptr, nullptr);
    panel.showRecords(application(), {});
    EXPECT_FALSE(panel.preChecks().isEmpty());
    EXPECT_FALSE(panel.approveButton()->isEnabled()); // no sync session: nothing to submit to
}

TEST(RejectForm, NeedsAReasonAndANoteForTheApplicant)
{
    RejectDialog dialog(QStringLiteral("王建国"), {QStringLiteral("certificate_expired")});
    EXPECT_EQ(dialog.reasons(), QStringList{QStringLiteral("certificate_expired")});
    ASSERT_NE(dialog.rejectButton(), nullptr);
    EXPECT_FALSE(dialog.rejectButton()->isEnabled()); // no note yet
    dialog.setNote(QStringLiteral("   "));
    EXPECT_FALSE(dialog.rejectButton()->isEnabled());
    dialog.setNote(QStringLiteral("请上传有效期内的制冷作业操作证"));
    EXPECT_TRUE(dialog.rejectButton()->isEnabled());
    dialog.setReasons({});
    EXPECT_FALSE(dialog.rejectButton()->isEnabled());
    dialog.setReasons({QStringLiteral("other"), QStringLiteral("id_photo_unreadable")});
    EXPECT_TRUE(dialog.rejectButton()->isEnabled());
    EXPECT_EQ(dialog.reasons().size(), 2);
    dialog.setNote(QString(RejectDialog::MaxNoteLength + 1, QLatin1Char('x')));
    EXPECT_FALSE(dialog.rejectButton()->isEnabled());
}
