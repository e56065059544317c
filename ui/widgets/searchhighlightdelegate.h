// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Paints cell text with every occurrence of the search words highlighted.
// Matching is case-insensitive, like FactFilterProxyModel.
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchHighlightDelegate(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Character ranges (start, length) of the words inside text; for painting and tests.
    QList<QPair<int, int>> matches(const QString &text) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    // Paints TEXT in INDEX's cell, one line elided at its end, with RANGES highlighted.
    void paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index, const QString &text,
                          const QList<QPair<int, int>> &ranges) const;

private:
    QStringList m_terms;
};
