// SPDX-License-Identifier: MIT
#include "plaintooltips.h"

#include "format/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

PlainToolTips::PlainToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void PlainToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), PlainText::toolTip(text), m_view->viewport(),
                           m_view->visualRect(index));
    return true;
}
