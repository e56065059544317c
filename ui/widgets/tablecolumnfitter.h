// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QTableView;

// Keeps a table's columns inside its viewport, so long text (a quote) elides with its tooltip
// instead of forcing a horizontal scroll bar. Flexible columns share what the other columns
// leave: each gets its preferred width, scaled down together when the table is narrow but
// not below its minimum unless even the minimums do not fit; the growing column also takes any room
// to spare. A width the user drags becomes that column's preferred width.
class TableColumnFitter : public QObject
{
    Q_OBJECT
public:
    // No flexible column is ever narrower than this, even when the table is.
    static constexpr int kLastResortWidth = 48;

    explicit TableColumnFitter(QTableView *table);

    // PREFERRED may be kContentWidth: the width the column's text and header ask for now.
    static constexpr int kContentWidth = -1;
    void addFlexibleColumn(int column, int preferred, int minimum);
    // The column that takes the room left over; by default the last flexible one.
    void setGrowingColumn(int column) { m_growing = column; }
    // Lays the columns out now (also done on every resize of the table).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Flexible
    {
        int column;
        int preferred;
        int minimum;
    };
    void onSectionResized(int column, int newSize);
    QList<int> shareOut(int available) const;
    int preferredWidth(const Flexible &flexible) const;

    QTableView *m_table;

    QWidget *m_viewport = nullptr;
    QList<Flexible> m_flexible;
    int m_growing = -1;
    bool m_fitting = false;
};
