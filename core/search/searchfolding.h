// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// How a search compares text, the same on both sides: what a row holds and what is typed.
// Typing what the screen shows must find it:
// - NFKC and Unicode case folding (full-width digits, Cyrillic and Chinese case-insensitively);
// - every dash and minus sign (‐ ‑ ‒ – — ― −) is '-', so "Jan-May" finds "Jan–May";
// - a '+' in front of a number is dropped, so "+9.3%" finds what "9.3%" finds;
// - "pp", "percentage point" and "percentage points" are one word.
//
// Rows add a token of their value glued to its unit ("9.3%", "3.4pp", see valueToken()), so a
// typed "9.3%" finds the figure 9.3 percent and not every sentence that mentions it.
class SearchFolding
{
public:
    static QString fold(const QString &text);
    // The folded words of a query; a row matches when it contains every one.
    // At most kMaxTerms distinct words, in the order typed: every word must match, so a
    // repeated word adds nothing, and a bound keeps a pasted paragraph from taking minutes.
    static QStringList terms(const QString &query);
    static constexpr int kMaxTerms = 16;
    // How many distinct words QUERY has, before the bound.
    static int termCount(const QString &query);
    // "9.3%" or "3.4pp" for a value in percent or percentage points; empty for other units.
    static QString valueToken(const QString &number, const QString &unit);
    // Where TERMS occur in TEXT, compared folded: (start, length) in TEXT itself, sorted, so
    // a highlight marks exactly what the search matched. A value term ("9.3%") also marks the
    // bare number.
    static QList<QPair<int, int>> matches(const QString &text, const QStringList &terms);
};
