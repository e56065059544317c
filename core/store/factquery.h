// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One folded search word and where it matches. A fact matches the word when its unit, its
// source or its kind is listed here, or when the store's search index holds the word in the
// fact's document (FactSearchDocument). FactSearch fills it in.
struct FactTerm
{
    QString text;
    QStringList units;      // stored units whose shown name contains it
    QStringList sourceKeys; // sources whose shown citation contains it
    bool stated = false;    // every stated fact matches
    bool derived = false;   // every derived fact matches
};

// One fact a query returns, with where it lies: built in or the analyst's store.
struct FactRow
{
    Data::Fact fact;
    bool builtIn = false;
};

// The facts of the built-in dataset and the store, read a page at a time, filtered by search
// terms and sorted: the request is values (terms, order, the row to start after, a limit) and
// each backend answers it in its own SQL through its indexes, with no call reading every fact.
// Pages follow each other by key, so every page costs the same however deep it lies. A store's
// fact shadowed by the built-in dataset (ShadowingRule) is never returned.
//
// The terms select candidates, a superset of the matches: FactSource checks each against the
// plain definition (FactSearch::matches). Errors are values: failed calls return std::nullopt
// and set errorString(). Store::factQuery() makes one.
class FactQuery
{
public:
    enum class Order { Natural, Label, Value, Period }; // Natural: built in first, then stored

    virtual ~FactQuery() = default;

    virtual void setTerms(const QList<FactTerm> &terms) = 0;
    virtual void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) = 0;
    // Up to LIMIT candidates after AFTER (from the start when it is null).
    virtual std::optional<QList<FactRow>> page(int limit, const FactRow *after = nullptr) = 0;
    // How many candidates there are: an upper bound of the matches, exact without terms.
    virtual std::optional<qint64> count() = 0;
    // Every source a fact can cite, built in and stored: what FactSearch matches citations in.
    virtual std::optional<QList<Data::Source>> sources() = 0;

    virtual QString errorString() const = 0;
};
