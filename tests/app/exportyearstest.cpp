// SPDX-License-Identifier: MIT
// export --from and --to choose the years of the country charts, as the window's year boxes
// do: the members chart compares each country's latest year within them, in every language.
#include "dashboardbinary.h"

namespace {

class ExportYears : public DashboardBinary
{
protected:
    void SetUp() override
    {
        const QString csv =
            writeFile(QStringLiteral("mobile.csv"), "Entity,Code,Year,Mobile (per 100 people)\n"
                                                    "China,CHN,2010,64.25\nChina,CHN,2015,92.75\n"
                                                    "China,CHN,2021,121.5\n"
                                                    "India,IND,2010,61.5\nIndia,IND,2015,76.25\n"
                                                    "India,IND,2021,83.75\n");
        ASSERT_EQ(run(QStringList{QStringLiteral("import"), csv} + m_database).exitCode, 0);
    }
    Result exportMembers(const QStringList &more)
    {
        return run(QStringList{QStringLiteral("export"), QStringLiteral("--chart"),
                               QStringLiteral("members"), QStringLiteral("--format"),
                               QStringLiteral("svg"), QStringLiteral("--preset"),
                               QStringLiteral("slide"), QStringLiteral("--series"),
                               QStringLiteral("owid:mobile/mobile-per-100-people"),
                               QStringLiteral("--countries"), QStringLiteral("CHN,IND"),
                               QStringLiteral("--force")} +
                   more + m_database);
    }

    const QStringList m_database{QStringLiteral("--database"),
                                 m_home.filePath(QStringLiteral("m.sqlite"))};
};

TEST_F(ExportYears, TheMembersChartComparesTheLatestYearWithinTheRange)
{
    for (const char *language : {"en", "ru", "zh_CN"}) {
        const QString svg =
            m_home.filePath(QStringLiteral("members-%1.svg").arg(QLatin1String(language)));
        const Result r =
            exportMembers({QStringLiteral("--lang"), QString::fromLatin1(language),
                           QStringLiteral("--from"), QStringLiteral("2010"), QStringLiteral("--to"),
                           QStringLiteral("2015"), QStringLiteral("--out"), svg});
        ASSERT_EQ(r.exitCode, 0) << language << ": " << r.err.toStdString();
        const QString drawn = QString::fromUtf8(TestSupport::readAll(svg));
        // The file's 2015 values, one decimal on the tallest bar: 92.75 and 76.25.
        const bool comma = QByteArray(language) == "ru";
        EXPECT_TRUE(drawn.contains(comma ? u"92,8" : u"92.8")) << language;
        EXPECT_TRUE(drawn.contains(comma ? u"76,3" : u"76.3")) << language;
        EXPECT_TRUE(drawn.contains(u"2015")) << "the title names the year compared";
        EXPECT_FALSE(drawn.contains(u"121")) << language << ": 2021 is past --to";
        EXPECT_FALSE(drawn.contains(u"2021")) << language;
    }
    // Without the range, the latest year is 2021's.
    const QString all = m_home.filePath(QStringLiteral("all.svg"));
    ASSERT_EQ(exportMembers({QStringLiteral("--out"), all}).exitCode, 0);
    EXPECT_TRUE(TestSupport::readAll(all).contains("121.5"));
}

TEST_F(ExportYears, ABadRangeIsOneClearMessage)
{
    const QString svg = m_home.filePath(QStringLiteral("m.svg"));
    Result r =
        exportMembers({QStringLiteral("--from"), QStringLiteral("2016"), QStringLiteral("--to"),
                       QStringLiteral("2010"), QStringLiteral("--out"), svg});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--from 2016 comes after --to 2010.")))
        << r.err.toStdString();
    r = exportMembers(
        {QStringLiteral("--from"), QStringLiteral("twenty"), QStringLiteral("--out"), svg});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--from takes a year such as 2015, not 'twenty'.")))
        << r.err.toStdString();
    r = run({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("growth"),
             QStringLiteral("--from"), QStringLiteral("2010"), QStringLiteral("--format"),
             QStringLiteral("svg"), QStringLiteral("--preset"), QStringLiteral("slide"),
             QStringLiteral("--out"), svg});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--to and --decimals go with --chart countries")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(svg));
}

// export --decimals gives every value label the same decimals, as the chart menu's choice does.
TEST_F(ExportYears, DecimalsChooseTheValueLabelsDecimals)
{
    const QString svg = m_home.filePath(QStringLiteral("decimals.svg"));
    Result r = exportMembers(
        {QStringLiteral("--decimals"), QStringLiteral("2"), QStringLiteral("--out"), svg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray drawn = TestSupport::readAll(svg);
    EXPECT_TRUE(drawn.contains(">121.50<")) << "the file's 121.5 with two decimals";
    EXPECT_TRUE(drawn.contains(">83.75<"));
    r = exportMembers(
        {QStringLiteral("--decimals"), QStringLiteral("5"), QStringLiteral("--out"), svg});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--decimals takes 0 to 3, not '5'.")))
        << r.err.toStdString();
}

} // namespace
