// SPDX-License-Identifier: MIT
#pragma once

#include "store/compositeobservationquery.h"
#include "store/repository.h"
#include "store/store.h"

// The Store of an SQLite file: the built-in dataset and the analyst's file over one
// connection (Repository), checked before it is trusted and migrated forward.
class SqliteStore : public Store
{
public:
    SqliteStore()
        : m_repository(m_own)
    {
    }
    // The Store of a connection already open, which it does not own: the build's dataset
    // tool and tests that hold one.
    explicit SqliteStore(Repository &connection)
        : m_repository(connection)
    {
    }

    // Opens the built-in dataset and the file at PATH (the default store when empty); false
    // with errorString() when the built-in dataset cannot be opened.
    bool open(const QString &path, const StoreOptions &options);

    QString location() const override { return m_repository.userStorePath(); }
    std::optional<Data::Dataset> load() override;
    std::optional<Data::Dataset> loadBuiltIn() override;
    std::optional<QList<Data::Series>> seriesCatalogue() override;
    // The built-in dataset's rows and the store's, each through its own search index
    // (CompositeObservationQuery).
    std::unique_ptr<ObservationQuery> observationQuery() override;
    // Both files' facts through their own indexes, in one statement (SqliteFactQuery).
    std::unique_ptr<FactQuery> factQuery() override;
    bool beginSnapshot() override { return m_repository.beginSnapshot(); }
    void endSnapshot() override { m_repository.endSnapshot(); }
    void setInterruptCheck(std::function<bool()> shouldStop) override
    {
        m_repository.setInterruptCheck(std::move(shouldStop));
    }
    std::optional<QList<Data::Observation>> observationsOf(qint64 seriesId) override;
    std::optional<QList<SourceSummary>> sources() override;
    bool removeSource(const QString &idOrKey) override;
    bool removeFact(const QString &key) override;
    bool isWritable() const override;
    std::unique_ptr<StoreWriter> beginWrite() override;
    bool hasStore() const override { return m_repository.hasUserStore(); }
    QString problem() const override { return m_repository.userStoreProblem(); }
    QString errorString() const override;

    // The SQLite connection behind it, for what is SQLite's own: the build's dataset tool,
    // the store's paged observation queries and their tests.
    Repository &repository() { return m_repository; }

private:
    Repository m_own;
    Repository &m_repository;
    QString m_error;
    std::optional<ShadowingRule> m_builtInKeys; // read once
    bool m_readerOnly = false;                  // opened as StoreOptions::reader
};
