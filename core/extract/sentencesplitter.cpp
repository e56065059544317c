// SPDX-License-Identifier: MIT
#include "sentencesplitter.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace {

// Words whose period is not a sentence's end.
bool endsWithAbbreviation(const QString &sentence)
{
    static const QRegularExpression abbreviation(
        QStringLiteral("(?:\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                       "Nov|Dec|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|Co|Corp|Ltd|Inc|Jr|Sr|Gov|Gen|Rep|"
                       "Sen|vs|etc|approx|est|e\\.g|i\\.e)|\\b[A-Z])\\.[\"'”’)]?\\s*$"));
    return abbreviation.match(sentence).hasMatch();
}

} // namespace

QList<SentenceSplitter::Span> SentenceSplitter::split(const QString &text)
{
    QList<Span> spans;
    qsizetype lineStart = 0;
    qsizetype paragraph = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
        qsizetype from = 0;
        qsizetype pending = -1; // start of a sentence joined across an abbreviation
        while (finder.toNextBoundary() >= 0) {
            const qsizetype to = finder.position();
            const QString piece = line.mid(from, to - from);
            const qsizetype start = pending >= 0 ? pending : from;
            if (to < line.size() && endsWithAbbreviation(piece)) {
                pending = start;
            } else {
                qsizetype s = start;
                qsizetype e = to;
                while (s < e && line.at(s).isSpace())
                    ++s;
                while (e > s && line.at(e - 1).isSpace())
                    --e;
                if (e > s)
                    spans.append({lineStart + s, e - s, paragraph});
                pending = -1;
            }
            from = to;
            if (to >= line.size())
                break;
        }
        if (!line.trimmed().isEmpty())
            ++paragraph;
        lineStart = lineEnd + 1;
    }
    return spans;
}
