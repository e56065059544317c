// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QTableView;

// Ctrl+C for a table: a Copy action on the view (shortcut and context menu) that puts the
// selected rows on the clipboard as TSV with a header, in the order the table shows them.
class TableRowCopier : public QObject
{
    Q_OBJECT
public:
    explicit TableRowCopier(QTableView *table);

    QAction *action() const { return m_action; }
    // The selected rows of the view's model, sorted.
    QList<int> selectedRows() const;
    QString selectedRowsAsTsv() const;
    void copy() const;

private:
    QTableView *m_table;
    QAction *m_action;
};
