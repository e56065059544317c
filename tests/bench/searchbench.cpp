// SPDX-License-Identifier: MIT
// Today's search over the Series data table at 10k, 100k and 1M generated observations (the
// `generate` command's stores): a keystroke's filter, clearing it, and loading the store into
// the model. Issue 12's targets (16 ms per keystroke at 1M) are printed beside the medians by
// scripts/bench.sh; the baseline is the same rows read with one plain sqlite3 SELECT.
#include "models/factfilterproxymodel.h"
#include "models/seriesmodel.h"
#include "store/repository.h"
#include "store/storegenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

QString store(qint64 rows)
{
    static QTemporaryDir dir;
    static QHash<qint64, QString> made;
    if (!made.contains(rows)) {
        const QString path = dir.filePath(QStringLiteral("generated-%1.sqlite").arg(rows));
        StoreGenerator generator;
        if (!generator.generate(path, rows))
            qFatal("%s", qPrintable(generator.errorString()));
        made.insert(rows, path);
    }
    return made.value(rows);
}

QList<Data::Series> series(qint64 rows)
{
    static QHash<qint64, QList<Data::Series>> loaded;
    if (!loaded.contains(rows)) {
        Repository repository;
        repository.open(store(rows), Repository::UserStore::OpenIfPresent);
        loaded.insert(rows, repository.loadUserStore().value_or(Data::Dataset{}).series);
    }
    return loaded.value(rows);
}

void BM_LoadSeriesModel(benchmark::State &state)
{
    const QString path = store(state.range(0));
    for (auto _ : state) {
        Repository repository;
        repository.open(path, Repository::UserStore::OpenIfPresent);
        SeriesModel model;
        model.setSeries(repository.loadUserStore().value_or(Data::Dataset{}).series);
        benchmark::DoNotOptimize(model.rowCount());
    }
}

// One keystroke: the filter text changes and the proxy re-filters every row.
void BM_SearchKeystroke(benchmark::State &state)
{
    SeriesModel model;
    model.setSeries(series(state.range(0)));
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

void BM_ClearSearch(benchmark::State &state)
{
    SeriesModel model;
    model.setSeries(series(state.range(0)));
    FactFilterProxyModel proxy;
    proxy.setSearchRole(SeriesModel::SearchTextRole);
    proxy.setSourceModel(&model);
    for (auto _ : state) {
        state.PauseTiming();
        proxy.setSearchText(QStringLiteral("kazakhstan"));
        state.ResumeTiming();
        proxy.setSearchText(QString());
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

BENCHMARK(BM_LoadSeriesModel)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchKeystroke)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
// Few iterations: each one first filters, untimed, which costs far more than the clearing.
BENCHMARK(BM_ClearSearch)->Arg(10000)->Arg(100000)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_Sqlite3Select)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

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
