// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

// QChartView that survives clicks without a chart (QTBUG-118669: Qt 6.4's mousePressEvent
// dereferences a null chart). Takes its chart in the constructor: QChartView(QWidget *) makes a
// default chart that a later setChart() would leak.
//
// A zoomable view (the trend charts) zooms with the wheel around the pointer, with + and −, or
// to a Shift+drag rectangle; pans by drag; and Home (or 0) shows the whole chart again. A click
// that does not move still reaches the chart, so points stay clickable.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    void setZoomable(bool on);
    bool isZoomable() const { return m_zoomable; }
    // FACTOR below 1 zooms in, above 1 out, keeping the plot point under CENTRE where it is.
    void zoomBy(qreal factor, const QPointF &centre);
    void resetZoom();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_zoomable = false;
    bool m_pressed = false; // the left button went down on the plot, without Shift
    bool m_panning = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};
