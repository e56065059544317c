// SPDX-License-Identifier: MIT
#pragma once

#include "help/userguide.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

// The user guide: its sections in a list, the chosen one rendered from Markdown beside it.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    UserGuideDialog(const QList<UserGuide::Section> &sections, QWidget *parent = nullptr);

    // Shows the section titled TITLE, or the first when there is none.
    void showSection(const QString &title);
    QString currentTitle() const;
    QString currentText() const;

private:
    QList<UserGuide::Section> m_sections;
    QListWidget *m_list;
    QTextBrowser *m_text;
};
