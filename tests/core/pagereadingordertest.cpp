// SPDX-License-Identifier: MIT
// A PDF page's lines, placed as a publisher sets them, read in the order a reader reads them:
// a headline across the page, then each column top to bottom even where both columns break
// their paragraphs at the same height, a sentence running on from one column's foot to the
// next column's head, a table's rows as rows and a sidebar after the columns it stands beside.
#include "extract/pagereadingorder.h"

#include <gtest/gtest.h>

namespace {

constexpr qreal kLine = 12; // line height, points
constexpr qreal kPitch = 13;

PageLine at(qreal left, qreal top, qreal width, const char *text)
{
    return PageLine{QString::fromUtf8(text), QRectF(left, top, width, kLine)};
}

QString read(const QList<PageLine> &lines)
{
    QString text;
    PageReadingOrder::appendPage(lines, text);
    return text;
}

TEST(PageReadingOrderTest, ColumnsAreReadOneAfterAnotherUnderTheirHeadline)
{
    const qreal left = 30, right = 330, width = 270, top = 80;
    // Both columns break a paragraph after their second line, at the same height.
    const QList<PageLine> page{
        at(left, 40, 570, "Trade hits a record"),
        at(right, top, width, "Exports of machinery rose by 12 percent to"),
        at(left, top, width, "Trade between the two countries rose by"),
        at(left, top + kPitch, width, "9.3 percent in the first five months."),
        at(right, top + kPitch, width, "reach 40 billion U.S. dollars in May."),
        at(left, top + 2 * kPitch + 8, width, "Imports of energy fell by 3 percent and"),
        at(left, top + 3 * kPitch + 8, width, "exports of cars grew by 7 percent while"),
        at(right, top + 2 * kPitch + 8, width, "Officials expect more growth later on."),
    };
    EXPECT_EQ(read(page),
              QStringLiteral("Trade hits a record\n"
                             "Trade between the two countries rose by 9.3 percent in the first "
                             "five months.\n"
                             "Imports of energy fell by 3 percent and exports of cars grew by 7 "
                             "percent while Exports of machinery rose by 12 percent to reach 40 "
                             "billion U.S. dollars in May.\n"
                             "Officials expect more growth later on."));
}

TEST(PageReadingOrderTest, ATableKeepsItsRowsAndASidebarFollowsTheColumnItStandsBeside)
{
    const qreal text = 30, side = 360, top = 60;
    QList<PageLine> page{
        at(text, top, 300, "Revenue grew by 7 percent to 296 million"),
        at(text, top + kPitch, 300, "euros, and margins improved in every unit"),
        at(text, top + 2 * kPitch, 300, "of the group over the year."),
        // The sidebar: a table of narrow cells under a line of text as wide as a column.
        at(side, top, 200, "Forecasts of the analysts"),
        at(side, top + kPitch, 40, "Year"),
        at(side + 100, top + kPitch, 30, "2025"),
        at(side + 150, top + kPitch, 30, "2026"),
        at(side, top + 2 * kPitch, 50, "Growth"),
        at(side + 100, top + 2 * kPitch, 20, "7%"),
        at(side + 150, top + 2 * kPitch, 20, "8%"),
        at(side, top + 4 * kPitch, 200, "Guidance: revenue of 290-310 million"),
        at(side, top + 5 * kPitch, 130, "euros this year."),
    };
    EXPECT_EQ(read(page),
              QStringLiteral("Revenue grew by 7 percent to 296 million euros, and "
                             "margins improved in every unit of the group over the "
                             "year.\n"
                             "Forecasts of the analysts\n"
                             "Year 2025 2026\n"
                             "Growth 7% 8%\n"
                             "Guidance: revenue of 290-310 million euros this year.\n"));
}

TEST(PageReadingOrderTest, ANumberBrokenAfterItsSignOrDashIsJoinedAgainAndPagesRunOn)
{
    const QList<PageLine> first{
        at(30, 60, 300, "Structural engineering revenue changed by -"),
        at(30, 60 + kPitch, 300, "23% y/y and the valuation is 10-"),
        at(30, 60 + 2 * kPitch, 300, "12x earnings, in line with the peers of"),
    };
    const QList<PageLine> second{at(30, 60, 300, "the company in the Nordic countries."),
                                 at(30, 60 + kPitch, 300, "")};
    QString text;
    PageReadingOrder::appendPage(first, text);
    PageReadingOrder::appendPage(second, text);
    EXPECT_EQ(text, QStringLiteral("Structural engineering revenue changed by -23% y/y and the "
                                   "valuation is 10-12x earnings, in line with the peers of the "
                                   "company in the Nordic countries."));
}

} // namespace
