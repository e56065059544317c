// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace Data {

// One point of a series. factKey links it to the fact that states or derives it.
struct Observation
{
    QString seriesKey;
    QString entity;         // country of an imported series; empty for the article's own series
    QString entityCode;     // ISO 3166 alpha-3, an OWID_* code, or empty
    bool aggregate = false; // a region or income group rather than a country
    QDate periodStart;
    QDate periodEnd;
    QString periodLabel;
    double value = 0.0;
    QString factKey; // empty when the point has no fact of its own
    bool derived = false;
};

} // namespace Data
