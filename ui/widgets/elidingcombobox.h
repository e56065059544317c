// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

// A combo box narrower than its current text shows it shortened with "…" rather than cut off
// mid-word; its list and its tooltip name the item whole.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The text as drawn now; for tests.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
