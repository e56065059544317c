// SPDX-License-Identifier: MIT
#pragma once

#include "factsearch.h"
#include "store/factquery.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Store;

// The facts a search finds, a page at a time: the candidates of the store's FactQuery, found
// through its indexes, each checked against the plain definition (FactSearch). Memory stays
// flat however many facts the store holds. Errors are values: failed calls return std::nullopt
// or false and set errorString().
class FactSource
{
public:
    explicit FactSource(Store &store);

    // Starts over with the facts matching TEXT, in ORDER.
    bool setSearch(const QString &text, FactQuery::Order order = FactQuery::Order::Natural,
                   Qt::SortOrder direction = Qt::AscendingOrder);
    // The next up to LIMIT matches; fewer only at the end.
    std::optional<QList<FactRow>> next(int limit);
    bool atEnd() const { return m_atEnd; }
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    std::unique_ptr<FactQuery> m_query;
    QStringList m_words;
    std::optional<FactRow> m_last; // the last candidate looked at
    bool m_atEnd = false;
    QString m_error;
};
