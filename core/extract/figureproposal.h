// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

// One figure an article states, as the extractor proposes it for the analyst's review: its
// number as written, what it counts, the period and basis it is stated for, and the verbatim
// sentence it stands in. Nothing is rounded or converted: VALUE is the number the text writes
// (512.4 of "512.4 billion"), SCALE what its scale word multiplies it by.
struct FigureProposal
{
    enum class Kind { Percent, PercentagePoints, Amount, Count, Multiple, Quantity };
    enum class Direction { None, Up, Down };

    Kind kind = Kind::Count;
    double value = 0.0;
    int decimals = 0;   // digits after the point, as written
    double scale = 1.0; // 1e6 for million, 1e9 for billion, 1e12 for trillion
    QString unit;       // "%", "pp", "billion U.S. dollars", "professionals", "times"
    QString qualifier;  // "more than", "about"; empty when exact
    Direction direction = Direction::None;
    QString asWritten;   // the figure's own text, as the sentence writes it
    QString quote;       // the sentence, verbatim
    qsizetype start = 0; // where asWritten starts in quote
    QString label;       // proposed from the sentence's subject
    QString category;
    QDate periodStart; // invalid when the text names no period
    QDate periodEnd;
    QString periodLabel;
    QString basis; // "year-on-year", "of GDP"; empty when none is stated

    // Which figure this is, whatever the analyst edits: the same words at the same place of the
    // same sentence.
    QString identity() const
    {
        return quote + u'\x1f' + QString::number(start) + u'\x1f' + asWritten;
    }
};
