// SPDX-License-Identifier: MIT
#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

void WindowPlacement::fitToScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *current = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!current) {
        window->resize(preferred);
        return;
    }
    const QRect free = current->availableGeometry();
    // A large screen is used: nine tenths of it, never less than PREFERRED where that fits.
    const QSize size = (free.size() * 0.9).expandedTo(preferred).boundedTo(free.size() * 0.95);
    window->resize(size.expandedTo(window->minimumSizeHint().boundedTo(free.size())));
    window->move(free.center() - window->rect().center());
}

void WindowPlacement::bringOnScreen(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    for (const QScreen *s : QGuiApplication::screens()) {
        const QRect visible = s->availableGeometry().intersected(frame);
        if (visible.width() >= 100 && visible.height() >= 60)
            return;
    }
    fitToScreen(window, window->size());
}
