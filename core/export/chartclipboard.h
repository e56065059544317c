// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

class QMimeData;

// One clipboard item that slide and word-processing programs paste as the chart with its
// citation: HTML with the PNG embedded and the citation as a caption under it, the image itself
// (image/png, for programs that take only images), and the citation as plain text.
class ChartClipboard
{
public:
    // The caller owns the result (QClipboard::setMimeData takes it). IMAGE's pixels are kept
    // as they are; CITATION is plain text and is escaped in the HTML.
    static QMimeData *mimeData(const QImage &image, const QString &citation);
    // The HTML part alone, with the PNG bytes as a data: URL.
    static QString html(const QByteArray &png, const QSize &size, const QString &citation);
};
