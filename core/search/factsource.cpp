// SPDX-License-Identifier: MIT
#include "factsource.h"

#include "search/searchfolding.h"
#include "store/store.h"

#include <algorithm>

FactSource::FactSource(Store &store)
    : m_store(store)
{
}

bool FactSource::setSearch(const QString &text, FactQuery::Order order, Qt::SortOrder direction)
{
    m_query = m_store.factQuery();
    m_words = SearchFolding::terms(text);
    m_last.reset();
    m_atEnd = false;
    const std::optional<QList<Data::Source>> sources =
        m_words.isEmpty() ? QList<Data::Source>() : m_query->sources();
    if (!sources) {
        m_error = m_query->errorString();
        return false;
    }
    m_query->setTerms(FactSearch(*sources).terms(m_words));
    m_query->setOrder(order, direction);
    return true;
}

std::optional<QList<FactRow>> FactSource::next(int limit)
{
    QList<FactRow> matches;
    // Candidates come a little more than a page at a time: most match, and a page that reads
    // past the limit is cut where it was left off.
    const int chunk = std::max(limit, 64) + 64;
    while (!m_atEnd && matches.size() < limit) {
        const std::optional<QList<FactRow>> page =
            m_query->page(chunk, m_last ? &*m_last : nullptr);
        if (!page) {
            m_error = m_query->errorString();
            return std::nullopt;
        }
        m_atEnd = page->size() < chunk;
        for (const FactRow &row : *page) {
            if (matches.size() == limit) {
                m_atEnd = false;
                break;
            }
            m_last = row;
            if (FactSearch::matches(FactSearch::shownText(row.fact), m_words))
                matches.append(row);
        }
    }
    return matches;
}
