// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// The period a sentence states its figures for, read relative to the article's publication
// date: "in the first five months of this year" (Jan–May of that year), "the first half",
// "the second quarter", "January-August", "last year", "in 2024", "as of June this year",
// "since 2023", "by the end of 2024". A point in time starts and ends on the same day.
class PeriodReader
{
public:
    struct Period
    {
        QDate start;
        QDate end;
        QString label; // "Jan–May 2025", "H1 2025", "Q2 2024", "2024", "since 2023"
    };
    static std::optional<Period> read(const QString &sentence, const QDate &published);
};
