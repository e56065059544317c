// SPDX-License-Identifier: MIT
// The year boxes above the country charts choose their years: By country draws only those
// years, SCO members compared each member's latest year within them, and "any" opens an end.
#include "charts/chartset.h"
#include "charts/countrytrendchart.h"
#include "charts/memberscomparedchart.h"
#include "models/countryselection.h"
#include "models/dashboardmodels.h"
#include "testsupport.h"
#include "widgets/countrypicker.h"

#include <QDateTime>
#include <QSpinBox>

#include <gtest/gtest.h>

namespace {

TEST(CountryYears, TheYearBoxesChooseTheYearsBothChartsShow)
{
    DashboardModels models;
    const Data::Dataset dataset = TestSupport::embeddedDataset();
    models.setDataset(dataset);
    ChartSet charts(&models);
    auto *trend = qobject_cast<CountryTrendChart *>(charts.chartById(QStringLiteral("countries")));
    auto *members =
        qobject_cast<MembersComparedChart *>(charts.chartById(QStringLiteral("members")));
    ASSERT_TRUE(trend && members);
    CountryPicker picker(models.countries(), models.series());
    QSpinBox *from = picker.fromYearBox();
    QSpinBox *to = picker.toYearBox();
    EXPECT_EQ(from->text(), QStringLiteral("any"));
    EXPECT_EQ(to->text(), QStringLiteral("any"));

    // India's value of 2015 in the built-in file, read from the dataset itself.
    double india2015 = -1;
    for (const Data::Series &s : dataset.series) {
        if (s.key != models.countries()->indicator())
            continue;
        for (const Data::Observation &o : s.observations) {
            if (o.entityCode == u"IND" && o.periodStart.year() == 2015)
                india2015 = o.value;
        }
    }
    ASSERT_GE(india2015, 0);

    from->setValue(2005);
    to->setValue(2015);
    EXPECT_EQ(models.countries()->fromYear(), 2005);
    EXPECT_EQ(models.countries()->toYear(), 2015);
    for (const QString &name : trend->lineNames()) {
        for (const QPointF &p : trend->pointsOf(name)) {
            const int year = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).date().year();
            EXPECT_GE(year, 2005) << name.toStdString();
            EXPECT_LE(year, 2015) << name.toStdString();
        }
    }
    EXPECT_TRUE(trend->title().endsWith(QStringLiteral(", by country, 2005–2015")))
        << trend->title().toStdString();
    const QList<MembersComparedChart::Bar> bars = members->bars();
    ASSERT_EQ(bars.size(), 10);
    for (const MembersComparedChart::Bar &bar : bars) {
        EXPECT_LE(bar.year, 2015);
        if (bar.code == u"IND") {
            EXPECT_EQ(bar.year, 2015);
            EXPECT_DOUBLE_EQ(bar.value, india2015);
        }
    }

    // "any" opens the end again: India's latest year is the file's last (2020).
    to->setValue(to->minimum());
    EXPECT_EQ(models.countries()->toYear(), 0);
    int indiaYear = 0;
    for (const MembersComparedChart::Bar &bar : members->bars()) {
        if (bar.code == u"IND")
            indiaYear = bar.year;
    }
    EXPECT_EQ(indiaYear, 2020);
}

} // namespace
