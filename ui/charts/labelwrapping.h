// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QFontMetricsF;

// Chart labels broken into lines, so QtCharts wraps a long name instead of ending it in "…".
class LabelWrapping
{
public:
    // TEXT as HTML lines of at most about MAXCHARS, broken at spaces.
    static QString byCharacters(const QString &text, int maxChars = 22);
    // TEXT as HTML lines no wider than WIDTH pixels in FONT, broken where Unicode allows (a
    // no-break space keeps "H1 2025" whole); a piece wider than WIDTH stands on its own line.
    static QString toWidth(const QString &text, const QFont &font, qreal width);
    // The same lines as plain text; with WIDTH 0, the pieces no line may break.
    static QStringList lines(const QString &text, const QFontMetricsF &metrics, qreal width);
};
