#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace OpsDesk {

// An amount of money in integer cents (分). Money never travels as a floating
// point number: arithmetic, storage and the wire format are all in cents.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_cents -= other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // Applies a rate in basis points (1/100 of a percent), rounding half away
    // from zero to the cent, as the platform's commission rules do.
    Money percentOfBasisPoints(qint64 basisPoints) const;

    // "1234.50" — plain decimal, '.' separator, no currency sign; what CSV
    // exports and the wire use when a decimal string is needed.
    QString toDecimalString() const;

    // "¥1,234.50" — for display.
    QString toDisplayString() const;

    // Parses "12", "12.3", "12.30", "-0.05", "1,234.50", "¥12.30". More than
    // two decimals, letters or an empty string are rejected.
    static std::optional<Money> parse(const QString &text);

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};

} // namespace OpsDesk
