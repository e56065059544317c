// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QHash>
#include <QString>

// Country names in the interface language, from Debian's iso-codes: the ISO 3166-1 list
// (/usr/share/iso-codes/json) and its gettext catalogues (/usr/share/locale/*/LC_MESSAGES),
// never typed by hand. English keeps the name the data source itself uses ("Russia" in OWID's
// files); a code iso-codes does not know, or a missing catalogue, keeps it too.
class CountryNames
{
public:
    // The name of the country with ISO 3166-1 alpha-3 code ISO3 in the language LANGUAGE
    // ("zh_CN", "ru"); FALLBACK when there is none.
    static QString localized(const QString &iso3, const QString &fallback, const QString &language);

    // DATASET's countries, by their code, in LANGUAGE; aggregates and unknown codes keep the
    // source's name.
    static void localize(Data::Dataset &dataset, const QString &language);

    // Reads a gettext .mo file into msgid → msgstr; empty when it cannot be read.
    static QHash<QString, QString> readCatalogue(const QString &path);
};
