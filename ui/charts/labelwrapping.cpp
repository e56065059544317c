// SPDX-License-Identifier: MIT
#include "labelwrapping.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>

QString LabelWrapping::byCharacters(const QString &text, int maxChars)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QStringList LabelWrapping::lines(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    // Break where Unicode allows a line break: at spaces, and between Han characters, which
    // have none; never at a no-break space.
    QStringList lines;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = breaks.toNextBoundary();
        const QString piece = text.mid(start, (end < 0 ? text.size() : end) - start);
        const QString longer = lines.isEmpty() ? QString() : lines.last() + piece;
        if (!lines.isEmpty() && metrics.horizontalAdvance(longer.trimmed()) <= width)
            lines.last() = longer;
        else
            lines << piece;
        if (end < 0)
            break;
        start = end;
    }
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines;
}

QString LabelWrapping::toWidth(const QString &text, const QFont &font, qreal width)
{
    QStringList wrapped = lines(text, QFontMetricsF(font), width);
    for (QString &l : wrapped)
        l = l.toHtmlEscaped();
    return wrapped.join(QStringLiteral("<br>"));
}
