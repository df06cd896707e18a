#include "models/export/ExportCells.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace OpsDesk;
using Kind = ExportColumnKind;
using Type = ExportCell::Type;

TEST(ExportCells, FormulaTriggersAreGuardedInText)
{
    for (const char *text : {"=1+1", "+86 138 0013 8000", "-5", "@x", "\tlead", "\rcr"}) {
        const ExportCell cell = ExportRules::cell(Kind::Text, QString::fromUtf8(text));
        EXPECT_EQ(cell.type, Type::Text) << text;
        EXPECT_TRUE(cell.formulaGuarded) << text;
        EXPECT_EQ(cell.text, QString::fromUtf8(text)) << "XLSX keeps the exact text";
        EXPECT_EQ(cell.csvText, QLatin1Char('\'') + QString::fromUtf8(text)) << text;
    }
    for (const char *text : {"plain", "1=1", " =x", "张三", "a-b", ""}) {
        const ExportCell cell = ExportRules::cell(Kind::Text, QString::fromUtf8(text));
        EXPECT_FALSE(cell.formulaGuarded) << text;
        EXPECT_EQ(cell.csvText, QString::fromUtf8(text));
    }
}

TEST(ExportCells, IdentifiersStayExactText)
{
    const ExportCell phone = ExportRules::cell(Kind::Identifier, QStringLiteral("13912345678"));
    EXPECT_EQ(phone.type, Type::Text);
    EXPECT_EQ(phone.csvText, QStringLiteral("13912345678"));
    const ExportCell order = ExportRules::cell(Kind::Identifier, QStringLiteral("O2025060100001"));
    EXPECT_EQ(order.text, QStringLiteral("O2025060100001"));
    // A number handed to an identifier column is still text, all digits.
    const ExportCell fromInt = ExportRules::cell(Kind::Identifier, QVariant(qint64(13912345678)));
    EXPECT_EQ(fromInt.type, Type::Text);
    EXPECT_EQ(fromInt.text, QStringLiteral("13912345678"));
    EXPECT_TRUE(
        ExportRules::cell(Kind::Identifier, QStringLiteral("+8613912345678")).formulaGuarded);
    EXPECT_EQ(ExportRules::numberFormat(Kind::Identifier), QByteArray("@"));
}

TEST(ExportCells, MoneyIsCentsToANumberWithTwoDecimals)
{
    const ExportCell cell = ExportRules::cell(Kind::Money, QVariant(qint64(123456)));
    EXPECT_EQ(cell.type, Type::Number);
    EXPECT_DOUBLE_EQ(cell.number, 1234.56);
    EXPECT_EQ(cell.csvText, QStringLiteral("1234.56"));
    EXPECT_EQ(ExportRules::cell(Kind::Money, QVariant(-5)).csvText, QStringLiteral("-0.05"));
    EXPECT_EQ(ExportRules::cell(Kind::Money, QVariant(0)).csvText, QStringLiteral("0.00"));
    EXPECT_EQ(ExportRules::cell(Kind::Money, QStringLiteral("12.30")).csvText,
              QStringLiteral("12.30"));
    const ExportCell bad = ExportRules::cell(Kind::Money, QStringLiteral("=SUM(A1)"));
    EXPECT_EQ(bad.type, Type::Text);
    EXPECT_TRUE(bad.formulaGuarded);
    EXPECT_EQ(ExportRules::numberFormat(Kind::Money), QByteArray("\"\xC2\xA5\"#,##0.00"));
}

TEST(ExportCells, IntegersDatesAndBools)
{
    EXPECT_EQ(ExportRules::cell(Kind::Integer, QVariant(42)).csvText, QStringLiteral("42"));
    EXPECT_EQ(ExportRules::cell(Kind::Integer, QVariant(-7)).type, Type::Number);
    EXPECT_EQ(ExportRules::cell(Kind::Integer, QStringLiteral("12")).number, 12.0);

    const ExportCell date = ExportRules::cell(Kind::Date, QDate(2025, 6, 1));
    EXPECT_EQ(date.type, Type::DateTime);
    EXPECT_EQ(date.csvText, QStringLiteral("2025-06-01"));
    EXPECT_EQ(ExportRules::cell(Kind::Date, QStringLiteral("2025-06-01")).csvText,
              QStringLiteral("2025-06-01"));

    const QDateTime local(QDate(2025, 6, 1), QTime(14, 30, 5));
    const ExportCell dt = ExportRules::cell(Kind::DateTime, local);
    EXPECT_EQ(dt.csvText, QStringLiteral("2025-06-01 14:30:05"));
    EXPECT_EQ(dt.date, local.date());
    EXPECT_EQ(dt.time, local.time());
    // UTC in, local time out.
    const ExportCell utc = ExportRules::cell(Kind::DateTime, local.toUTC());
    EXPECT_EQ(utc.csvText, QStringLiteral("2025-06-01 14:30:05"));
    const ExportCell iso = ExportRules::cell(Kind::DateTime, local.toUTC().toString(Qt::ISODate));
    EXPECT_EQ(iso.csvText, QStringLiteral("2025-06-01 14:30:05"));

    EXPECT_EQ(ExportRules::cell(Kind::Bool, true).csvText, QStringLiteral("TRUE"));
    EXPECT_EQ(ExportRules::cell(Kind::Bool, false).csvText, QStringLiteral("FALSE"));
}

TEST(ExportCells, NullIsEmpty)
{
    for (Kind kind : {Kind::Text, Kind::Identifier, Kind::Money, Kind::Integer, Kind::Date,
                      Kind::DateTime, Kind::Bool, Kind::Decimal, Kind::Percent}) {
        EXPECT_EQ(ExportRules::cell(kind, QVariant()).type, Type::Empty);
        EXPECT_EQ(ExportRules::cell(kind, QVariant()).csvText, QString());
    }
}

TEST(ExportCells, CsvQuotingFollowsRfc4180)
{
    EXPECT_EQ(ExportRules::csvQuote(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ExportRules::csvQuote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(ExportRules::csvQuote(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(ExportRules::csvQuote(QStringLiteral("l1\nl2")), QStringLiteral("\"l1\nl2\""));
    EXPECT_EQ(ExportRules::csvQuote(QStringLiteral("l1\r\nl2")), QStringLiteral("\"l1\r\nl2\""));
    EXPECT_EQ(ExportRules::csvRecord({QStringLiteral("a"), QString(), QStringLiteral("c,d")}),
              QStringLiteral("a,,\"c,d\"\r\n"));
}

TEST(ExportCells, ColumnWidths)
{
    EXPECT_EQ(ExportRules::columnWidth({QStringLiteral("No."), Kind::Identifier}), 18);
    EXPECT_EQ(ExportRules::columnWidth({QStringLiteral("x"), Kind::Text, 40}), 40);
    // Twelve CJK characters are 24 wide, plus the margin.
    EXPECT_EQ(ExportRules::columnWidth({QStringLiteral("一二三四五六七八九十一二"), Kind::Bool}),
              26);
}

TEST(ExportCells, XlsxCellsNeedNoCsvText)
{
    const ExportCell money = ExportRules::cell(Kind::Money, QVariant(qint64(123456)), false);
    EXPECT_EQ(money.type, ExportCell::Type::Number);
    EXPECT_DOUBLE_EQ(money.number, 1234.56);
    EXPECT_TRUE(money.csvText.isEmpty());
    const ExportCell when = ExportRules::cell(Kind::Date, QVariant(QDate(2025, 6, 1)), false);
    EXPECT_EQ(when.date, QDate(2025, 6, 1));
    EXPECT_TRUE(when.csvText.isEmpty());
    // Text keeps its text (the XLSX writer writes it).
    EXPECT_EQ(ExportRules::cell(Kind::Text, QStringLiteral("=1+1"), false).text,
              QStringLiteral("=1+1"));
}

TEST(ExportCells, DecimalsAndPercentagesAreNumbers)
{
    const ExportCell rating = ExportRules::cell(Kind::Decimal, 4.63);
    EXPECT_EQ(rating.type, Type::Number);
    EXPECT_DOUBLE_EQ(rating.number, 4.63);
    EXPECT_EQ(rating.csvText, QStringLiteral("4.63"));
    EXPECT_EQ(ExportRules::cell(Kind::Decimal, QStringLiteral(" 2.5 ")).number, 2.5);
    EXPECT_EQ(ExportRules::numberFormat(Kind::Decimal), QByteArray("0.00"));

    // A percentage is its fraction; CSV writes what a spreadsheet reads back
    // as that fraction.
    const ExportCell share = ExportRules::cell(Kind::Percent, 0.125);
    EXPECT_EQ(share.type, Type::Number);
    EXPECT_DOUBLE_EQ(share.number, 0.125);
    EXPECT_EQ(share.csvText, QStringLiteral("12.5%"));
    EXPECT_EQ(ExportRules::cell(Kind::Percent, 1).csvText, QStringLiteral("100%"));
    EXPECT_EQ(ExportRules::cell(Kind::Percent, -0.3).csvText, QStringLiteral("-30%"));
    EXPECT_EQ(ExportRules::cell(Kind::Percent, 0.00001).csvText, QStringLiteral("0%"));
    EXPECT_EQ(ExportRules::numberFormat(Kind::Percent), QByteArray("0.0%"));

    // Not a number: kept as guarded text, never lost.
    const ExportCell bad = ExportRules::cell(Kind::Percent, QStringLiteral("=1/0"));
    EXPECT_EQ(bad.type, Type::Text);
    EXPECT_TRUE(bad.formulaGuarded);
    EXPECT_EQ(ExportRules::cell(Kind::Decimal, QStringLiteral("n/a")).text, QStringLiteral("n/a"));
}

TEST(ExportCells, DisplayTextIsWhatAReportShows)
{
    EXPECT_EQ(ExportRules::displayText(Kind::Money, qint64(18234050)),
              QStringLiteral("¥182,340.50"));
    EXPECT_EQ(ExportRules::displayText(Kind::Percent, 0.083), QStringLiteral("8.3%"));
    EXPECT_EQ(ExportRules::displayText(Kind::Integer, 1204), QLocale().toString(1204));
    EXPECT_EQ(ExportRules::displayText(Kind::Decimal, 4.6), QLocale().toString(4.6, 'f', 2));
    EXPECT_EQ(ExportRules::displayText(Kind::Date, QDate(2026, 11, 1)),
              QStringLiteral("2026-11-01"));
    EXPECT_EQ(ExportRules::displayText(Kind::Text, QStringLiteral("=x")), QStringLiteral("=x"));
    EXPECT_EQ(ExportRules::displayText(Kind::Bool, true), QStringLiteral("Yes"));
    EXPECT_EQ(ExportRules::displayText(Kind::Money, QVariant()), QString());
    EXPECT_EQ(ExportRules::displayText(Kind::Money, QStringLiteral("abc")), QStringLiteral("abc"));
}

TEST(ExportCells, WorksheetNamesAreValidAndUnique)
{
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("Orders by day"), {}),
              QStringLiteral("Orders by day"));
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("a/b:c?[d]*e\\f"), {}),
              QStringLiteral("a_b_c__d__e_f"));
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("'quoted'"), {}), QStringLiteral("quoted"));
    const QString longName(40, u'x');
    EXPECT_EQ(ExportRules::worksheetName(longName, {}).size(), 31);
    // Excel compares names without case.
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("orders"), {QStringLiteral("Orders")}),
              QStringLiteral("orders (2)"));
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("Orders"),
                                         {QStringLiteral("Orders"), QStringLiteral("Orders (2)")}),
              QStringLiteral("Orders (3)"));
    const QString taken = ExportRules::worksheetName(longName, {longName.left(31)});
    EXPECT_EQ(taken.size(), 31);
    EXPECT_TRUE(taken.endsWith(QStringLiteral(" (2)")));
    EXPECT_EQ(ExportRules::worksheetName(QString(), {QStringLiteral("A"), QStringLiteral("B")}),
              QStringLiteral("Sheet3"));
    EXPECT_EQ(ExportRules::worksheetName(QStringLiteral("按服务项目"), {}),
              QStringLiteral("按服务项目"));
}
