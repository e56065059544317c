// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// Splits an article's text into sentences, each a verbatim span of it. A line break ends a
// sentence (a paragraph, a headline, a caption); within a line QTextBoundaryFinder finds the
// ends, and a break it puts after an abbreviation ("U.S.", "Aug.", "No.") or an initial is
// joined again. Decimals ("9.3") never split.
class SentenceSplitter
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype paragraph = 0; // which line of the text it is on, counting from 0
    };
    static QList<Span> split(const QString &text);
};
