// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QRegularExpression>
#include <QString>

#include <utility>

// What the figure finders of every language share: what follows a number and belongs to its
// figure, the figure a number and its unit make, the direction the verb nearest a figure gives
// it, and a number as written read with its digits after the point.
class FigureRules
{
public:
    struct Unit
    {
        FigureProposal::Kind kind;
        QString unit;
        double scale = 1.0;
        qsizetype length = 0; // of the text after the number that belongs to the figure
        bool more = false;    // a word after the number says "more than" ("3000多家")
    };

    // The figure SENTENCE writes from START: its number PLAIN (as numberOf() reads it), which
    // ends at NUMBEREND, and UNIT after it. Kind, value, decimals, scale, unit, span, the figure
    // as written and the quote are set; what surrounds it is the finder's to read.
    static FigureProposal figureOf(const QString &sentence, qsizetype start, qsizetype numberEnd,
                                   const QString &plain, const Unit &unit);
    // The direction of whichever of UP's and DOWN's words comes last in NEAR, the text just
    // before a figure; None when neither is there.
    static FigureProposal::Direction lastDirection(const QString &near,
                                                   const QRegularExpression &up,
                                                   const QRegularExpression &down);
    // The number PLAIN writes ("512.4": its grouping taken out, its decimal mark a point) and
    // how many digits it gives after the point.
    static std::pair<double, int> numberOf(const QString &plain);
};
