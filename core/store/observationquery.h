// SPDX-License-Identifier: MIT
#pragma once

#include "entityorder.h"
#include "observationrow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One folded search word and where it matches. A row matches the word when its series, its
// entity or its kind is listed here, or when the store's search index (its period and value,
// see SearchDocument) contains the word. ObservationSearch fills it in.
struct ObservationTerm
{
    QString text;
    QStringList seriesKeys; // series whose label, unit, code or source contain it
    QStringList entities;   // stored entity names whose shown name or code contain it
    bool stated = false;    // every row that is not derived matches
    bool derived = false;   // every derived row matches
};

// A store's observations, read a page at a time, filtered by search terms and sorted: the
// request is values (terms, hidden series, order, the row to start after, a limit) and each
// backend answers it in its own SQL, with no call reading every row. Pages follow each other by
// key, so every page costs the same however deep it lies. Errors are values: failed calls
// return std::nullopt and set errorString(). Store::observationQuery() makes one.
class ObservationQuery
{
public:
    enum class Order { Natural, Entity, Period, Value }; // Natural: series, entity, period

    virtual ~ObservationQuery() = default;

    virtual void setTerms(const QList<ObservationTerm> &terms) = 0;
    // Rows never returned: those of a series whose key is in SERIESKEYS or whose source's key
    // is in SOURCEKEYS. CompositeObservationQuery passes the built-in dataset's keys, which
    // shadow the store's.
    virtual void setShadowed(const QStringList &seriesKeys, const QStringList &sourceKeys) = 0;
    virtual void setOrder(Order order, Qt::SortOrder direction = Qt::AscendingOrder) = 0;
    virtual Order order() const = 0;
    virtual Qt::SortOrder direction() const = 0;
    // The order of Order::Entity: by the names shown in the interface language when ORDER is
    // not empty (entities it does not list sort last, by stored name).
    virtual void setEntityOrder(const EntityOrder &order) = 0;
    virtual const EntityOrder &entityOrder() const = 0;

    // Up to LIMIT rows after AFTER (from the start when it is null).
    virtual std::optional<QList<ObservationRow>> page(int limit,
                                                      const ObservationRow *after = nullptr) = 0;
    // How many rows match; a full pass over the matches, so callers ask after the first page.
    virtual std::optional<qint64> count() = 0;
    // How many matching rows come before ROW in the current order.
    virtual std::optional<qint64> position(const ObservationRow &row) = 0;
    // The row of the series SERIESKEY, ENTITY (a code, or the name of a row without one) and a
    // period starting in YEAR, when the terms match it.
    virtual std::optional<ObservationRow> find(const QString &seriesKey, const QString &entity,
                                               int year) = 0;
    // The valid rows of one series of the store (by its id there), by entity and period;
    // leftOut() then counts the rows it left out, and firstProblem() names the first.
    virtual std::optional<QList<Data::Observation>> ofSeries(qint64 seriesId) = 0;
    virtual qint64 leftOut() const = 0;
    virtual QString firstProblem() const = 0;
    // Every distinct entity, with its code and whether it is an aggregate.
    virtual std::optional<QList<Data::Observation>> entities() = 0;

    virtual QString errorString() const = 0;
};
