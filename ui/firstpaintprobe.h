// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Quits the application once a widget has finished its first paint. Lets the start-up
// benchmark time "process start to first painted window" from outside the process.
// Installed only when SCO_QUIT_AFTER_FIRST_PAINT is set.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    static void install(QWidget *window);
    // Runs THEN once WINDOW has painted for the first time, after that paint completes.
    static void whenPainted(QWidget *window, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    QWidget *m_window = nullptr;
    std::function<void()> m_then;
    bool m_done = false;
};
