// SPDX-License-Identifier: MIT
// An article saved as a PDF reads as the same text as the article itself: a real article
// (tests/core/articles) laid out by QPdfWriter on a narrow page, so its sentences break across
// lines and pages, gives the extractor the same figures with the same sentences. A PDF with no
// text layer, and a damaged one, each get one sentence.
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

} // namespace
