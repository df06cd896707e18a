// The layers point one way: models ← services ← ui ← app; the server may use
// models only. This test reads the sources and fails on a wrong-way include.
#include "common/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList violations(const QString &folder, const QRegularExpression &forbidden)
{
    QStringList hits;
    QDirIterator it(OpsDesk::TestSupport::sourceDir() + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int lineNo = 0;
        while (!file.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(file.readLine());
            if (forbidden.match(line).hasMatch())
                hits.append(QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(line.trimmed()));
        }
    }
    return hits;
}

const QRegularExpression widgetUse(QStringLiteral(
    "#include\\s*[<\"](QtWidgets/|ui/|app/|Q(Widget|MainWindow|Dialog|Application|Label|"
    "PushButton|LineEdit|TableView|TreeView|ListWidget|MessageBox|StyledItemDelegate|Style)\\b)"
    "|\\bQ(Widget|MainWindow|Dialog|Application|MessageBox)\\b"));

} // namespace

TEST(Layering, ModelsUseNoWidgetsAndNoIo)
{
    EXPECT_EQ(violations(QStringLiteral("models"), widgetUse), QStringList());
    const QRegularExpression io(QStringLiteral(
        "#include\\s*[<\"](services/|QtNetwork|QtSql|QNetwork|QSql|QFile\\b|QTcp|QProcess)"));
    EXPECT_EQ(violations(QStringLiteral("models"), io), QStringList());
}

TEST(Layering, ServicesUseNoWidgets)
{
    EXPECT_EQ(violations(QStringLiteral("services"), widgetUse), QStringList());
}

TEST(Layering, UiDoesNotReachIntoTheApp)
{
    EXPECT_EQ(
        violations(QStringLiteral("ui"), QRegularExpression(QStringLiteral("#include\\s*\"app/"))),
        QStringList());
}

TEST(Layering, ServerUsesModelsOnly)
{
    EXPECT_EQ(violations(QStringLiteral("server"),
                         QRegularExpression(QStringLiteral("#include\\s*\"(services|ui|app)/"))),
              QStringList());
    EXPECT_EQ(violations(QStringLiteral("server"), widgetUse), QStringList());
}
