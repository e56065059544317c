// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QRegularExpression>
#include <QString>

#include <utility>

// What the figure finders of every language share: the direction the verb nearest a figure
// gives it, and a number as written read with its digits after the point.
class FigureRules
{
public:
    // The direction of whichever of UP's and DOWN's words comes last in NEAR, the text just
    // before a figure; None when neither is there.
    static FigureProposal::Direction lastDirection(const QString &near,
                                                   const QRegularExpression &up,
                                                   const QRegularExpression &down);
    // The number PLAIN writes ("512.4": its grouping taken out, its decimal mark a point) and
    // how many digits it gives after the point.
    static std::pair<double, int> numberOf(const QString &plain);
};
