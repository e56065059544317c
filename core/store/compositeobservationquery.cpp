// SPDX-License-Identifier: MIT
#include "compositeobservationquery.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// SQLite's BINARY collation: UTF-8 bytes, which is code point order (UTF-16 units are not).
int compareStored(const QString &a, const QString &b)
{
    return a == b ? 0 : compare(a.toUtf8(), b.toUtf8());
}

int compareKeys(const ObservationRow &a, const ObservationRow &b, ObservationQuery::Order order,
                const EntityOrder &entityOrder)
{
    const Data::Observation &x = a.observation;
    const Data::Observation &y = b.observation;
    switch (order) {
    case ObservationQuery::Order::Entity:
        if (entityOrder.isEmpty())
            return compareStored(x.entity, y.entity);
        if (x.entity != y.entity)
            return entityOrder.lessThan(x.entity, y.entity) ? -1 : 1;
        if (const int c = compareStored(x.entityCode, y.entityCode))
            return c;
        return compare(x.aggregate, y.aggregate);
    case ObservationQuery::Order::Period:
        return compare(x.periodStart, y.periodStart);
    case ObservationQuery::Order::Value:
        return compare(x.value, y.value);
    case ObservationQuery::Order::Natural:
        break;
    }
    if (const int c = compare(a.seriesId, b.seriesId))
        return c;
    if (const int c = compareStored(x.entity, y.entity))
        return c;
    return compare(x.periodStart, y.periodStart);
}

int origin(bool builtIn)
{
    return builtIn ? 0 : 1;
}

} // namespace

CompositeObservationQuery::CompositeObservationQuery(std::unique_ptr<ObservationQuery> builtIn,
                                                     std::unique_ptr<ObservationQuery> stored,
                                                     const ShadowingRule &rule)
    : m_builtIn(std::move(builtIn))
    , m_stored(std::move(stored))
    , m_shadowedSeries(rule.seriesKeys())
    , m_shadowedSources(rule.sourceKeys())
{
    setShadowed({}, {});
}

bool CompositeObservationQuery::before(const ObservationRow &a, const ObservationRow &b,
                                       Order order, Qt::SortOrder direction,
                                       const EntityOrder &entityOrder)
{
    int c = 0;
    if (order == Order::Natural) {
        c = compare(origin(a.builtIn), origin(b.builtIn));
        if (c == 0)
            c = compareKeys(a, b, order, entityOrder);
    } else {
        c = compareKeys(a, b, order, entityOrder);
        if (c == 0)
            c = compare(origin(a.builtIn), origin(b.builtIn));
        if (c == 0)
            c = compare(a.id, b.id);
    }
    return direction == Qt::AscendingOrder ? c < 0 : c > 0;
}

QList<CompositeObservationQuery::Part> CompositeObservationQuery::parts() const
{
    QList<Part> parts{{m_builtIn.get(), true}};
    if (m_stored)
        parts.append({m_stored.get(), false});
    return parts;
}

// Where PART's rows start that follow ROW (AFTER) or that come before it (not AFTER), when ROW
// is the other part's: each part orders by its key and then its own ids, so a bound of the
// same key with the lowest or highest id stands for "the other part's row" in its order.
CompositeObservationQuery::Bound CompositeObservationQuery::boundIn(const Part &part,
                                                                    const ObservationRow &row,
                                                                    bool after,
                                                                    ObservationRow *bound) const
{
    *bound = row;
    if (part.builtIn == row.builtIn)
        return Bound::From;
    const bool ascending = m_direction == Qt::AscendingOrder;
    const int mine = origin(part.builtIn);
    const int theirs = origin(row.builtIn);
    // Whether PART's rows of ROW's very key lie on the asked side of ROW.
    const bool sameKeyIncluded = (ascending == after) ? mine > theirs : mine < theirs;
    if (m_order == Order::Natural) // the built-in rows come first, whatever their key
        return sameKeyIncluded ? Bound::Start : Bound::None;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    bound->builtIn = part.builtIn;
    if (after)
        bound->id = (sameKeyIncluded == ascending) ? lowest : highest;
    else
        bound->id = (sameKeyIncluded == ascending) ? highest : lowest;
    return Bound::From;
}

void CompositeObservationQuery::setTerms(const QList<ObservationTerm> &terms)
{
    for (const Part &part : parts())
        part.query->setTerms(terms);
}

void CompositeObservationQuery::setShadowed(const QStringList &seriesKeys,
                                            const QStringList &sourceKeys)
{
    if (m_stored)
        m_stored->setShadowed(m_shadowedSeries + seriesKeys, m_shadowedSources + sourceKeys);
}

void CompositeObservationQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
    for (const Part &part : parts())
        part.query->setOrder(order, direction);
}

void CompositeObservationQuery::setEntityOrder(const EntityOrder &order)
{
    m_entityOrder = order;
    for (const Part &part : parts())
        part.query->setEntityOrder(order);
}

std::optional<QList<ObservationRow>> CompositeObservationQuery::page(int limit,
                                                                     const ObservationRow *after)
{
    QList<ObservationRow> rows;
    for (const Part &part : parts()) {
        ObservationRow bound;
        const Bound from = after ? boundIn(part, *after, true, &bound) : Bound::Start;
        if (from == Bound::None)
            continue;
        std::optional<QList<ObservationRow>> more =
            part.query->page(limit, from == Bound::From ? &bound : nullptr);
        if (!more) {
            fail(*part.query);
            return std::nullopt;
        }
        for (ObservationRow &row : *more)
            row.builtIn = part.builtIn;
        QList<ObservationRow> merged;
        merged.reserve(rows.size() + more->size());
        std::merge(rows.cbegin(), rows.cend(), more->cbegin(), more->cend(),
                   std::back_inserter(merged),
                   [this](const ObservationRow &a, const ObservationRow &b) {
                       return before(a, b, m_order, m_direction, m_entityOrder);
                   });
        rows = std::move(merged);
    }
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

std::optional<qint64> CompositeObservationQuery::count()
{
    qint64 total = 0;
    for (const Part &part : parts()) {
        const std::optional<qint64> n = part.query->count();
        if (!n) {
            fail(*part.query);
            return std::nullopt;
        }
        total += *n;
    }
    return total;
}

std::optional<qint64> CompositeObservationQuery::position(const ObservationRow &row)
{
    qint64 total = 0;
    for (const Part &part : parts()) {
        ObservationRow bound;
        const Bound to = boundIn(part, row, false, &bound);
        if (to == Bound::None)
            continue;
        const std::optional<qint64> n =
            to == Bound::Start ? part.query->count() : part.query->position(bound);
        if (!n) {
            fail(*part.query);
            return std::nullopt;
        }
        total += *n;
    }
    return total;
}

std::optional<ObservationRow> CompositeObservationQuery::find(const QString &seriesKey,
                                                              const QString &entity, int year)
{
    for (const Part &part : parts()) {
        std::optional<ObservationRow> row = part.query->find(seriesKey, entity, year);
        if (row) {
            row->builtIn = part.builtIn;
            return row;
        }
        fail(*part.query);
    }
    return std::nullopt;
}

std::optional<QList<Data::Observation>> CompositeObservationQuery::ofSeries(qint64 seriesId)
{
    if (!m_stored) {
        m_error = QCoreApplication::translate("CompositeObservationQuery", "No store is open.");
        return std::nullopt;
    }
    auto rows = m_stored->ofSeries(seriesId);
    if (!rows)
        fail(*m_stored);
    return rows;
}

qint64 CompositeObservationQuery::leftOut() const
{
    return m_stored ? m_stored->leftOut() : 0;
}

QString CompositeObservationQuery::firstProblem() const
{
    return m_stored ? m_stored->firstProblem() : QString();
}

std::optional<QList<Data::Observation>> CompositeObservationQuery::entities()
{
    QList<Data::Observation> entities;
    QSet<QString> seen;
    for (const Part &part : parts()) {
        const auto some = part.query->entities();
        if (!some) {
            fail(*part.query);
            return std::nullopt;
        }
        for (const Data::Observation &o : *some) {
            const QString key = o.entity + u'\x1f' + o.entityCode + (o.aggregate ? u'1' : u'0');
            if (!seen.contains(key)) {
                seen.insert(key);
                entities.append(o);
            }
        }
    }
    return entities;
}

bool CompositeObservationQuery::fail(const ObservationQuery &part)
{
    m_error = part.errorString();
    return false;
}
