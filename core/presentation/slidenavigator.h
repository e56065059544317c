// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

// The state of a slide show, without widgets: the current slide, typed slide numbers,
// black and white screens, pause, and auto-advance driven by elapse() so that tests can use
// a test clock instead of sleeping.
//
// Moving past the last slide wraps to the first and back from the first to the last, so a
// looping wall display and a presenter use the same rules.
class SlideNavigator : public QObject
{
    Q_OBJECT
public:
    enum class Screen { Slide, Black, White };
    Q_ENUM(Screen)
    enum class Key {
        Next,
        Previous,
        First,
        Last,
        Digit0,
        Digit1,
        Digit2,
        Digit3,
        Digit4,
        Digit5,
        Digit6,
        Digit7,
        Digit8,
        Digit9,
        Enter,
        Black,
        White,
        Pause,
        Leave,
        Other
    };

    explicit SlideNavigator(QObject *parent = nullptr);

    void setSlideCount(int count);
    int slideCount() const { return m_count; }
    int current() const { return m_current; } // 0-based
    Screen screen() const { return m_screen; }
    QString typedNumber() const { return m_typed; }

    // Auto-advance interval in milliseconds; 0 turns it off.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    bool isPaused() const { return m_paused; }
    // Advances the auto-advance clock; moves on (wrapping) each time a full interval passes.
    void elapse(int milliseconds);

    // Applies one key; returns false for keys the show does not use.
    bool handle(Key key);

    void next();
    void previous();
    void goTo(int index);

signals:
    void currentChanged(int index);
    void screenChanged(SlideNavigator::Screen screen);
    void pausedChanged(bool paused);
    void leaveRequested();

private:
    void setScreen(Screen screen);
    void restartClock() { m_elapsed = 0; }

    int m_count = 0;
    int m_current = 0;
    Screen m_screen = Screen::Slide;
    QString m_typed;
    int m_interval = 0;
    int m_elapsed = 0;
    bool m_paused = false;
};
