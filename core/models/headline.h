// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QList>

class HeadlinePins;
#include <QString>

// The headline figures of a fact list: one per stated fact that is not a percentage-point
// change; a stated change joins the headline with the same category and period
// ("+3.4 pp on a year earlier"). Shared by the window's tiles and the presentation.
struct Headline
{
    QString factKey;
    QString value;     // "+9.3%", "25.7%", "more than 830 people"
    QString qualifier; // "more than"; empty when exact
    QString figure;    // value without the qualifier: "830 people"
    QString label;     // "Digital industry revenue growth"
    QString detail;    // "Jan–May 2025 · year-on-year · +3.4 pp on a year earlier"
    QString quote;
    Data::Source source;

    // Every stated fact's headline, or with PINS only those of the facts it makes headlines.
    static QList<Headline> fromFacts(const QList<Data::Fact> &facts,
                                     const HeadlinePins *pins = nullptr);
};
