// SPDX-License-Identifier: MIT
#include "format/factformatter.h"
#include "i18n/translation.h"
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

// Numbers, percent signs and dates as each language writes them, through --lang's path.
TEST(FactFormatter, NumbersAndDatesFollowTheChosenLanguage)
{
    Data::Fact growth = change(9.3);
    growth.unit = QStringLiteral("%");
    Data::Source source;
    source.publisher = QStringLiteral("China Daily");
    source.published = QDate(2025, 8, 29);
    struct Expected
    {
        const char *code, *percent, *points, *citation;
    };
    for (const Expected &e :
         {Expected{"ru", "9,3\u00a0%", "+3,4 п. п.", "China Daily, 29 авг. 2025"},
          Expected{"zh_CN", "9.3%", "+3.4 个百分点", "China Daily，2025年8月29日"},
          Expected{"en", "9.3%", "+3.4 pp", "China Daily, 29 Aug 2025"}}) {
        ASSERT_TRUE(Translation::apply(QString::fromLatin1(e.code)));
        EXPECT_EQ(FactFormatter::valueWithUnit(growth), QString::fromUtf8(e.percent)) << e.code;
        EXPECT_EQ(FactFormatter::signedValueWithUnit(change(3.4)), QString::fromUtf8(e.points))
            << e.code;
        EXPECT_EQ(FactFormatter::shortCitation(source), QString::fromUtf8(e.citation)) << e.code;
    }
}

} // namespace

// An unclosed right-to-left override in a publisher stays inside it: the rest of the source
// line keeps its order.
TEST(FactFormatterBidi, DataTextWithBidiControlsIsIsolated)
{
    Data::Source source;
    source.publisher = QStringLiteral("Evil \u202Epublisher");
    source.title = QStringLiteral("Plain title");
    const QString line = FactFormatter::sourceLine(source, QLocale::c());
    EXPECT_EQ(line, QStringLiteral("Source: \u2068Evil \u202Epublisher\u2069 · Plain title"));
    source.publisher = QStringLiteral("Our World in Data");
    EXPECT_EQ(FactFormatter::sourceLine(source, QLocale::c()),
              QStringLiteral("Source: Our World in Data · Plain title"));
}
