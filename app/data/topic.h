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
    QString kind;
    QString pillar;
    QString name;
    QString term;
    QString quote;
    int sortOrder = 0;
    Source source;
};

} // namespace Data
