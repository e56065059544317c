// SPDX-License-Identifier: MIT
#pragma once

#include "observationpage.h"
#include "observationsource.h"
#include "store/observationquery.h"
#include "store/store.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

// Runs the observation table's queries on its own thread and connection, so the window never
// waits for SQLite. Every request carries a generation; when a newer search has been asked
// for (latestGeneration), stale requests are skipped and a running statement is interrupted.
class ObservationSearchWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstPage = 200;

    explicit ObservationSearchWorker(std::shared_ptr<std::atomic<int>> latestGeneration);

public slots:
    void open(int generation, const QString &userStorePath);
    void search(int generation, const QString &text, int order, int direction);
    void fetch(int generation, int limit);
    // fetch() for a caller that waits (BlockingQueuedConnection): returns the page.
    ObservationPage fetchNow(int generation, int limit);
    // How many rows come before the row of SERIESKEY, ENTITYCODE and YEAR in the current
    // search and order; -1 when there is no such row.
    qint64 locate(const QString &seriesKey, const QString &entityCode, int year);

signals:
    void ready(const ObservationPage &page);

private:
    bool stale(int generation) const { return generation != m_latest->load(); }
    void fail(int generation, const QString &message);
    ObservationPage nextPage(int generation, int limit);
    void sendTotal(int generation, qint64 known);
    std::optional<QList<ObservationTableRow>> nextRows(int limit, bool *more);

    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ObservationSource> m_source;
    std::unique_ptr<ObservationQuery> m_query;
    std::optional<ObservationRow> m_last; // the last row read
    bool m_done = false;                  // every row of the search is read
    int m_generation = 0;                 // of the request running
    qint64 m_total = -1;                  // every row; -1 until counted
    QStringList m_words;
};
