// SPDX-License-Identifier: MIT
#include "observationsearchworker.h"

#include "format/observationfields.h"
#include "search/searchfolding.h"
#include "store/storefactory.h"

#include <algorithm>

ObservationSearchWorker::ObservationSearchWorker(std::shared_ptr<std::atomic<int>> latestGeneration)
    : m_latest(std::move(latestGeneration))
{
}

void ObservationSearchWorker::fail(int generation, const QString &message)
{
    ObservationPage page;
    page.kind = ObservationPage::Kind::Failure;
    page.generation = generation;
    page.error = message;
    emit ready(page);
}

void ObservationSearchWorker::open(int generation, const QString &userStorePath)
{
    m_generation = generation;
    m_query.reset();
    m_source.reset();
    StoreOptions options;
    options.reader = true;
    QString error;
    m_store = StoreFactory::open(userStorePath, options, &error);
    if (!m_store)
        return fail(generation, error);
    m_source = std::make_unique<ObservationSource>(*m_store);
    if (!m_source->open())
        return fail(generation, m_source->errorString());
    // Searches, not the opening, give way to newer ones.
    m_store->setInterruptCheck([this] { return stale(m_generation); });
    ObservationPage page;
    page.kind = ObservationPage::Kind::Catalogue;
    page.generation = generation;
    page.catalogue = m_source->builtInSeries() + m_source->userSeries();
    m_total = -1;
    emit ready(page);
}

ObservationTableRow ObservationSearchWorker::builtInRow(int series,
                                                        const Data::Observation &o) const
{
    ObservationTableRow row;
    row.series = series;
    row.observation = o;
    return row;
}

// Whether a built-in row goes before a user row: by the sort key, built-in rows first on a
// tie and always first in the natural (series) order.
bool ObservationSearchWorker::builtInFirst(const ObservationTableRow &builtIn,
                                           const ObservationTableRow &user) const
{
    const Data::Observation &a = builtIn.observation;
    const Data::Observation &b = user.observation;
    const bool ascending = m_query->direction() == Qt::AscendingOrder;
    switch (m_query->order()) {
    case ObservationQuery::Order::Entity:
        return ascending ? !m_query->entityOrder().lessThan(b.entity, a.entity)
                         : !m_query->entityOrder().lessThan(a.entity, b.entity);
    case ObservationQuery::Order::Period:
        return ascending ? a.periodStart <= b.periodStart : a.periodStart >= b.periodStart;
    case ObservationQuery::Order::Value:
        return ascending ? a.value <= b.value : a.value >= b.value;
    case ObservationQuery::Order::Natural:
        break;
    }
    return true;
}

void ObservationSearchWorker::search(int generation, const QString &text, int order, int direction)
{
    m_generation = generation;
    if (stale(generation) || !m_source)
        return;
    m_words = SearchFolding::terms(text);
    // One snapshot per search: its pages and its count read one state of the store, until its
    // last page is read or a newer search starts.
    m_store->endSnapshot();
    m_store->beginSnapshot();
    m_query =
        m_source->userQuery(m_words, ObservationQuery::Order(order), Qt::SortOrder(direction));
    m_last.reset();
    m_userDone = !m_source->hasUserStore();
    m_builtIn.clear();
    m_builtInNext = 0;
    const QList<Data::Series> &builtIn = m_source->builtInSeries();
    for (const auto &[series, o] : m_source->builtInMatches(m_words))
        m_builtIn.append(builtInRow(int(series - builtIn.constData()), *o));
    if (m_query->order() != ObservationQuery::Order::Natural) {
        auto key = [this](const ObservationTableRow &a, const ObservationTableRow &b) {
            return !builtInFirst(b, a); // a strict order from the non-strict test
        };
        std::stable_sort(m_builtIn.begin(), m_builtIn.end(), key);
    }
    ObservationPage page;
    page.kind = ObservationPage::Kind::FirstPage;
    page.generation = generation;
    const auto rows = nextRows(kFirstPage, &page.more);
    if (!rows)
        return stale(generation) ? void() : fail(generation, m_query->errorString());
    page.rows = *rows;
    emit ready(page);
    // The total comes after the first screen, which never waits for it.
    const std::optional<qint64> userCount =
        m_userDone && !m_source->hasUserStore() ? 0 : m_query->count();
    if (stale(generation))
        return;
    if (!userCount)
        return fail(generation, m_query->errorString());
    ObservationPage count;
    count.kind = ObservationPage::Kind::Count;
    count.generation = generation;
    count.count = *userCount + m_builtIn.size();
    emit ready(count);
    if (m_total < 0)
        sendTotal(generation, m_words.isEmpty() ? count.count : -1);
    if (m_userDone)
        m_store->endSnapshot(); // every row of this search is read
}

// Every row, counted once per store: after the first search's rows and count.
void ObservationSearchWorker::sendTotal(int generation, qint64 known)
{
    qint64 total = known;
    if (total < 0) {
        const std::optional<qint64> user =
            m_source->hasUserStore() ? m_source->userQuery({})->count() : 0;
        if (!user)
            return; // interrupted by a newer search; the next one counts
        total = *user;
        for (const Data::Series &s : m_source->builtInSeries())
            total += s.observations.size();
    }
    m_total = total;
    ObservationPage page;
    page.kind = ObservationPage::Kind::Total;
    page.generation = generation;
    page.total = total;
    emit ready(page);
}

void ObservationSearchWorker::fetch(int generation, int limit)
{
    m_generation = generation;
    if (stale(generation) || !m_query)
        return;
    emit ready(nextPage(generation, limit));
}

ObservationPage ObservationSearchWorker::fetchNow(int generation, int limit)
{
    m_generation = generation;
    return m_query ? nextPage(generation, limit) : ObservationPage{};
}

ObservationPage ObservationSearchWorker::nextPage(int generation, int limit)
{
    ObservationPage page;
    page.kind = ObservationPage::Kind::NextPage;
    page.generation = generation;
    if (const auto rows = nextRows(limit, &page.more)) {
        page.rows = *rows;
        if (m_userDone)
            m_store->endSnapshot(); // every row of this search is read
    } else {
        page.kind = ObservationPage::Kind::Failure;
        page.error = m_query->errorString();
    }
    return page;
}

// The next LIMIT user rows with the built-in rows that sort among them.
std::optional<QList<ObservationTableRow>> ObservationSearchWorker::nextRows(int limit, bool *more)
{
    QList<ObservationTableRow> user;
    if (!m_userDone) {
        const auto page = m_query->page(limit, m_last ? &*m_last : nullptr);
        if (!page)
            return std::nullopt;
        m_userDone = page->size() < limit;
        if (!page->isEmpty())
            m_last = page->last();
        const qsizetype first = m_source->builtInSeries().size();
        for (const ObservationRow &r : *page) {
            if (!r.problem.isEmpty())
                continue; // not a valid observation: it keeps its place in paging, no more
            ObservationTableRow row;
            row.series = int(first + m_source->userSeriesIndex(r.seriesId));
            row.userId = r.id;
            row.seriesId = r.seriesId;
            row.observation = r.observation;
            user.append(row);
        }
    }
    QList<ObservationTableRow> merged;
    for (const ObservationTableRow &row : user) {
        while (m_builtInNext < m_builtIn.size() && builtInFirst(m_builtIn.at(m_builtInNext), row))
            merged.append(m_builtIn.at(m_builtInNext++));
        merged.append(row);
    }
    while (m_userDone && m_builtInNext < m_builtIn.size())
        merged.append(m_builtIn.at(m_builtInNext++));
    *more = !m_userDone || m_builtInNext < m_builtIn.size();
    return merged;
}

qint64 ObservationSearchWorker::locate(const QString &seriesKey, const QString &entityCode,
                                       int year)
{
    if (!m_query)
        return -1;
    const QList<Data::Series> &builtIn = m_source->builtInSeries();
    for (qsizetype i = 0; i < m_builtIn.size(); ++i) {
        const ObservationTableRow &row = m_builtIn.at(i);
        const Data::Observation &o = row.observation;
        if (builtIn.at(row.series).key != seriesKey || o.periodStart.year() != year ||
            (o.entityCode.isEmpty() ? o.entity : o.entityCode) != entityCode)
            continue;
        if (m_query->order() == ObservationQuery::Order::Natural)
            return i;
        ObservationRow probe; // user rows of the same key come after it
        probe.observation = o;
        const std::optional<qint64> before = m_query->position(probe);
        return before ? i + *before : -1;
    }
    const Data::Series *series = m_source->userSeriesByKey(seriesKey);
    const std::optional<ObservationRow> found =
        series ? m_query->find(series->id, entityCode, year) : std::nullopt;
    const std::optional<qint64> before = found ? m_query->position(*found) : std::nullopt;
    if (!before)
        return -1;
    ObservationTableRow row;
    row.observation = found->observation;
    const auto builtInBefore =
        std::count_if(m_builtIn.cbegin(), m_builtIn.cend(),
                      [&](const ObservationTableRow &b) { return builtInFirst(b, row); });
    return *before + builtInBefore;
}
