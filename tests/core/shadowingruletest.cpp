// SPDX-License-Identifier: MIT
// The one rule by which the built-in dataset shadows a store: nothing a store holds changes
// the article.
#include "store/shadowingrule.h"

#include <gtest/gtest.h>

namespace {

Data::Source sourceKeyed(const QString &key)
{
    Data::Source s;
    s.key = key;
    return s;
}

Data::Dataset builtIn()
{
    Data::Dataset d;
    d.sources << sourceKeyed(QStringLiteral("article"));
    Data::Fact growth;
    growth.key = QStringLiteral("growth");
    growth.source = d.sources.first();
    d.facts << growth;
    Data::Series internet;
    internet.key = QStringLiteral("owid:internet/users");
    internet.source = sourceKeyed(QStringLiteral("owid:internet"));
    d.series << internet;
    return d;
}

TEST(ShadowingRuleTest, ABuiltInKeyOrSourceShadowsTheStoresRow)
{
    const ShadowingRule rule(builtIn());
    Data::Fact sameKey;
    sameKey.key = QStringLiteral("growth");
    sameKey.source = sourceKeyed(QStringLiteral("analyst"));
    Data::Fact fromTheArticle;
    fromTheArticle.key = QStringLiteral("other");
    fromTheArticle.source = sourceKeyed(QStringLiteral("article"));
    Data::Fact own;
    own.key = QStringLiteral("other");
    own.source = sourceKeyed(QStringLiteral("analyst"));
    EXPECT_TRUE(rule.shadows(sameKey));
    EXPECT_TRUE(rule.shadows(fromTheArticle));
    EXPECT_FALSE(rule.shadows(own));

    Data::Series series;
    series.key = QStringLiteral("owid:internet/users");
    series.source = sourceKeyed(QStringLiteral("analyst"));
    EXPECT_TRUE(rule.shadows(series));
    series.key = QStringLiteral("analyst/mobile");
    EXPECT_FALSE(rule.shadows(series));
    EXPECT_TRUE(rule.shadowsSource(QStringLiteral("article")));
    EXPECT_FALSE(rule.shadowsSource(QStringLiteral("analyst")));
    EXPECT_EQ(rule.seriesKeys(), QStringList{QStringLiteral("owid:internet/users")});
    EXPECT_EQ(rule.sourceKeys(), QStringList{QStringLiteral("article")});
}

TEST(ShadowingRuleTest, OnlyTheUnshadowedRowsAreAppended)
{
    Data::Dataset into = builtIn();
    const ShadowingRule rule(into);
    Data::Dataset user;
    user.sources << sourceKeyed(QStringLiteral("article"))
                 << sourceKeyed(QStringLiteral("analyst"));
    Data::Fact shadowed;
    shadowed.key = QStringLiteral("growth");
    shadowed.source = user.sources.last();
    Data::Fact own;
    own.key = QStringLiteral("mine");
    own.source = user.sources.last();
    user.facts << shadowed << own;
    rule.appendUnshadowed(into, user);
    ASSERT_EQ(into.sources.size(), 2);
    EXPECT_EQ(into.sources.last().key, QStringLiteral("analyst"));
    ASSERT_EQ(into.facts.size(), 2);
    EXPECT_EQ(into.facts.last().key, QStringLiteral("mine"));
    EXPECT_EQ(into.facts.first().source.key, QStringLiteral("article")) << "the built-in stays";
}

TEST(ShadowingRuleTest, WithNoBuiltInDatasetNothingIsShadowed)
{
    const ShadowingRule none;
    Data::Fact fact;
    fact.key = QStringLiteral("growth");
    EXPECT_FALSE(none.shadows(fact));
    EXPECT_TRUE(none.seriesKeys().isEmpty());
}

} // namespace
