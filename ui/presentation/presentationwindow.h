// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/slidenavigator.h"
#include "slidestyle.h"

#include <QElapsedTimer>
#include <QWidget>

class ChartSet;
class DashboardModels;
class QHBoxLayout;
class QLabel;
class QScreen;
class QTimer;
class SlideDeck;

// A full-screen slide show of the dashboard: keys as presentation clickers send them, black
// and white screens, auto-advance that loops, a pointer that hides after 2 s, and a footer
// with the source and "n / N". Draws its own charts, so the window's charts stay untouched.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPointerHideMs = 2000;

    PresentationWindow(DashboardModels *models, const QString &theme, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on the given screen (the primary one when null).
    void present(QScreen *screen);
    // Seconds between slides; 0 turns auto-advance off.
    void setInterval(int seconds);
    void setTheme(const QString &name);
    // How long the pointer may rest before it hides; kPointerHideMs unless a test shortens it.
    void setPointerHideDelay(int milliseconds);
    QString themeName() const { return m_themeName; }

    SlideNavigator *navigator() const { return m_navigator; }
    SlideDeck *deck() const { return m_deck; }
    const SlideStyle &style() const { return m_style; }
    QString footerText() const;
    bool isPointerHidden() const;
    bool isShowingBlackout() const;

signals:
    // The show ended (Esc or F5); the window closes itself.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onCurrentChanged(int index);
    void onScreenChanged(SlideNavigator::Screen screen);
    void onTick();
    void restyle();
    void leave();

    ChartSet *m_charts;
    SlideNavigator *m_navigator;
    SlideDeck *m_deck;
    QHBoxLayout *m_footer;
    QLabel *m_footerSource;
    QLabel *m_footerPage;
    QWidget *m_blackout;
    QTimer *m_tick;
    QTimer *m_pointerTimer;
    QElapsedTimer m_clock;
    QString m_themeName;
    SlideStyle m_style;
    QSize m_styledSize;
};
