// SPDX-License-Identifier: MIT
// Extracting the figures of a 5,000-word article: the real English articles of the extractor's
// tests (tests/core/articles), one after another until 5,000 words, read by ArticleExtractor;
// and the Chinese one repeated to as long (10,000 characters). The baseline, in the same run,
// only splits the English text into sentences. Reading the real PDF article (two columns, a
// sidebar, a table) in reading order, against poppler's own text of its page read across the
// width in the same run; and the reading order of a dense page, 4,000 lines in two columns
// whose paragraphs all break at the same heights (the most bands to keep together).
//   sco-bench-extract [--benchmark_filter=REGEX]
#include "extract/articleextractor.h"
#include "extract/articlefile.h"
#include "extract/pagereadingorder.h"
#include "extract/sentencesplitter.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

#include <functional>

namespace {

constexpr int kWords = 5'000;

// The articles whose names end in SUFFIX ("" for the English ones), one after another until
// ENOUGH says the text is long enough.
QString articlesUntil(const QString &suffix, const std::function<bool(const QString &)> &enough)
{
    const QDir folder(QStringLiteral(SCO_SOURCE_DIR "/tests/core/articles"));
    QStringList pieces;
    for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const bool other =
            name.endsWith(QStringLiteral("-zh.txt")) || name.endsWith(QStringLiteral("-ru.txt"));
        if (suffix.isEmpty() ? other : !name.endsWith(suffix + QStringLiteral(".txt")))
            continue;
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            pieces << QString::fromUtf8(file.readAll());
    }
    if (pieces.isEmpty())
        qFatal("no articles in %s", qPrintable(folder.path()));
    QString joined;
    for (qsizetype i = 0; !enough(joined); ++i)
        joined += pieces.at(i % pieces.size()) + u'\n';
    return joined;
}

const QString &article()
{
    static const QString text = articlesUntil({}, [](const QString &joined) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return joined.split(space, Qt::SkipEmptyParts).size() >= kWords;
    });
    return text;
}

// A Chinese article as long as a 5,000-word English one: 10,000 characters (two a word).
const QString &chineseArticle()
{
    static const QString text = articlesUntil(
        QStringLiteral("-zh"), [](const QString &joined) { return joined.size() >= 2 * kWords; });
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

void BM_ExtractChinese10000Characters(benchmark::State &state)
{
    qsizetype figures = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(figures =
                                     ArticleExtractor::extract(chineseArticle(), QDate(2025, 8, 30),
                                                               ArticleLanguage::Chinese)
                                         .size());
    state.counters["figures"] = double(figures);
}

void BM_Baseline_SplitSentences5000Words(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(SentenceSplitter::split(article()).size());
}

const QString kPdf =
    QStringLiteral(SCO_SOURCE_DIR "/tests/core/articles/inderes-2025-kreate-q4-2024-update.pdf");

void BM_ReadPdfArticleInReadingOrder(benchmark::State &state)
{
    ArticleFile file;
    qsizetype characters = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(characters = file.read(kPdf).value_or(QString()).size());
    if (characters == 0)
        state.SkipWithError(qPrintable(file.errorString()));
    state.counters["characters"] = double(characters);
}

void BM_Baseline_PopplerPageTextAcrossTheWidth(benchmark::State &state)
{
    QFile pdf(kPdf);
    if (!pdf.open(QIODevice::ReadOnly)) {
        state.SkipWithError("the PDF article is missing");
        return;
    }
    const QByteArray bytes = pdf.readAll();
    for (auto _ : state) {
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
        benchmark::DoNotOptimize(document->page(0)->text(QRectF()).size());
    }
}

void BM_ReadingOrderOf4000LinesInTwoColumns(benchmark::State &state)
{
    QList<PageLine> page;
    for (int i = 0; i < 2000; ++i) {
        const qreal top = 20 + i * 20.0; // a paragraph's break after every line, in both columns
        page.append(PageLine{QStringLiteral("Exports rose by 12 percent to 40 billion dollars."),
                             QRectF(30, top, 270, 12)});
        page.append(PageLine{QStringLiteral("Imports fell by 3 percent to 20 billion dollars."),
                             QRectF(330, top, 270, 12)});
    }
    qsizetype characters = 0;
    for (auto _ : state) {
        QString text;
        PageReadingOrder::appendPage(page, text);
        benchmark::DoNotOptimize(characters = text.size());
    }
    state.counters["characters"] = double(characters);
}

BENCHMARK(BM_ReadPdfArticleInReadingOrder)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_PopplerPageTextAcrossTheWidth)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadingOrderOf4000LinesInTwoColumns)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract5000Words)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractChinese10000Characters)->Iterations(20)->Unit(benchmark::kMillisecond);
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
