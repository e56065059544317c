// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

// The text a store indexes for one fact (fact.search_document, indexed by FTS5's trigram
// tokenizer in fact_search), folded by SearchFolding: its own texts (label, category, period,
// basis, qualifier, quote, the figure as written, key and unit), their translations where the
// dataset has them, and its value as each interface language shows it ("3,000", "3 000",
// "3000"), glued to its unit for a percent.
//
// It holds every text a fact can be shown with, in any language, so the index finds a superset
// of the matches; what the fact's unit, source and kind are called is matched through FactTerm.
// The program writes it with the fact; no trigger computes it.
class FactSearchDocument
{
public:
    static QString text(const Data::Fact &fact, const QStringList &translations = {});
    // Writes the document of every fact of the store attached to DB as SCHEMA ("main", "user")
    // that has none, with the translations the schema's label_translation table holds: a store
    // migrated to the fact index, the dataset, a generated store. False with ERROR when SQLite
    // refuses.
    static bool writeMissing(sqlite3 *db, const QByteArray &schema, QString *error);
};
