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
    // A user-store series read as a catalogue entry: its observations are not in
    // `observations` but read when a chart needs them (CountrySelection).
    bool onDemand = false;
    bool hasEntities = false; // set for an onDemand series: some rows name a country
};

} // namespace Data
