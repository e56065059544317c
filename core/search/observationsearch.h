// SPDX-License-Identifier: MIT
#pragma once

#include "data/series.h"
#include "store/observationquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the observation search finds, defined once for both of its paths. A row matches when
// every folded word of the query (SearchFolding::terms) occurs in one of its texts: the
// series' texts and the entity's (ObservationFields), its kind as shown, or its period and
// value (SearchDocument).
// - terms() turns the words into ObservationTerms for ObservationQuery, which finds the rows,
//   built in or stored, through the stores' indexes;
// - matches() is the plain scan of one row, the definition: tests prove the indexed path
//   returns exactly what it returns.
class ObservationSearch
{
public:
    struct Entity
    {
        QString stored; // as the store holds it
        QString code;
        QString shown; // ObservationFields::entity()
    };

    ObservationSearch() = default;
    ObservationSearch(const QList<Data::Series> &catalogue, const QList<Entity> &entities);

    QList<ObservationTerm> terms(const QStringList &words) const;
    // The plain scan, in two halves for a caller that scans many rows of few series: the
    // texts of the row itself (entity, kind, period and value), then the match over
    // SERIESTEXTS (ObservationFields::seriesTexts) and ROWTEXTS.
    static QStringList rowTexts(const Data::Series &series, const Data::Observation &o);
    static bool matches(const QStringList &seriesTexts, const QStringList &rowTexts,
                        const QStringList &words);

private:
    struct Texts
    {
        QString key;
        QStringList texts;
    };
    QList<Texts> m_series;
    QList<std::pair<QString, QStringList>> m_entities; // stored name → texts
};
