#include "models/export/ExportCells.h"

#include "models/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace OpsDesk::ExportRules {

namespace {

ExportCell textCell(const QString &text)
{
    ExportCell cell;
    cell.type = ExportCell::Type::Text;
    cell.text = text;
    cell.formulaGuarded = startsLikeFormula(text);
    cell.csvText = cell.formulaGuarded ? QLatin1Char('\'') + text : text;
    return cell;
}

bool isIntegerType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> integerOf(const QVariant &value)
{
    if (isIntegerType(value))
        return value.toLongLong();
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    double d = 0;
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray)
        d = value.toString().trimmed().toDouble(&ok);
    else
        d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// "12.5%": the fraction as a percentage with at most two decimals, no
// trailing zeros, '.' as the decimal separator.
QString percentText(double fraction)
{
    QString text = QString::number(fraction * 100.0, 'f', 2);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text + QLatin1Char('%');
}

ExportCell dateTimeCell(QDate date, QTime time, bool withTime, bool withCsvText)
{
    ExportCell cell;
    cell.type = ExportCell::Type::DateTime;
    cell.date = date;
    cell.time = withTime ? time : QTime(0, 0);
    if (!withCsvText)
        return cell;
    cell.csvText = date.toString(QStringLiteral("yyyy-MM-dd"));
    if (withTime)
        cell.csvText += QLatin1Char(' ') + cell.time.toString(QStringLiteral("HH:mm:ss"));
    return cell;
}

// The wall-clock date and time of `dt` in the local time zone. Converting to
// local time asks the system's time zone (a file check per call on Linux);
// the offset is remembered per quarter hour of UTC, within which no time
// zone changes its offset, so an export of many rows asks once per quarter.
std::pair<QDate, QTime> localWallClock(const QDateTime &dt)
{
    if (dt.timeSpec() == Qt::LocalTime)
        return {dt.date(), dt.time()};
    constexpr qint64 kQuarterMs = 15 * 60 * 1000;
    const qint64 ms = dt.toMSecsSinceEpoch();
    const qint64 bucket = ms >= 0 ? ms / kQuarterMs : (ms - kQuarterMs + 1) / kQuarterMs;
    thread_local QHash<qint64, int> offsets;
    auto it = offsets.constFind(bucket);
    int offset = 0;
    if (it != offsets.constEnd()) {
        offset = *it;
    } else {
        offset = dt.toLocalTime().offsetFromUtc();
        if (offsets.size() > 100000)
            offsets.clear();
        offsets.insert(bucket, offset);
    }
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(ms + qint64(offset) * 1000, Qt::UTC);
    return {wall.date(), wall.time()};
}

} // namespace

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

ExportCell cell(ExportColumnKind kind, const QVariant &value, bool withCsvText)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case ExportColumnKind::Text:
    case ExportColumnKind::Identifier:
        return textCell(value.toString());
    case ExportColumnKind::Money: {
        std::optional<Money> money;
        if (const auto cents = isIntegerType(value) ? integerOf(value) : std::nullopt)
            money = Money::fromCents(*cents);
        else if (value.typeId() == QMetaType::QString)
            money = Money::parse(value.toString());
        if (!money)
            return textCell(value.toString());
        ExportCell cell;
        cell.type = ExportCell::Type::Number;
        cell.number = static_cast<double>(money->cents()) / 100.0;
        if (withCsvText)
            cell.csvText = money->toDecimalString();
        return cell;
    }
    case ExportColumnKind::Integer: {
        const auto v = integerOf(value);
        if (!v)
            return textCell(value.toString());
        ExportCell cell;
        cell.type = ExportCell::Type::Number;
        cell.number = static_cast<double>(*v);
        if (withCsvText)
            cell.csvText = QString::number(*v);
        return cell;
    }
    case ExportColumnKind::Date: {
        QDate date;
        if (value.typeId() == QMetaType::QDate)
            date = value.toDate();
        else if (value.typeId() == QMetaType::QDateTime)
            date = localWallClock(value.toDateTime()).first;
        else
            date = QDate::fromString(value.toString().left(10), Qt::ISODate);
        if (!date.isValid())
            return textCell(value.toString());
        return dateTimeCell(date, {}, false, withCsvText);
    }
    case ExportColumnKind::DateTime: {
        QDateTime dt;
        if (value.typeId() == QMetaType::QDateTime)
            dt = value.toDateTime();
        else if (value.typeId() == QMetaType::QDate)
            dt = QDateTime(value.toDate(), QTime(0, 0));
        else
            dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            return textCell(value.toString());
        const auto [date, time] = localWallClock(dt);
        return dateTimeCell(date, time, true, withCsvText);
    }
    case ExportColumnKind::Decimal:
    case ExportColumnKind::Percent: {
        const auto v = numberOf(value);
        if (!v)
            return textCell(value.toString());
        ExportCell cell;
        cell.type = ExportCell::Type::Number;
        cell.number = *v;
        // CSV: the full value for a decimal; a percentage as "12.5%", which
        // Excel and LibreOffice read back as the number 0.125.
        cell.csvText =
            kind == ExportColumnKind::Percent ? percentText(*v) : QString::number(*v, 'g', 15);
        return cell;
    }
    case ExportColumnKind::Bool: {
        ExportCell cell;
        cell.type = ExportCell::Type::Bool;
        cell.flag = value.toBool();
        if (withCsvText)
            cell.csvText = cell.flag ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return cell;
    }
    }
    return {};
}

QString csvQuote(const QString &field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += csvQuote(fields.at(i));
    }
    line += QLatin1String("\r\n");
    return line;
}

QString displayText(ExportColumnKind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const ExportCell c = cell(kind, value);
    if (c.type == ExportCell::Type::Text || c.type == ExportCell::Type::Empty)
        return c.text;
    const QLocale locale;
    switch (kind) {
    case ExportColumnKind::Text:
    case ExportColumnKind::Identifier:
        return c.text;
    case ExportColumnKind::Money:
        return Money::fromCents(qRound64(c.number * 100.0)).toDisplayString();
    case ExportColumnKind::Integer:
        return locale.toString(qint64(c.number));
    case ExportColumnKind::Decimal:
        return locale.toString(c.number, 'f', 2);
    case ExportColumnKind::Percent:
        return c.csvText;
    case ExportColumnKind::Date:
    case ExportColumnKind::DateTime:
        return c.csvText;
    case ExportColumnKind::Bool:
        return c.flag ? QCoreApplication::translate("OpsDesk::ExportRules", "Yes")
                      : QCoreApplication::translate("OpsDesk::ExportRules", "No");
    }
    return c.csvText;
}

QByteArray numberFormat(ExportColumnKind kind)
{
    switch (kind) {
    case ExportColumnKind::Identifier:
        return "@";
    case ExportColumnKind::Money:
        return "\"\xC2\xA5\"#,##0.00";
    case ExportColumnKind::Integer:
        return "0";
    case ExportColumnKind::Decimal:
        return "0.00";
    case ExportColumnKind::Percent:
        return "0.0%";
    case ExportColumnKind::Date:
        return "yyyy-mm-dd";
    case ExportColumnKind::DateTime:
        return "yyyy-mm-dd hh:mm:ss";
    case ExportColumnKind::Text:
    case ExportColumnKind::Bool:
        break;
    }
    return {};
}

QString worksheetName(const QString &wanted, const QStringList &taken)
{
    constexpr int kMaxLength = 31;
    const auto clean = [](QString name) {
        for (QChar &c : name)
            if (QStringView(u"[]:*?/\\").contains(c))
                c = u'_';
        name = name.trimmed().left(kMaxLength);
        while (name.startsWith(u'\'') || name.endsWith(u'\''))
            name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
        return name;
    };
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.begin(), taken.end(), [&name](const QString &t) {
            return t.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString base = clean(wanted);
    if (base.isEmpty())
        base = QStringLiteral("Sheet%1").arg(taken.size() + 1);
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kMaxLength - int(suffix.size())) + suffix;
    }
    return name;
}

double columnWidth(const ExportColumn &column)
{
    if (column.width > 0)
        return column.width;
    int titleWidth = 0;
    for (const QChar c : column.title)
        titleWidth += c.unicode() >= 0x2E80 ? 2 : 1;
    int kindWidth = 12;
    switch (column.kind) {
    case ExportColumnKind::Text:
        kindWidth = 24;
        break;
    case ExportColumnKind::Identifier:
        kindWidth = 18;
        break;
    case ExportColumnKind::Money:
        kindWidth = 14;
        break;
    case ExportColumnKind::Integer:
    case ExportColumnKind::Decimal:
    case ExportColumnKind::Percent:
        kindWidth = 10;
        break;
    case ExportColumnKind::Date:
        kindWidth = 12;
        break;
    case ExportColumnKind::DateTime:
        kindWidth = 20;
        break;
    case ExportColumnKind::Bool:
        kindWidth = 8;
        break;
    }
    return std::max(titleWidth + 2, kindWidth);
}

} // namespace OpsDesk::ExportRules
