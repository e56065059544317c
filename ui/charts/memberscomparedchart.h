// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

class CountrySelection;
class QBarSet;
class SeriesModel;

// "SCO members compared": for the chosen indicator, one bar per chosen country with its
// latest year's value, largest first. When the years differ, each bar's label names its year.
class MembersComparedChart : public DashboardChart
{
    Q_OBJECT
public:
    struct Bar
    {
        QString entity;
        QString code; // CountrySelection::codeOf
        int year = 0;
        double value = 0.0;
    };

    MembersComparedChart(SeriesModel *series, CountrySelection *selection,
                         QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("members"); }
    QString title() const override;
    QString shortTitle() const override { return tr("SCO members compared"); }
    QString description() const override;

    // The bars, largest first, as drawn.
    QList<Bar> bars() const;
    bool yearsDiffer() const;

protected:
    void rebuild() override;

private:
    void onHovered(bool status, int index);

    CountrySelection *m_selection;
    QList<Bar> m_bars; // left to right, largest first
};
