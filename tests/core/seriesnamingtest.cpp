// SPDX-License-Identifier: MIT
// The label and unit an imported series gets from its column header, hand-labelled from the
// headers OWID and the World Bank write.
#include "import/seriesnaming.h"

#include <gtest/gtest.h>

namespace {

struct Header
{
    const char *name;
    const char *header;
    const char *label;
    const char *unit;
};

void PrintTo(const Header &header, std::ostream *os)
{
    *os << header.name;
}

class SeriesNamingTest : public ::testing::TestWithParam<Header>
{
};

TEST_P(SeriesNamingTest, LabelAndUnitComeFromTheHeader)
{
    const SeriesNaming naming = SeriesNaming::fromHeader(QString::fromUtf8(GetParam().header));
    EXPECT_EQ(naming.label, QString::fromUtf8(GetParam().label));
    EXPECT_EQ(naming.unit, QString::fromUtf8(GetParam().unit));
}

INSTANTIATE_TEST_SUITE_P(
    Headers, SeriesNamingTest,
    ::testing::Values(
        Header{"owid_share", "Individuals using the Internet (% of population)",
               "Individuals using the Internet (% of population)", "%"},
        Header{"owid_per_100", "Mobile cellular subscriptions (per 100 people)",
               "Mobile cellular subscriptions (per 100 people)", "per 100 people"},
        Header{"owid_broadband", "Fixed broadband subscriptions (per 100 people)",
               "Fixed broadband subscriptions (per 100 people)", "per 100 people"},
        Header{"owid_short_name", "mobile_cellular_subscriptions_per_100_people",
               "Mobile cellular subscriptions per 100 people", "per 100 people"},
        Header{"short_name_capitalised", "Mobile_cellular_subscriptions_per_100_people",
               "Mobile cellular subscriptions per 100 people", "per 100 people"},
        Header{"short_name_percent", "it_net_user_zs_pct", "It net user zs pct", "%"},
        Header{"per_thousand", "Secure Internet servers per 1,000,000 people",
               "Secure Internet servers per 1,000,000 people", "per 1,000,000 people"},
        Header{"bare_percent", "Share (%)", "Share (%)", "%"},
        Header{"currency", "GDP (current US$)", "GDP (current US$)", "current US$"},
        Header{"no_unit", "Users", "Users", ""},
        Header{"spaces_kept", " Internet users_total ", "Internet users_total", ""},
        Header{"repeated_unit", "Fixed broadband subscriptions (per 100 people) (per 100 people)",
               "Fixed broadband subscriptions (per 100 people)", "per 100 people"}),
    [](const ::testing::TestParamInfo<Header> &param) { return std::string(param.param.name); });

// OWID names a chart download by its slug, which carries the unit an older header leaves out.
TEST(SeriesNamingFileSlugTest, UnitComesFromTheDownloadsNameWhenTheHeaderHasNone)
{
    const SeriesNaming naming =
        SeriesNaming::fromHeader(QStringLiteral("Mobile cellular subscriptions"),
                                 QStringLiteral("mobile-cellular-subscriptions-per-100-people"));
    EXPECT_EQ(naming.label, QStringLiteral("Mobile cellular subscriptions (per 100 people)"));
    EXPECT_EQ(naming.unit, QStringLiteral("per 100 people"));
}

TEST(SeriesNamingFileSlugTest, HeadersOwnUnitWinsOverTheFileName)
{
    const SeriesNaming naming =
        SeriesNaming::fromHeader(QStringLiteral("Individuals using the Internet (% of population)"),
                                 QStringLiteral("individuals-using-the-internet-per-100-people"));
    EXPECT_EQ(naming.unit, QStringLiteral("%"));
    EXPECT_EQ(naming.label, QStringLiteral("Individuals using the Internet (% of population)"));
}

TEST(SeriesNamingFileSlugTest, FileNameOfAnotherIndicatorOrWithoutAUnitIsNotRead)
{
    EXPECT_EQ(SeriesNaming::fromHeader(QStringLiteral("Fixed broadband subscriptions"),
                                       QStringLiteral("broadband-penetration-by-country"))
                  .unit,
              QString());
    EXPECT_EQ(
        SeriesNaming::fromHeader(QStringLiteral("Users"),
                                 QStringLiteral("mobile-cellular-subscriptions-per-100-people"))
            .unit,
        QString());
    const SeriesNaming noUnit =
        SeriesNaming::fromHeader(QStringLiteral("Users"), QStringLiteral("users-by-country"));
    EXPECT_EQ(noUnit.label, QStringLiteral("Users"));
    EXPECT_EQ(noUnit.unit, QString());
}

} // namespace
