// SPDX-License-Identifier: MIT
// Country names in the interface language come from iso-codes' catalogues; a country whose
// common name a catalogue does not translate falls back to its ISO name's translation (Russian
// translates "Iran, Islamic Republic of" but not "Iran"), then to the stored name.
#include "i18n/countrynames.h"

#include <QFile>

#include <gtest/gtest.h>

namespace {

bool catalogueInstalled(const char *language)
{
    return QFile::exists(QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/iso_3166-1.mo")
                             .arg(QLatin1String(language)));
}

TEST(CountryNamesTest, EveryMemberIsNamedInRussianAndChinese)
{
    if (!catalogueInstalled("ru") || !catalogueInstalled("zh_CN"))
        GTEST_SKIP() << "iso-codes' catalogues are not installed";
    EXPECT_EQ(CountryNames::localized(QStringLiteral("IRN"), QStringLiteral("Iran"),
                                      QStringLiteral("ru")),
              QStringLiteral("Иран"));
    EXPECT_EQ(CountryNames::localized(QStringLiteral("CHN"), QStringLiteral("China"),
                                      QStringLiteral("ru")),
              QStringLiteral("Китай"));
    EXPECT_EQ(CountryNames::localized(QStringLiteral("IRN"), QStringLiteral("Iran"),
                                      QStringLiteral("zh_CN")),
              QStringLiteral("伊朗"));
}

TEST(CountryNamesTest, EnglishAndUnknownCodesKeepTheStoredName)
{
    EXPECT_EQ(CountryNames::localized(QStringLiteral("IRN"), QStringLiteral("Iran"),
                                      QStringLiteral("en")),
              QStringLiteral("Iran"));
    EXPECT_EQ(CountryNames::localized(QStringLiteral("OWID_WRL"), QStringLiteral("World"),
                                      QStringLiteral("ru")),
              QStringLiteral("World"));
}

} // namespace
