// SPDX-License-Identifier: MIT
#include "factfilterproxymodel.h"

#include "facttablemodel.h"
#include "search/searchfolding.h"

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

QVariant FactFilterProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::ToolTipRole || m_terms.isEmpty())
        return value;
    const QString why = whyMatched(index.row());
    return why.isEmpty() ? value : QVariant(why + QStringLiteral("\n\n") + value.toString());
}

QString FactFilterProxyModel::whyMatched(int row) const
{
    constexpr int kContext = 40;
    QStringList lines;
    for (int column = 0; column < columnCount(); ++column) {
        const QString text = index(row, column).data().toString();
        const QList<QPair<int, int>> ranges = SearchFolding::matches(text, m_terms);
        if (ranges.isEmpty())
            continue;
        const int start = std::max(0, ranges.first().first - kContext);
        const int end =
            std::min(int(text.size()), ranges.first().first + ranges.first().second + kContext);
        const QString snippet = (start > 0 ? QStringLiteral("…") : QString()) +
                                text.mid(start, end - start) +
                                (end < text.size() ? QStringLiteral("…") : QString());
        lines
            << tr("Matches in %1: %2").arg(headerData(column, Qt::Horizontal).toString(), snippet);
    }
    return lines.join(u'\n');
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
