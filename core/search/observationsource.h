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
// the built-in series' observations, held in memory and scanned, then the user store's,
// read a page at a time through its search index. A user series whose key or source the
// built-in dataset already has is left out, as Store::load() leaves it out.
class ObservationSource
{
public:
    explicit ObservationSource(Store &store);

    // Reads the built-in series, the user store's series catalogue and its entities.
    bool open();
    QString errorString() const { return m_error; }

    const QList<Data::Series> &builtInSeries() const { return m_builtIn; }
    const QList<Data::Series> &userSeries() const { return m_user; }
    const Data::Series *userSeriesById(qint64 id) const;
    const Data::Series *userSeriesByKey(const QString &key) const;
    qsizetype userSeriesIndex(qint64 id) const { return m_userIndex.value(id, -1); }
    bool hasUserStore() const;

    // The built-in observations that match WORDS (SearchFolding::terms), in series order.
    QList<std::pair<const Data::Series *, const Data::Observation *>>
    builtInMatches(const QStringList &words) const;
    // The user store's rows that match WORDS, in ORDER.
    std::unique_ptr<ObservationQuery>
    userQuery(const QStringList &words,
              ObservationQuery::Order order = ObservationQuery::Order::Natural,
              Qt::SortOrder direction = Qt::AscendingOrder) const;

private:
    EntityOrder entityOrder(const QList<ObservationSearch::Entity> &user) const;

    Store &m_store;
    QList<Data::Series> m_builtIn;
    // Their search texts, folded once: ObservationSearch's two halves, per series and per row.
    QList<QStringList> m_builtInSeriesTexts;
    QList<QList<QStringList>> m_builtInRowTexts;
    QList<Data::Series> m_user;
    QHash<qint64, qsizetype> m_userIndex;
    QList<qint64> m_hidden;
    ObservationSearch m_search;
    EntityOrder m_entityOrder;
    QString m_error;
};
