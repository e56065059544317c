// SPDX-License-Identifier: MIT
#pragma once

#include "periodreader.h"

// The period a Russian sentence states its figures for, read relative to the publication date
// as PeriodReader reads English: "за первые пять месяцев этого года" (Jan–May), "в
// январе-августе", "в первом полугодии", "во втором квартале", "на конец 2024 года", "с 2023
// года", "в 2024 году", "в прошлом году" (not "аналогичный период прошлого года").
class RussianPeriodReader
{
public:
    static std::optional<PeriodReader::Period> read(const QString &sentence,
                                                    const QDate &published);
};
