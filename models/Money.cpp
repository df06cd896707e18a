#include "models/Money.h"

#include <QStringBuilder>

#include <cstdlib>

namespace OpsDesk {

Money Money::percentOfBasisPoints(qint64 basisPoints) const
{
    const qint64 product = m_cents * basisPoints;
    const qint64 quotient = product / 10000;
    const qint64 remainder = product % 10000;
    qint64 result = quotient;
    if (std::llabs(remainder) * 2 >= 10000)
        result += (product < 0) ? -1 : 1;
    return Money(result);
}

QString Money::toDecimalString() const
{
    const qint64 absolute = m_cents < 0 ? -m_cents : m_cents;
    const QString sign = m_cents < 0 ? QStringLiteral("-") : QString();
    return sign % QString::number(absolute / 100) % QLatin1Char('.') %
           QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 absolute = m_cents < 0 ? -m_cents : m_cents;
    QString units = QString::number(absolute / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, QLatin1Char(','));
    const QString sign = m_cents < 0 ? QStringLiteral("-") : QString();
    return sign % QStringLiteral("¥") % units % QLatin1Char('.') %
           QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.startsWith(QStringLiteral("¥")) || text.startsWith(QStringLiteral("￥")))
        text.remove(0, 1);
    if (text.isEmpty())
        return std::nullopt;

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : whole)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    for (const QChar c : fraction)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;

    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toLongLong() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toLongLong();
    return Money(negative ? -cents : cents);
}

} // namespace OpsDesk
