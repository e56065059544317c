// SPDX-License-Identifier: MIT
// An article saved as a PDF reads as the same text as the article itself: a real article
// (tests/core/articles) laid out by QPdfWriter on a narrow page, so its sentences break across
// lines and pages, gives the extractor the same figures with the same sentences. A PDF with no
// text layer, and a damaged one, each get one sentence. A real page saved from a browser reads
// as its paragraphs, with the citation its head gives.
#include "extract/articlefile.h"
#include "extract/articleextractor.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace {

const char *const kArticle = "chinadaily-2022-09-16-sco-trade-jan-aug.txt";

QString articleText()
{
    QFile file(QStringLiteral(SCO_SOURCE_DIR "/tests/core/articles/") + QLatin1String(kArticle));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writePdf(const QString &path, const std::function<void(QPdfWriter &, QPainter &)> &paint)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(90, 120), QPageSize::Millimeter));
    writer.setResolution(150);
    QPainter painter(&writer);
    paint(writer, painter);
}

QStringList sentencesOf(const QList<FigureProposal> &proposals)
{
    QStringList sentences;
    for (const FigureProposal &p : proposals)
        sentences << p.asWritten + u'|' + p.quote;
    return sentences;
}

TEST(ArticleFileTest, APdfOfAnArticleGivesItsFiguresWithTheSameSentences)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("article.pdf"));
    const QString text = articleText();
    writePdf(pdf, [&](QPdfWriter &writer, QPainter &painter) {
        QTextDocument document;
        document.setPlainText(text);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.drawContents(&painter); // the first page
        for (qreal top = writer.height(); top < document.size().height(); top += writer.height()) {
            writer.newPage();
            painter.save();
            painter.translate(0, -top);
            document.drawContents(&painter, QRectF(0, top, writer.width(), writer.height()));
            painter.restore();
        }
    });
    ArticleFile file;
    const std::optional<QString> read = file.read(pdf);
    ASSERT_TRUE(read) << file.errorString().toStdString();
    const QDate published(2022, 9, 16);
    const QList<FigureProposal> fromPdf = ArticleExtractor::extract(*read, published);
    const QList<FigureProposal> fromText = ArticleExtractor::extract(text, published);
    ASSERT_EQ(fromText.size(), 15);
    EXPECT_EQ(sentencesOf(fromPdf), sentencesOf(fromText));
}

TEST(ArticleFileTest, APdfWithoutTextAndADamagedOneAreNamedInOneSentence)
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    writePdf(scan, [](QPdfWriter &, QPainter &painter) {
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::gray);
        painter.drawImage(QPoint(0, 0), image); // a scan: pixels, no text
    });
    ArticleFile file;
    EXPECT_FALSE(file.read(scan));
    EXPECT_TRUE(file.errorString().contains(QStringLiteral("has no text layer")))
        << file.errorString().toStdString();
    const QString damaged = dir.filePath(QStringLiteral("damaged.pdf"));
    QFile bytes(damaged);
    ASSERT_TRUE(bytes.open(QIODevice::WriteOnly));
    bytes.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<");
    bytes.close();
    EXPECT_FALSE(file.read(damaged));
    EXPECT_TRUE(file.errorString().contains(QStringLiteral("cannot be read as a PDF")))
        << file.errorString().toStdString();
}

// A page as a browser saves it: its paragraphs stay lines of their own (each its own
// paragraph for the periods a sentence carries over), and its head gives the citation.
TEST(ArticleFileTest, AnHtmlPageKeepsItsParagraphsAndGivesItsCitation)
{
    EXPECT_EQ(ArticleFile::textOfHtml(QStringLiteral("<h2>\n  Interest costs\n</h2>\n"
                                                     "<p>\n  Rates rose.\n</p>\t<p>Yields fell."
                                                     "</p>")),
              QStringLiteral("Interest costs\nRates rose.\nYields fell."));
    ArticleFile file;
    const std::optional<QString> text = file.read(QStringLiteral(
        SCO_SOURCE_DIR "/tests/core/articles/nytimes-2018-09-25-federal-debt-interest.html"));
    ASSERT_TRUE(text) << file.errorString().toStdString();
    EXPECT_TRUE(text->contains(QStringLiteral(
        "\nWithin a decade, more than $900 billion in interest payments will be due annually")));
    const ArticleCitation c = file.citation();
    EXPECT_EQ(c.title, QStringLiteral("As Debt Rises, the Government Will Soon Spend More on "
                                      "Interest Than on the Military"));
    EXPECT_EQ(c.author, QStringLiteral("Nelson D. Schwartz"));
    EXPECT_EQ(c.published, QDate(2018, 9, 25));
    EXPECT_EQ(c.url, QStringLiteral("https://www.nytimes.com/2018/09/25/business/economy/"
                                    "us-government-debt-interest.html"));
    EXPECT_EQ(c.outlet, QStringLiteral("nytimes.com")); // the page names no site
    const ArticleCitation named = ArticleFile::citationOfHtml(QStringLiteral(
        "<html><head><title>Trade | Site</title><meta content='Xinhua' property='og:site_name'>"
        "<meta name=\"author\" content=\"Wang &amp; Li\"><meta property=\"article:published_time"
        "\" content=\"2025-08-28T09:00:00+08:00\"></head><body><p>Trade rose.</p></body>"));
    EXPECT_EQ(named.title, QStringLiteral("Trade | Site"));
    EXPECT_EQ(named.outlet, QStringLiteral("Xinhua"));
    EXPECT_EQ(named.author, QStringLiteral("Wang & Li"));
    EXPECT_EQ(named.published, QDate(2025, 8, 28));
    EXPECT_TRUE(named.url.isEmpty());
    EXPECT_TRUE(file.read(QStringLiteral(SCO_SOURCE_DIR "/tests/core/articles/"
                                                        "xinhua-scio-2025-08-28-sco-trade.txt")));
    EXPECT_TRUE(file.citation().title.isEmpty()); // plain text: its first lines say
}

} // namespace
