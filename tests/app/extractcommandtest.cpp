// SPDX-License-Identifier: MIT
// `extract FILE` as scripts run it: the seed article's figures in every format, the CSV that
// `import --format facts` keeps, an HTML page read as text with its scripts never run, Chinese
// and Russian articles, and one line for each file it cannot read.
#include "dashboardbinary.h"
#include "store/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class ExtractCommandTest : public DashboardBinary
{
};

TEST_F(ExtractCommandTest, TheSeedArticleAsJsonCsvAndATableThatImportKeeps)
{
    const std::optional<QString> article = TestSupport::article();
    if (!article)
        GTEST_SKIP() << "../shared/seed/article.txt is absent (a user's clone)";
    const QString file = writeFile(QStringLiteral("article.txt"), article->toUtf8());
    Result r =
        run({QStringLiteral("extract"), file, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray figures = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(figures.size(), 6);
    const QJsonObject first = figures.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("value")).toDouble(), 9.3);
    EXPECT_EQ(first.value(QStringLiteral("scale")).toDouble(), 1.0);
    EXPECT_EQ(first.value(QStringLiteral("unit")).toString(), QStringLiteral("%"));
    EXPECT_EQ(first.value(QStringLiteral("as_written")).toString(), QStringLiteral("9.3 percent"));
    EXPECT_EQ(first.value(QStringLiteral("period_start")).toString(), QStringLiteral("2025-01-01"));
    EXPECT_EQ(first.value(QStringLiteral("period_end")).toString(), QStringLiteral("2025-05-31"));
    EXPECT_EQ(first.value(QStringLiteral("basis")).toString(), QStringLiteral("year-on-year"));
    const QJsonObject last = figures.at(5).toObject();
    EXPECT_EQ(last.value(QStringLiteral("qualifier")).toString(), QStringLiteral("more than"));
    EXPECT_EQ(last.value(QStringLiteral("value")).toDouble(), 830);
    for (const QJsonValue &v : figures)
        EXPECT_TRUE(article->contains(v.toObject().value(QStringLiteral("quote")).toString()));

    r = run({QStringLiteral("extract"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString csv = writeFile(QStringLiteral("figures.csv"), r.out.toUtf8());
    const QString store = m_home.filePath(QStringLiteral("store.sqlite"));
    r = run({QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("facts"),
             QStringLiteral("--database"), store});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 added"))) << r.out.toStdString();
    Repository repository;
    ASSERT_TRUE(repository.open(store, Repository::UserStore::OpenIfPresent));
    const std::optional<Data::Dataset> kept = repository.loadUserStore();
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->facts.size(), 6);
    const Data::Fact &fact = kept->facts.at(2);
    EXPECT_EQ(fact.value, 6.4);
    EXPECT_EQ(fact.periodLabel, QStringLiteral("H1 2025"));
    EXPECT_EQ(fact.source.publisher, QStringLiteral("Chinadaily.com.cn"));
    EXPECT_EQ(fact.source.title, QStringLiteral("Digital tech boom offers opportunities"));
    EXPECT_EQ(fact.source.published, QDate(2025, 8, 29));
    EXPECT_TRUE(fact.quote.contains(fact.asWritten));

    r = run({QStringLiteral("extract"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("more than 830 digital technology professionals")));
}

TEST_F(ExtractCommandTest, AnHtmlPageIsReadAsTextAndItsScriptsNeverRun)
{
    const QString page = writeFile(
        QStringLiteral("page.html"),
        "<!DOCTYPE html><html><head><title>Trade up</title>"
        "<script>document.write('Sales rose 99 percent.');</script>"
        "<style>p{color:red}</style></head><body><h1>Trade hits record</h1>"
        "<p class=\"dateline\">Updated: June 9, 2025 By LI WEI | Xinhua.net</p>"
        "<p>Trade between China and SCO countries reached 512.4 billion U.S. dollars in 2024, "
        "up 2.7&nbsp;percent year-on-year.</p><!-- 77 percent hidden -->"
        "<p>More than 3,000 companies took part.</p></body></html>");
    const Result r =
        run({QStringLiteral("extract"), page, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList written;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        written << v.toObject().value(QStringLiteral("as_written")).toString();
    EXPECT_EQ(written,
              (QStringList{QStringLiteral("512.4 billion U.S. dollars"),
                           QStringLiteral("2.7 percent"), QStringLiteral("3,000 companies")}));
    const QJsonObject trade = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(trade.value(QStringLiteral("scale")).toDouble(), 1e9);
    EXPECT_EQ(trade.value(QStringLiteral("period_start")).toString(), QStringLiteral("2024-01-01"));
}

// A Chinese article is told from its letters; --lang names a Russian one (and the output's
// language, as for every command).
TEST_F(ExtractCommandTest, ChineseAndRussianArticlesGiveTheirFigures)
{
    const QString chinese = writeFile(
        QStringLiteral("zh.txt"), QStringLiteral("2024年，中国与上合组织其他成员国贸易额达5123亿"
                                                 "美元，同比增长2.7%。\n")
                                      .toUtf8());
    Result r =
        run({QStringLiteral("extract"), chinese, QStringLiteral("--published"),
             QStringLiteral("2025-08-28"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonArray figures = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(figures.size(), 2) << r.out.toStdString();
    EXPECT_EQ(figures.at(0).toObject().value(QStringLiteral("as_written")).toString(),
              QStringLiteral("5123亿美元"));
    EXPECT_EQ(figures.at(0).toObject().value(QStringLiteral("scale")).toDouble(), 1e8);
    EXPECT_EQ(figures.at(1).toObject().value(QStringLiteral("basis")).toString(),
              QStringLiteral("year-on-year"));

    const QString russian = writeFile(
        QStringLiteral("ru.txt"), QStringLiteral("В 2024 году товарооборот Китая со странами ШОС "
                                                 "составил 512,4 млрд долларов США.\n")
                                      .toUtf8());
    r = run({QStringLiteral("extract"), russian, QStringLiteral("--published"),
             QStringLiteral("2025-08-28"), QStringLiteral("--lang"), QStringLiteral("ru"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    figures = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(figures.size(), 1) << r.out.toStdString();
    const QJsonObject trade = figures.at(0).toObject();
    EXPECT_EQ(trade.value(QStringLiteral("value")).toDouble(), 512.4);
    EXPECT_EQ(trade.value(QStringLiteral("scale")).toDouble(), 1e9);
    EXPECT_EQ(trade.value(QStringLiteral("period_start")).toString(), QStringLiteral("2024-01-01"));
    r = run({QStringLiteral("extract"), russian, QStringLiteral("--lang"), QStringLiteral("zh")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--published"))) << r.err.toStdString();
}

TEST_F(ExtractCommandTest, EachFileItCannotReadGetsOneLineAndExitOne)
{
    const struct
    {
        const char *name;
        QByteArray bytes;
        const char *says;
    } files[] = {
        {"empty.txt", QByteArray(), "has no text"},
        {"blank.html", "<html><body><script>x()</script></body></html>", "has no text"},
        {"binary.bin",
         QByteArray("\x7f"
                    "ELF\x02\x01\x00\x00\xff\xfe",
                    10),
         "is not an article"},
        {"scan.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "cannot be read as a PDF"},
        {"undated.txt", "Sales rose 9.3 percent.\n", "--published"},
    };
    for (const auto &f : files) {
        const QString path = writeFile(QString::fromLatin1(f.name), f.bytes);
        const Result r = run({QStringLiteral("extract"), path});
        EXPECT_EQ(r.exitCode, 1) << f.name;
        EXPECT_TRUE(r.out.isEmpty()) << f.name;
        EXPECT_EQ(r.err.count(u'\n'), 1) << f.name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(f.says))) << r.err.toStdString();
    }
    const QString large = m_home.filePath(QStringLiteral("large.txt"));
    {
        QFile file(large);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(100LL * 1024 * 1024)); // sparse: no 100 MB written
    }
    const Result r = run({QStringLiteral("extract"), large});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("100 MB"))) << r.err.toStdString();
    const Result none =
        run({QStringLiteral("extract"), writeFile(QStringLiteral("calm.txt"), "A quiet day.\n"),
             QStringLiteral("--published"), QStringLiteral("2025-01-02")});
    EXPECT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(none.out.isEmpty()) << "a file with no figures prints nothing";
}

} // namespace
