// SPDX-License-Identifier: MIT
#pragma once

#include "periodreader.h"

// The period a Chinese sentence states its figures for, read relative to the publication date
// as PeriodReader reads English: "今年前5个月" (Jan–May of that year), "1-8月", "上半年",
// "第二季度", "截至6月底", "截至2024年底", "2023年以来", "2024年", "去年" (not "去年同期").
class ChinesePeriodReader
{
public:
    static std::optional<PeriodReader::Period> read(const QString &sentence,
                                                    const QDate &published);
};
