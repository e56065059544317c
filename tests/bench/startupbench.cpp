// SPDX-License-Identifier: MIT
// Time from process start to the first painted window: the dashboard against a bare
// QMainWindow + QChartView baseline, run alternately in the same process of measurement.
// Both quit right after their first paint (SCO_QUIT_AFTER_FIRST_PAINT).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void runUntilFirstPaint(benchmark::State &state, const QString &program,
                        const QStringList &arguments = {})
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SCO_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            state.SkipWithError("the program did not start and quit cleanly");
            return;
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}

void BM_StartupBaselineWindow(benchmark::State &state)
{
    runUntilFirstPaint(state, QStringLiteral(SCO_BASELINE_BINARY));
}

void BM_StartupDashboard(benchmark::State &state)
{
    runUntilFirstPaint(state, QStringLiteral(SCO_DASHBOARD_BINARY));
}

// The same with a user store of 1,000,000 generated observations: opening it must not delay the
// first paint.
void BM_StartupDashboardMillionRows(benchmark::State &state)
{
    static QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("million.sqlite"));
    if (!QFileInfo::exists(store) &&
        QProcess::execute(QStringLiteral(SCO_DASHBOARD_BINARY),
                          {QStringLiteral("generate"), QStringLiteral("--rows"),
                           QStringLiteral("1000000"), QStringLiteral("--out"), store}) != 0) {
        state.SkipWithError("generate failed");
        return;
    }
    runUntilFirstPaint(state, QStringLiteral(SCO_DASHBOARD_BINARY),
                       {QStringLiteral("--database"), store});
}

BENCHMARK(BM_StartupBaselineWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_StartupDashboard)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_StartupDashboardMillionRows)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
