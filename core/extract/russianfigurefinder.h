// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QList>
#include <QString>

// Finds the figures of one Russian sentence by the rules FigureFinder applies to English:
// percentages ("на 9,3%", "25 процентов"), percentage points ("3,4 процентного пункта"),
// amounts with a scale and a currency ("512,4 млрд долларов", "$6 трлн", "1,73 трлн юаней"),
// multiples ("в 2,5 раза"), quantities ("117 млн тонн") and counts of a noun ("более 3000
// компаний"); with the qualifier before them ("более", "около", "почти"), the direction
// ("вырос", "снизился") and the basis ("в годовом исчислении", "ВВП"). A decimal comma is a
// point and a space groups thousands ("3 000"). Years and dates ("в 2025 году", "29 августа")
// are not figures. Units are kept as the article writes them ("млрд долларов").
class RussianFigureFinder
{
public:
    static QList<FigureProposal> find(const QString &sentence);
};
