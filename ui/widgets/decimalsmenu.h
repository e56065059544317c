// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class CountrySelection;
class QActionGroup;

// "Value Decimals": how many decimals the country charts' value labels show, automatic or 0 to
// CountrySelection::kMaxDecimals. The ticks follow the selection, whoever changes it.
class DecimalsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit DecimalsMenu(CountrySelection *selection, QWidget *parent = nullptr);

private:
    void showChoice();

    CountrySelection *m_selection;
    QActionGroup *m_choices;
};
