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
    ::testing::Values(Header{"owid_share", "Individuals using the Internet (% of population)",
                             "Individuals using the Internet (% of population)", "%"},
                      Header{"owid_per_100", "Mobile cellular subscriptions (per 100 people)",
                             "Mobile cellular subscriptions (per 100 people)", "per 100 people"},
                      Header{"owid_broadband", "Fixed broadband subscriptions (per 100 people)",
                             "Fixed broadband subscriptions (per 100 people)", "per 100 people"},
                      Header{"owid_short_name", "mobile_cellular_subscriptions_per_100_people",
                             "Mobile cellular subscriptions per 100 people", "per 100 people"},
                      Header{"short_name_capitalised",
                             "Mobile_cellular_subscriptions_per_100_people",
                             "Mobile cellular subscriptions per 100 people", "per 100 people"},
                      Header{"short_name_percent", "it_net_user_zs_pct", "It net user zs pct", "%"},
                      Header{"per_thousand", "Secure Internet servers per 1,000,000 people",
                             "Secure Internet servers per 1,000,000 people",
                             "per 1,000,000 people"},
                      Header{"bare_percent", "Share (%)", "Share (%)", "%"},
                      Header{"currency", "GDP (current US$)", "GDP (current US$)", "current US$"},
                      Header{"no_unit", "Users", "Users", ""},
                      Header{"spaces_kept", " Internet users_total ", "Internet users_total", ""}),
    [](const ::testing::TestParamInfo<Header> &param) { return std::string(param.param.name); });

} // namespace
