// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

// The text of one observation row that the user store indexes for search (FTS5, trigram
// tokenizer, table observation_search): its period label and its value, folded by
// SearchFolding. The value is written as every interface language shows it, without group
// separators: "1234.5" and "1234,5", plus "12.5%" for a percentage.
//
// The rest of a row (series, unit, source, entity, kind) is shared by many rows and matched
// once per series or entity by ObservationSearch, so the index stays small and an import
// stays fast.
class SearchDocument
{
public:
    static QString observationText(const QString &periodLabel, double value, const QString &unit);
    // The value as the observation table shows it in LOCALE's language: every digit, no
    // group separator.
    static QString valueText(double value, const QLocale &locale);
    // Registers sco_observation_document(period_label, value, unit) on DB. The user store's
    // triggers call it, so every connection that writes observations must register it.
    static bool registerSqlFunction(sqlite3 *db);
};
