// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"
#include "data/observation.h"
#include "data/series.h"
#include "data/source.h"

// Where an import format sends the rows it reads, in file order. Every put returns false when
// the import must stop (cancelled, or the store failed); the format then returns at once.
class ImportSink
{
public:
    enum class Skip {
        Missing,   // an empty cell or a marker such as ".."
        NotMember, // --sco-only left the row out
        BuiltIn,   // a row of the built-in dataset, which no import changes
    };

    virtual ~ImportSink() = default;

    // The source every following row belongs to, until the next putSource.
    virtual bool putSource(const Data::Source &source) = 0;
    // Declares a series (its observations follow through putObservation).
    virtual bool putSeries(const Data::Series &series) = 0;
    virtual bool putObservation(const Data::Observation &observation) = 0;
    virtual bool putFact(const Data::Fact &fact) = 0;
    virtual bool skip(Skip reason) = 0;
};
