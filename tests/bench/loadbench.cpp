// SPDX-License-Identifier: MIT
// How loading scales with what the schema allows: a user store of N facts, half of them derived
// with two formula inputs each (a chain, the worst case for the cycle check), read into value
// types and the fact model. Google Benchmark fits the complexity over N = 12.5k..200k; a fit of
// N or NlgN is the bar, N^2 is a defect. The baseline is the same rows read with one plain
// sqlite3 SELECT in the same run.
#include "models/facttablemodel.h"
#include "models/headline.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

void execOrDie(sqlite3 *db, const QByteArray &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        qFatal("%s", error);
    }
}

// A store made by the program (schema, WAL, meta), then filled with SQL.
QString storeWithFacts(int facts)
{
    static QHash<int, QString> made;
    if (made.contains(facts))
        return made.value(facts);
    const QString path = workDir().filePath(QStringLiteral("facts-%1.sqlite").arg(facts));
    {
        Repository repository;
        repository.open(path, Repository::UserStore::CreateIfAbsent);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const QByteArray n = QByteArray::number(facts / 2);
    const QByteArray rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < " +
                            n + ") ";
    execOrDie(db, "INSERT INTO source (id, key, publisher, title, published) VALUES "
                  "(1, 'bench', 'Benchmark', 'Generated rows', '2025-08-29')");
    execOrDie(db, rows + "INSERT INTO fact (key, label, category, value, decimals, unit, "
                         "period_start, period_end, period_label, basis, as_written, quote, "
                         "source_id) SELECT 'f' || i, 'Figure ' || i, 'Growth', i % 1000 / 10.0, "
                         "1, '%', '2025-01-01', '2025-05-31', 'Jan-May 2025', 'year-on-year', "
                         "'x', 'A broadband sentence number ' || i || '.', 1 FROM n");
    execOrDie(db, rows +
                      "INSERT INTO fact (key, label, category, value, decimals, unit, "
                      "period_start, period_end, period_label, basis, quote, source_id, "
                      "derived, formula) SELECT 'd' || i, 'Derived ' || i, 'Growth', 1, 1, "
                      "'pp', '2025-01-01', '2025-05-31', 'Jan-May 2025', 'year-on-year', "
                      "'S', 1, 1, '{f' || i || '} - {' || CASE WHEN i = " +
                      n + " THEN 'f1' ELSE 'd' || (i + 1) END || '}' FROM n");
    sqlite3_close(db);
    made.insert(facts, path);
    return path;
}

void BM_LoadFactsIntoModel(benchmark::State &state)
{
    const QString path = storeWithFacts(int(state.range(0)));
    for (auto _ : state) {
        Repository repository;
        const auto dataset = repository.openAndLoad(path, Repository::UserStore::OpenIfPresent);
        if (!dataset || !repository.userStoreProblem().isEmpty()) {
            state.SkipWithError(qPrintable(repository.userStoreProblem()));
            return;
        }
        FactTableModel model;
        model.setFacts(dataset->facts);
        benchmark::DoNotOptimize(model.rowOfKey(QStringLiteral("d1")));
        benchmark::DoNotOptimize(Headline::fromFacts(dataset->facts).size());
    }
    state.SetComplexityN(state.range(0));
    state.counters["rows/s"] =
        benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

// Baseline: every fact row's columns read with one SELECT, nothing built from them.
void BM_Baseline_Sqlite3Select(benchmark::State &state)
{
    const QString path = storeWithFacts(int(state.range(0)));
    for (auto _ : state) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT * FROM fact", -1, &stmt, nullptr);
        qint64 bytes = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                bytes += sqlite3_column_bytes(stmt, c);
        }
        benchmark::DoNotOptimize(bytes);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    state.SetComplexityN(state.range(0));
}

BENCHMARK(BM_LoadFactsIntoModel)
    ->RangeMultiplier(2)
    ->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();
BENCHMARK(BM_Baseline_Sqlite3Select)
    ->RangeMultiplier(2)
    ->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

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
