// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>

#include <limits>

// A chart legend that wraps into columns: QLegend stacks its entries in one column and cuts
// those that do not fit, so a line chart in a 1366×768 window showed 8 of 10 countries. This
// one lays out as many rows as the height holds and adds columns to its left until every
// entry shows whole. A click on an entry emits clicked(); a hidden line's entry is greyed.
class ColumnLegend : public QGraphicsObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name; // plain text, drawn as text
        QPen pen;     // the line's, drawn as its sample
        bool shown = true;
    };

    explicit ColumnLegend(QGraphicsItem *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    void setShown(int index, bool shown);
    void setFont(const QFont &font);
    void setColors(const QColor &text, const QColor &muted);

    // The width the entries need when they may take HEIGHT: one column if it holds them all.
    qreal widthFor(qreal height) const;
    // Keeps widthFor(HEIGHT) within about MAXWIDTH by shortening the longest names with "…".
    void fitWidth(qreal height, qreal maxWidth);
    // An entry's name as drawn: whole, or shortened by fitWidth().
    QString shownName(const Entry &entry) const;
    // Lays the entries out in AREA's height, right-aligned in it.
    void layoutIn(const QRectF &area);
    // Each entry's rectangle in this item's coordinates, in entry order.
    const QList<QRectF> &entryRects() const { return m_rects; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void clicked(int index);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    qreal rowHeight() const;
    qreal entryWidth(const Entry &entry) const;
    int rowsFor(qreal height) const;
    int entryAt(const QPointF &pos) const;

    QList<Entry> m_entries;
    QList<QRectF> m_rects;
    QRectF m_bounds;
    QFont m_font;
    QColor m_text = Qt::black;
    QColor m_muted = Qt::gray;
    static constexpr qreal kWhole = std::numeric_limits<qreal>::max(); // no name shortened
    qreal m_maxTextWidth = kWhole;
    static constexpr qreal kSample = 18; // the line sample's length
    static constexpr qreal kGap = 6;
};
