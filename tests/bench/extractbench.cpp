// SPDX-License-Identifier: MIT
// Extracting the figures of a 5,000-word article: the real articles of the extractor's tests
// (tests/core/articles), one after another until 5,000 words, read by ArticleExtractor. The
// baseline, in the same run, only splits the same text into sentences.
//   sco-bench-extract [--benchmark_filter=REGEX]
#include "extract/articleextractor.h"
#include "extract/sentencesplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

namespace {

constexpr int kWords = 5'000;

const QString &article()
{
    static const QString text = [] {
        const QDir folder(QStringLiteral(SCO_SOURCE_DIR "/tests/core/articles"));
        QStringList pieces;
        for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                pieces << QString::fromUtf8(file.readAll());
        }
        if (pieces.isEmpty())
            qFatal("no articles in %s", qPrintable(folder.path()));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        QString joined;
        for (qsizetype i = 0; joined.split(space, Qt::SkipEmptyParts).size() < kWords; ++i)
            joined += pieces.at(i % pieces.size()) + u'\n';
        return joined;
    }();
    return text;
}

void BM_Extract5000Words(benchmark::State &state)
{
    qsizetype figures = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            figures = ArticleExtractor::extract(article(), QDate(2025, 8, 29)).size());
    state.counters["figures"] = double(figures);
}

void BM_Baseline_SplitSentences5000Words(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(SentenceSplitter::split(article()).size());
}

BENCHMARK(BM_Extract5000Words)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_SplitSentences5000Words)->Iterations(20)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
