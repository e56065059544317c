// SPDX-License-Identifier: MIT
#include "isocountries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString IsoCountries::path()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QList<IsoCountry> IsoCountries::read(const QString &path)
{
    QList<IsoCountry> countries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return countries;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject c = value.toObject();
        countries.append({c.value(QStringLiteral("alpha_3")).toString(),
                          c.value(QStringLiteral("name")).toString(),
                          c.value(QStringLiteral("official_name")).toString(),
                          c.value(QStringLiteral("common_name")).toString()});
    }
    return countries;
}
