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
    // The period of an English SENTENCE; ChinesePeriodReader and RussianPeriodReader read the
    // others', giving the same periods with the same labels.
    static std::optional<Period> read(const QString &sentence, const QDate &published);

    // The periods every language names, labelled alike.
    static Period months(int year, int from, int to);      // "Jan–May 2025"
    static Period half(int year, int which);               // "H1 2025"
    static Period quarter(int year, int which);            // "Q2 2024"
    static Period wholeYear(int year);                     // "2024"
    static Period since(int year, const QDate &published); // "since 2023"
    static Period endOfMonth(int year, int month);         // "end of Jun 2025"
    static Period endOfYear(int year);                     // "end of 2024"
};
