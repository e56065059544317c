// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Data {

struct Person
{
    QString key;
    QString name;
    QString role;
    QString organisation;
    QString quote;
};

} // namespace Data
