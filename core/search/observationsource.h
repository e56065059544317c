// SPDX-License-Identifier: MIT
#pragma once

#include "data/series.h"
#include "observationsearch.h"
#include "store/observationquery.h"

#include <memory>

#include <QHash>
#include <QList>
#include <QString>

class Store;

// The rows of the observation table, as the window and the `series` command both read them:
// the built-in series' and the store's, found and paged by one query through the stores'
// search indexes (Store::observationQuery()). A stored series whose key or source the built-in
// dataset already has is left out of the catalogue, as the query leaves out its rows.
class ObservationSource
{
public:
    explicit ObservationSource(Store &store);

    // Reads the built-in series, the store's series catalogue and the entities of both.
    bool open();
    QString errorString() const { return m_error; }

    const QList<Data::Series> &builtInSeries() const { return m_builtIn; }
    const QList<Data::Series> &userSeries() const { return m_user; }
    // The series of ROW, and its place in builtInSeries() followed by userSeries(); null and
    // -1 for a row of a series the catalogue does not hold.
    const Data::Series *seriesOf(const ObservationRow &row) const;
    qsizetype seriesIndex(const ObservationRow &row) const;

    // The rows that match WORDS (SearchFolding::terms), in ORDER.
    std::unique_ptr<ObservationQuery>
    query(const QStringList &words,
          ObservationQuery::Order order = ObservationQuery::Order::Natural,
          Qt::SortOrder direction = Qt::AscendingOrder) const;

private:
    Store &m_store;
    QList<Data::Series> m_builtIn;
    QList<Data::Series> m_user;
    QHash<qint64, qsizetype> m_builtInIndex; // by the series' id in its store
    QHash<qint64, qsizetype> m_userIndex;
    ObservationSearch m_search;
    EntityOrder m_entityOrder;
    QString m_error;
};
