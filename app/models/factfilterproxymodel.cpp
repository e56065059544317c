// SPDX-License-Identifier: MIT
#include "factfilterproxymodel.h"

#include "facttablemodel.h"

FactFilterProxyModel::FactFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FactTableModel::SortRole);
    setDynamicSortFilter(true);
}

void FactFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = FactTableModel::foldForSearch(text).simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(FactTableModel::SearchTextRole)
                                 .toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}
