// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QString>

class QLabel;

// One headline figure: value with unit, label, period and qualifier. Clicking it, or pressing
// Enter or Space while it has focus, emits activated() with the fact's key.
class HeadlineTile : public QFrame
{
    Q_OBJECT
public:
    explicit HeadlineTile(QWidget *parent = nullptr);

    void setFigure(const QString &factKey, const QString &value, const QString &label,
                   const QString &detail, const QString &toolTip);
    QString factKey() const { return m_key; }
    QString valueText() const;
    QString labelText() const;
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    // Takes the application palette's selection colour again (after a theme change).
    void updateStyle();

signals:
    void activated(const QString &factKey);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_key;
    bool m_selected = false;
    QLabel *m_value;
    QLabel *m_label;
    QLabel *m_detail;
};
