// SPDX-License-Identifier: MIT
#pragma once

#include "articlecitation.h"
#include "data/fact.h"
#include "figureproposal.h"

#include <QCoreApplication>
#include <QJsonObject>

// Proposals as what they become once kept: facts of one source, the article, each with its
// verbatim sentence and the figure as written; and as the JSON `extract --format json` prints.
class ProposalFacts
{
    Q_DECLARE_TR_FUNCTIONS(ProposalFacts)

public:
    // The article as a source: its key made of the outlet, the date and the title's words.
    static Data::Source sourceOf(const ArticleCitation &citation);
    // Proposal number N (from 1) of SOURCE as a stated fact. A figure whose sentence names no
    // period is stated as of the day the article was published.
    static Data::Fact factOf(const FigureProposal &proposal, const Data::Source &source, int n);
    // value (as written), scale, unit, qualifier, as_written, period_start and period_end
    // (ISO dates or null), basis, label and quote.
    static QJsonObject jsonOf(const FigureProposal &proposal);
};
