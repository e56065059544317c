// SPDX-License-Identifier: MIT
// An article's figures kept in the analyst's store and taken out again through the store seam:
// a save in one write, refused when the article is already there; one of the analyst's figures
// deleted and put back; the built-in figures, and a figure another's formula reads, never
// deleted, each refusal one sentence with the store unchanged. An edit of one's own figure
// keeps it tracing to its sentence (FigureCheck), or is refused with the store unchanged.
#include "extract/articlefigurewriter.h"
#include "extract/figurecheck.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

Data::Fact figure(const Data::Source &source, const QString &key, double value)
{
    Data::Fact f;
    f.key = key;
    f.label = QStringLiteral("Trade with SCO members");
    f.category = QStringLiteral("From the article");
    f.value = value;
    f.decimals = 1;
    f.unit = QStringLiteral("%");
    f.periodStart = QDate(2024, 1, 1);
    f.periodEnd = QDate(2024, 12, 31);
    f.periodLabel = QStringLiteral("2024");
    f.asWritten = QString::number(value) + QStringLiteral(" percent");
    f.quote = QStringLiteral("Trade rose ") + f.asWritten + u'.';
    f.source = source;
    return f;
}

Data::Source xinhuaArticle()
{
    Data::Source article;
    article.key = QStringLiteral("xinhua-2025-08-28-trade");
    article.publisher = QStringLiteral("Xinhua");
    article.title = QStringLiteral("Trade");
    article.published = QDate(2025, 8, 28);
    return article;
}

QStringList storeKeys(const QString &path)
{
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(path, {}, &error);
    EXPECT_TRUE(store) << error.toStdString();
    QStringList keys;
    if (const auto dataset = store ? store->load() : std::nullopt) {
        for (const Data::Fact &f : dataset->facts) {
            if (f.source.key == u"xinhua-2025-08-28-trade")
                keys << f.key;
        }
    }
    return keys;
}

TEST(ArticleFigureWriterTest, SavedFiguresAreDeletedAndPutBackNeverTheBuiltInOnes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    const Data::Source article = xinhuaArticle();
    const Data::Fact a = figure(article, article.key + QStringLiteral("/1"), 2.7);
    const Data::Fact b = figure(article, article.key + QStringLiteral("/2"), 9.3);
    ArticleFigureWriter writer(path);
    ASSERT_TRUE(writer.save(article, {a, b})) << writer.errorString().toStdString();
    EXPECT_EQ(storeKeys(path), (QStringList{a.key, b.key}));

    const QByteArray before = TestSupport::readAll(path);
    EXPECT_FALSE(writer.save(article, {a}));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("already holds")));
    EXPECT_EQ(TestSupport::readAll(path), before) << "the refused save wrote nothing";
    EXPECT_EQ(storeKeys(path), (QStringList{a.key, b.key}));

    ASSERT_TRUE(writer.removeFigure(a)) << writer.errorString().toStdString();
    EXPECT_EQ(storeKeys(path), QStringList{b.key});
    ASSERT_TRUE(writer.restoreFigure(a)) << writer.errorString().toStdString();
    EXPECT_EQ(storeKeys(path), (QStringList{b.key, a.key}));

    Data::Fact builtIn = a;
    builtIn.key = QStringLiteral("digital_industry_revenue_growth_2025");
    EXPECT_FALSE(writer.removeFigure(builtIn));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("built-in")))
        << writer.errorString().toStdString();
    Data::Fact absent = a;
    absent.key = QStringLiteral("no-such-figure");
    EXPECT_FALSE(writer.removeFigure(absent));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("no-such-figure")));
}

// Loads the figure KEY from the store at PATH.
std::optional<Data::Fact> storedFact(const QString &path, const QString &key)
{
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(path, {}, &error);
    if (const auto dataset = store ? store->load() : std::nullopt) {
        for (const Data::Fact &f : dataset->facts) {
            if (f.key == key)
                return f;
        }
    }
    return std::nullopt;
}

TEST(ArticleFigureWriterTest, AnEditKeepsTheFigureTracingToItsSentenceOrIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    const Data::Source article = xinhuaArticle();
    const Data::Fact a = figure(article, article.key + QStringLiteral("/1"), 2.7);
    ArticleFigureWriter writer(path);
    ASSERT_TRUE(writer.save(article, {a})) << writer.errorString().toStdString();
    const std::optional<Data::Fact> saved = storedFact(path, a.key);
    ASSERT_TRUE(saved);
    ASSERT_TRUE(saved->source.importedAt.isValid());

    Data::Fact edited = *saved;
    edited.label = QStringLiteral("Trade growth with SCO members");
    edited.periodLabel = QStringLiteral("Jan–Dec 2024");
    ASSERT_TRUE(writer.editFigure(*saved, edited)) << writer.errorString().toStdString();
    EXPECT_EQ(storedFact(path, a.key)->label, QStringLiteral("Trade growth with SCO members"));
    EXPECT_EQ(storedFact(path, a.key)->periodLabel, QStringLiteral("Jan–Dec 2024"));

    const QByteArray before = TestSupport::readAll(path);
    const auto refused = [&](Data::Fact wrong, const char *because) {
        EXPECT_FALSE(writer.editFigure(edited, wrong)) << because;
        EXPECT_TRUE(writer.errorString().contains(QLatin1String(because)))
            << writer.errorString().toStdString();
    };
    Data::Fact wrong = edited;
    wrong.value = 2.8; // the sentence says 2.7
    refused(wrong, "The sentence says 2.7, not 2.8.");
    wrong = edited;
    wrong.asWritten = QStringLiteral("3.1 percent"); // not in the sentence
    refused(wrong, "does not hold \"3.1 percent\"");
    wrong = edited;
    wrong.periodEnd = QDate(2023, 12, 31);
    refused(wrong, "The period ends (2023-12-31) before it starts (2024-01-01).");
    wrong = edited;
    wrong.periodEnd = QDate();
    refused(wrong, "first and last day, or neither");
    wrong = edited;
    wrong.label.clear();
    refused(wrong, "label");
    wrong = edited;
    wrong.key = QStringLiteral("another");
    refused(wrong, "keeps the figure");
    // A built-in key is refused whatever the caller's copy of the figure says of its source.
    Data::Fact builtIn = edited;
    builtIn.key = QStringLiteral("digital_industry_revenue_growth_2025");
    EXPECT_FALSE(writer.editFigure(builtIn, builtIn));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("built-in")))
        << writer.errorString().toStdString();
    EXPECT_FALSE(writer.restoreFigure(builtIn));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("built-in")));
    EXPECT_EQ(TestSupport::readAll(path), before) << "no refused edit wrote anything";

    ASSERT_TRUE(writer.editFigure(edited, *saved)); // undo
    EXPECT_EQ(storedFact(path, a.key)->label, a.label);
}

TEST(ArticleFigureWriterTest, AFigureTheRulesDoNotKnowStatesTheNumberOfItsWords)
{
    EXPECT_EQ(FigureCheck::valueOf(QStringLiteral("512.4 billion U.S. dollars")),
              (std::pair{512.4, 1}));
    EXPECT_EQ(FigureCheck::valueOf(QStringLiteral("half a percentage point")), (std::pair{0.5, 1}));
    EXPECT_EQ(FigureCheck::valueOf(QStringLiteral("1,830")), (std::pair{1830.0, 0}));
    EXPECT_EQ(FigureCheck::valueOf(QStringLiteral("dozens")), std::nullopt);
}

} // namespace
