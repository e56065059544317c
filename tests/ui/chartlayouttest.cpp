// SPDX-License-Identifier: MIT
// A chart built while it is on screen is laid out before anything paints it. QtCharts places
// new axes only when the layout request it posts is handled (Qt 6.4): a paint before that drew
// each axis title unrotated at the chart's top-left corner.
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/dashboardchart.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QImage>
#include <QScreen>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

// Pixels of RECT in IMAGE dark in every channel, as the light theme's text is (a bar's blue
// is not).
int darkPixels(const QImage &image, const QRect &rect)
{
    int dark = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            dark += std::max({qRed(p), qGreen(p), qBlue(p)}) < 110 ? 1 : 0;
        }
    }
    return dark;
}

TEST(ChartLayoutTest, AChartBuiltOnScreenDrawsItsAxisTitlesInPlaceAtOnce)
{
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    ChartSet charts(&models);
    DashboardChart *growth = charts.chartById(QStringLiteral("growth"));
    growth->setBuildHold([] { return true; }); // shown empty, as a hidden tab is
    ChartView view(growth->chartObject());
    view.resize(900, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(20);
    ASSERT_TRUE(growth->isBuildPending());

    growth->chart(); // its first build, while on screen
    // Painted as the window paints it, not as grab() renders it: grab lays out first.
    view.viewport()->repaint();
    const QImage shot =
        view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = shot.devicePixelRatio();
    const auto scaled = [scale](const QRect &r) {
        return QRect(QPoint(qRound(r.x() * scale), qRound(r.y() * scale)),
                     QSize(qRound(r.width() * scale), qRound(r.height() * scale)));
    };
    // Nothing at the corner; the title above the plot; the vertical axis title "Indicator and
    // period" down the left edge.
    EXPECT_EQ(darkPixels(shot, scaled(QRect(0, 0, 200, 25))), 0);
    EXPECT_GT(darkPixels(shot, scaled(QRect(250, 25, 400, 30))), 100);
    EXPECT_GT(darkPixels(shot, scaled(QRect(20, 120, 30, 260))), 50);
}

} // namespace
