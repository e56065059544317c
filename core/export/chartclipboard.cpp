// SPDX-License-Identifier: MIT
#include "chartclipboard.h"

#include <QBuffer>
#include <QMimeData>

QMimeData *ChartClipboard::mimeData(const QImage &image, const QString &citation)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setHtml(html(png, image.size(), citation));
    mime->setText(citation);
    return mime;
}

QString ChartClipboard::html(const QByteArray &png, const QSize &size, const QString &citation)
{
    // Half the pixel size: the image is rendered at twice the density a document shows.
    const QString caption = citation.toHtmlEscaped();
    return QStringLiteral("<figure><img src=\"data:image/png;base64,%1\" width=\"%2\""
                          " height=\"%3\" alt=\"%4\"><figcaption>%4</figcaption></figure>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(size.width() / 2)
        .arg(size.height() / 2)
        .arg(caption);
}
