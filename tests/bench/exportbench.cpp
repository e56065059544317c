// SPDX-License-Identifier: MIT
// Export time per format and size, beside a naive resize-and-grab of a QChartView measured in
// the same run. Files are written to a temporary folder, PNG encoding included.
#include "appinfo.h"
#include "charts/chartset.h"
#include "charts/dashboardchart.h"
#include "export/chartexporter.h"
#include "models/dashboardmodels.h"
#include "store/factstore.h"

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QImageWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

DashboardModels *models()
{
    static DashboardModels *instance = [] {
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        QFile::copy(FactStore::embeddedDatabasePath(), path);
        FactStore store;
        auto *m = new DashboardModels;
        if (store.open(path)) {
            if (const std::optional<Data::Dataset> dataset = store.load())
                m->setDataset(*dataset);
        }
        return m;
    }();
    return instance;
}

void BM_Export(benchmark::State &state, ExportOptions::Format format, QSize size)
{
    ChartExporter exporter(models());
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.size = size;
    const QString path = dir.filePath(QStringLiteral("out.") + ExportOptions::suffix(format));
    for (auto _ : state) {
        if (!exporter.exportChart(QStringLiteral("trend"), options, path)) {
            state.SkipWithError("export failed");
            return;
        }
    }
}

// What the issue calls naive: resize a chart view to the output size, grab it, save it.
void BM_NaiveGrabPng(benchmark::State &state, QSize size)
{
    ChartSet charts(models());
    QChartView view(charts.chartById(QStringLiteral("trend"))->chart());
    view.setRenderHint(QPainter::Antialiasing);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grab.png"));
    for (auto _ : state) {
        view.resize(size);
        QImageWriter writer(path, "png");
        writer.write(view.grab().toImage());
        view.resize(640, 360);
    }
}

const QSize k1080(1920, 1080);
const QSize k4k(3840, 2160);

BENCHMARK_CAPTURE(BM_NaiveGrabPng, 4k_baseline, k4k)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, png_1080p, ExportOptions::Format::Png, k1080)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, png_4k, ExportOptions::Format::Png, k4k)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, svg_1080p, ExportOptions::Format::Svg, k1080)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, svg_4k, ExportOptions::Format::Svg, k4k)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, pdf_1080p, ExportOptions::Format::Pdf, k1080)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, pdf_4k, ExportOptions::Format::Pdf, k4k)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    AppInfo::apply();
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
