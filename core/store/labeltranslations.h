// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QSqlDatabase>
#include <QString>

// Puts the dataset's own translations of its labels (the label_translation table, see
// resources/data/translations.sql) in place of the English ones: fact labels, categories,
// periods, bases and qualifiers; topic kinds, pillars and names; event names, places and date
// reasoning; series labels; people's names, roles and organisations. Quotes never change.
// A store without the table (every user store) and a label without a translation stay as they
// are. The stored basis and kind stay in basisCode and kindCode for the rules that read them.
class LabelTranslations
{
public:
    // Returns false and sets ERROR when the table exists but cannot be read.
    static bool apply(const QSqlDatabase &db, const QString &schema, const QString &language,
                      Data::Dataset &dataset, QString *error);
};
