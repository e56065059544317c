// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QString>
#include <QStringList>

// Colours and sizes shared by every chart. One theme applies to all charts at once.
// The palette is Okabe–Ito, which stays distinguishable under the common colour-vision
// deficiencies.
struct ChartTheme
{
    QString name; // "light", "dark" or "projector"
    QColor background;
    QColor text;
    QColor mutedText; // axis labels, footers
    QColor grid;
    QColor highlight; // selected bar or point
    QColor highlightText;
    QList<QColor> palette;
    bool gridVisible = true;
    qreal fontScale = 1.0;   // multiplies the base point sizes
    qreal lineScale = 1.0;   // multiplies pen widths and marker sizes
    qreal barWidth = 0.6;    // QAbstractBarSeries::barWidth
    bool valueLabels = true; // value labels on bars

    QColor color(int index) const { return palette.at(index % palette.size()); }
    bool operator==(const ChartTheme &other) const = default;

    static ChartTheme light();
    static ChartTheme dark();
    static ChartTheme projector();
    static QStringList names();
    // Falls back to light() for an unknown name.
    static ChartTheme byName(const QString &name);
    static QString displayName(const QString &name);

    // The palette of the whole window in this theme: tiles, tables, source pane and dialogs
    // take the charts' background, text and selection colours.
    QPalette widgetPalette() const;
    // "dark" when the platform's own palette is dark, else "light": the default theme.
    static QString platformDefault();

    // WCAG 2.x contrast ratio of two opaque colours, from 1 (none) to 21 (black on white).
    static qreal contrastRatio(const QColor &a, const QColor &b);
    // Every (text, background) pair the theme draws, for contrast checks.
    QList<QPair<QColor, QColor>> textPairs() const;
};
