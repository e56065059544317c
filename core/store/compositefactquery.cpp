// SPDX-License-Identifier: MIT
#include "compositefactquery.h"

#include <algorithm>

namespace {

template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The sort key's comparison, as SQLite compares the stored values: labels by their bytes.
int compareKeys(const FactRow &a, const FactRow &b, FactQuery::Order order)
{
    switch (order) {
    case FactQuery::Order::Natural:
        break;
    case FactQuery::Order::Label:
        return compare(a.fact.label.toUtf8(), b.fact.label.toUtf8());
    case FactQuery::Order::Value:
        return compare(a.fact.value, b.fact.value);
    case FactQuery::Order::Period:
        return compare(a.fact.periodStart, b.fact.periodStart);
    }
    return 0;
}

} // namespace

CompositeFactQuery::CompositeFactQuery(std::unique_ptr<FactQuery> builtIn,
                                       std::unique_ptr<FactQuery> stored)
    : m_builtIn(std::move(builtIn))
    , m_stored(std::move(stored))
{
}

QList<FactQuery *> CompositeFactQuery::parts() const
{
    QList<FactQuery *> parts{m_builtIn.get()};
    if (m_stored)
        parts.append(m_stored.get());
    return parts;
}

bool CompositeFactQuery::fail(const FactQuery &part)
{
    m_error = part.errorString();
    return false;
}

void CompositeFactQuery::setTerms(const QList<FactTerm> &terms)
{
    for (FactQuery *part : parts())
        part->setTerms(terms);
}

void CompositeFactQuery::setOrder(Order order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
    for (FactQuery *part : parts())
        part->setOrder(order, direction);
}

bool CompositeFactQuery::before(const FactRow &a, const FactRow &b, Order order,
                                Qt::SortOrder direction)
{
    int c = 0;
    if (order == Order::Natural) {
        c = compare(a.builtIn ? 0 : 1, b.builtIn ? 0 : 1);
        if (c == 0)
            c = compare(a.fact.id, b.fact.id);
    } else {
        c = compareKeys(a, b, order);
        if (c == 0)
            c = compare(a.fact.id, b.fact.id);
        if (c == 0)
            c = compare(a.builtIn ? 0 : 1, b.builtIn ? 0 : 1);
    }
    return direction == Qt::AscendingOrder ? c < 0 : c > 0;
}

// Each part's next LIMIT rows after AFTER (each knows where another part's row lies in its
// order), merged, and cut at LIMIT.
std::optional<QList<FactRow>> CompositeFactQuery::page(int limit, const FactRow *after)
{
    m_error.clear();
    QList<FactRow> rows;
    for (FactQuery *part : parts()) {
        const std::optional<QList<FactRow>> more = part->page(limit, after);
        if (!more) {
            fail(*part);
            return std::nullopt;
        }
        rows += *more;
    }
    std::stable_sort(rows.begin(), rows.end(), [this](const FactRow &a, const FactRow &b) {
        return before(a, b, m_order, m_direction);
    });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

std::optional<qint64> CompositeFactQuery::count()
{
    m_error.clear();
    qint64 total = 0;
    for (FactQuery *part : parts()) {
        const std::optional<qint64> n = part->count();
        if (!n) {
            fail(*part);
            return std::nullopt;
        }
        total += *n;
    }
    return total;
}

std::optional<QList<Data::Source>> CompositeFactQuery::sources()
{
    m_error.clear();
    QList<Data::Source> all;
    for (FactQuery *part : parts()) {
        const std::optional<QList<Data::Source>> some = part->sources();
        if (!some) {
            fail(*part);
            return std::nullopt;
        }
        all += *some;
    }
    return all;
}
