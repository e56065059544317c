// SPDX-License-Identifier: MIT
#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

bool FirstPaintProbe::requested()
{
    return !qEnvironmentVariableIsEmpty("SCO_QUIT_AFTER_FIRST_PAINT");
}

void FirstPaintProbe::install(QWidget *window)
{
    whenPainted(window, [] { QCoreApplication::quit(); });
}

void FirstPaintProbe::whenPainted(QWidget *window, std::function<void()> then)
{
    auto *probe = new FirstPaintProbe(window);
    probe->m_window = window;
    probe->m_then = std::move(then);
    qApp->installEventFilter(probe);
}

// Watches the whole application: the window's own background may never be painted when its
// children cover it, so the first paint of any widget in the window counts.
bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Paint && !m_done && widget && widget->window() == m_window) {
        m_done = true;
        // Queued: the paint this event starts completes first.
        QTimer::singleShot(0, this, [this] {
            qApp->removeEventFilter(this);
            m_then();
        });
    }
    return QObject::eventFilter(watched, event);
}
