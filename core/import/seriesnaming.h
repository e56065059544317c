// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The label and unit an imported series is shown with. An import takes them, in order, from
// the analyst (import --label/--unit, the preview), from metadata the publisher ships beside
// the file (OwidMetadata), and last from the column header itself.
struct SeriesNaming
{
    QString label;
    QString unit; // "%" for a percentage; else the publisher's words ("per 100 people")

    // From a column header or an indicator name:
    // - "Individuals using the Internet (% of population)": the header, unit "%";
    // - "Mobile cellular subscriptions (per 100 people)": the header, unit "per 100 people";
    // - "mobile_cellular_subscriptions_per_100_people" (OWID's short names): "Mobile cellular
    //   subscriptions per 100 people", unit "per 100 people";
    // - "... (%)" or "..._pct": unit "%".
    // - "... (per 100 people) (per 100 people)", a unit some downloads repeat: said once.
    // A header with no unit takes it from FILE_SLUG, the slug of an OWID chart download's file
    // name, when the slug is the header's own followed by a unit ("mobile-cellular-subscriptions"
    // in "mobile-cellular-subscriptions-per-100-people.csv"): the label gains "(per 100 people)".
    // The unit is empty when neither says it; nothing is guessed.
    static SeriesNaming fromHeader(const QString &header, const QString &fileSlug = {});
};
