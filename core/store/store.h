// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "factquery.h"
#include "observationquery.h"
#include "sourcesummary.h"
#include "storewriter.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// How a store is opened (StoreFactory).
struct StoreOptions
{
    enum class Access {
        ReadOnly,       // commands that only read: a store that does not exist is not made
        CreateIfAbsent, // the window and imports
    };
    Access access = Access::ReadOnly;
    // load() gives the store's series as a catalogue and leaves their observations in the
    // store, to be read a page at a time: the window of a large store.
    bool observationsOnDemand = false;
    // Opens the built-in dataset alone and remembers the location, for a window that paints
    // the article first and opens a large store after.
    bool builtInOnly = false;
    // Reads every page of the store on opening, whatever is remembered of it: `store check`.
    bool checkInFull = false;
    // A second connection, for another thread, to a store the first has already opened,
    // checked and migrated: it only reads.
    bool reader = false;
    // The language load() gives labels and country names in ("zh_CN", "ru"): the caller's
    // interface language, passed in, so the store reads no global setting.
    QString language = QStringLiteral("en");
};

// The dashboard's data behind one interface: the built-in dataset, embedded and read-only,
// together with the analyst's store, of whatever backend StoreFactory opened. It speaks value
// types and errors only; no SQL, connection or schema name is seen above it. A built-in key
// shadows a store's row: the built-in figure is shown.
//
// A store that is named but cannot be read (damaged, too new, not a store) is left out:
// load() still gives the built-in dataset, problem() names the store and why, and the store is
// never written, replaced or deleted. Errors are values: failing calls return std::nullopt,
// nullptr or false and set errorString().
class Store
{
public:
    virtual ~Store() = default;

    // Where the analyst's store is: a file path or a URI.
    virtual QString location() const = 0;
    // The built-in dataset with the store's sources, facts and series.
    virtual std::optional<Data::Dataset> load() = 0;
    // The built-in dataset alone: what an import needs, without reading a large store.
    virtual std::optional<Data::Dataset> loadBuiltIn() = 0;
    // The store's series with their sources and ids, without observations: those are read a
    // page at a time through observationQuery().
    virtual std::optional<QList<Data::Series>> seriesCatalogue() = 0;
    // A query over the store's observations; valid while the store is.
    virtual std::unique_ptr<ObservationQuery> observationQuery() = 0;
    // A query over the built-in facts and the store's, shadowed ones left out; valid while the
    // store is.
    virtual std::unique_ptr<FactQuery> factQuery() = 0;
    // One read transaction across the reads that follow, until endSnapshot(): they see one
    // state of the store, whatever others commit meanwhile.
    virtual bool beginSnapshot() = 0;
    virtual void endSnapshot() = 0;
    // SHOULDSTOP is asked now and then while a read runs; true interrupts it, and it fails:
    // for a search whose answer nobody waits for any more.
    virtual void setInterruptCheck(std::function<bool()> shouldStop) = 0;
    // The valid observations of the store's series SERIESID (an onDemand series), by entity
    // and period; a stored row that is not a valid observation is left out.
    virtual std::optional<QList<Data::Observation>> observationsOf(qint64 seriesId) = 0;
    // The built-in sources and the store's, with the rows each brought.
    virtual std::optional<QList<SourceSummary>> sources() = 0;
    // Removes an imported source (by key or numeric id) and every row it brought.
    virtual bool removeSource(const QString &idOrKey) = 0;
    // Removes one of the store's own facts by key, in one write: never a built-in figure, nor
    // one another fact's formula reads.
    virtual bool removeFact(const QString &key) = 0;
    // Whether beginWrite() can start: a store exists, is shown and can be written.
    virtual bool isWritable() const = 0;
    // Starts one write, waiting out another process's; nullptr with errorString() when it
    // cannot start.
    virtual std::unique_ptr<StoreWriter> beginWrite() = 0;

    // Whether the analyst's store exists and is shown (perhaps read-only: see problem()).
    virtual bool hasStore() const = 0;
    // Why the named store is not shown, or is shown read-only; empty otherwise.
    virtual QString problem() const = 0;
    // The store was named or found but cannot be read: a command prints problem() and no
    // rows, where the window shows the article with a banner.
    bool isLeftOut() const { return !hasStore() && !problem().isEmpty(); }
    virtual QString errorString() const = 0;
};
