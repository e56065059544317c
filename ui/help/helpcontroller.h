// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class DashboardModels;
class QMainWindow;
class QMenu;

// The Help menu: the user guide (the README's sections, shipped in the binary), the keyboard
// shortcuts gathered from the window's own menus, and About with the versions, the article's
// citation and the licences of the built-in data.
class HelpController : public QObject
{
    Q_OBJECT
public:
    HelpController(QMainWindow *window, DashboardModels *models);

    void addActions(QMenu *helpMenu);
    // Rich text of the dialogs, for tests.
    QString shortcutsText() const;
    QString aboutText() const;
    void showGuide(const QString &section = QString());

private:
    QMainWindow *m_window;
    DashboardModels *m_models;
};
