// SPDX-License-Identifier: MIT
#include "keyedtablepanel.h"

#include "export/tsvwriter.h"
#include "tablecolumnfitter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

KeyedTablePanel::KeyedTablePanel(QAbstractItemModel *model, int keyRole, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_keyRole(keyRole)
    , m_table(new QTableView(this))
    , m_fitter(new TableColumnFitter(m_table))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setStatusTip(tr("Copy the selected rows as tab-separated text with a header"));
    connect(copy, &QAction::triggered, this, [this] {
        if (!selectedRows().isEmpty())
            QGuiApplication::clipboard()->setText(selectedRowsAsTsv());
    });
    m_table->addAction(copy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentKeyChanged(current.data(m_keyRole).toString());
            });
}

bool KeyedTablePanel::selectKey(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_keyRole).toString() != key)
            continue;
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return true;
    }
    return false;
}

QString KeyedTablePanel::currentKey() const
{
    return m_table->selectionModel()->currentIndex().data(m_keyRole).toString();
}

QList<int> KeyedTablePanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString KeyedTablePanel::selectedRowsAsTsv() const
{
    return TsvWriter::write(*m_model, selectedRows());
}
