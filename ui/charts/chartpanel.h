// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ChartView;
class DashboardChart;
class QLabel;

// One chart on screen: the chart view with its source line underneath.
// The DashboardChart stays owned by its ChartSet; the view takes ownership of its QChart.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(DashboardChart *chart, QWidget *parent = nullptr);

    DashboardChart *dashboardChart() const { return m_chart; }
    ChartView *view() const { return m_view; }
    QString footerText() const;
    // Puts CONTROLS (a picker, say) above the chart; the panel takes ownership.
    void setControls(QWidget *controls);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFooter();

    DashboardChart *m_chart;
    ChartView *m_view;
    QLabel *m_footer;
};
