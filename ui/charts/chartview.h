// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

// QChartView that survives clicks without a chart (QTBUG-118669: Qt 6.4's mousePressEvent
// dereferences a null chart). Takes its chart in the constructor: QChartView(QWidget *) makes a
// default chart that a later setChart() would leak.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};
