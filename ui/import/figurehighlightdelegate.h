// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/searchhighlightdelegate.h"

// Paints a proposal's sentence with its figure highlighted (ProposalTableModel's
// FigureStartRole and FigureLengthRole). A figure that would fall past the cell's end is
// brought into view: the sentence is shown from a few words before it (or from the figure
// itself in a narrow cell), after "…".
class FigureHighlightDelegate : public SearchHighlightDelegate
{
    Q_OBJECT
public:
    using SearchHighlightDelegate::SearchHighlightDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
