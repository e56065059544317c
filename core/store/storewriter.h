// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"
#include "data/observation.h"
#include "data/series.h"
#include "data/source.h"

#include <QString>

#include <optional>

// One write to a store, in one transaction: rows are put in file order, each matched on its
// identity so a re-import adds no duplicates (a source and a series by key, an observation by
// series, entity and period start, a fact by key), and each put says what it changed. commit()
// makes the whole write durable; rollback(), or destroying an uncommitted writer, leaves the
// store exactly as it was. Errors are values: a failed call returns std::nullopt or false and
// sets errorString().
class StoreWriter
{
public:
    // Repeated: the row's key was already written by this writer, so the file gives it twice.
    enum class Change { Added, Updated, Unchanged, Repeated };

    virtual ~StoreWriter() = default;

    virtual std::optional<qint64> putSource(const Data::Source &source,
                                            Change *change = nullptr) = 0;
    virtual std::optional<qint64> putSeries(qint64 sourceId, const Data::Series &series,
                                            Change *change = nullptr) = 0;
    virtual std::optional<Change> putObservation(qint64 seriesId,
                                                 const Data::Observation &observation) = 0;
    // A derived fact's inputs are linked by finish(), once every fact of the write is in.
    virtual std::optional<Change> putFact(qint64 sourceId, const Data::Fact &fact) = 0;
    // Links derived facts to their inputs; an input that is in neither the write nor the
    // store is an error naming both keys.
    virtual bool finish() = 0;

    virtual bool commit() = 0;
    virtual void rollback() = 0;
    virtual QString errorString() const = 0;
};
