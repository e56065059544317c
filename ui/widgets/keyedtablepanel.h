// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;
class TableColumnFitter;
class TableRowCopier;

// A read-only table over a model whose rows carry a key in KEYROLE (topics, events): a row
// can be selected by key, the current row's key is signalled, and Ctrl+C copies the selected
// rows as TSV. Where a chart item leads when it has no figure of its own.
class KeyedTablePanel : public QWidget
{
    Q_OBJECT
public:
    KeyedTablePanel(QAbstractItemModel *model, int keyRole, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    TableColumnFitter *columnFitter() const { return m_fitter; }
    // Selects and shows the row of KEY; false when no row has it.
    bool selectKey(const QString &key);
    QString currentKey() const;
    QString selectedRowsAsTsv() const;

signals:
    void currentKeyChanged(const QString &key);

private:
    QAbstractItemModel *m_model;
    int m_keyRole;
    QTableView *m_table;
    TableColumnFitter *m_fitter;
    TableRowCopier *m_copier;
};
