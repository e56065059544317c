// SPDX-License-Identifier: MIT
#include "linedecimator.h"

#include <algorithm>

QList<QPointF> LineDecimator::minMaxPerColumn(const QList<QPointF> &points, int columns)
{
    if (columns < 1 || points.size() <= 4 * qsizetype(columns))
        return points;
    const double left = points.first().x();
    const double width = points.last().x() - left;
    if (!(width > 0))
        return points;
    QList<QPointF> kept;
    kept.reserve(4 * columns);
    qsizetype start = 0;
    while (start < points.size()) {
        const int column =
            std::min(columns - 1, int((points.at(start).x() - left) / width * columns));
        qsizetype end = start;
        qsizetype low = start, high = start;
        while (end < points.size() && std::min(columns - 1, int((points.at(end).x() - left) /
                                                                width * columns)) == column) {
            if (points.at(end).y() < points.at(low).y())
                low = end;
            if (points.at(end).y() > points.at(high).y())
                high = end;
            ++end;
        }
        // The column's points in their own order: first, the extremes, last.
        QList<qsizetype> picks{start, low, high, end - 1};
        std::sort(picks.begin(), picks.end());
        picks.erase(std::unique(picks.begin(), picks.end()), picks.end());
        for (qsizetype i : picks)
            kept.append(points.at(i));
        start = end;
    }
    return kept;
}
