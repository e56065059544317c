// SPDX-License-Identifier: MIT
#include "slidenavigatorkeys.h"

#include <QKeyEvent>

SlideNavigator::Key SlideNavigatorKeys::fromEvent(const QKeyEvent *event)
{
    using Key = SlideNavigator::Key;
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return Key(int(Key::Digit0) + (key - Qt::Key_0));
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
        return Key::Next;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return Key::Enter;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        return Key::Previous;
    case Qt::Key_Home:
        return Key::First;
    case Qt::Key_End:
        return Key::Last;
    case Qt::Key_B:
    case Qt::Key_Period: // the "blank screen" button of many clickers
        return Key::Black;
    case Qt::Key_W:
    case Qt::Key_Comma:
        return Key::White;
    case Qt::Key_P:
        return Key::Pause;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        return Key::Leave;
    default:
        return Key::Other;
    }
}
