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
    // Registers sco_observation_document(period_label, value, unit) on DB, and
    // sco_search_deferred(), which reads *DEFERRED (0 when null). The user store's triggers
    // call both, so every connection that writes observations must register them.
    static bool registerSqlFunction(sqlite3 *db, const int *deferred = nullptr);
    // Indexes the observations of the store attached as SCHEMA whose id is above the two bound
    // parameters (the same id twice) and that the index does not hold: the rows a deferred
    // writer added.
    static QByteArray indexAddedSql(const QString &schema);
};
