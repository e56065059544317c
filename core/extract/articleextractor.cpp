// SPDX-License-Identifier: MIT
#include "articleextractor.h"

#include "figurecheck.h"
#include "figurefinder.h"
#include "periodreader.h"
#include "sentencesplitter.h"

#include <QRegularExpression>

#include <functional>

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

using Period = std::optional<PeriodReader::Period>;

// Each sentence of TEXT with the period it states, or else the one its paragraph named last.
void forEachSentence(const QString &text, const QDate &published,
                     const std::function<void(const SentenceSplitter::Span &, const QString &,
                                              const Period &)> &visit)
{
    Period paragraphPeriod;
    qsizetype paragraph = -1;
    for (const SentenceSplitter::Span &span : SentenceSplitter::split(text)) {
        const QString sentence = text.mid(span.start, span.length);
        if (span.paragraph != paragraph) {
            paragraph = span.paragraph;
            paragraphPeriod.reset();
        }
        if (Period period = PeriodReader::read(sentence, published))
            paragraphPeriod = period;
        visit(span, sentence, paragraphPeriod);
    }
}

void setPeriod(FigureProposal &f, const Period &period)
{
    if (!period)
        return;
    f.periodStart = period->start;
    f.periodEnd = period->end;
    f.periodLabel = period->label;
}

// The selected words as a figure the rules do not know ("12 kinds of goods"): its number, and
// the words after it as its unit; the analyst labels it.
std::optional<FigureProposal> figureOfWords(const QString &sentence, qsizetype start,
                                            const QString &words)
{
    const auto stated = FigureCheck::valueOf(words);
    if (!stated)
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?"));
    const QRegularExpressionMatch m = number.match(words);
    FigureProposal f;
    f.kind = FigureProposal::Kind::Count;
    f.value = stated->first;
    f.decimals = stated->second;
    f.unit = words.mid(m.capturedEnd()).simplified();
    f.asWritten = words;
    f.quote = sentence;
    f.start = start;
    return f;
}

} // namespace

QList<FigureProposal> ArticleExtractor::extract(const QString &text, const QDate &published)
{
    QList<FigureProposal> proposals;
    forEachSentence(text, published, [&](const auto &, const QString &sentence, const Period &p) {
        if (!isProse(sentence))
            return;
        for (FigureProposal f : FigureFinder::find(sentence)) {
            setPeriod(f, p);
            proposals.append(f);
        }
    });
    return proposals;
}

std::optional<FigureProposal> ArticleExtractor::figureAt(const QString &text,
                                                         const QDate &published, qsizetype start,
                                                         qsizetype length, QString *why)
{
    std::optional<FigureProposal> found;
    bool inOneSentence = false;
    forEachSentence(
        text, published,
        [&](const SentenceSplitter::Span &span, const QString &sentence, const Period &period) {
            const qsizetype from = start - span.start;
            if (inOneSentence || from < 0 || from + length > span.length)
                return;
            inOneSentence = true;
            for (FigureProposal f : FigureFinder::find(sentence)) {
                if (f.start < from + length && from < f.start + f.asWritten.size()) {
                    setPeriod(f, period);
                    found = f;
                    return;
                }
            }
            const QString selected = sentence.mid(from, length);
            qsizetype lead = 0;
            while (lead < selected.size() && selected.at(lead).isSpace())
                ++lead;
            found = figureOfWords(sentence, from + lead, selected.trimmed());
            if (found)
                setPeriod(*found, period);
        });
    if (!found && why)
        *why = inOneSentence ? tr("The selection states no number.")
                             : tr("Select a figure within one sentence.");
    return found;
}
