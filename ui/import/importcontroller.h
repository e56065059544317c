// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

// The window's way into the user store: File › Import… (Ctrl+I), CSV files dropped on the
// window, and File › Sources… to list and remove imported sources. Emits storeChanged()
// after anything was written, so the window reloads.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QWidget *window);

    void setUserStorePath(const QString &path) { m_userStorePath = path; }
    QString userStorePath() const { return m_userStorePath; }
    void addActions(QMenu *fileMenu);

    // Opens the import preview for FILE; the dialog deletes itself when closed.
    void importFile(const QString &file);
    void showSources();

signals:
    void storeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();

    QWidget *m_window;
    QString m_userStorePath;
};
