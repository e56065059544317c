// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// One country of Debian's iso-codes ISO 3166-1 list.
struct IsoCountry
{
    QString alpha3;
    QString name;         // "Iran, Islamic Republic of"
    QString officialName; // may be empty
    QString commonName;   // "Iran"; may be empty

    // The name people use: the common name where iso-codes gives one.
    QString usualName() const { return commonName.isEmpty() ? name : commonName; }
};

// The ISO 3166-1 list that Debian's iso-codes installs, the one source of country names and
// codes for matching members, translating names and generating data.
class IsoCountries
{
public:
    static QString path();
    // Every country in PATH; empty when the file cannot be read.
    static QList<IsoCountry> read(const QString &path = IsoCountries::path());
};
