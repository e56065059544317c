// SPDX-License-Identifier: MIT
#include "presentationcontroller.h"

#include "charts/charttheme.h"
#include "presentationwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QScreen>
#include <QSettings>

namespace {

const QString kScreenKey = QStringLiteral("present/screen");
const QString kIntervalKey = QStringLiteral("present/interval");
const QString kThemeKey = QStringLiteral("present/theme");

} // namespace

PresentationController::PresentationController(DashboardModels *models, QWidget *window)
    : QObject(window)
    , m_models(models)
    , m_window(window)
{
}

void PresentationController::addActions(QMenu *menu)
{
    QAction *present = menu->addAction(tr("&Present"), this, &PresentationController::start);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Full-screen slide show; arrows or a clicker move, Esc ends it"));

    QMenu *screens = menu->addMenu(tr("Present &On"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] { fillScreenMenu(screens); });
    fillScreenMenu(screens);

    QMenu *advance = menu->addMenu(tr("&Auto-Advance"));
    auto *advanceGroup = new QActionGroup(advance);
    for (int seconds : {0, 5, 10, 20, 30, 60}) {
        QAction *action =
            advance->addAction(seconds == 0 ? tr("Off") : tr("Every %n s", nullptr, seconds), this,
                               [this, seconds] { setIntervalSeconds(seconds); });
        action->setCheckable(true);
        action->setChecked(seconds == intervalSeconds());
        advanceGroup->addAction(action);
    }

    QMenu *themes = menu->addMenu(tr("Presentation T&heme"));
    auto *themeGroup = new QActionGroup(themes);
    for (const QString &name : ChartTheme::names()) {
        QAction *action = themes->addAction(ChartTheme::displayName(name), this,
                                            [this, name] { setThemeName(name); });
        action->setCheckable(true);
        action->setChecked(name == themeName());
        themeGroup->addAction(action);
    }
}

void PresentationController::fillScreenMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens.at(i);
        QAction *action = menu->addAction(tr("Screen %1: %2 (%3×%4)")
                                              .arg(i + 1)
                                              .arg(screen->name())
                                              .arg(screen->size().width())
                                              .arg(screen->size().height()),
                                          this, [this, i] { setScreenIndex(i); });
        action->setCheckable(true);
        action->setChecked(i == std::min<qsizetype>(screenIndex(), screens.size() - 1));
        group->addAction(action);
    }
}

PresentationWindow *PresentationController::presentation() const
{
    return m_presentation;
}

QScreen *PresentationController::screenAt(int index)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    return index >= 0 && index < screens.size() ? screens.at(index)
                                                : QGuiApplication::primaryScreen();
}

void PresentationController::start()
{
    if (m_presentation) {
        m_presentation->activateWindow();
        return;
    }
    m_focusBefore = QApplication::focusWidget();
    // A child window of the main window, so it cannot outlive it.
    m_presentation = new PresentationWindow(m_models, themeName(), m_window);
    m_presentation->setInterval(intervalSeconds());
    connect(m_presentation, &PresentationWindow::finished, this,
            &PresentationController::onFinished);
    m_presentation->present(screenAt(screenIndex()));
}

void PresentationController::onFinished()
{
    m_window->activateWindow();
    m_window->raise();
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
}

int PresentationController::screenIndex() const
{
    return QSettings().value(kScreenKey, 0).toInt();
}

void PresentationController::setScreenIndex(int index)
{
    QSettings().setValue(kScreenKey, index);
}

int PresentationController::intervalSeconds() const
{
    return QSettings().value(kIntervalKey, 0).toInt();
}

void PresentationController::setIntervalSeconds(int seconds)
{
    QSettings().setValue(kIntervalKey, seconds);
    if (m_presentation)
        m_presentation->setInterval(seconds);
}

QString PresentationController::themeName() const
{
    return QSettings().value(kThemeKey, QStringLiteral("projector")).toString();
}

void PresentationController::setThemeName(const QString &name)
{
    QSettings().setValue(kThemeKey, name);
    if (m_presentation)
        m_presentation->setTheme(name);
}
