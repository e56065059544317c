// SPDX-License-Identifier: MIT
#include "articleextractor.h"

#include "figurefinder.h"
#include "periodreader.h"
#include "sentencesplitter.h"

#include <QRegularExpression>

namespace {

// Whether a line is prose a figure can be stated in: a ticker, a table row or a price board
// ("KGS/USD = 0.01144 0%") has no three lowercase words.
bool isProse(const QString &sentence)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{Ll}{3,}\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    for (auto it = word.globalMatch(sentence); it.hasNext() && words < 3; it.next())
        ++words;
    return words >= 3;
}

} // namespace

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
        if (!isProse(sentence))
            continue;
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
