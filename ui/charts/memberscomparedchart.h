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
    // The sources, and "Largest N of M countries" when not every chosen country has a bar.
    QString sourceLine() const override;

    // Every chosen country's bar, largest first; the chart draws the first shownBars().
    QList<Bar> bars() const;
    qsizetype shownBars() const
    {
        ensureBuilt();
        return m_bars.size();
    }
    // How many bars a chart WIDTH pixels wide has room for at FONTSCALE, never fewer than
    // kMinBars: past that the largest are drawn, and the footer says how many there are.
    // A bar is at least as wide as VALUEWIDTH, its widest value label.
    static int barsThatFit(qreal width, qreal fontScale, qreal valueWidth = 0);
    static constexpr int kMinBars = 5;
    static constexpr qreal kLaidOut = 300; // narrower: a chart no view has sized yet
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
    void setBars();
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
    qreal m_valueWidth = 0;  // the widest value label of m_allBars
    double m_top = 0;        // the tallest bar's value
    QList<Bar> m_allBars;    // every chosen country's, largest first: bars() of the last build
    int m_capacity = 0;      // the bars the last build had room for
    int m_autoPrecision = 3; // significant digits of automatic decimals
    QList<QGraphicsSimpleTextItem *> m_valueLabels; // children of the chart, one per bar
};
