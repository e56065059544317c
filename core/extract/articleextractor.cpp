// SPDX-License-Identifier: MIT
#include "articleextractor.h"

#include "chinesefigurefinder.h"
#include "chineseperiodreader.h"
#include "figurecheck.h"
#include "figurefinder.h"
#include "periodreader.h"
#include "russianfigurefinder.h"
#include "russianperiodreader.h"
#include "sentencesplitter.h"

#include <QRegularExpression>

#include <functional>

namespace {

using Language = ArticleLanguage::Code;

// Whether a line is prose a figure can be stated in: a ticker, a table row or a price board
// ("KGS/USD = 0.01144 0%") has no three lowercase words (no eight Han characters in Chinese).
bool isProse(const QString &sentence, Language language)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{Ll}{3,}\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression &unit = language == Language::Chinese ? han : word;
    const int needed = language == Language::Chinese ? 8 : 3;
    int found = 0;
    for (auto it = unit.globalMatch(sentence); it.hasNext() && found < needed; it.next())
        ++found;
    return found >= needed;
}

QList<FigureProposal> figuresOf(const QString &sentence, Language language)
{
    if (language == Language::Chinese)
        return ChineseFigureFinder::find(sentence);
    if (language == Language::Russian)
        return RussianFigureFinder::find(sentence);
    return FigureFinder::find(sentence);
}

std::optional<PeriodReader::Period> periodOf(const QString &sentence, const QDate &published,
                                             Language language)
{
    if (language == Language::Chinese)
        return ChinesePeriodReader::read(sentence, published);
    if (language == Language::Russian)
        return RussianPeriodReader::read(sentence, published);
    return PeriodReader::read(sentence, published);
}

using Period = std::optional<PeriodReader::Period>;

// Each sentence of TEXT with the period it states, or else the one its paragraph named last.
void forEachSentence(const QString &text, const QDate &published, Language language,
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
        if (Period period = periodOf(sentence, published, language))
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

QList<FigureProposal> ArticleExtractor::extract(const QString &text, const QDate &published,
                                                std::optional<ArticleLanguage::Code> language)
{
    const Language in = language.value_or(ArticleLanguage::guess(text));
    QList<FigureProposal> proposals;
    forEachSentence(text, published, in,
                    [&](const auto &, const QString &sentence, const Period &p) {
                        if (!isProse(sentence, in))
                            return;
                        for (FigureProposal f : figuresOf(sentence, in)) {
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
    const Language in = ArticleLanguage::guess(text);
    std::optional<FigureProposal> found;
    bool inOneSentence = false;
    forEachSentence(
        text, published, in,
        [&](const SentenceSplitter::Span &span, const QString &sentence, const Period &period) {
            const qsizetype from = start - span.start;
            if (inOneSentence || from < 0 || from + length > span.length)
                return;
            inOneSentence = true;
            for (FigureProposal f : figuresOf(sentence, in)) {
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
