// SPDX-License-Identifier: MIT
#include "decimalsmenu.h"

#include "models/countryselection.h"

#include <QActionGroup>

DecimalsMenu::DecimalsMenu(CountrySelection *selection, QWidget *parent)
    : QMenu(tr("Value &Decimals"), parent)
    , m_selection(selection)
    , m_choices(new QActionGroup(this))
{
    setToolTipsVisible(true);
    const auto add = [this](const QString &text, int decimals) {
        QAction *action =
            addAction(text, this, [this, decimals] { m_selection->setValueDecimals(decimals); });
        action->setCheckable(true);
        action->setData(decimals);
        m_choices->addAction(action);
        return action;
    };
    add(tr("&Automatic"), CountrySelection::kAutomaticDecimals)
        ->setToolTip(tr("Three significant digits: one decimal on the tallest bar"));
    addSeparator();
    for (int decimals = 0; decimals <= CountrySelection::kMaxDecimals; ++decimals)
        add(QStringLiteral("&%1").arg(decimals), decimals);
    connect(selection, &CountrySelection::changed, this, &DecimalsMenu::showChoice);
    showChoice();
}

void DecimalsMenu::showChoice()
{
    for (QAction *action : m_choices->actions())
        action->setChecked(action->data().toInt() == m_selection->valueDecimals());
}
