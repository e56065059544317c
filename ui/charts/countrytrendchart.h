// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"
#include "data/series.h"

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ColumnLegend;
class CountrySelection;
class QLineSeries;
class QValueAxis;
class SeriesModel;

// One line per chosen country for the chosen indicator (CountrySelection), by year. Lines are
// told apart by the Okabe–Ito colours and, past eight, by dashes; the legend names them.
class CountryTrendChart : public DashboardChart
{
    Q_OBJECT
public:
    CountryTrendChart(SeriesModel *series, CountrySelection *selection, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("countries"); }
    QString title() const override;
    QString shortTitle() const override { return tr("By country"); }
    QString description() const override;
    // The source, and "The N of M countries with the highest latest values" past kMaxLines.
    QString sourceLine() const override;
    bool zoomable() const override { return true; }
    // More lines than this are told apart by neither colour nor dash, nor named in a legend.
    static constexpr int kMaxLines = 12;

    // The series drawn, or nullptr when the store has no country series.
    const Data::Series *shownSeries() const;
    // Names of the lines drawn, in legend order; for tests.
    QStringList lineNames() const;
    QList<QPointF> pointsOf(const QString &entity) const;
    // The legend that names the lines, in columns when one does not hold them; for tests.
    const ColumnLegend *columnLegend() const;

    // The pen of the line at INDEX: colour from the palette, dashed past its end.
    static QPen linePen(const ChartTheme &theme, int index);

protected:
    void rebuild() override;
    void relabel() override;

private:
    // x of a year's point: 1 July, so ticks placed a whole number of years apart stay in it.
    static qreal midYear(int year);
    QHash<QString, QList<QPointF>> pointsByCountry(const Data::Series &series) const;
    static QSet<QString> highestLines(const QHash<QString, QList<QPointF>> &byCountry);
    static int yearOf(qreal time);
    static QPointF nearestPoint(const QLineSeries *line, const QPointF &point);
    void onHovered(QLineSeries *line, const QPointF &point, bool state);
    void ensureLegend();
    void reserveLegend();

    CountrySelection *m_selection;
    // Countries whose line the analyst hid by clicking its legend entry; kept across rebuilds.
    QSet<QString> m_hiddenCodes;
    ColumnLegend *m_legend = nullptr; // a child of the chart
    QPointer<QValueAxis> m_valueAxis; // of the last build, titled by relabel()
    QString m_unit;
    QList<QLineSeries *> m_legendLines; // the line of each legend entry
    QStringList m_legendCodes;
    qsizetype m_totalLines = 0; // the chosen countries with rows
    qsizetype m_shownLines = 0; // those drawn
    static constexpr int kLegendPadding = 10;
    static constexpr qreal kLegendShare = 0.4; // of the chart's width, at most
};
