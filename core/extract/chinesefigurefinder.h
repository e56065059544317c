// SPDX-License-Identifier: MIT
#pragma once

#include "figureproposal.h"

#include <QList>
#include <QString>

// Finds the figures of one Chinese sentence by the rules FigureFinder applies to English:
// percentages ("9.3%"), percentage points ("3.4个百分点"), amounts with 万, 亿 or 万亿 and a
// currency ("5123亿美元", "1.73万亿元"), multiples ("19.2倍"), quantities ("1.17亿吨") and counts
// with their measure word and noun ("3000多家企业", "42条航线"); with the qualifier around them
// ("超过", "近", "约", "多"), the direction before them ("增长", "下降") and the basis ("同比",
// "占GDP"). Years and dates ("2025年", "8月29日"), ordinals ("第23次") and names with digits
// ("5G") are not figures. Units are kept as the article writes them ("亿美元", "企业").
class ChineseFigureFinder
{
public:
    static QList<FigureProposal> find(const QString &sentence);
};
