// SPDX-License-Identifier: MIT
#pragma once

#include "source.h"

#include <QString>

namespace Data {

// A qualitative item of the article: a cooperation area, an infrastructure item, a technology,
// an inclusive service, talent training or an aim. term is the verbatim phrase inside quote.
struct Topic
{
    QString key;
    QString kind; // in the interface language when the dataset translates it
    QString pillar;
    QString name;
    QString term;
    QString quote;
    int sortOrder = 0;
    Source source;
    QString kindCode; // the kind as stored ("aim") when kind is translated; else empty

    QString storedKind() const { return kindCode.isEmpty() ? kind : kindCode; }
};

} // namespace Data
