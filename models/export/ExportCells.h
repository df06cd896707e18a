#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace OpsDesk {

// How one column of an exported table is written (CSV and XLSX). Pure rules,
// no I/O; services/export/TableExporter writes the files.
enum class ExportColumnKind
{
    Text,       // free text; guarded against formula injection
    Identifier, // order numbers, phone numbers: always the exact text, never a number
    Money,      // integer cents → a number with two decimals and a ¥ format
    Integer,    // a whole number
    Date,       // QDate (or ISO text) → a date cell / "yyyy-MM-dd"
    DateTime,   // QDateTime (or ISO text) → a date cell / "yyyy-MM-dd HH:mm:ss", local time
    Bool,       // TRUE / FALSE
    Decimal,    // a number with a fraction (an average rating): two decimals shown
    Percent,    // a fraction (0.125) → a number with a percent format / "12.5%"
};

struct ExportColumn
{
    QString title;
    ExportColumnKind kind = ExportColumnKind::Text;
    // Column width in characters in XLSX; 0 picks one from the kind and title.
    int width = 0;

    bool operator==(const ExportColumn &) const = default;
};

// One value, decided for a column kind.
struct ExportCell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        DateTime,
        Bool
    };
    Type type = Type::Empty;
    // Text: the exact text (never prefixed; XLSX writes it as a plain string).
    QString text;
    // Text only: the text starts with = + - @ tab or CR, which a spreadsheet
    // would read as a formula; CSV prefixes it with a single quote.
    bool formulaGuarded = false;
    double number = 0;
    // DateTime: the local (wall clock) date and time; time 00:00 for a Date column.
    QDate date;
    QTime time;
    bool flag = false;
    // The field as it goes into CSV, before RFC 4180 quoting.
    QString csvText;
};

namespace ExportRules {

// True when a spreadsheet would take `text` for a formula: it starts with
// '=', '+', '-', '@', a tab or a carriage return.
bool startsLikeFormula(const QString &text);

// Decides how `value` is written in a column of `kind`. A null value is an
// empty cell. A value that does not fit the kind (text in a Money column that
// does not parse) falls back to a guarded Text cell, so nothing is lost.
// `withCsvText` false leaves csvText of numbers, dates and booleans empty
// (an XLSX writer does not need it; text cells always carry it).
ExportCell cell(ExportColumnKind kind, const QVariant &value, bool withCsvText = true);

// RFC 4180: a field containing a comma, a double quote, CR or LF is enclosed
// in double quotes, and every double quote inside is doubled.
QString csvQuote(const QString &field);

// One CSV record: the quoted fields joined by commas, ended by CRLF.
QString csvRecord(const QStringList &fields);

// The value as a person reads it in a report or on screen: money as
// "¥1,234.50", integers with group separators, percentages "12.5%", decimals
// with two places, dates ISO, booleans "Yes" / "No" (translated). A value
// that does not fit the kind is shown as its text; null is empty.
QString displayText(ExportColumnKind kind, const QVariant &value);

// XLSX number format per kind (empty: the general format).
QByteArray numberFormat(ExportColumnKind kind);

// Column width in characters: `column.width` if set, else the wider of the
// title (CJK characters count twice) and a width that fits the kind.
double columnWidth(const ExportColumn &column);

// A valid, unique XLSX worksheet name for `wanted`: at most 31 characters,
// none of []:*?/\ (replaced by '_'), no apostrophe at either end, and not
// one of `taken` (compared without case, as Excel does; " (2)", " (3)" …
// is added). Empty: "Sheet<n>" with n = taken.size() + 1.
QString worksheetName(const QString &wanted, const QStringList &taken);

// The XLSX row limit (1,048,576) minus the header row.
constexpr qint64 kMaxXlsxDataRows = 1048575;

} // namespace ExportRules

} // namespace OpsDesk
