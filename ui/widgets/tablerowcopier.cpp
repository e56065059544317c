// SPDX-License-Identifier: MIT
#include "tablerowcopier.h"

#include "export/tsvwriter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>

#include <algorithm>

TableRowCopier::TableRowCopier(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_action(new QAction(tr("&Copy"), table))
{
    m_action->setShortcut(QKeySequence::Copy);
    m_action->setShortcutContext(Qt::WidgetShortcut);
    m_action->setStatusTip(tr("Copy the selected rows as tab-separated text with a header"));
    connect(m_action, &QAction::triggered, this, &TableRowCopier::copy);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_action);
}

QList<int> TableRowCopier::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TableRowCopier::selectedRowsAsTsv() const
{
    return TsvWriter::write(*m_table->model(), selectedRows());
}

void TableRowCopier::copy() const
{
    if (!selectedRows().isEmpty())
        QGuiApplication::clipboard()->setText(selectedRowsAsTsv());
}
