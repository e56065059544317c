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
    m_query = m_source->query(m_words, ObservationQuery::Order(order), Qt::SortOrder(direction));
    m_last.reset();
    m_done = false;
    ObservationPage page;
    page.kind = ObservationPage::Kind::FirstPage;
    page.generation = generation;
    const auto rows = nextRows(kFirstPage, &page.more);
    if (!rows)
        return stale(generation) ? void() : fail(generation, m_query->errorString());
    page.rows = *rows;
    emit ready(page);
    // The total comes after the first screen, which never waits for it.
    const std::optional<qint64> matching = m_query->count();
    if (stale(generation))
        return;
    if (!matching)
        return fail(generation, m_query->errorString());
    ObservationPage count;
    count.kind = ObservationPage::Kind::Count;
    count.generation = generation;
    count.count = *matching;
    emit ready(count);
    if (m_total < 0)
        sendTotal(generation, m_words.isEmpty() ? count.count : -1);
    if (m_done)
        m_store->endSnapshot(); // every row of this search is read
}

// Every row, counted once per store: after the first search's rows and count.
void ObservationSearchWorker::sendTotal(int generation, qint64 known)
{
    qint64 total = known;
    if (total < 0) {
        const std::optional<qint64> all = m_source->query({})->count();
        if (!all)
            return; // interrupted by a newer search; the next one counts
        total = *all;
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
        if (m_done)
            m_store->endSnapshot(); // every row of this search is read
    } else {
        page.kind = ObservationPage::Kind::Failure;
        page.error = m_query->errorString();
    }
    return page;
}

// The next LIMIT rows, built in and stored, in the search's order.
std::optional<QList<ObservationTableRow>> ObservationSearchWorker::nextRows(int limit, bool *more)
{
    QList<ObservationTableRow> rows;
    if (!m_done) {
        const auto page = m_query->page(limit, m_last ? &*m_last : nullptr);
        if (!page)
            return std::nullopt;
        m_done = page->size() < limit;
        if (!page->isEmpty())
            m_last = page->last();
        for (const ObservationRow &r : *page) {
            const qsizetype series = m_source->seriesIndex(r);
            if (!r.problem.isEmpty() || series < 0)
                continue; // not a valid observation: it keeps its place in paging, no more
            ObservationTableRow row;
            row.series = int(series);
            row.userId = r.builtIn ? 0 : r.id;
            row.seriesId = r.seriesId;
            row.observation = r.observation;
            rows.append(row);
        }
    }
    *more = !m_done;
    return rows;
}

qint64 ObservationSearchWorker::locate(const QString &seriesKey, const QString &entityCode,
                                       int year)
{
    if (!m_query)
        return -1;
    const std::optional<ObservationRow> found = m_query->find(seriesKey, entityCode, year);
    const std::optional<qint64> before = found ? m_query->position(*found) : std::nullopt;
    return before ? *before : -1;
}
