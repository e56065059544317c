// SPDX-License-Identifier: MIT
// The article extractor by rules: the seed article's six stated figures with their exact
// sentences and periods, and nothing for its dates, years and names; each kind of figure and
// each thing that is not one, in sentences of the kind news articles write.
#include "extract/articleextractor.h"
#include "extract/articlecitation.h"
#include "extract/figurefinder.h"
#include "extract/sentencesplitter.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace {

using Kind = FigureProposal::Kind;

QStringList written(const QList<FigureProposal> &figures)
{
    QStringList texts;
    for (const FigureProposal &f : figures)
        texts << f.asWritten;
    return texts;
}

TEST(ArticleExtractorTest, TheSeedArticleGivesItsSixStatedFiguresWithTheirSentences)
{
    const std::optional<QString> article = TestSupport::article();
    if (!article)
        GTEST_SKIP() << "../shared/seed/article.txt is absent (a user's clone)";
    const ArticleCitation citation = ArticleCitation::readFrom(*article);
    EXPECT_EQ(citation.title, QStringLiteral("Digital tech boom offers opportunities"));
    EXPECT_EQ(citation.published, QDate(2025, 8, 29));
    EXPECT_EQ(citation.author, QStringLiteral("YAN DONGJIE"));
    EXPECT_EQ(citation.outlet, QStringLiteral("Chinadaily.com.cn"));

    const QList<FigureProposal> figures = ArticleExtractor::extract(*article, citation.published);
    ASSERT_EQ(written(figures),
              (QStringList{QStringLiteral("9.3 percent"), QStringLiteral("3.4 percentage points"),
                           QStringLiteral("6.4 percent"), QStringLiteral("25.7 percent"),
                           QStringLiteral("7.5 percent"),
                           QStringLiteral("830 digital technology professionals")}));
    for (const FigureProposal &f : figures) {
        EXPECT_TRUE(article->contains(f.quote)) << f.quote.toStdString();
        EXPECT_EQ(f.quote.mid(f.start, f.asWritten.size()), f.asWritten);
    }
    const FigureProposal &revenue = figures.at(0);
    EXPECT_EQ(revenue.kind, Kind::Percent);
    EXPECT_EQ(revenue.value, 9.3);
    EXPECT_EQ(revenue.decimals, 1);
    EXPECT_EQ(revenue.unit, QStringLiteral("%"));
    EXPECT_EQ(revenue.basis, QStringLiteral("year-on-year"));
    EXPECT_EQ(revenue.direction, FigureProposal::Direction::Up);
    EXPECT_EQ(revenue.periodStart, QDate(2025, 1, 1));
    EXPECT_EQ(revenue.periodEnd, QDate(2025, 5, 31));
    EXPECT_EQ(revenue.periodLabel, QStringLiteral("Jan–May 2025"));
    EXPECT_EQ(revenue.label, QStringLiteral("Digital industry's revenue growth"));
    EXPECT_TRUE(revenue.quote.startsWith(QStringLiteral("In the first five months of this year")));
    EXPECT_EQ(figures.at(1).kind, Kind::PercentagePoints);
    EXPECT_EQ(figures.at(1).unit, QStringLiteral("pp"));
    EXPECT_EQ(figures.at(1).value, 3.4);
    EXPECT_EQ(figures.at(2).periodLabel, QStringLiteral("H1 2025"));
    EXPECT_EQ(figures.at(2).periodEnd, QDate(2025, 6, 30));
    EXPECT_EQ(figures.at(3).label, QStringLiteral("Manufacturing's share of GDP"));
    EXPECT_EQ(figures.at(3).periodLabel, QStringLiteral("H1 2025")) << "from its paragraph";
    EXPECT_EQ(figures.at(4).label, QStringLiteral("Manufacturing investment growth"));
    const FigureProposal &trained = figures.at(5);
    EXPECT_EQ(trained.kind, Kind::Count);
    EXPECT_EQ(trained.value, 830);
    EXPECT_EQ(trained.qualifier, QStringLiteral("more than"));
    EXPECT_EQ(trained.unit, QStringLiteral("digital technology professionals"));
    EXPECT_EQ(trained.label, QStringLiteral("Digital technology professionals trained"));
    EXPECT_EQ(trained.periodStart, QDate(2023, 1, 1));
    EXPECT_EQ(trained.periodEnd, QDate(2025, 8, 29));
    EXPECT_EQ(trained.periodLabel, QStringLiteral("since 2023"));
}

// A byline is a short line of its own: a paragraph's "supported by real estate sales" (the PDF
// article's first lines are paragraphs) names no author, and a date in one is not the day.
TEST(ArticleCitationTest, ABylineOrDatelineIsAShortLineNeverAParagraph)
{
    const QString paragraph = QStringLiteral(
        "However, profitability was slightly supported by real estate sales (0.5 MEUR), without "
        "which profitability would have been slightly below the comparison period, as on "
        "August 5, 2024 and in forecasts.");
    const ArticleCitation prose = ArticleCitation::readFrom(paragraph + u'\n' + paragraph);
    EXPECT_TRUE(prose.author.isEmpty()) << prose.author.toStdString();
    EXPECT_FALSE(prose.published.isValid());
    const ArticleCitation byline = ArticleCitation::readFrom(
        QStringLiteral("Trade hits a record\nAugust 19, 2025 by Wang Qi | Global Times\n") +
        paragraph);
    EXPECT_EQ(byline.author, QStringLiteral("Wang Qi"));
    EXPECT_EQ(byline.published, QDate(2025, 8, 19));
}

// The basis financial writing abbreviates: "y/y" and "YoY" are year-on-year.
TEST(FigureFinderBasisTest, YearOnYearAsAnalystsAbbreviateIt)
{
    for (const char *sentence :
         {"Sweden grew strongly (+48% y/y).", "Sales rose 12% YoY in the quarter."}) {
        const QList<FigureProposal> found = FigureFinder::find(QString::fromUtf8(sentence));
        ASSERT_EQ(found.size(), 1) << sentence;
        EXPECT_EQ(found.first().basis, QStringLiteral("year-on-year")) << sentence;
    }
}

// A figure whose sentence names no subject by a verb is labelled by the noun it is written with:
// after it ("a target price"), led to by an article ("a dividend of"), or a parenthesis's label;
// a period in a parenthesis ("2024:") is no label.
TEST(FigureFinderLabelTest, AFigureWithoutASubjectIsNamedByItsNoun)
{
    const auto labelOf = [](const char *sentence) {
        const QList<FigureProposal> found = FigureFinder::find(QString::fromUtf8(sentence));
        return found.isEmpty() ? QString() : found.first().label;
    };
    EXPECT_EQ(labelOf("We reiterate our EUR 8.00 target price and Accumulate recommendation."),
              QStringLiteral("Target price"));
    EXPECT_EQ(labelOf("The Board proposes a dividend of EUR 0.50 per share."),
              QStringLiteral("Dividend"));
    EXPECT_EQ(labelOf("We expect adjusted EBITA to improve (EBITA margin: 3.5%)."),
              QStringLiteral("EBITA margin"));
    EXPECT_NE(labelOf("Guidance stands (2024: 8.8 MEUR)."), QStringLiteral("2024"));
}

struct Sentence
{
    const char *text;
    const char *asWritten; // the one figure it states, or nullptr for none
    Kind kind;
    double value;
    double scale;
    const char *unit;
    const char *qualifier;
};

class FigureFinderTest : public ::testing::TestWithParam<Sentence>
{
};

TEST_P(FigureFinderTest, FindsTheOneFigureOrNone)
{
    const Sentence &s = GetParam();
    const QList<FigureProposal> found = FigureFinder::find(QString::fromUtf8(s.text));
    if (!s.asWritten) {
        EXPECT_TRUE(found.isEmpty()) << written(found).join(u'|').toStdString();
        return;
    }
    ASSERT_EQ(found.size(), 1) << written(found).join(u'|').toStdString();
    const FigureProposal &f = found.first();
    EXPECT_EQ(f.asWritten, QString::fromUtf8(s.asWritten));
    EXPECT_EQ(f.kind, s.kind);
    EXPECT_EQ(f.value, s.value);
    EXPECT_EQ(f.scale, s.scale);
    EXPECT_EQ(f.unit, QString::fromUtf8(s.unit));
    EXPECT_EQ(f.qualifier, QString::fromUtf8(s.qualifier));
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FigureFinderTest,
    ::testing::Values(
        Sentence{"Trade reached 512.4 billion U.S. dollars in 2024.", "512.4 billion U.S. dollars",
                 Kind::Amount, 512.4, 1e9, "billion U.S. dollars", ""},
        Sentence{"Exports rose to $6.06 trillion last year.", "$6.06 trillion", Kind::Amount, 6.06,
                 1e12, "trillion U.S. dollars", ""},
        Sentence{"Revenue was about 1.73 trillion yuan.", "1.73 trillion yuan", Kind::Amount, 1.73,
                 1e12, "trillion yuan", "about"},
        Sentence{"Its share rose to 34% of the total.", "34%", Kind::Percent, 34, 1, "%", ""},
        Sentence{"Output grew 9.3 per cent.", "9.3 per cent", Kind::Percent, 9.3, 1, "%", ""},
        Sentence{"More than 3,000 companies attended.", "3,000 companies", Kind::Count, 3000, 1,
                 "companies", "more than"},
        Sentence{"The port opened 42 shipping routes.", "42 shipping routes", Kind::Count, 42, 1,
                 "shipping routes", ""},
        Sentence{"Traffic was 19.2 times that of 2015.", "19.2 times", Kind::Multiple, 19.2, 1,
                 "times", ""},
        Sentence{"The line carried 117 million tons of cargo.", "117 million tons", Kind::Quantity,
                 117, 1e6, "million tons", ""},
        Sentence{"Growth was 3.4 percentage points higher.", "3.4 percentage points",
                 Kind::PercentagePoints, 3.4, 1, "pp", ""},
        Sentence{"The yield has risen by more than half a percentage point.",
                 "half a percentage point", Kind::PercentagePoints, 0.5, 1, "pp", "more than"},
        Sentence{"The Fed cut rates by a quarter of a percent.", "a quarter of a percent",
                 Kind::Percent, 0.25, 1, "%", ""},
        Sentence{"The summit opens on Aug 5, 2025 in Tianjin.", nullptr, Kind::Count, 0, 1, "", ""},
        Sentence{"It was posted at 08:20, August 29, 2025.", nullptr, Kind::Count, 0, 1, "", ""},
        Sentence{"Operators will build 5G networks for the SCO Summit 2025.", nullptr, Kind::Count,
                 0, 1, "", ""},
        Sentence{"It was the 23rd meeting, held in 2024.", nullptr, Kind::Count, 0, 1, "", ""},
        Sentence{"Call +86 10 6491 8366 for details.", nullptr, Kind::Count, 0, 1, "", ""},
        Sentence{"The plan runs for 5 years.", nullptr, Kind::Count, 0, 1, "", ""},
        // A sign is the figure's own; a currency's code before or after the number names it.
        Sentence{"Structural engineering shrank (Q4 revenue: -23% y/y).", "-23%", Kind::Percent,
                 -23, 1, "%", ""},
        Sentence{"Sweden grew strongly (+48% y/y).", "+48%", Kind::Percent, 48, 1, "%", ""},
        Sentence{"The Board proposes a dividend of EUR 0.50.", "EUR 0.50", Kind::Amount, 0.5, 1,
                 "euros", ""},
        Sentence{"Revenue was around 75.5 MEUR in Q4.", "75.5 MEUR", Kind::Amount, 75.5, 1e6,
                 "million euros", "around"},
        Sentence{"Sales reached 3 bn USD.", "3 bn USD", Kind::Amount, 3, 1e9,
                 "billion U.S. dollars", ""},
        Sentence{"The stock trades at 9x earnings.", "9x", Kind::Multiple, 9, 1, "times", ""},
        // Ranges and spans of years hold two numbers, not one figure; hex and sizes are names.
        Sentence{"Revenue will grow to 290-310 MEUR in 2025.", nullptr, Kind::Count, 0, 1, "", ""},
        Sentence{"At EV/EBIT 10–12x the 2024-27 growth is priced.", nullptr, Kind::Count, 0, 1, "",
                 ""},
        Sentence{"Register 0x1F holds a 4x4 matrix.", nullptr, Kind::Count, 0, 1, "", ""}));

TEST(SentenceSplitterTest, AbbreviationsAndDecimalsDoNotEndASentence)
{
    const QString text = QStringLiteral("Trade with the U.S. rose 2.5 percent in Aug. last year. "
                                        "No. 1 was China.\nA headline\nThe end.");
    QStringList sentences;
    for (const SentenceSplitter::Span &s : SentenceSplitter::split(text))
        sentences << text.mid(s.start, s.length);
    EXPECT_EQ(
        sentences,
        (QStringList{QStringLiteral("Trade with the U.S. rose 2.5 percent in Aug. last year."),
                     QStringLiteral("No. 1 was China."), QStringLiteral("A headline"),
                     QStringLiteral("The end.")}));
}

// New Figure from a selection: the extractor's own figure when the selection touches it, with
// its paragraph's period; otherwise the selected words, to be labelled by hand; never a figure
// across two sentences.
TEST(ArticleExtractorTest, ASelectionGivesTheFigureItMarksInItsSentence)
{
    const QString text = QStringLiteral("In the first half of this year, trade rose 6.4 percent.\n"
                                        "Exports reached 830 in May. Imports fell.\n");
    const QDate published(2025, 8, 29);
    const qsizetype percent = text.indexOf(QStringLiteral("6.4"));
    const std::optional<FigureProposal> own =
        ArticleExtractor::figureAt(text, published, percent + 1, 2);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->asWritten, QStringLiteral("6.4 percent"));
    EXPECT_EQ(own->quote,
              QStringLiteral("In the first half of this year, trade rose 6.4 percent."));
    EXPECT_EQ(own->periodLabel, QStringLiteral("H1 2025"));
    EXPECT_FALSE(own->label.isEmpty());

    const qsizetype bare = text.indexOf(QStringLiteral("830"));
    const std::optional<FigureProposal> words =
        ArticleExtractor::figureAt(text, published, bare - 1, 4); // " 830", as a mouse selects
    ASSERT_TRUE(words);
    EXPECT_EQ(words->asWritten, QStringLiteral("830"));
    EXPECT_EQ(words->value, 830);
    EXPECT_EQ(words->quote, QStringLiteral("Exports reached 830 in May."));
    EXPECT_EQ(words->quote.mid(words->start, 3), QStringLiteral("830"));
    EXPECT_TRUE(words->label.isEmpty()) << "the analyst names it";

    QString why;
    EXPECT_FALSE(ArticleExtractor::figureAt(text, published, percent, bare - percent, &why));
    EXPECT_EQ(why, QStringLiteral("Select a figure within one sentence."));
    EXPECT_FALSE(ArticleExtractor::figureAt(text, published,
                                            text.indexOf(QStringLiteral("Imports")), 7, &why));
    EXPECT_EQ(why, QStringLiteral("The selection states no number."));
}

} // namespace
