// SPDX-License-Identifier: MIT
// Import throughput in rows per second: the real OWID file from shared/data and a generated
// 1,000,000-row file of the same shape, each beside a baseline measured in the same run: the
// same rows split on commas and inserted with one prepared sqlite3 statement in one
// transaction, which is about what the disk and SQLite allow without any checking.
#include "import/importer.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString sharedOwidFile()
{
    const QString path =
        QStringLiteral(SCO_SHARED_DIR "/data/owid-share-of-individuals-using-the-internet.csv");
    return QFile::exists(path) ? path : QString();
}

// 1,000 entities x 1,000 years, values with five decimals, as OWID writes them.
QString generatedFile()
{
    static const QString path = [] {
        const QString file = workDir().filePath(QStringLiteral("generated-1m.csv"));
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write("Entity,Code,Year,Generated indicator (% of population)\n");
        QByteArray chunk;
        for (int e = 0; e < 1000; ++e) {
            const QByteArray entity = "Entity " + QByteArray::number(e);
            const QByteArray code = "E" + QByteArray::number(e).rightJustified(2, '0');
            for (int year = 1000; year < 2000; ++year) {
                chunk += entity + ',' + code + ',' + QByteArray::number(year) + ',' +
                         QByteArray::number((e * 7 + year) % 10000 / 100.0, 'f', 5) + '\n';
            }
            out.write(chunk);
            chunk.clear();
        }
        return file;
    }();
    return path;
}

qint64 dataRows(const QString &file)
{
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    qint64 rows = -1; // the header
    while (!in.atEnd()) {
        in.readLine();
        ++rows;
    }
    return rows;
}

void importWithImporter(benchmark::State &state, const QString &file)
{
    if (file.isEmpty()) {
        state.SkipWithError("../shared/data is absent");
        return;
    }
    const qint64 rows = dataRows(file);
    const QString store = workDir().filePath(QStringLiteral("user.sqlite"));
    for (auto _ : state) {
        state.PauseTiming();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(store + QLatin1String(suffix));
        state.ResumeTiming();
        Repository repository;
        const std::optional<Data::Dataset> builtIn =
            repository.open(store, Repository::UserStore::CreateIfAbsent) ? repository.loadBuiltIn()
                                                                          : std::nullopt;
        SqliteStore store(repository);
        Importer importer(store, *builtIn);
        if (!importer.run(file, {}) || importer.report().added != rows)
            state.SkipWithError("the import failed or added another number of rows");
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.counters["rows"] = double(rows);
}

void importWithRawSqlite(benchmark::State &state, const QString &file)
{
    if (file.isEmpty()) {
        state.SkipWithError("../shared/data is absent");
        return;
    }
    const qint64 rows = dataRows(file);
    const QByteArray store = QFile::encodeName(workDir().filePath(QStringLiteral("raw.sqlite")));
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(QString::fromLocal8Bit(store));
        state.ResumeTiming();
        sqlite3 *db = nullptr;
        sqlite3_open(store.constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; CREATE TABLE o (entity TEXT, code TEXT, year INT,"
                     " value REAL, UNIQUE (entity, year)); BEGIN;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO o VALUES (?, ?, ?, ?)", -1, &insert, nullptr);
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        in.readLine();
        while (!in.atEnd()) {
            const QList<QByteArray> f = in.readLine().trimmed().split(',');
            sqlite3_bind_text(insert, 1, f.at(0).constData(), int(f.at(0).size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, f.at(1).constData(), int(f.at(1).size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int(insert, 3, f.at(2).toInt());
            sqlite3_bind_double(insert, 4, f.at(3).toDouble());
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

void BM_ImportOwidFile(benchmark::State &state)
{
    importWithImporter(state, sharedOwidFile());
}
BENCHMARK(BM_ImportOwidFile)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_BaselineRawSqliteOwidFile(benchmark::State &state)
{
    importWithRawSqlite(state, sharedOwidFile());
}
BENCHMARK(BM_BaselineRawSqliteOwidFile)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportGenerated1M(benchmark::State &state)
{
    importWithImporter(state, generatedFile());
}
// One run: half a minute each, and a median of one machine's noise is not worth ten minutes.
BENCHMARK(BM_ImportGenerated1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(1);

void BM_BaselineRawSqliteGenerated1M(benchmark::State &state)
{
    importWithRawSqlite(state, generatedFile());
}
BENCHMARK(BM_BaselineRawSqliteGenerated1M)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
