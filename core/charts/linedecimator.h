// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

// Thins a line to what a plot of a given width can show: for each pixel column, the first,
// lowest, highest and last point, in x order. Peaks and troughs survive, so the drawn shape is
// the same; a line with fewer than four points per column is left whole.
class LineDecimator
{
public:
    // POINTS sorted by x; COLUMNS the plot's width in pixels.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, int columns);
};
