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
    qint64 id = 0; // the row's id in its store; user and built-in ids overlap
    QString label;
    QString unit;
    QString indicatorCode; // the publisher's code, e.g. "IT.NET.USER.ZS"; may be empty
    Source source;
    QList<Observation> observations; // ordered by entity, then period
};

} // namespace Data
