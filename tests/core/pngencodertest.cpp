// SPDX-License-Identifier: MIT
#include "export/pngencoder.h"

#include <QBuffer>
#include <QPainter>

#include <gtest/gtest.h>

namespace {

QImage sample(QImage::Format format)
{
    QImage image(321, 123, format);
    image.fill(format == QImage::Format_RGB32 ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x00, 0x72, 0xB2));
    painter.drawEllipse(QRect(20, 10, 200, 100));
    painter.setPen(QColor(0xD5, 0x5E, 0x00));
    painter.drawText(QRect(0, 0, 321, 123), Qt::AlignCenter, QStringLiteral("9.3% – Jan–May"));
    return image;
}

TEST(PngEncoder, OpaqueImagesRoundTripPixelForPixel)
{
    const QImage image = sample(QImage::Format_RGB32);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PngEncoder encoder;
    encoder.setDotsPerInch(300);
    ASSERT_TRUE(encoder.write(image, &buffer)) << encoder.errorString().toStdString();
    QImage back;
    ASSERT_TRUE(back.loadFromData(buffer.data(), "PNG"));
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
    EXPECT_EQ(back.dotsPerMeterX(), qRound(300 / 0.0254));
}

TEST(PngEncoder, TransparentImagesKeepTheirAlpha)
{
    const QImage image = sample(QImage::Format_ARGB32_Premultiplied);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PngEncoder().write(image, &buffer));
    QImage back;
    ASSERT_TRUE(back.loadFromData(buffer.data(), "PNG"));
    EXPECT_TRUE(back.hasAlphaChannel());
    EXPECT_EQ(qAlpha(back.pixel(0, 0)), 0);
    EXPECT_EQ(back.pixelColor(120, 60), image.pixelColor(120, 60));
}

TEST(PngEncoder, TextChunksKeepUnicodeAndLongValues)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PngEncoder encoder;
    const QString longText = QString(QStringLiteral("“quoted” — ")).repeated(200);
    encoder.addText(QStringLiteral("Title"), QStringLiteral("Growth, Jan–May — 数字"));
    encoder.addText(QStringLiteral("Description"), longText);
    ASSERT_TRUE(encoder.write(sample(QImage::Format_RGB32), &buffer));
    QImage back;
    ASSERT_TRUE(back.loadFromData(buffer.data(), "PNG"));
    EXPECT_EQ(back.text(QStringLiteral("Title")), QStringLiteral("Growth, Jan–May — 数字"));
    EXPECT_EQ(back.text(QStringLiteral("Description")), longText);
}

TEST(PngEncoder, FailingDeviceIsAnError)
{
    QBuffer closed;
    PngEncoder encoder;
    EXPECT_FALSE(encoder.write(sample(QImage::Format_RGB32), &closed));
    EXPECT_FALSE(encoder.errorString().isEmpty());
    EXPECT_FALSE(encoder.write(QImage(), &closed));
}

} // namespace
