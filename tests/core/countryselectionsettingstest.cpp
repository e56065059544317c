// SPDX-License-Identifier: MIT
// The country charts' indicator, countries and years outlive the window: what one run saves,
// the next run, or a slide show, restores.
#include "models/countryselectionsettings.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QSettings>

#include <gtest/gtest.h>

namespace {

TEST(CountrySelectionSettingsTest, WhatOneRunSavesTheNextRestores)
{
    QSettings().clear();
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    DashboardModels first;
    first.setDataset(dataset);
    CountrySelection *chosen = first.countries();
    const QString indicator = chosen->indicator();
    ASSERT_FALSE(indicator.isEmpty());
    chosen->setCountries({QStringLiteral("CHN"), QStringLiteral("KAZ")});
    chosen->setYears(2005, 2015);
    chosen->setValueDecimals(2);
    CountrySelectionSettings::save(*chosen);

    DashboardModels next;
    next.setDataset(dataset);
    EXPECT_TRUE(next.countries()->showsMembers());
    CountrySelectionSettings::restore(next.countries());
    EXPECT_EQ(next.countries()->indicator(), indicator);
    EXPECT_EQ(next.countries()->countries(),
              QSet<QString>({QStringLiteral("CHN"), QStringLiteral("KAZ")}));
    EXPECT_EQ(next.countries()->fromYear(), 2005);
    EXPECT_EQ(next.countries()->toYear(), 2015);
    EXPECT_EQ(next.countries()->valueDecimals(), 2);
    QSettings().clear();
}

TEST(CountrySelectionSettingsTest, NothingSavedLeavesTheMembersAndEveryYear)
{
    QSettings().clear();
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    CountrySelectionSettings::restore(models.countries());
    EXPECT_TRUE(models.countries()->showsMembers());
    EXPECT_EQ(models.countries()->fromYear(), 0);
    EXPECT_EQ(models.countries()->toYear(), 0);
    EXPECT_EQ(models.countries()->valueDecimals(), CountrySelection::kAutomaticDecimals);
    EXPECT_FALSE(models.countries()->indicator().isEmpty());
}

} // namespace
