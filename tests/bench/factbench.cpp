// SPDX-License-Identifier: MIT
// Facts at 1M: a store of 1,000,000 generated facts (`generate --facts`, sentences in English,
// Chinese and Russian) read through the one indexed path, FactSource over FactQuery, as the
// `facts` command reads it:
// - open → first screen (50 facts), against the same with no store (the built-in facts alone);
// - a search → its first screen, for common, rare, absent, short and Chinese words;
// - sorting every fact by value → the first screen;
// - `facts --search` as a whole process: the first 50 rows, and its peak memory (VmHWM).
//   sco-bench-facts [--benchmark_filter=REGEX]
#include "i18n/translation.h"
#include "search/factsource.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr int kScreen = 50;
constexpr qint64 kFacts = 1'000'000;

// The generated store is kept beside the program: a million sentences take a minute to write.
QString factStore()
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/stores");
    const QString path = folder + QStringLiteral("/generated-facts-%1.sqlite").arg(kFacts);
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(folder);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (QProcess::execute(QStringLiteral(SCO_DASHBOARD_BINARY),
                          {QStringLiteral("generate"), QStringLiteral("--facts"),
                           QString::number(kFacts), QStringLiteral("--out"), partial}) != 0 ||
        !QFile::rename(partial, path))
        qFatal("generate --facts failed");
    return path;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    StoreOptions options;
    options.language = Translation::current();
    QString error;
    std::unique_ptr<Store> store = StoreFactory::open(path, options, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

int firstScreen(Store &store, const QString &query,
                FactQuery::Order order = FactQuery::Order::Natural,
                Qt::SortOrder direction = Qt::AscendingOrder)
{
    FactSource source(store);
    if (!source.setSearch(query, order, direction))
        qFatal("%s", qPrintable(source.errorString()));
    const std::optional<QList<FactRow>> rows = source.next(kScreen);
    if (!rows)
        qFatal("%s", qPrintable(source.errorString()));
    return int(rows->size());
}

void BM_FactsOpenToFirstScreen(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path =
        state.range(0) ? factStore() : dir.filePath(QStringLiteral("absent.sqlite"));
    firstScreen(*openStore(path), {}); // the one full check after generate, untimed
    for (auto _ : state)
        benchmark::DoNotOptimize(firstScreen(*openStore(path), {}));
    if (state.range(0))
        state.counters["bytes_per_fact"] = double(QFileInfo(path).size()) / double(kFacts);
}

const char *const kQueries[] = {"growth", "рост 2019",  "9.3%", "outlet 7 2024",
                                "数字",   "no such zq", "zq"};

void BM_FactsSearchFirstScreen(benchmark::State &state)
{
    const std::unique_ptr<Store> store = openStore(factStore());
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    int rows = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(rows = firstScreen(*store, query));
    state.SetLabel(query.toStdString());
    state.counters["rows"] = rows;
}

void BM_FactsSortByValueFirstScreen(benchmark::State &state)
{
    const std::unique_ptr<Store> store = openStore(factStore());
    for (auto _ : state)
        benchmark::DoNotOptimize(
            firstScreen(*store, {}, FactQuery::Order::Value, Qt::DescendingOrder));
}

// Peak resident memory of PID so far, in MB, from /proc.
double peakMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Seconds from start to the first 50 rows of `facts --search QUERY --format csv`, and the
// process's peak memory by then (the rest of a long answer streams in the same memory).
void BM_FactsCommandFirstRows(benchmark::State &state)
{
    const QString path = factStore();
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QStringList arguments{QStringLiteral("facts"),
                                QStringLiteral("--search"),
                                QString::fromUtf8(kQueries[state.range(0)]),
                                QStringLiteral("--format"),
                                QStringLiteral("csv"),
                                QStringLiteral("--database"),
                                path};
    double peak = 0;
    const auto run = [&]() {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(SCO_DASHBOARD_BINARY), arguments);
        qsizetype lines = 0;
        while (lines <= kScreen && process.waitForReadyRead(60000))
            lines += process.readAllStandardOutput().count('\n');
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        peak = std::max(peak, peakMegabytes(process.processId()));
        process.kill();
        process.waitForFinished();
        return seconds;
    };
    run(); // the one full check of this cache folder, untimed
    for (auto _ : state)
        state.SetIterationTime(run());
    state.SetLabel(arguments.at(2).toStdString());
    state.counters["peak_rss_mb"] = peak;
}

BENCHMARK(BM_FactsOpenToFirstScreen)->Arg(0)->Arg(1)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FactsSearchFirstScreen)
    ->DenseRange(0, int(std::size(kQueries)) - 1)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FactsSortByValueFirstScreen)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FactsCommandFirstRows)
    ->Arg(0)
    ->UseManualTime()
    ->Iterations(5)
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
