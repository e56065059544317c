// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class QWidget;

// Where a top-level window goes on the screens there are now.
class WindowPlacement
{
public:
    // First start: most of a large screen, PREFERRED on a laptop, or less on a small screen (a
    // 1024×768 projector laptop), centred on the screen's free area.
    static void fitToScreen(QWidget *window, const QSize &preferred);
    // A geometry restored from another screen set-up (a projector since unplugged) comes back
    // onto a screen that exists now.
    static void bringOnScreen(QWidget *window);
};
