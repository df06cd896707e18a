#include "models/Money.h"

#include <gtest/gtest.h>

using OpsDesk::Money;

TEST(Money, ParsesDecimalStrings)
{
    EXPECT_EQ(Money::parse(QStringLiteral("12"))->cents(), 1200);
    EXPECT_EQ(Money::parse(QStringLiteral("12.3"))->cents(), 1230);
    EXPECT_EQ(Money::parse(QStringLiteral("12.30"))->cents(), 1230);
    EXPECT_EQ(Money::parse(QStringLiteral("0.05"))->cents(), 5);
    EXPECT_EQ(Money::parse(QStringLiteral("-0.05"))->cents(), -5);
    EXPECT_EQ(Money::parse(QStringLiteral(" 1,234.50 "))->cents(), 123450);
    EXPECT_EQ(Money::parse(QStringLiteral("¥99.90"))->cents(), 9990);
}

TEST(Money, RejectsMalformedInput)
{
    for (const char *bad :
         {"", " ", "abc", "1.234", "1.", ".5", "1e3", "12,3a", "--1", "¥", "9999999999999999"})
        EXPECT_FALSE(Money::parse(QString::fromUtf8(bad)).has_value()) << bad;
}

TEST(Money, FormatsForDisplayAndForFiles)
{
    EXPECT_EQ(Money::fromCents(123456789).toDisplayString(), QStringLiteral("¥1,234,567.89"));
    EXPECT_EQ(Money::fromCents(5).toDisplayString(), QStringLiteral("¥0.05"));
    EXPECT_EQ(Money::fromCents(-1999).toDisplayString(), QStringLiteral("-¥19.99"));
    EXPECT_EQ(Money::fromCents(100000).toDecimalString(), QStringLiteral("1000.00"));
    EXPECT_EQ(Money::fromCents(-7).toDecimalString(), QStringLiteral("-0.07"));
}

TEST(Money, RoundTripsThroughDecimalString)
{
    for (qint64 cents : {0LL, 1LL, 99LL, 100LL, 12345LL, -250LL, 999999999LL})
        EXPECT_EQ(Money::parse(Money::fromCents(cents).toDecimalString())->cents(), cents);
}

TEST(Money, BasisPointsRoundHalfAwayFromZero)
{
    // 15% of 199.99 = 29.9985 → 30.00
    EXPECT_EQ(Money::fromCents(19999).percentOfBasisPoints(1500).cents(), 3000);
    // 12.5% of 0.04 = 0.005 → 0.01
    EXPECT_EQ(Money::fromCents(4).percentOfBasisPoints(1250).cents(), 1);
    // 12.5% of 0.03 = 0.00375 → 0.00
    EXPECT_EQ(Money::fromCents(3).percentOfBasisPoints(1250).cents(), 0);
    EXPECT_EQ(Money::fromCents(-4).percentOfBasisPoints(1250).cents(), -1);
    EXPECT_EQ(Money::fromCents(10000).percentOfBasisPoints(10000).cents(), 10000);
}

TEST(Money, Arithmetic)
{
    Money a = Money::fromCents(1050);
    a += Money::fromCents(50);
    EXPECT_EQ(a, Money::fromCents(1100));
    EXPECT_EQ((a - Money::fromCents(1200)).cents(), -100);
    EXPECT_TRUE((a - a).isZero());
    EXPECT_LT(Money::fromCents(1), Money::fromCents(2));
}
