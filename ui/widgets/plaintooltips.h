// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAbstractItemView;

// Shows an item view's tooltips (Qt::ToolTipRole, which the models fill with data) as plain
// text: QToolTip would otherwise render a cell holding "<h1>" or "<img>" as markup.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs on VIEW's viewport; the filter is VIEW's child.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};
