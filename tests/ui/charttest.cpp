// SPDX-License-Identifier: MIT
// Every chart shows what its model holds, and follows the model when it changes.
#include "charts/chartset.h"
#include "charts/cooperationchart.h"
#include "charts/growthbarchart.h"
#include "charts/timelinechart.h"
#include "charts/trendchart.h"
#include "models/dashboardmodels.h"
#include "models/eventmodel.h"
#include "models/facttablemodel.h"
#include "models/seriesmodel.h"
#include "models/topicmodel.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QElapsedTimer>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

class ChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_models.setDataset(TestSupport::embeddedDataset());
        m_charts = std::make_unique<ChartSet>(&m_models);
    }

    template <typename T> T *chart(const char *id) const
    {
        return qobject_cast<T *>(m_charts->chartById(QString::fromLatin1(id)));
    }

    // Adds a yearly series (one value per year from firstYear) to the store the charts read.
    Data::Series addYearlySeries(const QString &key, const QString &unit, int firstYear,
                                 const QList<double> &values)
    {
        Data::Series series;
        series.key = key;
        series.label = key;
        series.unit = unit;
        for (int i = 0; i < values.size(); ++i) {
            Data::Observation o;
            o.seriesKey = key;
            o.periodStart = QDate(firstYear + i, 1, 1);
            o.periodEnd = QDate(firstYear + i, 12, 31);
            o.value = values.at(i);
            series.observations << o;
        }
        QList<Data::Series> all = m_models.series()->series();
        all << series;
        m_models.series()->setSeries(all);
        return series;
    }

    DashboardModels m_models;
    std::unique_ptr<ChartSet> m_charts;
};

TEST_F(ChartTest, GrowthBarsEqualTheStatedYearOnYearFacts)
{
    auto *bars = chart<GrowthBarChart>("growth");
    ASSERT_NE(bars, nullptr);
    QList<double> expected;
    QStringList keys;
    const FactTableModel *facts = m_models.facts();
    for (int row = facts->rowCount() - 1; row >= 0; --row) {
        const Data::Fact &f = *facts->factAt(row);
        if (!f.derived && f.unit == u"%" && f.basis == u"year-on-year") {
            expected << f.value;
            keys << f.key;
        }
    }
    EXPECT_EQ(expected.size(), 3);
    EXPECT_EQ(bars->barValues(), expected);
    EXPECT_EQ(bars->barKeys(), keys);
    EXPECT_FALSE(bars->barKeys().contains(QStringLiteral("manufacturing_share_of_gdp_2025_h1")))
        << "a share of GDP is not a growth rate";
}

TEST_F(ChartTest, BarsFollowTheModel)
{
    auto *bars = chart<GrowthBarChart>("growth");
    FactTableModel *facts = m_models.facts();
    const int row = facts->rowOfKey(QStringLiteral("industrial_value_added_growth_2025_h1"));
    ASSERT_TRUE(facts->setFactValue(row, 11.25));
    const qsizetype bar =
        bars->barKeys().indexOf(QStringLiteral("industrial_value_added_growth_2025_h1"));
    ASSERT_GE(bar, 0);
    EXPECT_DOUBLE_EQ(bars->barValues().at(bar), 11.25);
    facts->setFacts({});
    EXPECT_TRUE(bars->barValues().isEmpty());
}

TEST_F(ChartTest, TrendPointsEqualTheObservationsAndFollowTheModel)
{
    auto *trend = chart<TrendChart>("trend");
    ASSERT_NE(trend, nullptr);
    const Data::Series &series = m_models.series()->series().first();
    const QList<QPointF> points = trend->pointsOf(series.key);
    ASSERT_EQ(points.size(), series.observations.size());
    for (int i = 0; i < points.size(); ++i) {
        EXPECT_DOUBLE_EQ(points.at(i).y(), series.observations.at(i).value);
        EXPECT_DOUBLE_EQ(
            points.at(i).x(),
            qreal(series.observations.at(i).periodEnd.startOfDay(Qt::UTC).toMSecsSinceEpoch()));
    }
    EXPECT_EQ(trend->annotationText(), QStringLiteral("+3.4 pp on a year earlier (stated)"));
    EXPECT_TRUE(trend->sourceLine().contains(QStringLiteral("derived")));

    m_models.series()->setObservationValue(1, 12.5);
    EXPECT_DOUBLE_EQ(trend->pointsOf(series.key).at(1).y(), 12.5);
}

TEST_F(ChartTest, TrendDrawsEverySeriesInTheStore)
{
    const Data::Series imported = addYearlySeries(QStringLiteral("owid_internet_china"),
                                                  QStringLiteral("%"), 2020, {70.0, 71.0, 72.0});
    auto *trend = chart<TrendChart>("trend");
    EXPECT_EQ(trend->pointsOf(imported.key).size(), 3);
    EXPECT_DOUBLE_EQ(trend->pointsOf(imported.key).last().y(), 72.0);
    EXPECT_EQ(trend->title(), QStringLiteral("Trends"));
}

TEST_F(ChartTest, CooperationSegmentsAreTheTopicsGroupedByPillar)
{
    auto *coop = chart<CooperationChart>("cooperation");
    ASSERT_NE(coop, nullptr);
    QHash<QString, QStringList> expected;
    int segments = 0;
    for (const Data::Topic &t : m_models.topics()->topics()) {
        if (CooperationChart::isSegment(t.kind)) {
            expected[t.pillar] << t.key;
            ++segments;
        }
    }
    ASSERT_EQ(coop->pillars().size(), expected.size());
    for (int p = 0; p < coop->pillars().size(); ++p)
        EXPECT_EQ(coop->itemsPerPillar().at(p), expected.value(coop->pillars().at(p)));
    EXPECT_EQ(coop->segmentLabels().size(), segments);
    EXPECT_TRUE(coop->segmentLabels().contains(QStringLiteral("5G technology")));
    EXPECT_FALSE(coop->pillars().contains(QStringLiteral("Aims")));

    QList<Data::Topic> fewer = m_models.topics()->topics();
    fewer.removeIf([](const Data::Topic &t) { return t.pillar == u"Technologies"; });
    m_models.topics()->setTopics(fewer);
    EXPECT_FALSE(coop->pillars().contains(QStringLiteral("Technologies")));
    EXPECT_EQ(coop->segmentLabels().size(), segments - 2);
}

// Many model signals in one turn of the event loop rebuild a chart once.
TEST_F(ChartTest, ModelChangesInOneTurnRebuildOnce)
{
    auto *bars = chart<GrowthBarChart>("growth");
    QCoreApplication::processEvents();
    QSignalSpy rebuilt(bars, &DashboardChart::rebuilt);
    FactTableModel *facts = m_models.facts();
    const int row = facts->rowOfKey(QStringLiteral("industrial_value_added_growth_2025_h1"));
    for (double value : {1.0, 2.0, 3.0, 4.0, 5.5})
        ASSERT_TRUE(facts->setFactValue(row, value));
    EXPECT_EQ(rebuilt.size(), 0) << "nothing rebuilt while the changes arrive";
    QCoreApplication::processEvents();
    EXPECT_EQ(rebuilt.size(), 1);
    const qsizetype bar =
        bars->barKeys().indexOf(QStringLiteral("industrial_value_added_growth_2025_h1"));
    ASSERT_GE(bar, 0);
    EXPECT_DOUBLE_EQ(bars->barValues().at(bar), 5.5);
    EXPECT_EQ(rebuilt.size(), 1);
}

TEST_F(ChartTest, TimelineMarkersAreTheEventDates)
{
    auto *timeline = chart<TimelineChart>("timeline");
    ASSERT_NE(timeline, nullptr);
    const QList<Data::Event> &events = m_models.events()->events();
    const QList<QPointF> markers = timeline->markerPoints();
    ASSERT_EQ(markers.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        EXPECT_DOUBLE_EQ(markers.at(i).x(),
                         qreal(events.at(i).startDate.startOfDay(Qt::UTC).toMSecsSinceEpoch()));
    // Ticks stand on event days, each labelled with its own day, and never crowd: the days of
    // 5 Aug, 28 Aug, 29 Aug and 31 Aug – 1 Sep, over 2 Aug – 4 Sep, at least 33 / 7 = 4 days
    // apart, give ticks on 5 Aug, 28 Aug and 1 Sep.
    auto *days = qobject_cast<QCategoryAxis *>(timeline->chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->categoriesLabels(),
              (QStringList{QStringLiteral("5 Aug"), QStringLiteral("28 Aug"),
                           QStringLiteral("1 Sep"), QStringLiteral(" ")}));
    for (const Data::Event &e : events) {
        const QString label = QLocale().toString(e.startDate, QStringLiteral("d MMM"));
        if (!days->categoriesLabels().contains(label))
            continue;
        EXPECT_DOUBLE_EQ(days->endValue(label),
                         qreal(e.startDate.startOfDay(Qt::UTC).toMSecsSinceEpoch()))
            << label.toStdString() << ": evenly spaced ticks read the 28 Aug briefing as 27 Aug";
    }
    QList<Data::Event> one{events.first()};
    m_models.events()->setEvents(one);
    EXPECT_EQ(timeline->markerPoints().size(), 1);
}

TEST_F(ChartTest, EveryChartHasTitleAxisTitlesAndASourceLine)
{
    for (DashboardChart *c : m_charts->charts()) {
        SCOPED_TRACE(c->id().toStdString());
        EXPECT_FALSE(c->chart()->title().isEmpty());
        const bool countrySeries = c->id() == u"countries" || c->id() == u"members";
        EXPECT_TRUE(c->sourceLine().startsWith(
            countrySeries ? QStringLiteral("Source: International Telecommunication Union (via "
                                           "World Bank), processed by Our World in Data")
                          : QStringLiteral("Source: China Daily")))
            << c->sourceLine().toStdString();
        if (countrySeries) {
            EXPECT_TRUE(c->sourceLine().endsWith(QStringLiteral("CC BY 4.0")));
        }
        for (QAbstractAxis *axis : c->chart()->axes(Qt::Horizontal))
            EXPECT_FALSE(axis->titleText().isEmpty());
        EXPECT_FALSE(c->description().isEmpty());
    }
    const QAbstractAxis *growthAxis =
        m_charts->chartById(QStringLiteral("growth"))->chart()->axes(Qt::Horizontal).first();
    EXPECT_TRUE(growthAxis->titleText().contains(u'%'));
}

TEST_F(ChartTest, ThemeAppliesToEveryChartAtOnce)
{
    m_charts->applyTheme(ChartTheme::dark());
    for (DashboardChart *c : m_charts->charts()) {
        EXPECT_EQ(c->theme().name, QStringLiteral("dark"));
        EXPECT_EQ(c->chart()->backgroundBrush().color(), ChartTheme::dark().background);
    }
    // Rebuilding for the theme keeps the values.
    EXPECT_EQ(chart<GrowthBarChart>("growth")->barValues().size(), 3);
}

} // namespace

namespace {

// Every segment of every pillar names its own topic (the set index runs across pillars).
TEST_F(ChartTest, EveryPillarSegmentHasItsOwnTooltip)
{
    auto *coop = chart<CooperationChart>("cooperation");
    auto *series = qobject_cast<QAbstractBarSeries *>(coop->chart()->series().first());
    ASSERT_NE(series, nullptr);
    ASSERT_GT(series->barSets().size(), 4);
    for (QBarSet *set : series->barSets()) {
        int pillar = 0;
        while (pillar < set->count() && set->at(pillar) == 0.0)
            ++pillar;
        QToolTip::hideText();
        emit series->hovered(true, pillar, set);
        ASSERT_TRUE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 1000))
            << set->label().toStdString();
        EXPECT_TRUE(QToolTip::text().startsWith(
            QStringLiteral("<b>%1</b>").arg(set->label().toHtmlEscaped())))
            << QToolTip::text().toStdString();
        emit series->hovered(false, pillar, set);
    }
}

// A selected derived point stays hollow and gets a ring; a stated one fills and gets a ring.
TEST_F(ChartTest, SelectedDerivedPointStaysHollowWithARing)
{
    auto *trend = chart<TrendChart>("trend");
    QScatterSeries *derived = nullptr;
    QScatterSeries *stated = nullptr;
    for (QAbstractSeries *s : trend->chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (scatter && scatter->name() == u"Derived")
            derived = scatter;
        if (scatter && scatter->name() == u"Stated")
            stated = scatter;
    }
    ASSERT_TRUE(derived && stated);
    trend->setHighlightedFact(QStringLiteral("digital_industry_revenue_growth_2024"));
    EXPECT_FALSE(derived->isPointSelected(0)) << "filled with the highlight, it would look stated";
    ASSERT_EQ(trend->selectionRing().size(), 1);
    EXPECT_EQ(trend->selectionRing().first(), derived->at(0));
    trend->setHighlightedFact(QStringLiteral("digital_industry_revenue_growth_2025"));
    EXPECT_TRUE(stated->isPointSelected(0));
    ASSERT_EQ(trend->selectionRing().size(), 1);
    EXPECT_EQ(trend->selectionRing().first(), stated->at(0));
    trend->setHighlightedFact(QString());
    EXPECT_TRUE(trend->selectionRing().isEmpty());
}

// Any value the schema allows draws in a handful of ticks: a fixed step once made millions.
TEST_F(ChartTest, GrowthBarsAreBoundedToWhatFitsAndTheFooterSaysSo)
{
    QList<Data::Fact> facts = m_models.facts()->facts();
    const Data::Fact first = facts.first();
    for (int i = 0; i < 60; ++i) {
        Data::Fact more = first;
        more.key = QStringLiteral("more-%1").arg(i);
        facts.append(more);
    }
    m_models.facts()->setFacts(facts);
    auto *growth = chart<GrowthBarChart>("growth");
    const int total = 3 + 60; // the article's three growth figures and the added ones
    for (const QSizeF size : {QSizeF(800, 250), QSizeF(1280, 720), QSizeF(1280, 2000)}) {
        growth->chart()->resize(size);
        const int fits = GrowthBarChart::barsThatFit(size.height(), growth->theme().fontScale);
        ASSERT_EQ(growth->barKeys().size(), fits) << size.height();
        EXPECT_GE(fits, GrowthBarChart::kMinBars);
        EXPECT_LE(fits, GrowthBarChart::kMaxBars);
        // The first ones in table order, top bar first (keys run bottom to top).
        EXPECT_EQ(growth->barKeys().last(), first.key);
        EXPECT_TRUE(growth->sourceLine().startsWith(
            QStringLiteral("First %1 of %2 growth figures, in table order; the fact table lists "
                           "all · Source: China Daily")
                .arg(fits)
                .arg(total)))
            << growth->sourceLine().toStdString();
    }
    EXPECT_EQ(GrowthBarChart::barsThatFit(150, 1.0), GrowthBarChart::kMinBars);
    EXPECT_GT(GrowthBarChart::barsThatFit(720, 1.0), GrowthBarChart::kMinBars);
    EXPECT_EQ(GrowthBarChart::barsThatFit(5000, 1.0), GrowthBarChart::kMaxBars);
    // Without the added facts all three fit and the footer is the source alone.
    facts.resize(facts.size() - 60);
    m_models.facts()->setFacts(facts);
    EXPECT_EQ(growth->barKeys().size(), 3);
    EXPECT_TRUE(growth->sourceLine().startsWith(QStringLiteral("Source: China Daily")));
}

TEST_F(ChartTest, ExtremeGrowthValuesDrawInAFewTicks)
{
    for (double extreme : {1e308, 100000.0, -1e6}) {
        QList<Data::Fact> facts = m_models.facts()->facts();
        Data::Fact huge = facts.first();
        huge.key = QStringLiteral("huge");
        huge.value = extreme;
        facts.append(huge);
        QElapsedTimer timer;
        timer.start();
        m_models.facts()->setFacts(facts);
        EXPECT_LT(timer.elapsed(), 5000) << extreme;
        auto *axis = qobject_cast<QValueAxis *>(
            chart<GrowthBarChart>("growth")->chart()->axes(Qt::Horizontal).first());
        ASSERT_NE(axis, nullptr);
        const double ticks = (axis->max() - axis->min()) / axis->tickInterval();
        EXPECT_GE(ticks, 2) << extreme;
        EXPECT_LE(ticks, 10) << extreme;
        EXPECT_LE(axis->min(), std::min(0.0, extreme));
        EXPECT_GE(axis->max(), std::max(9.3, extreme));
        facts.removeLast();
        m_models.facts()->setFacts(facts);
    }
    auto *axis = qobject_cast<QValueAxis *>(
        chart<GrowthBarChart>("growth")->chart()->axes(Qt::Horizontal).first());
    EXPECT_EQ(axis->max(), 12.0) << "the article's figures keep their 0–12% axis";

    for (double extreme : {1e308, -1e6}) {
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(m_models.series()->setObservationValue(1, extreme));
        EXPECT_LT(timer.elapsed(), 5000) << extreme;
        auto *values = qobject_cast<QValueAxis *>(
            chart<TrendChart>("trend")->chart()->axes(Qt::Vertical).first());
        EXPECT_TRUE(std::isfinite(values->max()) && std::isfinite(values->min())) << extreme;
        EXPECT_LE(values->tickCount(), 10);
    }
}

// Calendar-aligned, evenly stepped date ticks: quarters starting on the 1st, for a one-year span.
TEST_F(ChartTest, TrendDateTicksAreCalendarQuarters)
{
    auto *axis = qobject_cast<QCategoryAxis *>(
        chart<TrendChart>("trend")->chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(axis, nullptr);
    QStringList labels = axis->categoriesLabels();
    ASSERT_GE(labels.size(), 5);
    EXPECT_EQ(labels.takeLast(), QStringLiteral(" ")) << "the closing tick is unlabelled";
    QDate previous;
    for (const QString &label : labels) {
        const QDate tick =
            QDateTime::fromMSecsSinceEpoch(qint64(axis->endValue(label)), Qt::UTC).date();
        EXPECT_EQ(tick.day(), 1) << label.toStdString();
        EXPECT_EQ((tick.month() - 1) % 3, 0) << label.toStdString();
        EXPECT_EQ(label, QLocale().toString(tick, QStringLiteral("MMM yyyy")));
        if (previous.isValid()) {
            EXPECT_EQ(previous.addMonths(3), tick);
        }
        previous = tick;
    }
    EXPECT_EQ(labels.first(), QLocale().toString(QDate(2024, 4, 1), QStringLiteral("MMM yyyy")));
}

TEST_F(ChartTest, HoverShowsValueUnitPeriodAndSource)
{
    auto *bars = chart<GrowthBarChart>("growth");
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->chart()->series().first());
    ASSERT_NE(series, nullptr);
    const qsizetype bar =
        bars->barKeys().indexOf(QStringLiteral("manufacturing_investment_growth_2025_h1"));
    emit series->hovered(true, int(bar), series->barSets().first());
    EXPECT_TRUE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 1000));
    const QString text = QToolTip::text();
    EXPECT_TRUE(text.contains(QStringLiteral("Manufacturing investment growth")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("7.5%")));
    EXPECT_TRUE(text.contains(QStringLiteral("year-on-year, H1 2025")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Source: China Daily (Chinadaily.com.cn), 29 Aug 2025")));
    emit series->hovered(false, int(bar), series->barSets().first());

    auto *trend = chart<TrendChart>("trend");
    QScatterSeries *derived = nullptr;
    for (QAbstractSeries *s : trend->chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (scatter && scatter->name() == QStringLiteral("Derived"))
            derived = scatter;
    }
    ASSERT_NE(derived, nullptr);
    ASSERT_EQ(derived->count(), 1);
    emit derived->hovered(derived->at(0), true);
    const QString point = QToolTip::text();
    EXPECT_TRUE(point.contains(QStringLiteral("Jan–May 2024: 5.9%"))) << point.toStdString();
    EXPECT_TRUE(point.contains(QStringLiteral("Derived: 9.3% (Digital industry revenue growth, "
                                              "Jan–May 2025) − 3.4 pp")));
    EXPECT_TRUE(point.contains(QStringLiteral("Source: China Daily")));
}

} // namespace

namespace {

TEST_F(ChartTest, ASeriesInAnotherUnitGetsItsOwnAxis)
{
    const Data::Series users =
        addYearlySeries(QStringLiteral("internet_users"), QStringLiteral("people"), 2024, {1200.0});
    auto *trend = chart<TrendChart>("trend");
    const QList<QAbstractAxis *> vertical = trend->chart()->axes(Qt::Vertical);
    ASSERT_EQ(vertical.size(), 2);
    QStringList titles;
    for (const QAbstractAxis *axis : vertical)
        titles << axis->titleText();
    EXPECT_TRUE(titles.contains(QStringLiteral("Value (%)")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Value (people)")));
    EXPECT_DOUBLE_EQ(trend->pointsOf(users.key).first().y(), 1200.0);
    const auto *peopleAxis = qobject_cast<const QValueAxis *>(
        vertical.at(titles.indexOf(QStringLiteral("Value (people)"))));
    ASSERT_NE(peopleAxis, nullptr);
    EXPECT_GE(peopleAxis->max(), 1200.0) << "the axis of the new unit covers its points";
}

} // namespace
