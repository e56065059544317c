// SPDX-License-Identifier: MIT
#include "searchhighlightdelegate.h"

#include "search/searchfolding.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SearchHighlightDelegate::setSearchText(const QString &text)
{
    m_terms = SearchFolding::terms(text);
}

QList<QPair<int, int>> SearchHighlightDelegate::matches(const QString &text) const
{
    return SearchFolding::matches(text, m_terms);
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QList<QPair<int, int>> ranges = matches(text);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintHighlighted(painter, option, index, text, ranges);
}

void SearchHighlightDelegate::paintHighlighted(QPainter *painter,
                                               const QStyleOptionViewItem &option,
                                               const QModelIndex &index, const QString &text,
                                               const QList<QPair<int, int>> &ranges) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    QTextLayout layout(elided, opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : ranges) {
        if (start >= elided.size())
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = std::min<int>(length, int(elided.size()) - start);
        range.format.setBackground(QColor(0xF0, 0xE4, 0x42));
        range.format.setForeground(Qt::black);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    const qreal x = (opt.displayAlignment & Qt::AlignRight)
                        ? textRect.right() - line.naturalTextWidth()
                        : qreal(textRect.left());
    layout.draw(painter, QPointF(x, y));
    painter->restore();
}
