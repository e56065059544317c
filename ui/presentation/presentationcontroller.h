// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class DashboardModels;
class PresentationWindow;
class QMenu;
class QScreen;
class QWidget;

// Starts and ends presentations from the window: the Present action (F5), the screen to
// present on, auto-advance and the presentation theme, all remembered in QSettings. When the
// show ends, focus goes back to the widget that had it.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    PresentationController(DashboardModels *models, QWidget *window);

    void addActions(QMenu *menu);
    void start();
    PresentationWindow *presentation() const;

    int screenIndex() const;
    void setScreenIndex(int index);
    int intervalSeconds() const;
    void setIntervalSeconds(int seconds);
    QString themeName() const;
    void setThemeName(const QString &name);

    // The screen at index, or the primary screen when index is out of range.
    static QScreen *screenAt(int index);

private:
    void fillScreenMenu(QMenu *menu);
    void onFinished();

    DashboardModels *m_models;
    QWidget *m_window;
    QPointer<PresentationWindow> m_presentation;
    QPointer<QWidget> m_focusBefore;
};
