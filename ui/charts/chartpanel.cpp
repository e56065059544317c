// SPDX-License-Identifier: MIT
#include "chartpanel.h"

#include "chartview.h"
#include "dashboardchart.h"

#include <QChart>
#include <QLabel>
#include <QVBoxLayout>

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_view(new ChartView(chart->chartObject(), this))
    , m_footer(new QLabel(this))
{
    m_view->setAccessibleName(m_chart->title());
    m_view->setMinimumSize(360, 240);
    m_view->setZoomable(m_chart->zoomable());
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::PlainText); // a source line is data
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setAccessibleName(tr("Chart source"));
    m_footer->setContentsMargins(8, 0, 8, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    connect(m_chart, &DashboardChart::rebuilt, this, &ChartPanel::updateFooter);
    if (!m_chart->isBuildPending())
        updateFooter(); // otherwise when it is built
}

// A chart whose build waits is built before its tab is painted.
void ChartPanel::showEvent(QShowEvent *event)
{
    m_chart->chart();
    QWidget::showEvent(event);
}

void ChartPanel::setControls(QWidget *controls)
{
    controls->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, controls);
}

QString ChartPanel::footerText() const
{
    m_chart->chart(); // the footer follows the build
    return m_footer->text();
}

void ChartPanel::updateFooter()
{
    m_footer->setText(m_chart->sourceLine());
    m_view->setAccessibleName(m_chart->title());
}
