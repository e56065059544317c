// SPDX-License-Identifier: MIT
#include "figurehighlightdelegate.h"

#include "models/proposaltablemodel.h"

#include <QFontMetrics>

void FigureHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QString text = index.data(Qt::DisplayRole).toString();
    int start = index.data(ProposalTableModel::FigureStartRole).toInt();
    const int length = index.data(ProposalTableModel::FigureLengthRole).toInt();
    if (length <= 0) {
        SearchHighlightDelegate::paint(painter, option, index);
        return;
    }
    const QFontMetrics metrics(option.font);
    const int room = option.rect.width() - 12;
    // Fewer words before the figure until it fits: 30 characters' worth, then 12, then none.
    const QString full = text;
    const int fullStart = start;
    for (const int before : {30, 12, 1}) {
        if (metrics.horizontalAdvance(text.left(start + length)) <= room)
            break;
        const qsizetype from = full.lastIndexOf(u' ', std::max(0, fullStart - before));
        if (from <= 0)
            continue;
        text = QStringLiteral("…") + full.mid(from);
        start = int(fullStart - from + 1);
    }
    paintHighlighted(painter, option, index, text, {{start, length}});
}
