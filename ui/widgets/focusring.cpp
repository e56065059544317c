// SPDX-License-Identifier: MIT
#include "focusring.h"

#include "headlinetile.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTabBar>

FocusRing::FocusRing(QWidget *window)
    : QWidget(window)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this, &FocusRing::onFocusChanged);
}

void FocusRing::onFocusChanged(QWidget *, QWidget *now)
{
    if (m_target)
        m_target->removeEventFilter(this);
    // The regions: views, fields and tab bars. A scroll area's viewport stands for its area.
    QWidget *target = now;
    if (target && qobject_cast<QAbstractScrollArea *>(target->parentWidget()) &&
        static_cast<QAbstractScrollArea *>(target->parentWidget())->viewport() == target)
        target = target->parentWidget();
    const bool region = target && parentWidget()->isAncestorOf(target) &&
                        !qobject_cast<HeadlineTile *>(target) &&
                        (qobject_cast<QAbstractScrollArea *>(target) ||
                         qobject_cast<QLineEdit *>(target) || qobject_cast<QTabBar *>(target));
    m_target = region ? target : nullptr;
    if (m_target)
        m_target->installEventFilter(this);
    follow();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && (event->type() == QEvent::Move || event->type() == QEvent::Resize ||
                                event->type() == QEvent::Hide || event->type() == QEvent::Show))
        follow();
    return QWidget::eventFilter(watched, event);
}

void FocusRing::follow()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    const QRect area(m_target->mapTo(parentWidget(), QPoint(0, 0)), m_target->size());
    setGeometry(area);
    raise();
    show();
    update();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(
        QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}
