// SPDX-License-Identifier: MIT
#include "articleextractor.h"

#include "figurefinder.h"
#include "periodreader.h"
#include "sentencesplitter.h"

QList<FigureProposal> ArticleExtractor::extract(const QString &text, const QDate &published)
{
    QList<FigureProposal> proposals;
    std::optional<PeriodReader::Period> paragraphPeriod;
    qsizetype paragraph = -1;
    for (const SentenceSplitter::Span &span : SentenceSplitter::split(text)) {
        const QString sentence = text.mid(span.start, span.length);
        if (span.paragraph != paragraph) {
            paragraph = span.paragraph;
            paragraphPeriod.reset();
        }
        if (std::optional<PeriodReader::Period> period = PeriodReader::read(sentence, published))
            paragraphPeriod = period;
        for (FigureProposal f : FigureFinder::find(sentence)) {
            if (paragraphPeriod) {
                f.periodStart = paragraphPeriod->start;
                f.periodEnd = paragraphPeriod->end;
                f.periodLabel = paragraphPeriod->label;
            }
            proposals.append(f);
        }
    }
    return proposals;
}
