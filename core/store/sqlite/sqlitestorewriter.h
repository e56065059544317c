// SPDX-License-Identifier: MIT
#pragma once

#include "store/storewriter.h"
#include "store/userstorewriter.h"

class Repository;

// A write to an SQLite store: Repository's write transaction, with UserStoreWriter's
// prepared statements putting the rows.
class SqliteStoreWriter : public StoreWriter
{
public:
    // REPOSITORY's write transaction has begun; the writer ends it.
    explicit SqliteStoreWriter(Repository &repository);
    ~SqliteStoreWriter() override;

    std::optional<qint64> putSource(const Data::Source &source, Change *change) override;
    std::optional<qint64> putSeries(qint64 sourceId, const Data::Series &series,
                                    Change *change) override;
    std::optional<Change> putObservation(qint64 seriesId,
                                         const Data::Observation &observation) override;
    std::optional<Change> putFact(qint64 sourceId, const Data::Fact &fact) override;
    bool finish() override;
    bool commit() override;
    void rollback() override;
    QString errorString() const override;

private:
    Repository &m_repository;
    UserStoreWriter m_rows;
    bool m_open = true; // the transaction is neither committed nor rolled back
    QString m_error;
};
