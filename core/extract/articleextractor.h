// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QDate>
#include <QList>
#include <QString>

// Turns an article's plain text into proposals: every figure of every sentence
// (FigureFinder), each with the period its sentence states, read relative to PUBLISHED
// (PeriodReader). A sentence that names no period takes the one its paragraph named last, as
// a reader does ("In the first half … Manufacturing's share of GDP reached 25.7 percent"). A
// line that is not prose (a ticker, a table row) states no figure.
class ArticleExtractor
{
public:
    static QList<FigureProposal> extract(const QString &text, const QDate &published);
};
