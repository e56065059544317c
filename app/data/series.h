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
    Source source;
    QList<Observation> observations; // ordered by entity, then period
};

} // namespace Data
