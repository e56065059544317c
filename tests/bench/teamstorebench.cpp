// SPDX-License-Identifier: MIT
// The team store on PostgreSQL beside the SQLite rows of the same table (sco-bench-search), on a
// server this program starts itself (ThrowawayPostgres, a socket, fsync off) with the 1M rows of
// the `generate` command's store: the import through the store seam (COPY in batches) against
// psql's \copy of the same rows into a table of the same shape in the same run, opening the
// store, and the Series data table's first screen, a keystroke and a sort by value, each timed
// from the call on the GUI thread to the rows arriving there.
#include "i18n/translation.h"
#include "models/observationtablemodel.h"
#include "observationbench.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresschema.h"
#include "store/storefactory.h"
#include "store/storegenerator.h"
#include "throwawaypostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

namespace {

constexpr qint64 kRows = 1'000'000;

// The generated 1M-row store of sco-bench-search, read into memory once: what each import puts.
struct Rows
{
    QList<Data::Series> series;
    QList<QList<Data::Observation>> observations; // by series
};

QString generatedStore()
{
    return ObservationBench::generatedStore(kRows);
}

const Rows &rows()
{
    static const Rows all = [] {
        Rows r;
        QString error;
        const std::unique_ptr<Store> store = StoreFactory::open(generatedStore(), {}, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        r.series = store->seriesCatalogue().value_or(QList<Data::Series>());
        for (const Data::Series &s : std::as_const(r.series))
            r.observations << store->observationsOf(s.id).value_or(QList<Data::Observation>());
        return r;
    }();
    return all;
}

ThrowawayPostgres &server()
{
    static ThrowawayPostgres instance;
    return instance;
}

// A new database NAME with an empty team store; its location.
QString newTeamStore(const QString &name)
{
    server().psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    server().psql(QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString location = server().location(name);
    QString error;
    PostgresConnection owner(*PostgresLocation::parse(location, &error));
    PostgresSchema schema(owner);
    if (!owner.open() || !schema.init())
        qFatal("%s", qPrintable(owner.errorString() + schema.errorString()));
    return location;
}

// Puts every row through the store seam, as an import does; false when a put fails.
bool importAll(const QString &location)
{
    StoreOptions options;
    options.access = StoreOptions::Access::CreateIfAbsent;
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(location, options, &error);
    std::unique_ptr<StoreWriter> writer = store ? store->beginWrite() : nullptr;
    if (!writer)
        return false;
    const Rows &all = rows();
    QHash<QString, qint64> sourceIds;
    for (qsizetype i = 0; i < all.series.size(); ++i) {
        const Data::Series &s = all.series.at(i);
        if (!sourceIds.contains(s.source.key))
            sourceIds.insert(s.source.key, writer->putSource(s.source).value_or(-1));
        const std::optional<qint64> id = writer->putSeries(sourceIds.value(s.source.key), s);
        if (!id)
            return false;
        for (const Data::Observation &o : all.observations.at(i)) {
            if (!writer->putObservation(*id, o))
                return false;
        }
    }
    return writer->commit();
}

// The team store every reading benchmark reads: 1M rows, imported once.
const QString &readStore()
{
    static const QString location = [] {
        const QString l = newTeamStore(QStringLiteral("bench_read"));
        if (!importAll(l))
            qFatal("the 1M rows could not be imported");
        server().psql(QStringLiteral("VACUUM ANALYZE"), QStringLiteral("bench_read"));
        return l;
    }();
    return location;
}

bool skipWithoutServer(benchmark::State &state)
{
    if (server().available())
        return false;
    state.SkipWithError(server().why().toStdString().c_str());
    return true;
}

void BM_TeamStoreImport1M(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    rows(); // read untimed
    for (auto _ : state) {
        state.PauseTiming();
        const QString location = newTeamStore(QStringLiteral("bench_import"));
        state.ResumeTiming();
        if (!importAll(location))
            state.SkipWithError("the import failed");
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

// psql's \copy of the same rows, search documents and all, into a table of the store's shape
// (its indexes too): what the server takes without any matching.
void BM_BaselinePsqlCopy1M(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    const QString file = QDir::temp().filePath(QStringLiteral("sco-bench-copy.tsv"));
    readStore();
    server().psql(QStringLiteral("COPY (SELECT series_id, entity, period_start, period_end,"
                                 " period_label, value, entity_code, aggregate, search_document"
                                 " FROM sco.observation) TO '%1'")
                      .arg(file),
                  QStringLiteral("bench_read"));
    for (auto _ : state) {
        state.PauseTiming();
        server().psql(QStringLiteral("DROP TABLE IF EXISTS copied"), QStringLiteral("bench_read"));
        server().psql(QStringLiteral("CREATE TABLE copied (LIKE sco.observation INCLUDING ALL)"),
                      QStringLiteral("bench_read"));
        state.ResumeTiming();
        if (!server().psql(QStringLiteral("\\copy copied (series_id, entity, period_start,"
                                          " period_end, period_label, value, entity_code,"
                                          " aggregate, search_document) FROM '%1'")
                               .arg(file),
                           QStringLiteral("bench_read")))
            state.SkipWithError(server().why().toStdString().c_str());
    }
    QFile::remove(file);
    state.SetItemsProcessed(state.iterations() * kRows);
}

using ObservationBench::waitFor;

void BM_TeamStoreOpenToFirstRows(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    const QString location = readStore();
    std::vector<std::unique_ptr<ObservationTableModel>> models; // their threads stop untimed
    for (auto _ : state) {
        models.push_back(std::make_unique<ObservationTableModel>());
        models.back()->open(location);
        waitFor(*models.back(), [&] { return !models.back()->isSearching(); });
        benchmark::DoNotOptimize(models.back()->rowCount());
    }
}

// The window's own open: the team store's catalogue with the built-in dataset.
void BM_TeamStoreOpenAndLoad(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    const QString location = readStore();
    StoreOptions options;
    options.observationsOnDemand = true;
    for (auto _ : state) {
        QString error;
        const std::unique_ptr<Store> store = StoreFactory::open(location, options, &error);
        benchmark::DoNotOptimize(store ? store->load() : std::nullopt);
    }
}

const char *const kQueries[] = {"kazakhstan 2020", "internet", "19", "互联网 2001"};

void BM_TeamStoreKeystrokeFirstScreen(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    ObservationTableModel model;
    model.open(readStore());
    waitFor(model, [&] { return !model.isSearching() && model.totalCount() >= 0; });
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    qint64 matches = -1;
    for (auto _ : state) {
        model.setSearchText(query);
        waitFor(model, [&] { return !model.isSearching(); });
        state.PauseTiming(); // let the count finish untimed
        waitFor(model, [&] { return model.matchCount() >= 0; });
        matches = model.matchCount();
        model.setSearchText(QString());
        waitFor(model, [&] { return !model.isSearching() && model.matchCount() >= 0; });
        state.ResumeTiming();
    }
    state.SetLabel(query.toStdString());
    state.counters["rows"] = double(matches);
}

// Sorting COLUMN to the first screen, ascending and descending in turn.
void sortToFirstScreen(benchmark::State &state, ObservationTableModel::Columns column)
{
    if (skipWithoutServer(state))
        return;
    ObservationTableModel model;
    model.open(readStore());
    waitFor(model, [&] { return !model.isSearching() && model.totalCount() >= 0; });
    bool descending = false;
    for (auto _ : state) {
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        waitFor(model, [&] { return !model.isSearching(); });
        descending = !descending;
        state.PauseTiming();
        waitFor(model, [&] { return model.matchCount() >= 0; });
        state.ResumeTiming();
    }
}

void BM_TeamStoreSortByValue(benchmark::State &state)
{
    sortToFirstScreen(state, ObservationTableModel::Value);
}

// In Russian the entities are walked in the order of their shown names.
void BM_TeamStoreSortByShownEntity(benchmark::State &state)
{
    Translation::apply(QStringLiteral("ru"));
    sortToFirstScreen(state, ObservationTableModel::Entity);
    Translation::apply(QStringLiteral("en"));
}

BENCHMARK(BM_TeamStoreImport1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(1);
BENCHMARK(BM_BaselinePsqlCopy1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(1);
BENCHMARK(BM_TeamStoreOpenToFirstRows)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamStoreOpenAndLoad)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamStoreKeystrokeFirstScreen)
    ->DenseRange(0, int(std::size(kQueries)) - 1)
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamStoreSortByValue)->Iterations(6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamStoreSortByShownEntity)->Iterations(6)->Unit(benchmark::kMillisecond);

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
