// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"
#include "data/series.h"

#include <QList>
#include <QPointF>

class FactTableModel;
class QGraphicsSimpleTextItem;
class QScatterSeries;
class SeriesModel;

// One line per series of the store on a time axis. Stated points are filled, derived points
// hollow. A stated percentage-point change is annotated beside the point it belongs to.
// Points are set with QXYSeries::replace(), which is linear, not the quadratic append().
class TrendChart : public DashboardChart
{
    Q_OBJECT
public:
    TrendChart(SeriesModel *series, FactTableModel *facts, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("trend"); }
    QString title() const override;
    QString shortTitle() const override { return tr("Revenue trend"); }
    QString description() const override;
    bool zoomable() const override { return true; }
    QString sourceLine() const override;
    void setHighlightedFact(const QString &key) override;

    // The values drawn for a series, in time order; for tests.
    QList<QPointF> pointsOf(const QString &seriesKey) const;
    QString annotationText() const;
    // Where the selection ring is drawn (one point per selected observation); for tests.
    QList<QPointF> selectionRing() const;

protected:
    void rebuild() override;

private:
    static bool shows(const Data::Series &series);
    struct PointRef
    {
        QScatterSeries *series;
        int index;
        int modelRow;
    };
    void addSeries(int seriesIndex, int colorIndex);
    void addAnnotation();
    void addSelectionRing();
    void placeAnnotation();
    void onPointHovered(const QPointF &point, bool state, QScatterSeries *series);
    int modelRowAt(QScatterSeries *series, const QPointF &point) const;

    SeriesModel *m_series;
    FactTableModel *m_facts;
    QList<PointRef> m_points;
    QScatterSeries *m_ring = nullptr;                // owned by the chart
    QGraphicsSimpleTextItem *m_annotation = nullptr; // owned by the chart
    QPointF m_annotationAnchor;
    QString m_highlighted;
};
