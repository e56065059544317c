// SPDX-License-Identifier: MIT
#pragma once

#include "articlelanguage.h"
#include "figureproposal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Turns an article's plain text into proposals: every figure of every sentence
// (FigureFinder), each with the period its sentence states, read relative to PUBLISHED
// (PeriodReader). A sentence that names no period takes the one its paragraph named last, as
// a reader does ("In the first half … Manufacturing's share of GDP reached 25.7 percent"). A
// line that is not prose (a ticker, a table row) states no figure.
class ArticleExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ArticleExtractor)

public:
    // LANGUAGE is the article's; guessed from TEXT when not given.
    static QList<FigureProposal> extract(const QString &text, const QDate &published,
                                         std::optional<ArticleLanguage::Code> language = {});
    // New Figure from a selection: the figure the LENGTH characters at START of TEXT mark. The
    // extractor's own proposal when one overlaps them; otherwise the selected words as a figure
    // the rules do not know (its number, the words after it as its unit, no label yet). Either
    // way in its sentence, verbatim, with the sentence's or paragraph's period. nullopt, and
    // WHY, when the selection runs across sentences or states no number.
    static std::optional<FigureProposal> figureAt(const QString &text, const QDate &published,
                                                  qsizetype start, qsizetype length,
                                                  QString *why = nullptr);
};
