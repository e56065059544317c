// SPDX-License-Identifier: MIT
#include "searchhighlightdelegate.h"

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
    m_terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
}

QList<QPair<int, int>> SearchHighlightDelegate::matches(const QString &text) const
{
    QList<QPair<int, int>> ranges;
    for (const QString &term : m_terms) {
        qsizetype from = 0;
        while ((from = text.indexOf(term, from, Qt::CaseInsensitive)) >= 0) {
            ranges.append({int(from), int(term.size())});
            from += term.size();
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
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
