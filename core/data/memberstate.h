// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Data {

// A member of an organisation such as the SCO, as its source lists it.
struct MemberState
{
    QString organisation; // "SCO"
    QString iso3;         // ISO 3166 alpha-3
    QString name;         // the short form the source uses
};

} // namespace Data
