// SPDX-License-Identifier: MIT
#include "factfilterproxymodel.h"

#include "facttablemodel.h"
#include "searchfolding.h"

FactFilterProxyModel::FactFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(FactTableModel::SearchTextRole)
{
    setSortRole(FactTableModel::SortRole);
    setDynamicSortFilter(true);
}

void FactFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchFolding::terms(text);
    invalidateFilter();
}

bool FactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}
