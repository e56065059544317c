// SPDX-License-Identifier: MIT
#include "chartset.h"

#include "cooperationchart.h"
#include "countrytrendchart.h"
#include "growthbarchart.h"
#include "memberscomparedchart.h"
#include "models/dashboardmodels.h"
#include "timelinechart.h"
#include "trendchart.h"

ChartSet::ChartSet(DashboardModels *models, QObject *parent)
    : QObject(parent)
{
    m_charts = {new GrowthBarChart(models->facts(), this),
                new TrendChart(models->series(), models->facts(), this),
                new CooperationChart(models->topics(), this),
                new TimelineChart(models->events(), this),
                new CountryTrendChart(models->series(), models->countries(), this),
                new MembersComparedChart(models->series(), models->countries(), this)};
}

DashboardChart *ChartSet::chartById(const QString &id) const
{
    for (DashboardChart *chart : m_charts) {
        if (chart->id() == id)
            return chart;
    }
    return nullptr;
}

void ChartSet::applyTheme(const ChartTheme &theme)
{
    for (DashboardChart *chart : m_charts)
        chart->applyTheme(theme);
}

void ChartSet::setHighlightedFact(const QString &key)
{
    for (DashboardChart *chart : m_charts)
        chart->setHighlightedFact(key);
}

void ChartSet::setHighlightedTopic(const QString &key)
{
    for (DashboardChart *chart : m_charts)
        chart->setHighlightedTopic(key);
}

void ChartSet::setHighlightedEvent(const QString &key)
{
    for (DashboardChart *chart : m_charts)
        chart->setHighlightedEvent(key);
}
