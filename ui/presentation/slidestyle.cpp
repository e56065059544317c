// SPDX-License-Identifier: MIT
#include "slidestyle.h"

#include <cmath>

SlideStyle SlideStyle::forScreen(QSize screen, qreal logicalDpi, const ChartTheme &theme)
{
    const qreal scale = screen.height() / 1080.0;
    SlideStyle style;
    style.titlePx = int(std::ceil(kTitlePxAt1080 * scale));
    style.bodyPx = int(std::ceil(kBodyPxAt1080 * scale));
    // Headline figures also follow the width: a 4:3 screen has a third less room per column.
    style.valuePx = int(std::ceil(96 * std::min(scale, screen.width() / 1920.0)));
    style.valuePx = std::max(style.valuePx, style.titlePx);
    style.chartTheme = theme;
    // The smallest chart text is 9 pt at fontScale 1; make it body-sized on this screen.
    const qreal smallestChartPx = 9.0 * logicalDpi / 72.0;
    style.chartTheme.fontScale = style.bodyPx / smallestChartPx;
    // Lines and markers follow the screen too, or a 4K projector would draw them half as thick.
    style.chartTheme.lineScale = theme.lineScale * scale;
    return style;
}
