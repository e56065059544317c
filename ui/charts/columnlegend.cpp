// SPDX-License-Identifier: MIT
#include "columnlegend.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

ColumnLegend::ColumnLegend(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setZValue(10); // above the plot's lines
}

void ColumnLegend::setEntries(const QList<Entry> &entries)
{
    prepareGeometryChange();
    m_entries = entries;
    m_rects.clear();
    m_bounds = {};
    update();
}

void ColumnLegend::setShown(int index, bool shown)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].shown = shown;
    update();
}

void ColumnLegend::setFont(const QFont &font)
{
    m_font = font;
    update();
}

void ColumnLegend::setColors(const QColor &text, const QColor &muted)
{
    m_text = text;
    m_muted = muted;
    update();
}

qreal ColumnLegend::rowHeight() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 1.25);
}

qreal ColumnLegend::entryWidth(const Entry &entry) const
{
    return kSample + kGap +
           std::min(m_maxTextWidth, QFontMetricsF(m_font).horizontalAdvance(entry.name));
}

QString ColumnLegend::shownName(const Entry &entry) const
{
    if (m_maxTextWidth == kWhole)
        return entry.name; // elidedText() overflows on the largest qreal
    return QFontMetricsF(m_font).elidedText(entry.name, Qt::ElideRight, m_maxTextWidth);
}

// Past MAXWIDTH, the longest names are shortened with "…", each by as little as the columns
// need; the entry's tooltip names it whole.
void ColumnLegend::fitWidth(qreal height, qreal maxWidth)
{
    m_maxTextWidth = kWhole;
    const qreal needed = widthFor(height);
    if (needed <= maxWidth || m_entries.isEmpty())
        return;
    const int rows = rowsFor(height);
    const int columns = int((m_entries.size() + rows - 1) / rows);
    const qreal perColumn = (maxWidth - 2 * kGap * (columns - 1)) / columns;
    m_maxTextWidth = std::max(3 * rowHeight(), perColumn - kSample - kGap);
}

// As many rows as HEIGHT holds, then balanced: ten entries in room for nine take two columns
// of five, not nine and one.
int ColumnLegend::rowsFor(qreal height) const
{
    const int fit = std::max(1, int(height / rowHeight()));
    const int count = std::max(1, int(m_entries.size()));
    const int columns = (count + fit - 1) / fit;
    return (count + columns - 1) / columns;
}

qreal ColumnLegend::widthFor(qreal height) const
{
    const int rows = rowsFor(height);
    qreal width = 0;
    for (qsizetype first = 0; first < m_entries.size(); first += rows) {
        qreal column = 0;
        for (qsizetype i = first; i < std::min(m_entries.size(), first + rows); ++i)
            column = std::max(column, entryWidth(m_entries.at(i)));
        width += column + (first > 0 ? 2 * kGap : 0);
    }
    return std::ceil(width);
}

void ColumnLegend::layoutIn(const QRectF &area)
{
    prepareGeometryChange();
    m_rects.clear();
    const int rows = rowsFor(area.height());
    const qreal height = rowHeight();
    qreal x = area.right() - widthFor(area.height());
    for (qsizetype first = 0; first < m_entries.size(); first += rows) {
        const qsizetype end = std::min(m_entries.size(), first + rows);
        qreal column = 0;
        for (qsizetype i = first; i < end; ++i)
            column = std::max(column, entryWidth(m_entries.at(i)));
        for (qsizetype i = first; i < end; ++i)
            m_rects.append(QRectF(x, area.top() + qreal(i - first) * height, column, height));
        x += column + 2 * kGap;
    }
    m_bounds = {};
    for (const QRectF &r : std::as_const(m_rects))
        m_bounds = m_bounds.united(r);
    update();
}

QRectF ColumnLegend::boundingRect() const
{
    return m_bounds;
}

void ColumnLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < std::min(m_entries.size(), m_rects.size()); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRectF &r = m_rects.at(i);
        QPen pen = entry.pen;
        QColor colour = pen.color();
        colour.setAlphaF(entry.shown ? 1.0 : 0.25);
        pen.setColor(colour);
        painter->setPen(pen);
        const qreal y = r.center().y();
        painter->drawLine(QPointF(r.left() + 1, y), QPointF(r.left() + kSample - 1, y));
        painter->setPen(entry.shown ? m_text : m_muted);
        painter->drawText(r.adjusted(kSample + kGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          shownName(entry));
    }
}

int ColumnLegend::entryAt(const QPointF &pos) const
{
    const auto it = std::find_if(m_rects.cbegin(), m_rects.cend(),
                                 [&pos](const QRectF &r) { return r.contains(pos); });
    return it == m_rects.cend() ? -1 : int(it - m_rects.cbegin());
}

void ColumnLegend::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int index = entryAt(event->pos());
    if (index < 0) {
        event->ignore();
        return;
    }
    emit clicked(index);
}

void ColumnLegend::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int index = entryAt(event->pos());
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (index < 0)
        setToolTip(QString());
    else if (shownName(m_entries.at(index)) != m_entries.at(index).name)
        setToolTip(tr("%1: click to hide or show this line").arg(m_entries.at(index).name));
    else
        setToolTip(tr("Click to hide or show this line"));
}
