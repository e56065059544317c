// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

#include <QList>

class EventModel;
class QScatterSeries;

// The dated events on a time axis, one row each. A multi-day event is a thick line from its
// first to its last day; every event has a marker on its first day.
class TimelineChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit TimelineChart(EventModel *model, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("timeline"); }
    QString title() const override;
    QString shortTitle() const override { return tr("Timeline"); }
    QString sourceLine() const override;
    QString description() const override;

    // Start markers in model order, x in ms since the epoch; for tests.
    QList<QPointF> markerPoints() const;

protected:
    void rebuild() override;

private:
    int rowOfPoint(const QPointF &point) const;

    EventModel *m_model;
    QScatterSeries *m_markers = nullptr;
};
