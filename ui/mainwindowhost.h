// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;

// Owns the dashboard window. A language switch builds the window again through the new
// translation, so every string is the new language's (menus, tiles, chart and axis titles, the
// source pane, dialogs opened from then on) and nothing of the old one is left in a label set
// once. The new window comes back as the old one was: geometry, splitters, tabs, search, theme,
// the chosen countries and the selected figure, and the data as the store holds it now.
class MainWindowHost : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowHost(const QString &userStorePath, QObject *parent = nullptr);
    ~MainWindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    // The first window, over the data the caller has just loaded from the store.
    void createWindow(const Data::Dataset &dataset, const QString &storeProblem);
    // Applies CODE (see Translation), remembers it, and replaces the window, which reads the
    // store again.
    void switchLanguage(const QString &code);

    // The language to start in: --lang, else the remembered choice, else the system's.
    static QString startLanguage(const QString &requested);

private:
    void makeWindow();

    QString m_userStorePath;
    std::unique_ptr<MainWindow> m_window;
};
