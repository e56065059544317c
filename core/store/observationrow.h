// SPDX-License-Identifier: MIT
#pragma once

#include "data/observation.h"

#include <QString>

// A stored observation with the ids that locate it. Ids are the store's own, so a built-in
// row and a user row may share one: builtIn tells them apart.
struct ObservationRow
{
    qint64 id = 0;
    qint64 seriesId = 0;
    bool builtIn = false; // a row of the built-in dataset (CompositeObservationQuery)
    Data::Observation observation;
    // Why the stored row is not a valid observation (text or infinity as its value, a period
    // that is not a date); empty when it is. Such a row keeps its place in a page, so paging
    // goes on after it, but is never shown or drawn.
    QString problem;
};
