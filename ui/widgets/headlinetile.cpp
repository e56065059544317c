// SPDX-License-Identifier: MIT
#include "headlinetile.h"

#include "format/plaintext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

HeadlineTile::HeadlineTile(QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // The figure, its label and its period come from data: shown as text, never as markup.
    for (QLabel *label : {m_value, m_label, m_detail})
        label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_detail->setWordWrap(true);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.92);
    m_detail->setFont(detailFont);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    updateStyle();
}

void HeadlineTile::setFigure(const QString &factKey, const QString &value, const QString &label,
                             const QString &detail, const QString &toolTip)
{
    m_key = factKey;
    m_value->setText(value);
    m_label->setText(PlainText::isolated(label));
    m_detail->setText(PlainText::isolated(detail));
    setToolTip(toolTip);
    setAccessibleName(tr("%1: %2").arg(label, value));
    setAccessibleDescription(detail);
}

QString HeadlineTile::labelText() const
{
    return m_label->text();
}

QString HeadlineTile::valueText() const
{
    return m_value->text();
}

void HeadlineTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    updateStyle();
}

void HeadlineTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        emit activated(m_key);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void HeadlineTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated(m_key);
        return;
    }
    QFrame::keyPressEvent(event);
}

void HeadlineTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateStyle();
}

void HeadlineTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateStyle();
}

void HeadlineTile::updateStyle()
{
    // Focus shows as a thick frame in the selection colour, visible from across a room.
    const bool ring = m_selected || hasFocus();
    setLineWidth(hasFocus() ? 4 : m_selected ? 3 : 1);
    setFrameShadow(ring ? QFrame::Plain : QFrame::Raised);
    // The selected tile takes the selection colour (the charts' highlight) as frame and a tint
    // of it as background, so the link between tile, bar and row is visible at a glance.
    QPalette p = QApplication::palette();
    if (hasFocus() && !m_selected) {
        p.setColor(QPalette::WindowText, p.color(QPalette::Highlight));
    } else if (m_selected) {
        const QColor highlight = p.color(QPalette::Highlight);
        const QColor window = p.color(QPalette::Window);
        p.setColor(QPalette::WindowText, highlight);
        p.setColor(QPalette::Window,
                   QColor::fromRgbF(window.redF() * 0.82f + highlight.redF() * 0.18f,
                                    window.greenF() * 0.82f + highlight.greenF() * 0.18f,
                                    window.blueF() * 0.82f + highlight.blueF() * 0.18f));
    } else {
        p.setColor(QPalette::WindowText, p.color(QPalette::Mid));
    }
    setPalette(p);
    setAutoFillBackground(m_selected);
    m_value->setForegroundRole(QPalette::Text);
    m_label->setForegroundRole(QPalette::Text);
}
