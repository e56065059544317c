// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class SourceListModel;

// Every source of both stores with its licence, import time and row count. Imported sources
// can be removed with everything they brought; the built-in ones cannot.
class SourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourcesDialog(const QString &userStorePath, QWidget *parent = nullptr);

    SourceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *removeButton() const { return m_remove; }
    // Removes the source in ROW, without asking; false with the message shown when it failed.
    bool removeRow(int row);

signals:
    void sourceRemoved();

private:
    void reload();
    void onRemoveClicked();
    void updateButtons();

    QString m_userStorePath;
    SourceListModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QLabel *m_message;
};
