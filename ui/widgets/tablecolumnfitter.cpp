// SPDX-License-Identifier: MIT
#include "tablecolumnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

TableColumnFitter::TableColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->horizontalHeader()->setStretchLastSection(false);
    table->setTextElideMode(Qt::ElideRight);
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int newSize) { onSectionResized(column, newSize); });
}

void TableColumnFitter::addFlexibleColumn(int column, int preferred, int minimum)
{
    m_flexible.append(
        {column, preferred, preferred == kContentWidth ? minimum : std::min(minimum, preferred)});
    m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    fit();
}

void TableColumnFitter::fit()
{
    if (m_flexible.isEmpty())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    int fixed = 0;
    for (int column = 0; column < header->count(); ++column) {
        const bool flexible =
            std::any_of(m_flexible.cbegin(), m_flexible.cend(),
                        [column](const Flexible &f) { return f.column == column; });
        if (!flexible && !header->isSectionHidden(column))
            fixed += header->sectionSize(column);
    }
    const int available = std::max(0, m_table->viewport()->width() - fixed);
    const QList<int> widths = shareOut(available);
    const int growing = m_growing >= 0 ? m_growing : m_flexible.last().column;
    int used = 0;
    for (int width : widths)
        used += width;
    m_fitting = true;
    for (qsizetype i = 0; i < m_flexible.size(); ++i) {
        int width = widths.at(i);
        if (m_flexible.at(i).column == growing)
            width += std::max(0, available - used);
        m_table->setColumnWidth(m_flexible.at(i).column, width);
    }
    m_fitting = false;
}

// Content-sized flexible columns ask for what their text needs (Russian category names are
// twice the English ones), never less than their minimum.
int TableColumnFitter::preferredWidth(const Flexible &flexible) const
{
    if (flexible.preferred != kContentWidth)
        return flexible.preferred;
    const QAbstractItemView *view = m_table; // public there, protected in QTableView
    const int content = std::max(view->sizeHintForColumn(flexible.column),
                                 m_table->horizontalHeader()->sectionSizeHint(flexible.column));
    return std::max(flexible.minimum, content);
}

// Each column gets the same share of its preferred width, but never less than its floor: its
// minimum and its header's width, so no heading is cut in any language. When even the floors
// do not fit, the table scrolls sideways. A column held at its floor leaves the rest to the
// others.
QList<int> TableColumnFitter::shareOut(int available) const
{
    QList<int> floors;
    for (const Flexible &f : m_flexible)
        floors << std::max(
            {kLastResortWidth, f.minimum, m_table->horizontalHeader()->sectionSizeHint(f.column)});
    QList<int> preferredWidths;
    for (const Flexible &f : m_flexible)
        preferredWidths << preferredWidth(f);
    QList<bool> pinned(m_flexible.size(), false);
    double scale = 1.0;
    for (bool changed = true; changed;) {
        changed = false;
        int room = available;
        int preferred = 0;
        for (qsizetype i = 0; i < m_flexible.size(); ++i) {
            if (pinned.at(i))
                room -= floors.at(i);
            else
                preferred += preferredWidths.at(i);
        }
        scale = preferred > 0 ? std::clamp(double(room) / preferred, 0.0, 1.0) : 1.0;
        for (qsizetype i = 0; i < m_flexible.size(); ++i) {
            if (!pinned.at(i) && preferredWidths.at(i) * scale < floors.at(i)) {
                pinned[i] = true;
                changed = true;
            }
        }
    }
    QList<int> widths;
    for (qsizetype i = 0; i < m_flexible.size(); ++i)
        widths << (pinned.at(i) ? floors.at(i) : int(preferredWidths.at(i) * scale));
    return widths;
}

void TableColumnFitter::onSectionResized(int column, int newSize)
{
    if (m_fitting)
        return;
    for (Flexible &f : m_flexible) {
        if (f.column == column) {
            f.preferred = newSize; // the user's width, kept until they drag again
            f.minimum = std::min(f.minimum, newSize);
            return;
        }
    }
    fit(); // a content-sized column changed: share out what is left again
}

bool TableColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the pointer kept, not m_table->viewport(): the viewport still gets events
    // while the table's destructor runs, when the table is no longer a QAbstractScrollArea.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}
