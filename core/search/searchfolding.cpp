// SPDX-License-Identifier: MIT
#include "searchfolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The folded text with, for each of its characters, the range of the original it came from.
struct Folded
{
    QString text;
    QList<QPair<int, int>> origin; // [start, end) in the original
};

bool isDash(char32_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

// Folds code point by code point, keeping the map back to the original.
Folded foldCodePoints(const QString &text)
{
    Folded out;
    out.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString one = text.mid(i, width);
        const QString piece = isDash(one.toUcs4().value(0))
                                  ? QStringLiteral("-")
                                  : one.normalized(QString::NormalizationForm_KC).toCaseFolded();
        for (const QChar c : piece) {
            out.text.append(c);
            out.origin.append({int(i), int(i + width)});
        }
        i += width;
    }
    return out;
}

// Replaces every match of PATTERN's group 1 by REPLACEMENT, keeping the map.
void replaceMapped(Folded &folded, const QRegularExpression &pattern, const QString &replacement)
{
    Folded out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(folded.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(1);
        const qsizetype end = match.capturedEnd(1);
        out.text += QStringView(folded.text).mid(copied, start - copied);
        out.origin += folded.origin.mid(copied, start - copied);
        const QPair<int, int> span{folded.origin.at(start).first, folded.origin.at(end - 1).second};
        for (qsizetype k = 0; k < replacement.size(); ++k) {
            out.text.append(replacement.at(k));
            out.origin.append(span);
        }
        copied = end;
    }
    if (copied == 0 && out.text.isEmpty())
        return;
    out.text += QStringView(folded.text).mid(copied);
    out.origin += folded.origin.mid(copied);
    folded = std::move(out);
}

Folded foldMapped(const QString &text)
{
    static const QRegularExpression percentagePoints(
        QStringLiteral("\\b(percentage points?|pp)\\b"));
    static const QRegularExpression leadingPlus(QStringLiteral("(?:^|[^\\w.])(\\+)(?=[\\d.])"));
    Folded folded = foldCodePoints(text);
    replaceMapped(folded, percentagePoints, QStringLiteral("percentagepoints"));
    replaceMapped(folded, leadingPlus, QString());
    return folded;
}

} // namespace

QString SearchFolding::fold(const QString &text)
{
    return foldMapped(text).text;
}

namespace {

QStringList distinctTerms(const QString &query)
{
    // Fold the words, then split, so "percentage points" becomes one word.
    QStringList words = SearchFolding::fold(query.simplified()).split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

} // namespace

QStringList SearchFolding::terms(const QString &query)
{
    return distinctTerms(query).mid(0, kMaxTerms);
}

int SearchFolding::termCount(const QString &query)
{
    return int(distinctTerms(query).size());
}

QString SearchFolding::valueToken(const QString &number, const QString &unit)
{
    if (unit == u"%")
        return number + u'%';
    if (unit == u"pp")
        return number + QStringLiteral("pp");
    return {};
}

QList<QPair<int, int>> SearchFolding::matches(const QString &text, const QStringList &terms)
{
    static const QRegularExpression valueTerm(QStringLiteral("^(-?[\\d.]+)(%|percentagepoints)$"));
    const Folded folded = foldMapped(text);
    QList<QPair<int, int>> ranges;
    auto mark = [&](const QString &needle, bool wholeNumber) {
        for (qsizetype from = 0; (from = folded.text.indexOf(needle, from)) >= 0;
             from += needle.size()) {
            const qsizetype end = from + needle.size();
            if (wholeNumber && ((from > 0 && folded.text.at(from - 1).isDigit()) ||
                                (end < folded.text.size() && folded.text.at(end).isDigit())))
                continue;
            const int start = folded.origin.at(from).first;
            ranges.append({start, folded.origin.at(end - 1).second - start});
        }
    };
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        mark(term, false);
        const QRegularExpressionMatch value = valueTerm.match(term);
        if (value.hasMatch())
            mark(value.captured(1), true);
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}
