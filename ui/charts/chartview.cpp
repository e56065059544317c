// SPDX-License-Identifier: MIT
#include "chartview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace {

constexpr qreal kZoomStep = 1.25; // one wheel notch or key press

} // namespace

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::setZoomable(bool on)
{
    m_zoomable = on;
    setStatusTip(on ? tr("Wheel, + or − to zoom, drag to pan, Shift+drag to zoom to an area, Home "
                         "to show everything")
                    : QString());
}

void ChartView::zoomBy(qreal factor, const QPointF &centre)
{
    if (!chart() || factor <= 0)
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF anchor = mapToScene(centre.toPoint()) - chart()->pos();
    const QPointF at = plot.contains(anchor) ? anchor : plot.center();
    // The rectangle that becomes the plot: ANCHOR keeps its place in it.
    chart()->zoomIn(QRectF(at.x() - (at.x() - plot.left()) * factor,
                           at.y() - (at.y() - plot.top()) * factor, plot.width() * factor,
                           plot.height() * factor));
}

void ChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (!chart()) {
        event->ignore();
        return;
    }
    if (m_zoomable && event->button() == Qt::LeftButton) {
        const bool area = event->modifiers() & Qt::ShiftModifier;
        setRubberBand(area ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
        m_pressed = !area;
        m_panning = false;
        m_pressPos = m_lastPos = event->position().toPoint();
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && chart() && (event->buttons() & Qt::LeftButton)) {
        if (!m_panning &&
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            const QPoint delta = pos - m_lastPos;
            chart()->scroll(-delta.x(), delta.y());
            m_lastPos = pos;
            event->accept();
            return;
        }
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!chart()) {
        event->ignore();
        return;
    }
    const bool panned = std::exchange(m_panning, false);
    m_pressed = false;
    if (panned) {
        viewport()->unsetCursor();
        event->accept();
        return; // a drag, not a click
    }
    QChartView::mouseReleaseEvent(event);
    setRubberBand(QChartView::NoRubberBand);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (!m_zoomable || steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    zoomBy(steps > 0 ? 1 / kZoomStep : kZoomStep, event->position());
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = viewport()->rect().center();
    // + is Shift+= on many layouts, and the keypad's keys carry their own modifier.
    const auto modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (m_zoomable && modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            return zoomBy(1 / kZoomStep, centre);
        case Qt::Key_Minus:
            return zoomBy(kZoomStep, centre);
        case Qt::Key_Home:
        case Qt::Key_0:
            return resetZoom();
        default:
            break;
        }
    }
    QChartView::keyPressEvent(event);
}
