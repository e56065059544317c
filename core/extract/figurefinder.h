// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QList>
#include <QString>

// Finds the figures of one English sentence by rules, with no model: percentages ("9.3
// percent", "34%"), percentage points ("3.4 percentage points"), amounts with a scale and a
// currency ("512.4 billion U.S. dollars", "$6.06 trillion", "1.73 trillion yuan"), multiples
// ("19.2 times"), quantities ("117 million tons") and counts of a noun ("more than 3,000
// companies"), each with the qualifier before it and the direction and basis around it.
//
// Not figures: dates and years ("Aug 5, 2025", "2025"), times ("08:20"), names with digits
// ("5G", "SCO Summit 2025"), ordinals and phone numbers. A bare number with nothing it counts
// is left out: a reader could not chart it.
class FigureFinder
{
public:
    // The figures of SENTENCE, in order; each has its kind, value, unit, qualifier, direction,
    // basis, asWritten, start and quote (SENTENCE), and a label proposed from its subject.
    static QList<FigureProposal> find(const QString &sentence);
};
