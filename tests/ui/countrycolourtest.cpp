// SPDX-License-Identifier: MIT
// A country keeps its colour in the By country chart whichever countries are chosen, and in
// every language: the member states take the palette's places in their stored order.
#include "charts/chartset.h"
#include "charts/countrytrendchart.h"
#include "i18n/translation.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"

#include <QChart>
#include <QLineSeries>

#include <gtest/gtest.h>

namespace {

// The colour of CODE's line, as drawn; invalid when it has none.
QColor colourOf(DashboardModels &models, CountryTrendChart *chart, const QString &code)
{
    QString name;
    for (const auto &[c, n] : models.countries()->countriesOfIndicator()) {
        if (c == code)
            name = n;
    }
    const QStringList names = chart->lineNames();
    const qsizetype index = names.indexOf(name);
    if (index < 0)
        return {};
    return static_cast<QLineSeries *>(chart->chart()->series().at(index))->pen().color();
}

class CountryColourTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { ASSERT_TRUE(Translation::apply(QString::fromLatin1(GetParam()))); }
    void TearDown() override { Translation::apply(QStringLiteral("en")); }
};

TEST_P(CountryColourTest, ACountryKeepsItsColourInAnySelection)
{
    DashboardModels models;
    models.setDataset(TestSupport::embeddedDataset());
    ChartSet charts(&models);
    auto *chart = qobject_cast<CountryTrendChart *>(charts.chartById(QStringLiteral("countries")));
    ASSERT_NE(chart, nullptr);
    const QStringList members = models.countries()->memberCodes();
    ASSERT_EQ(members.size(), 10);

    models.countries()->showMembers();
    QHash<QString, QColor> all;
    for (const QString &code : members) {
        all.insert(code, colourOf(models, chart, code));
        ASSERT_TRUE(all.value(code).isValid()) << code.toStdString();
    }
    // The member states take the palette's places in their stored order, so the first of them
    // is drawn in the palette's first colour in every language.
    EXPECT_EQ(all.value(members.first()), ChartTheme::byName(QStringLiteral("light")).color(0));

    const QList<QSet<QString>> selections{
        {QStringLiteral("CHN"), QStringLiteral("KAZ"), QStringLiteral("PAK")},
        {QStringLiteral("CHN")},
        {QStringLiteral("UZB"), QStringLiteral("IND")},
    };
    for (const QSet<QString> &chosen : selections) {
        models.countries()->setCountries(chosen);
        for (const QString &code : chosen)
            EXPECT_EQ(colourOf(models, chart, code), all.value(code))
                << GetParam() << " " << code.toStdString() << " among " << chosen.size();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, CountryColourTest, ::testing::Values("en", "ru", "zh_CN"));

} // namespace
