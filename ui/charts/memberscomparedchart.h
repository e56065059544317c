// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

#include <QPointer>

class CountrySelection;
class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
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
    // Whether the bars are named by ISO code, the full names being wider than a bar's room
    // (the tooltip names the country); and whether the value labels leave out the unit, which
    // the axis title carries, for the same reason.
    bool namesAbbreviated() const { return m_abbreviated; }
    bool unitsLeftOut() const { return m_unitsLeftOut; }
    // The value labels above the bars, left to right; for tests.
    QStringList valueLabels() const;

protected:
    void rebuild() override;
    void relabel() override;

private:
    void onHovered(bool status, int index);
    qreal barRoom() const;
    QBarCategoryAxis *countryAxis();
    void fitLabels(const QStringList &names, const QFont &namesFont, const QString &widestValue,
                   const QFont &valuesFont);
    void setValueRange(QValueAxis *axis, double max) const;
    void fitHeadroom();
    QString valueText(double value) const;
    void placeValueLabels();

    CountrySelection *m_selection;
    QList<Bar> m_bars; // left to right, largest first
    bool m_abbreviated = false;
    bool m_unitsLeftOut = false;
    bool m_shortYears = false; // '23 for 2023, where even a code's four-digit year would not fit
    QString m_widestValue;     // the tallest bar's label, with its unit
    bool m_percent = false;
    QPointer<QBarCategoryAxis> m_countryAxis;
    QPointer<QBarSeries> m_series;
    QPointer<QValueAxis> m_valueAxis;
    QString m_unit;
    double m_top = 0;                               // the tallest bar's value
    int m_autoPrecision = 3;                        // significant digits of automatic decimals
    QList<QGraphicsSimpleTextItem *> m_valueLabels; // children of the chart, one per bar
};
