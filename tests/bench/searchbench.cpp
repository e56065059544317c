// SPDX-License-Identifier: MIT
// The Series data table over generated stores of 10k, 100k and 1M observations (the `generate`
// command's stores), through the query-backed ObservationTableModel and its worker thread:
// open → first rows, a keystroke → first screen, the count, scrolling a page, sorting by value
// and clearing a search. Each is timed from the call on the GUI thread to the rows arriving
// there. Baselines in the same run: one plain sqlite3 SELECT of every row, and the in-memory
// QSortFilterProxyModel path this table used before (10k and 100k only: 9 s a keystroke at 1M).
// scripts/bench.sh prints the medians beside issue 12's targets.
#include "i18n/translation.h"
#include "models/factfilterproxymodel.h"
#include "models/observationtablemodel.h"
#include "models/seriesmodel.h"
#include "observationbench.h"
#include "store/repository.h"
#include "store/storegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <memory>
#include <vector>

namespace {

QString store(qint64 rows)
{
    return ObservationBench::generatedStore(rows);
}

using ObservationBench::waitFor;

void waitFirstScreen(ObservationTableModel &model)
{
    waitFor(model, [&] { return !model.isSearching(); });
}

void opened(ObservationTableModel &model, qint64 rows)
{
    model.open(store(rows));
    waitFor(model, [&] { return !model.isSearching() && model.totalCount() >= 0; });
}

void BM_OpenToFirstRows(benchmark::State &state)
{
    const QString path = store(state.range(0));
    std::vector<std::unique_ptr<ObservationTableModel>> models; // their threads stop untimed
    for (auto _ : state) {
        models.push_back(std::make_unique<ObservationTableModel>());
        models.back()->open(path);
        waitFirstScreen(*models.back());
        benchmark::DoNotOptimize(models.back()->rowCount());
    }
}

// The integrity check and catalogue read of the window's own connection, which it runs after
// its first paint.
void BM_OpenStoreChecked(benchmark::State &state)
{
    const QString path = store(state.range(0));
    for (auto _ : state) {
        Repository repository;
        repository.setUserObservationsOnDemand(true);
        benchmark::DoNotOptimize(
            repository.openAndLoad(path, Repository::UserStore::OpenIfPresent));
    }
}

const char *const kQueries[] = {"kazakhstan 2020", "internet", "19", "互联网 2001"};

void BM_KeystrokeFirstScreen(benchmark::State &state)
{
    ObservationTableModel model;
    opened(model, state.range(0));
    const QString query = QString::fromUtf8(kQueries[state.range(1)]);
    for (auto _ : state) {
        model.setSearchText(query);
        waitFirstScreen(model);
        state.PauseTiming(); // let the count finish untimed
        waitFor(model, [&] { return model.matchCount() >= 0; });
        state.ResumeTiming();
    }
    state.SetLabel(query.toStdString());
    state.counters["rows"] = double(model.matchCount());
}

void BM_KeystrokeToCount(benchmark::State &state)
{
    ObservationTableModel model;
    opened(model, state.range(0));
    const QString query = QString::fromUtf8(kQueries[state.range(1)]);
    for (auto _ : state) {
        model.setSearchText(query);
        waitFor(model, [&] { return model.matchCount() >= 0; });
    }
    state.SetLabel(query.toStdString());
}

void BM_ScrollPage(benchmark::State &state)
{
    ObservationTableModel model;
    opened(model, state.range(0));
    for (auto _ : state) {
        const int before = model.rowCount();
        model.fetchMore({});
        waitFor(model, [&] { return model.rowCount() > before; });
    }
}

// Sorting by COLUMN to the first screen, ascending and descending in turn.
void sortToFirstScreen(benchmark::State &state, ObservationTableModel::Columns column)
{
    ObservationTableModel model;
    opened(model, state.range(0));
    bool descending = false;
    for (auto _ : state) {
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        waitFirstScreen(model);
        descending = !descending;
        state.PauseTiming();
        waitFor(model, [&] { return model.matchCount() >= 0; });
        state.ResumeTiming();
    }
}

void BM_SortByValue(benchmark::State &state)
{
    sortToFirstScreen(state, ObservationTableModel::Value);
}

// Sorting by entity in Russian walks the entities in the order of their shown names.
void BM_SortByShownEntity(benchmark::State &state)
{
    Translation::apply(QStringLiteral("ru"));
    sortToFirstScreen(state, ObservationTableModel::Entity);
    Translation::apply(QStringLiteral("en"));
}

void BM_ClearSearch(benchmark::State &state)
{
    ObservationTableModel model;
    opened(model, state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        model.setSearchText(QStringLiteral("kazakhstan"));
        waitFor(model, [&] { return model.matchCount() >= 0; });
        state.ResumeTiming();
        model.setSearchText(QString());
        waitFirstScreen(model);
        state.PauseTiming();
        waitFor(model, [&] { return model.matchCount() >= 0; });
        state.ResumeTiming();
    }
}

// Before: every row in a SeriesModel, filtered by a QSortFilterProxyModel.
void BM_Before_ProxyKeystroke(benchmark::State &state)
{
    Repository repository;
    repository.open(store(state.range(0)), Repository::UserStore::OpenIfPresent);
    SeriesModel model;
    model.setSeries(repository.loadUserStore().value_or(Data::Dataset{}).series);
    FactFilterProxyModel proxy;
    proxy.setSearchRole(SeriesModel::SearchTextRole);
    proxy.setSourceModel(&model);
    bool toggle = false;
    for (auto _ : state) {
        proxy.setSearchText(toggle ? QStringLiteral("kazakhstan 2020")
                                   : QStringLiteral("kazakhstan 2021"));
        toggle = !toggle;
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}

void BM_Baseline_Sqlite3Select(benchmark::State &state)
{
    const QByteArray path = store(state.range(0)).toUtf8();
    for (auto _ : state) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT * FROM observation", -1, &stmt, nullptr);
        qint64 bytes = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            bytes += sqlite3_column_bytes(stmt, 2);
        benchmark::DoNotOptimize(bytes);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int rows : {10'000, 100'000, 1'000'000})
        b->Arg(rows);
}

void sizesAndQueries(benchmark::internal::Benchmark *b)
{
    for (int rows : {10'000, 100'000, 1'000'000}) {
        for (int q = 0; q < int(std::size(kQueries)); ++q)
            b->Args({rows, q});
    }
}

// The first screen at 10M rows too: the figure a keystroke is judged by.
void tenMillionAndQueries(benchmark::internal::Benchmark *b)
{
    for (int q = 0; q < int(std::size(kQueries)); ++q)
        b->Args({10'000'000, q});
}

BENCHMARK(BM_OpenToFirstRows)->Apply(sizes)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenStoreChecked)->Apply(sizes)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeFirstScreen)
    ->Apply(sizesAndQueries)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeFirstScreen)
    ->Apply(tenMillionAndQueries)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeToCount)
    ->Apply(sizesAndQueries)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScrollPage)->Apply(sizes)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortByValue)->Apply(sizes)->Iterations(6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortByShownEntity)->Apply(sizes)->Iterations(6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClearSearch)->Apply(sizes)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Before_ProxyKeystroke)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_Sqlite3Select)->Apply(sizes)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sco.*.debug=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
