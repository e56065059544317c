// SPDX-License-Identifier: MIT
// Copy Chart's clipboard item: HTML with the PNG embedded and the citation escaped as its
// caption, the PNG, and the citation as text.
#include "export/chartclipboard.h"

#include <QMimeData>

#include <gtest/gtest.h>

#include <memory>

namespace {

TEST(ChartClipboardTest, HoldsHtmlPngAndTextWithTheCitationEscaped)
{
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(QColor(10, 120, 200));
    const QString citation = QStringLiteral("Growth <b>&</b> \"rates\" — Source: A; B");
    const std::unique_ptr<QMimeData> mime(ChartClipboard::mimeData(image, citation));
    EXPECT_EQ(mime->text(), citation);
    QImage png;
    ASSERT_TRUE(png.loadFromData(mime->data(QStringLiteral("image/png")), "PNG"));
    EXPECT_EQ(png.convertToFormat(QImage::Format_ARGB32), image);
    const QString html = mime->html();
    EXPECT_TRUE(html.contains(QStringLiteral(
        "<figcaption>Growth &lt;b&gt;&amp;&lt;/b&gt; &quot;rates&quot; — Source: A; B"
        "</figcaption>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("width=\"20\" height=\"10\"")))
        << "shown at half its pixels, for a document's density";
    EXPECT_FALSE(html.contains(u"<b>")) << "the citation is text, never markup";
    EXPECT_TRUE(
        html.contains(QString::fromLatin1(mime->data(QStringLiteral("image/png")).toBase64())));
}

} // namespace
