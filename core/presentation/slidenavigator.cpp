// SPDX-License-Identifier: MIT
#include "slidenavigator.h"

SlideNavigator::SlideNavigator(QObject *parent)
    : QObject(parent)
{
}

void SlideNavigator::setSlideCount(int count)
{
    m_count = std::max(0, count);
    if (m_current >= m_count)
        goTo(std::max(0, m_count - 1));
}

void SlideNavigator::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    restartClock();
}

void SlideNavigator::elapse(int milliseconds)
{
    if (m_interval <= 0 || m_paused || m_screen != Screen::Slide || m_count == 0)
        return;
    m_elapsed += milliseconds;
    while (m_elapsed >= m_interval) {
        m_elapsed -= m_interval;
        const int target = (m_current + 1) % m_count;
        m_current = target;
        emit currentChanged(m_current);
    }
}

bool SlideNavigator::handle(Key key)
{
    if (key >= Key::Digit0 && key <= Key::Digit9) {
        if (m_typed.size() < 4)
            m_typed += QChar(u'0' + (int(key) - int(Key::Digit0)));
        return true;
    }
    const QString typed = m_typed;
    m_typed.clear();
    switch (key) {
    case Key::Enter:
        if (typed.isEmpty())
            next();
        else
            goTo(typed.toInt() - 1);
        return true;
    case Key::Next:
        next();
        return true;
    case Key::Previous:
        previous();
        return true;
    case Key::First:
        goTo(0);
        return true;
    case Key::Last:
        goTo(m_count - 1);
        return true;
    case Key::Black:
        setScreen(m_screen == Screen::Black ? Screen::Slide : Screen::Black);
        return true;
    case Key::White:
        setScreen(m_screen == Screen::White ? Screen::Slide : Screen::White);
        return true;
    case Key::Pause:
        m_paused = !m_paused;
        restartClock();
        emit pausedChanged(m_paused);
        return true;
    case Key::Leave:
        emit leaveRequested();
        return true;
    default:
        return false;
    }
}

void SlideNavigator::next()
{
    if (m_count > 0)
        goTo((m_current + 1) % m_count);
}

void SlideNavigator::previous()
{
    if (m_count > 0)
        goTo((m_current + m_count - 1) % m_count);
}

// Out-of-range numbers are clamped: typing 99 on a 7-slide show goes to the last slide.
void SlideNavigator::goTo(int index)
{
    if (m_count == 0)
        return;
    setScreen(Screen::Slide);
    restartClock();
    const int target = std::clamp(index, 0, m_count - 1);
    if (target == m_current)
        return;
    m_current = target;
    emit currentChanged(m_current);
}

void SlideNavigator::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged(m_screen);
}
