// SPDX-License-Identifier: MIT
// An article's figures kept in the analyst's store and taken out again through the store seam:
// a save in one write, refused when the article is already there; one of the analyst's figures
// deleted and put back; the built-in figures, and a figure another's formula reads, never
// deleted, each refusal one sentence with the store unchanged.
#include "extract/articlefigurewriter.h"
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
    Data::Source article;
    article.key = QStringLiteral("xinhua-2025-08-28-trade");
    article.publisher = QStringLiteral("Xinhua");
    article.title = QStringLiteral("Trade");
    article.published = QDate(2025, 8, 28);
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

} // namespace
