// SPDX-License-Identifier: MIT
#include "format/factformatter.h"
#include "models/headline.h"

#include <gtest/gtest.h>

namespace {

Data::Fact change(double value, int decimals = 1)
{
    Data::Fact f;
    f.key = QStringLiteral("change");
    f.value = value;
    f.decimals = decimals;
    f.unit = QStringLiteral("pp");
    f.category = QStringLiteral("Digital industry");
    f.periodEnd = QDate(2025, 5, 31);
    return f;
}

// One rule for every sign: never "+-1.2 pp".
TEST(FactFormatter, SignedValuesWriteEachSignOnce)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(FactFormatter::signedValueWithUnit(change(3.4), c), QStringLiteral("+3.4 pp"));
    EXPECT_EQ(FactFormatter::signedValueWithUnit(change(-1.2), c), QStringLiteral("-1.2 pp"));
    EXPECT_EQ(FactFormatter::signedValueWithUnit(change(0.0), c), QStringLiteral("0.0 pp"));
    EXPECT_EQ(FactFormatter::signedValueWithUnit(change(0.04), c), QStringLiteral("0.0 pp"));
}

TEST(FactFormatter, HeadlineTileOfANegativeChangeHasOneSign)
{
    Data::Fact growth = change(-2.5);
    growth.key = QStringLiteral("growth");
    growth.unit = QStringLiteral("%");
    growth.basis = QStringLiteral("year-on-year");
    const QList<Headline> tiles = Headline::fromFacts({growth, change(-1.2)});
    ASSERT_EQ(tiles.size(), 1);
    EXPECT_FALSE(tiles.first().detail.contains(QStringLiteral("+-")))
        << tiles.first().detail.toStdString();
    const QString minus = QLocale().negativeSign();
    EXPECT_TRUE(tiles.first().detail.endsWith(minus + QStringLiteral("1.2 pp on a year earlier")))
        << tiles.first().detail.toStdString();
    EXPECT_EQ(tiles.first().value, minus + QLocale().toString(2.5, 'f', 1) + QLocale().percent());
}

} // namespace
