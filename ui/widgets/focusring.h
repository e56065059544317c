// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

// A thick ring in the selection colour around whichever widget of the window has keyboard
// focus, drawn over it, so the focused region can be seen from a metre away whatever the
// style draws. Transparent to the mouse. Tiles draw their own ring and are left alone.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kWidth = 3;

    explicit FocusRing(QWidget *window);

    // The widget the ring is drawn around; nullptr when hidden.
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFocusChanged(QWidget *old, QWidget *now);
    void follow();

    QPointer<QWidget> m_target;
};
