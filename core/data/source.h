// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Data {

// Where figures come from: a publication, or a data set with its licence.
struct Source
{
    qint64 id = 0;
    QString key;
    QString publisher;
    QString title;
    QString author;
    QDate published;
    QString publishedTime; // as printed by the source, e.g. "08:20"; may be empty
    QString url;           // empty when not known
    QString licence;       // empty for a news article
    QString quote;         // the byline the fields were read from
    QDateTime importedAt;  // when an analyst last imported it; invalid when built in
    bool builtIn = false;  // the program's own dataset, which no import can change
};

} // namespace Data
