// SPDX-License-Identifier: MIT
#pragma once

#include "data/observation.h"

#include <QString>

// Reads the cells that every import format shares: numbers, years and names made into keys.
class CellParser
{
public:
    enum class Number { Value, Missing, Invalid };

    // "7.92E-5" and "-3" are values; an empty cell or ".." (World Bank bulk files) is missing;
    // anything else, NaN and infinity included, is invalid.
    static Number number(const QString &cell, double *value);
    // A calendar year from 1 to 9999 as the period of *observation; false when it is not one.
    static bool year(const QString &cell, Data::Observation *observation);
    // "Individuals using the Internet (% of population)" ->
    // "individuals-using-the-internet-of-population"
    static QString slug(const QString &text);
    // The unit in a label's last parentheses: "%" for "(% of population)", else the words.
    static QString unitOfLabel(const QString &label);
    // "'n/a' is not a number", quoting at most 40 characters of the cell.
    static QString notANumber(const QString &cell);
};
