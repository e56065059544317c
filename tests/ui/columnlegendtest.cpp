// SPDX-License-Identifier: MIT
// The By country legend names every line whole at the chart sizes of a 1366×768 and a
// 1024×768 window, in English and Russian, wrapping into columns beside the plot; a click on
// an entry hides its line, greys the entry, and a second click brings the line back.
#include "charts/columnlegend.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/countrytrendchart.h"
#include "i18n/translation.h"
#include "mainwindow.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QLineSeries>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class ColumnLegendTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translation::apply(QString::fromLatin1(GetParam())));
        m_models.setDataset(TestSupport::embeddedDataset());
        m_charts = std::make_unique<ChartSet>(&m_models);
        m_trend =
            qobject_cast<CountryTrendChart *>(m_charts->chartById(QStringLiteral("countries")));
        ASSERT_NE(m_trend, nullptr);
    }
    void TearDown() override { Translation::apply(QStringLiteral("en")); }

    // The legend's entries in view coordinates, after VIEW showed the chart at SIZE.
    QList<QRectF> shownAt(ChartView &view, const QSize &size)
    {
        view.resize(size);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        const ColumnLegend *legend = m_trend->columnLegend();
        QList<QRectF> rects;
        for (const QRectF &r : legend->entryRects())
            rects << legend->mapRectToScene(r);
        return rects;
    }

    DashboardModels m_models;
    std::unique_ptr<ChartSet> m_charts;
    CountryTrendChart *m_trend = nullptr;
};

// The chart's size in the window at 1366×768 (986×236) and at 1024×768 (about 700×236).
TEST_P(ColumnLegendTest, EveryEntryShowsWholeBesideThePlot)
{
    ChartView view(m_trend->chart()); // one view: it owns the chart from here on
    for (const QSize size : {QSize(986, 236), QSize(700, 236), QSize(1600, 900)}) {
        const QList<QRectF> rects = shownAt(view, size);
        const ColumnLegend *legend = m_trend->columnLegend();
        ASSERT_EQ(rects.size(), 10) << "every SCO member";
        ASSERT_EQ(m_trend->chart()->size().toSize(), view.viewport()->size());
        const QRectF chartRect(QPointF(0, 0), m_trend->chart()->size());
        const QRectF plot = m_trend->chart()->plotArea();
        for (int i = 0; i < rects.size(); ++i) {
            const QString name = legend->entries().at(i).name;
            EXPECT_EQ(legend->shownName(legend->entries().at(i)), name) << "never shortened";
            EXPECT_TRUE(chartRect.contains(rects.at(i)))
                << name.toStdString() << " at " << size.width() << "×" << size.height();
            EXPECT_FALSE(rects.at(i).intersects(plot)) << name.toStdString();
            for (int j = 0; j < i; ++j)
                EXPECT_FALSE(rects.at(i).intersects(rects.at(j)))
                    << name.toStdString() << " overlaps "
                    << legend->entries().at(j).name.toStdString();
        }
        EXPECT_GT(plot.width(), 0.45 * size.width()) << "the plot keeps the larger part";
    }
}

// A window that opens on the By country tab (the tab remembered) lays the plot out beside the
// legend at once: the legend's room, set while the window first laid the chart out, had waited
// for the next resize, and the lines ran under the names.
TEST_P(ColumnLegendTest, AWindowOpeningOnTheChartKeepsThePlotClearOfTheLegend)
{
    QSettings().setValue(QStringLiteral("window/chartTab"), 4);
    MainWindow window;
    window.setDataset(TestSupport::embeddedDataset());
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    QSettings().clear();
    ASSERT_EQ(window.currentChartId(), QStringLiteral("countries"));
    auto *trend =
        qobject_cast<CountryTrendChart *>(window.charts()->chartById(QStringLiteral("countries")));
    ASSERT_NE(trend, nullptr);
    const ColumnLegend *legend = trend->columnLegend();
    const QRectF plot = trend->chart()->plotArea();
    ASSERT_EQ(legend->entryRects().size(), 10);
    for (const QRectF &r : legend->entryRects())
        EXPECT_FALSE(legend->mapRectToScene(r).intersects(plot))
            << "plot right " << plot.right() << ", entry left " << legend->mapRectToScene(r).left();
}

TEST_P(ColumnLegendTest, ClickingAnEntryHidesItsLineUntilClickedAgain)
{
    ChartView view(m_trend->chart());
    const QList<QRectF> rects = shownAt(view, QSize(986, 236));
    const ColumnLegend *legend = m_trend->columnLegend();
    const auto lineOf = [this](int index) {
        return qobject_cast<QLineSeries *>(m_trend->chart()->series().at(index));
    };
    const int china = 1; // the members in the legend's order: Belarus, China, …
    ASSERT_EQ(m_trend->lineNames().at(china), legend->entries().at(china).name);
    const QPoint at = view.mapFromScene(rects.at(china).center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    EXPECT_FALSE(lineOf(china)->isVisible());
    EXPECT_FALSE(legend->entries().at(china).shown) << "the entry stays, greyed";
    EXPECT_TRUE(lineOf(0)->isVisible());

    m_trend->refresh(); // the choice survives a rebuild
    QCoreApplication::processEvents();
    EXPECT_FALSE(lineOf(china)->isVisible());
    EXPECT_FALSE(m_trend->columnLegend()->entries().at(china).shown);
    const QRectF again = legend->mapRectToScene(legend->entryRects().at(china));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(again.center()));
    EXPECT_TRUE(lineOf(china)->isVisible());
    EXPECT_TRUE(legend->entries().at(china).shown);
}

INSTANTIATE_TEST_SUITE_P(Languages, ColumnLegendTest, ::testing::Values("en", "ru", "zh_CN"));

} // namespace
