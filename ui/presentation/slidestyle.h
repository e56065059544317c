// SPDX-License-Identifier: MIT
#pragma once

#include "charts/charttheme.h"

#include <QSize>

// Text sizes of a slide for one screen: titles at least 48 px and body text at least
// 28 px on a 1080-line screen, scaled with the height, so the back of the room can read them.
struct SlideStyle
{
    static constexpr int kTitlePxAt1080 = 48;
    static constexpr int kBodyPxAt1080 = 28;

    int titlePx = kTitlePxAt1080;
    int bodyPx = kBodyPxAt1080;
    int valuePx = 96; // headline figures
    ChartTheme chartTheme;

    // logicalDpi converts the charts' point sizes to pixels.
    static SlideStyle forScreen(QSize screen, qreal logicalDpi, const ChartTheme &theme);
};
