// SPDX-License-Identifier: MIT
#pragma once

#include "observation.h"
#include "source.h"

#include <QList>
#include <QString>

namespace Data {

struct Series
{
    QString key;
    QString label;
    QString unit;
    QString indicatorCode; // the publisher's code, e.g. "IT.NET.USER.ZS"; may be empty
    Source source;
    QList<Observation> observations; // ordered by entity, then period
};

} // namespace Data
