// SPDX-License-Identifier: MIT
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "models/factfilterproxymodel.h"
#include "models/facttablemodel.h"
#include "models/seriesmodel.h"
#include "models/topicmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {

using Tester = QAbstractItemModelTester;

class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dataset = TestSupport::embeddedDataset();
        m_models.setDataset(m_dataset);
    }

    QStringList visibleKeys() const
    {
        QStringList keys;
        const FactFilterProxyModel *proxy = m_models.factSearch();
        for (int row = 0; row < proxy->rowCount(); ++row)
            keys << proxy->index(row, 0).data(FactTableModel::KeyRole).toString();
        return keys;
    }

    static Data::Fact factWithLabel(const QString &key, const QString &label)
    {
        Data::Fact fact;
        fact.key = key;
        fact.label = label;
        fact.unit = QStringLiteral("%");
        fact.value = 1.5;
        fact.decimals = 1;
        return fact;
    }

    Data::Dataset m_dataset;
    DashboardModels m_models;
};

TEST_F(ModelTest, EveryModelPassesTheTesterThroughResetsAndSearches)
{
    Tester facts(m_models.facts(), Tester::FailureReportingMode::Fatal);
    Tester proxy(m_models.factSearch(), Tester::FailureReportingMode::Fatal);
    Tester series(m_models.series(), Tester::FailureReportingMode::Fatal);
    Tester topics(m_models.topics(), Tester::FailureReportingMode::Fatal);
    Tester events(m_models.events(), Tester::FailureReportingMode::Fatal);
    m_models.setDataset(m_dataset);
    m_models.factSearch()->setSearchText(QStringLiteral("manufacturing"));
    m_models.factSearch()->sort(FactTableModel::Value, Qt::DescendingOrder);
    m_models.facts()->setFactValue(0, 10.1);
    m_models.series()->setObservationValue(0, 4.2);
    m_models.factSearch()->setSearchText(QString());
    m_models.setDataset({});
    m_models.setDataset(m_dataset);
    EXPECT_EQ(m_models.facts()->rowCount(), m_dataset.facts.size());
}

TEST_F(ModelTest, FactTableShowsValuesWithTheirDigitsAndSortsNumerically)
{
    const FactTableModel *model = m_models.facts();
    const int row = model->rowOfKey(QStringLiteral("manufacturing_share_of_gdp_2025_h1"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, FactTableModel::Value).data().toString(), QStringLiteral("25.7"));
    EXPECT_EQ(model->index(row, FactTableModel::Unit).data().toString(), QStringLiteral("percent"));
    EXPECT_EQ(model->index(row, FactTableModel::Period).data().toString(),
              QStringLiteral("H1 2025"));
    EXPECT_DOUBLE_EQ(
        model->index(row, FactTableModel::Value).data(FactTableModel::SortRole).toDouble(), 25.7);

    FactFilterProxyModel *proxy = m_models.factSearch();
    proxy->sort(FactTableModel::Value, Qt::DescendingOrder);
    EXPECT_EQ(visibleKeys().first(), QStringLiteral("sco_digital_professionals_trained"));
    EXPECT_EQ(visibleKeys().at(1), QStringLiteral("manufacturing_share_of_gdp_2025_h1"));
}

TEST_F(ModelTest, DerivedFactsAreMarked)
{
    const FactTableModel *model = m_models.facts();
    const int row = model->rowOfKey(QStringLiteral("digital_industry_revenue_growth_2024"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, FactTableModel::Kind).data().toString(), QStringLiteral("Derived"));
    EXPECT_TRUE(model->index(row, 0).data(FactTableModel::DerivedRole).toBool());
    EXPECT_TRUE(
        model->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Derived")));
}

TEST_F(ModelTest, SearchFiltersAcrossLabelCategoryValuePeriodAndQuote)
{
    FactFilterProxyModel *proxy = m_models.factSearch();
    proxy->setSearchText(QStringLiteral("MANUFACTURING"));
    EXPECT_EQ(visibleKeys(),
              (QStringList{QStringLiteral("manufacturing_share_of_gdp_2025_h1"),
                           QStringLiteral("manufacturing_investment_growth_2025_h1")}));
    proxy->setSearchText(QStringLiteral("25.7"));
    EXPECT_EQ(visibleKeys(),
              (QStringList{QStringLiteral("manufacturing_share_of_gdp_2025_h1"),
                           QStringLiteral("manufacturing_investment_growth_2025_h1")}))
        << "both facts quote the sentence with 25.7";
    proxy->setSearchText(QStringLiteral("25.7 cumulative"));
    EXPECT_TRUE(visibleKeys().isEmpty());
    proxy->setSearchText(QStringLiteral("jan–may 2024"));
    EXPECT_EQ(visibleKeys(), (QStringList{QStringLiteral("digital_industry_revenue_growth_change"),
                                          QStringLiteral("digital_industry_revenue_growth_2024")}));
    proxy->setSearchText(QStringLiteral("large-scale enterprises"));
    EXPECT_EQ(visibleKeys(), QStringList{QStringLiteral("industrial_value_added_growth_2025_h1")});
    proxy->setSearchText(QStringLiteral("  according   xiong "));
    EXPECT_EQ(visibleKeys(), QStringList{QStringLiteral("sco_digital_professionals_trained")});
    proxy->setSearchText(QStringLiteral("percentage points"));
    EXPECT_EQ(visibleKeys().size(), 3) << "the sentence with 3.4 pp is quoted by three facts";
    proxy->setSearchText(QStringLiteral("no such words"));
    EXPECT_TRUE(visibleKeys().isEmpty());
    proxy->setSearchText(QString());
    EXPECT_EQ(visibleKeys().size(), m_dataset.facts.size());
}

TEST_F(ModelTest, SearchIsUnicodeAwareForRussianAndChinese)
{
    m_models.facts()->setFacts(
        {factWithLabel(QStringLiteral("ru"), QStringLiteral("Производство: доля ВВП")),
         factWithLabel(QStringLiteral("zh"), QStringLiteral("数字产业收入"))});
    FactFilterProxyModel *proxy = m_models.factSearch();
    proxy->setSearchText(QStringLiteral("производство ввп"));
    EXPECT_EQ(visibleKeys(), QStringList{QStringLiteral("ru")});
    proxy->setSearchText(QStringLiteral("产业"));
    EXPECT_EQ(visibleKeys(), QStringList{QStringLiteral("zh")});
    proxy->setSearchText(QStringLiteral("１.５")); // full-width digits normalise to 1.5
    EXPECT_EQ(visibleKeys().size(), 2);
}

TEST_F(ModelTest, SeriesModelListsEveryObservationWithItsFact)
{
    const SeriesModel *model = m_models.series();
    // The article's two points come first; the built-in SCO context series follows.
    ASSERT_EQ(model->rowCount(), 2 + 322);
    EXPECT_TRUE(model->index(2, SeriesModel::Entity).data().toString().size() > 0);
    EXPECT_EQ(model->index(0, SeriesModel::Period).data().toString(),
              QStringLiteral("Jan–May 2024"));
    EXPECT_TRUE(model->index(0, 0).data(SeriesModel::DerivedRole).toBool());
    EXPECT_DOUBLE_EQ(model->index(1, 0).data(SeriesModel::NumericValueRole).toDouble(), 9.3);
    EXPECT_EQ(model->index(1, 0).data(SeriesModel::FactKeyRole).toString(),
              QStringLiteral("digital_industry_revenue_growth_2025"));
}

TEST_F(ModelTest, TopicAndEventModelsKeepArticleAndDateOrder)
{
    const TopicModel *topics = m_models.topics();
    EXPECT_EQ(topics->pillars().first(), QStringLiteral("Talent"));
    EXPECT_TRUE(topics->pillars().contains(QStringLiteral("Inclusive digital services")));
    const EventModel *events = m_models.events();
    ASSERT_GE(events->rowCount(), 2);
    for (int row = 1; row < events->rowCount(); ++row)
        EXPECT_LE(events->eventAt(row - 1)->startDate, events->eventAt(row)->startDate);
}

} // namespace

namespace {

// The in-memory models at 100,000 rows: the fact table and its search proxy, the series model,
// the topics and the events all pass QAbstractItemModelTester through a reset, a search and
// its clearing.
TEST(LargeModelTest, EveryModelPassesTheTesterAtOneHundredThousandRows)
{
    constexpr int kRows = 100'000;
    Data::Dataset dataset = TestSupport::embeddedDataset();
    const Data::Fact fact = dataset.facts.first();
    const Data::Topic topic = dataset.topics.first();
    const Data::Event event = dataset.events.first();
    Data::Series series = dataset.series.first();
    const Data::Observation observation = series.observations.first();
    series.observations.clear();
    QList<Data::Fact> facts;
    QList<Data::Topic> topics;
    QList<Data::Event> events;
    for (int i = 0; i < kRows; ++i) {
        Data::Fact f = fact;
        f.key = QStringLiteral("bulk/%1").arg(i);
        f.label = QStringLiteral("Bulk figure %1").arg(i);
        f.value = i;
        facts.append(f);
        Data::Topic t = topic;
        t.key = f.key;
        topics.append(t);
        Data::Event e = event;
        e.key = f.key;
        events.append(e);
        Data::Observation o = observation;
        o.periodStart = o.periodStart.addDays(i);
        series.observations.append(o);
    }
    DashboardModels models;
    Tester facts1(models.facts(), Tester::FailureReportingMode::Fatal);
    Tester search(models.factSearch(), Tester::FailureReportingMode::Fatal);
    Tester series1(models.series(), Tester::FailureReportingMode::Fatal);
    Tester topics1(models.topics(), Tester::FailureReportingMode::Fatal);
    Tester events1(models.events(), Tester::FailureReportingMode::Fatal);
    models.facts()->setFacts(facts);
    models.series()->setSeries({series});
    models.topics()->setTopics(topics);
    models.events()->setEvents(events);
    EXPECT_EQ(models.facts()->rowCount(), kRows);
    EXPECT_EQ(models.series()->rowCount(), kRows);
    models.factSearch()->setSearchText(QStringLiteral("figure 77777"));
    ASSERT_EQ(models.factSearch()->rowCount(), 1);
    EXPECT_EQ(models.factSearch()->index(0, 0).data(FactTableModel::KeyRole).toString(),
              QStringLiteral("bulk/77777"));
    models.factSearch()->setSearchText(QString());
    EXPECT_EQ(models.factSearch()->rowCount(), kRows);
    EXPECT_EQ(models.facts()->rowOfKey(QStringLiteral("bulk/77777")), 77'777);
}

} // namespace
