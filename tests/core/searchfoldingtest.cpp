// SPDX-License-Identifier: MIT
// Typing what the screen shows finds it, in the window and on the command line alike, and the
// highlight marks what the search matched.
#include "search/searchfolding.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"
#include "testsupport.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct SearchCase
{
    const char *query;
    QStringList keys; // the facts found, in model order
};

void PrintTo(const SearchCase &c, std::ostream *os)
{
    *os << c.query;
}

const QString kRevenue2025 = QStringLiteral("digital_industry_revenue_growth_2025");
const QString kChange = QStringLiteral("digital_industry_revenue_growth_change");
const QString kRevenue2024 = QStringLiteral("digital_industry_revenue_growth_2024");

class TypedSearch : public ::testing::TestWithParam<SearchCase>
{
protected:
    QStringList found(const QString &query)
    {
        static const Data::Dataset dataset = TestSupport::embeddedDataset();
        FactTableModel model;
        model.setFacts(dataset.facts);
        FactFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(query);
        QStringList keys;
        for (int row = 0; row < proxy.rowCount(); ++row)
            keys << proxy.index(row, 0).data(FactTableModel::KeyRole).toString();
        return keys;
    }
};

TEST_P(TypedSearch, FindsWhatTheScreenShows)
{
    EXPECT_EQ(found(QString::fromUtf8(GetParam().query)), GetParam().keys);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, TypedSearch,
    ::testing::Values(
        // Period labels are "Jan–May" with an en dash.
        SearchCase{"Jan-May", {kRevenue2025, kChange, kRevenue2024}},
        // U+2010 hyphen; the change fact is "against Jan–May 2024 growth rate".
        SearchCase{"jan‐may 2024", {kChange, kRevenue2024}}, SearchCase{"9.3%", {kRevenue2025}},
        SearchCase{"+9.3%", {kRevenue2025}}, SearchCase{"９.３％", {kRevenue2025}},
        SearchCase{"3.4pp", {kChange}},
        SearchCase{"+3.4 pp", {kRevenue2025, kChange, kRevenue2024}},
        SearchCase{"25.7%", {QStringLiteral("manufacturing_share_of_gdp_2025_h1")}}));

TEST_F(TypedSearch, PpAndPercentagePointsFindTheSameFacts)
{
    const QStringList pp = found(QStringLiteral("pp"));
    EXPECT_TRUE(pp.contains(kChange));
    EXPECT_EQ(found(QStringLiteral("percentage points")), pp);
    EXPECT_EQ(found(QStringLiteral("Percentage point")), pp);
    EXPECT_FALSE(pp.contains(QStringLiteral("sco_digital_professionals_trained")))
        << "\"pp\" is a word, not the letters in \"opportunities\"";
}

TEST(SearchFolding, MatchesMapBackToTheTextAsShown)
{
    using Range = QPair<int, int>;
    const QString period = QStringLiteral("Jan–May 2025");
    EXPECT_EQ(SearchFolding::matches(period, SearchFolding::terms(QStringLiteral("jan-may"))),
              QList<Range>{Range(0, 7)});
    const QString quote = QStringLiteral("was 3.4 percentage points higher");
    EXPECT_EQ(SearchFolding::matches(quote, SearchFolding::terms(QStringLiteral("pp"))),
              QList<Range>{Range(8, 17)});
    // A value term marks the bare number too, but not inside another number.
    EXPECT_EQ(SearchFolding::matches(QStringLiteral("9.3"), SearchFolding::terms(u"+9.3%"_qs)),
              QList<Range>{Range(0, 3)});
    EXPECT_TRUE(SearchFolding::matches(QStringLiteral("19.35"), SearchFolding::terms(u"9.3%"_qs))
                    .isEmpty());
    EXPECT_EQ(SearchFolding::matches(QStringLiteral("ＡＢＣ"), SearchFolding::terms(u"abc"_qs)),
              QList<Range>{Range(0, 3)});
}

TEST(SearchFolding, CommandLineFindsWhatTheWindowFinds)
{
    for (const char *query : {"Jan-May", "9.3%", "pp"}) {
        QProcess process;
        process.start(TestSupport::dashboardBinary(),
                      {QStringLiteral("facts"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--search"), QString::fromUtf8(query)});
        ASSERT_TRUE(process.waitForFinished(30000));
        QStringList keys;
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                keys << QString::fromUtf8(lines.at(i).split(',').first());
        }
        FactTableModel model;
        model.setFacts(TestSupport::embeddedDataset().facts);
        FactFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QString::fromUtf8(query));
        QStringList window;
        for (int row = 0; row < proxy.rowCount(); ++row)
            window << proxy.index(row, 0).data(FactTableModel::KeyRole).toString();
        EXPECT_EQ(keys, window) << query;
    }
}

} // namespace

namespace {

// A match in a column scrolled out of view still says why the row is there.
TEST(SearchFolding, TooltipSaysWhereTheRowMatched)
{
    FactTableModel model;
    model.setFacts(TestSupport::embeddedDataset().facts);
    FactFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    EXPECT_TRUE(proxy.whyMatched(0).isEmpty()) << "no search, no reason";
    proxy.setSearchText(QStringLiteral("same period"));
    ASSERT_GT(proxy.rowCount(), 0);
    const QString tip = proxy.index(0, FactTableModel::Label).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Matches in Quote: …"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("the same period last year.")));
}

} // namespace

TEST(SearchFolding, TermsAreDistinctAndBounded)
{
    EXPECT_EQ(SearchFolding::terms(QStringLiteral("China china CHINA 2020")),
              (QStringList{QStringLiteral("china"), QStringLiteral("2020")}));
    QString many;
    for (int i = 0; i < 300; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    EXPECT_EQ(SearchFolding::termCount(many), 300);
    const QStringList bounded = SearchFolding::terms(many);
    ASSERT_EQ(bounded.size(), SearchFolding::kMaxTerms);
    EXPECT_EQ(bounded.first(), QStringLiteral("w0"));
    EXPECT_EQ(bounded.last(), QStringLiteral("w15"));
}
