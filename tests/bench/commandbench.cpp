// SPDX-License-Identifier: MIT
// Whole processes, as a script runs them: the time from process start to the first 50 rows of
// `series --search internet --format csv` (rows in every store) and to the whole answer of `series
// --search growth` (3 rows, so every match is sought) on stores of 1M and 10M generated rows,
// against the same commands with no store, in the same run. The stores were checked once before the
// timing starts; what the first open after a change costs is `store check`, measured beside them.
//   sco-bench-command [--benchmark_filter=REGEX]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int kRowsWanted = 50;

// Generated stores are kept beside the program: generating 10M rows takes minutes.
QString storeOf(qint64 rows)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/stores");
    const QString store = folder + QStringLiteral("/generated-%1.sqlite").arg(rows);
    if (QFileInfo::exists(store))
        return store;
    QDir().mkpath(folder);
    const QString partial = store + QStringLiteral(".partial");
    QFile::remove(partial);
    if (QProcess::execute(QStringLiteral(SCO_DASHBOARD_BINARY),
                          {QStringLiteral("generate"), QStringLiteral("--rows"),
                           QString::number(rows), QStringLiteral("--out"), partial}) != 0 ||
        !QFile::rename(partial, store))
        return {};
    return store;
}

class CommandRunner
{
public:
    CommandRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *folder : {"DATA", "CONFIG", "CACHE"})
            m_env.insert(QStringLiteral("XDG_%1_HOME").arg(QLatin1String(folder)),
                         m_home.filePath(QString::fromLatin1(folder).toLower()));
    }

    // Seconds from start to the first kRowsWanted lines on stdout (or the end of output);
    // a negative number when the command failed.
    double firstRows(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(SCO_DASHBOARD_BINARY), arguments);
        qsizetype lines = 0;
        while (lines < kRowsWanted && process.waitForReadyRead(60000))
            lines += process.readAllStandardOutput().count('\n');
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (lines < kRowsWanted) { // the whole answer is shorter: it has ended
            process.waitForFinished(60000);
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                return -1;
        }
        process.kill(); // `| head -50` ends a script's pipe the same way
        process.waitForFinished();
        return seconds;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

void timeCommand(benchmark::State &state, const QStringList &arguments, bool warmUp)
{
    CommandRunner runner;
    if (warmUp && runner.firstRows(arguments) < 0) { // the one full check after generate
        state.SkipWithError("the command failed");
        return;
    }
    for (auto _ : state) {
        const double seconds = runner.firstRows(arguments);
        if (seconds < 0) {
            state.SkipWithError("the command failed");
            return;
        }
        state.SetIterationTime(seconds);
    }
}

const char *const kQueries[] = {"internet", "growth"};

QStringList search(const QString &store, int query)
{
    // CSV streams its rows; a table waits for every row to size its columns.
    return {QStringLiteral("series"),
            QStringLiteral("--search"),
            QString::fromLatin1(kQueries[query]),
            QStringLiteral("--format"),
            QStringLiteral("csv"),
            QStringLiteral("--database"),
            store};
}

void BM_CommandFirstRowsNoStore(benchmark::State &state)
{
    QTemporaryDir dir;
    timeCommand(state, search(dir.filePath(QStringLiteral("absent.sqlite")), int(state.range(0))),
                false);
}

void BM_CommandFirstRows(benchmark::State &state)
{
    const QString store = storeOf(state.range(0));
    if (store.isEmpty()) {
        state.SkipWithError("generate failed");
        return;
    }
    timeCommand(state, search(store, int(state.range(1))), true);
    state.counters["bytes_per_row"] = double(QFileInfo(store).size()) / double(state.range(0));
}

// The full check a store gets once after anything but this program wrote it.
void BM_StoreCheckInFull(benchmark::State &state)
{
    const QString store = storeOf(state.range(0));
    if (store.isEmpty()) {
        state.SkipWithError("generate failed");
        return;
    }
    timeCommand(
        state,
        {QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--database"), store},
        false);
}

BENCHMARK(BM_CommandFirstRowsNoStore)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK(BM_CommandFirstRows)
    ->ArgsProduct({{1'000'000, 10'000'000}, {0, 1}})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK(BM_StoreCheckInFull)
    ->Arg(1'000'000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
