// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"
#include "data/event.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class EventModel;
class QCategoryAxis;
class QScatterSeries;
class QXYSeries;

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
    void setHighlightedEvent(const QString &key) override;
    // The model row of the selected marker, -1 when none; for tests.
    int selectedRow() const;

    // Start markers in model order, x in ms since the epoch; for tests.
    QList<QPointF> markerPoints() const;

protected:
    void rebuild() override;
    void relabel() override;

private:
    int labelShape() const;
    QString rowLabel(const QString &name, const QString &when, bool isShort, qreal room) const;
    int rowOfPoint(const QPointF &point) const;
    void fillDayAxis(QCategoryAxis *axis, const QList<Data::Event> &events,
                     const QString &format) const;
    void connectItem(QXYSeries *item, const std::function<int(const QPointF &)> &rowAt);

    EventModel *m_model;
    QString m_highlighted;
    QScatterSeries *m_markers = nullptr;
    int m_labelShape = -1; // labelShape() when last laid out
    QPointer<QCategoryAxis> m_dayAxis;
    QPointer<QCategoryAxis> m_rowAxis;
    QString m_dayFormat;
};
