// SPDX-License-Identifier: MIT
#include "keyedtablepanel.h"

#include "plaintooltips.h"
#include "tablecolumnfitter.h"
#include "tablerowcopier.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

KeyedTablePanel::KeyedTablePanel(QAbstractItemModel *model, int keyRole, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_keyRole(keyRole)
    , m_table(new QTableView(this))
    , m_fitter(new TableColumnFitter(m_table))
    , m_copier(new TableRowCopier(m_table))
{
    m_table->setModel(model);
    PlainToolTips::install(m_table);
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

QString KeyedTablePanel::selectedRowsAsTsv() const
{
    return m_copier->selectedRowsAsTsv();
}
