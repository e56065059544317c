// SPDX-License-Identifier: MIT
// The trend charts zoom with the wheel around the pointer, with + and −, and to a Shift+drag
// rectangle; pan by drag; and Home shows the whole chart again. The other charts do not zoom.
#include "charts/chartpanel.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/dashboardchart.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <gtest/gtest.h>

namespace {

// The horizontal axis' range, as numbers.
std::pair<double, double> xRange(QChart *chart)
{
    QAbstractAxis *axis = chart->axes(Qt::Horizontal).value(0);
    if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
        return {double(dates->min().toMSecsSinceEpoch()), double(dates->max().toMSecsSinceEpoch())};
    if (auto *values = qobject_cast<QValueAxis *>(axis))
        return {values->min(), values->max()};
    ADD_FAILURE() << "no horizontal axis";
    return {};
}

class ChartZoomTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        m_models.setDataset(TestSupport::embeddedDataset());
        m_charts = std::make_unique<ChartSet>(&m_models);
        DashboardChart *chart = m_charts->chartById(QString::fromLatin1(GetParam()));
        ASSERT_NE(chart, nullptr);
        m_panel = std::make_unique<ChartPanel>(chart);
        m_panel->resize(900, 560);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        m_view = m_panel->view();
        m_chart = m_view->chart();
    }
    // The view's point over the plot's centre, and over a point a quarter in from its left.
    QPoint plotPoint(qreal fx, qreal fy) const
    {
        const QRectF plot = m_chart->plotArea();
        const QPointF scene = m_chart->mapToScene(
            QPointF(plot.left() + plot.width() * fx, plot.top() + plot.height() * fy));
        return m_view->mapFromScene(scene);
    }
    void wheel(const QPoint &at, int angle)
    {
        QWheelEvent event(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, angle),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &event);
    }

    DashboardModels m_models;
    std::unique_ptr<ChartSet> m_charts;
    std::unique_ptr<ChartPanel> m_panel;
    ChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
};

TEST_P(ChartZoomTest, WheelKeysDragAndAreaZoomAndPanAndHomeResets)
{
    ASSERT_TRUE(m_view->isZoomable());
    const auto [min, max] = xRange(m_chart);
    ASSERT_LT(min, max);
    const double span = max - min;

    // The wheel over the left quarter zooms in around it: the range narrows by 1.25 and keeps
    // the point under the pointer where it was.
    wheel(plotPoint(0.25, 0.5), 120);
    auto [a, b] = xRange(m_chart);
    EXPECT_NEAR(b - a, span / 1.25, span * 0.01);
    EXPECT_NEAR(a + (b - a) * 0.25, min + span * 0.25, span * 0.01);
    EXPECT_TRUE(m_chart->isZoomed());

    // Home shows everything again.
    QTest::keyClick(m_view, Qt::Key_Home);
    EXPECT_EQ(xRange(m_chart), std::make_pair(min, max));

    // + zooms in around the centre; − zooms back out.
    QTest::keyClick(m_view, Qt::Key_Plus);
    std::tie(a, b) = xRange(m_chart);
    EXPECT_NEAR(b - a, span / 1.25, span * 0.01);
    EXPECT_NEAR((a + b) / 2, (min + max) / 2, span * 0.01);
    QTest::keyClick(m_view, Qt::Key_Minus);
    std::tie(a, b) = xRange(m_chart);
    EXPECT_NEAR(b - a, span, span * 0.01);

    // A drag to the left pans the range to the right by the width dragged, keeping its span.
    QTest::keyClick(m_view, Qt::Key_0);
    QTest::keyClick(m_view, Qt::Key_Plus);
    const auto [zoomedMin, zoomedMax] = xRange(m_chart);
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, plotPoint(0.6, 0.5));
    QTest::mouseMove(viewport, plotPoint(0.5, 0.5));
    QTest::mouseMove(viewport, plotPoint(0.4, 0.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(0.4, 0.5));
    std::tie(a, b) = xRange(m_chart);
    EXPECT_NEAR(b - a, zoomedMax - zoomedMin, span * 0.01);
    EXPECT_NEAR(a - zoomedMin, (zoomedMax - zoomedMin) * 0.2, span * 0.02);

    // Shift+drag over the middle half zooms to it.
    QTest::keyClick(m_view, Qt::Key_Home);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(0.25, 0.2));
    QTest::mouseMove(viewport, plotPoint(0.5, 0.5));
    QTest::mouseMove(viewport, plotPoint(0.75, 0.8));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(0.75, 0.8));
    std::tie(a, b) = xRange(m_chart);
    EXPECT_NEAR(a, min + span * 0.25, span * 0.02);
    EXPECT_NEAR(b, min + span * 0.75, span * 0.02);
    QTest::keyClick(m_view, Qt::Key_Home);
    EXPECT_EQ(xRange(m_chart), std::make_pair(min, max));
}

INSTANTIATE_TEST_SUITE_P(TrendCharts, ChartZoomTest, ::testing::Values("trend", "countries"));

TEST(ChartZoom, BarAndTimelineChartsDoNotZoom)
{
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    ChartSet charts(&models);
    for (const char *id : {"growth", "members", "cooperation", "timeline"}) {
        ChartPanel panel(charts.chartById(QString::fromLatin1(id)));
        EXPECT_FALSE(panel.view()->isZoomable()) << id;
    }
}

} // namespace
