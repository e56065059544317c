// SPDX-License-Identifier: MIT
#include "chartview.h"

#include <QMouseEvent>

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (!chart()) {
        event->ignore();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!chart()) {
        event->ignore();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}
