// SPDX-License-Identifier: MIT
// A country trend of 10 lines × 10,000 points, built by the dashboard's CountryTrendChart
// (one pass over the rows, lines decimated to the plot's pixel columns, one replace() per
// line), beside a baseline in the same run: a bare QChart with the same 10 lines handed to
// replace() whole.
#include "charts/countrytrendchart.h"
#include "models/countryselection.h"
#include "models/seriesmodel.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

constexpr int kLines = 10;
constexpr int kPoints = 10'000;

Data::Series denseSeries()
{
    Data::Series series;
    series.key = QStringLiteral("bench/dense");
    series.label = QStringLiteral("Dense benchmark series");
    series.unit = QStringLiteral("%");
    for (int line = 0; line < kLines; ++line) {
        for (int i = 0; i < kPoints; ++i) {
            Data::Observation o;
            o.seriesKey = series.key;
            o.entity = QStringLiteral("Country %1").arg(line);
            o.entityCode = QStringLiteral("C%1").arg(line, 2, 10, QChar(u'0'));
            o.periodStart = QDate(1000 + i, 1, 1);
            o.periodEnd = QDate(1000 + i, 12, 31);
            o.periodLabel = QString::number(1000 + i);
            o.value = 50.0 + 40.0 * std::sin(i * 0.01 + line);
            series.observations.append(o);
        }
    }
    return series;
}

void BM_CountryTrendTenByTenThousand(benchmark::State &state)
{
    SeriesModel model;
    model.setSeries({denseSeries()});
    CountrySelection selection(&model);
    QSet<QString> all;
    for (int line = 0; line < kLines; ++line)
        all.insert(QStringLiteral("C%1").arg(line, 2, 10, QChar(u'0')));
    selection.setCountries(all);
    CountryTrendChart chart(&model, &selection);
    for (auto _ : state) {
        chart.refresh();
        benchmark::DoNotOptimize(chart.lineNames().size());
    }
    state.counters["points drawn"] = double(chart.pointsOf(QStringLiteral("Country 0")).size());
}

void BM_Baseline_BareChartReplace(benchmark::State &state)
{
    const Data::Series series = denseSeries();
    for (auto _ : state) {
        QChart chart;
        auto *x = new QDateTimeAxis;
        auto *y = new QValueAxis;
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        for (int line = 0; line < kLines; ++line) {
            QList<QPointF> points;
            points.reserve(kPoints);
            for (int i = 0; i < kPoints; ++i) {
                const Data::Observation &o = series.observations.at(line * kPoints + i);
                points.append(
                    {double(o.periodStart.startOfDay(Qt::UTC).toMSecsSinceEpoch()), o.value});
            }
            auto *lineSeries = new QLineSeries;
            lineSeries->replace(points);
            chart.addSeries(lineSeries);
            lineSeries->attachAxis(x);
            lineSeries->attachAxis(y);
        }
        benchmark::DoNotOptimize(chart.series().size());
    }
}

BENCHMARK(BM_CountryTrendTenByTenThousand)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_Baseline_BareChartReplace)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
