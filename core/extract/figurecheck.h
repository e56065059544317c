// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Whether a figure the analyst wrote or edited by hand still traces to its sentence: the quote
// holds the figure as written, word for word; the figure as written states the value; it has a
// label and a unit; and its period is either absent or a valid span with a name.
class FigureCheck
{
    Q_DECLARE_TR_FUNCTIONS(FigureCheck)

public:
    // Why FACT cannot be kept as it is, in one sentence; empty when it can.
    static QString problemOf(const Data::Fact &fact);
    // The number AS_WRITTEN states ("512.4" of "512.4 billion U.S. dollars", 0.5 of "half a
    // percentage point"), with its digits after the point; nullopt when it states none.
    static std::optional<std::pair<double, int>> valueOf(const QString &asWritten);
};
