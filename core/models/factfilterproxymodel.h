// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Filters facts by free text across every text column, the value as displayed and the quote,
// compared as SearchFolding folds them (case, width, dashes, signs, units). Each
// whitespace-separated word must occur somewhere in the row.
class FactFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FactFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // The role that holds a row's folded text; FactTableModel::SearchTextRole by default, so the
    // same search serves SeriesModel (SeriesModel::SearchTextRole).
    void setSearchRole(int role) { m_searchRole = role; }
    QString searchText() const { return m_searchText; }

    // While a search is active, a row's tooltip starts with where it matched, with a snippet,
    // so a match in a column scrolled out of view still shows why the row is there.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString whyMatched(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_terms; // folded
    int m_searchRole;
};
