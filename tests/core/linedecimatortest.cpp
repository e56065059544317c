// SPDX-License-Identifier: MIT
#include "charts/linedecimator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

QList<QPointF> wave(int count)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append({double(i), std::sin(i * 0.001) * 100.0});
    if (count > 77'777) { // a one-point spike and trough must survive
        points[31'337].setY(500.0);
        points[77'777].setY(-400.0);
    }
    return points;
}

TEST(LineDecimatorTest, KeepsEachColumnsExtremesInOrder)
{
    const QList<QPointF> points = wave(100'000);
    const QList<QPointF> kept = LineDecimator::minMaxPerColumn(points, 1000);
    EXPECT_LE(kept.size(), 4000);
    EXPECT_GE(kept.size(), 2000);
    EXPECT_TRUE(std::is_sorted(kept.cbegin(), kept.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    EXPECT_EQ(kept.first(), points.first());
    EXPECT_EQ(kept.last(), points.last());
    EXPECT_TRUE(kept.contains(QPointF(31'337.0, 500.0)));
    EXPECT_TRUE(kept.contains(QPointF(77'777.0, -400.0)));
    for (const QPointF &p : kept)
        EXPECT_EQ(points.at(int(p.x())), p) << "only points of the line itself";
}

TEST(LineDecimatorTest, LeavesAShortLineWhole)
{
    const QList<QPointF> points = wave(40'000);
    EXPECT_EQ(LineDecimator::minMaxPerColumn(points, 10'000), points);
    EXPECT_EQ(LineDecimator::minMaxPerColumn({}, 100), QList<QPointF>());
}

} // namespace
