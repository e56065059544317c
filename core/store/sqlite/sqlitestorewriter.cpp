// SPDX-License-Identifier: MIT
#include "sqlitestorewriter.h"

#include "store/repository.h"

SqliteStoreWriter::SqliteStoreWriter(Repository &repository)
    : m_repository(repository)
    , m_rows(repository.connection())
{
}

SqliteStoreWriter::~SqliteStoreWriter()
{
    if (m_open)
        m_repository.rollback();
}

std::optional<qint64> SqliteStoreWriter::putSource(const Data::Source &source, Change *change)
{
    return m_rows.putSource(source, change);
}

std::optional<qint64> SqliteStoreWriter::putSeries(qint64 sourceId, const Data::Series &series,
                                                   Change *change)
{
    return m_rows.putSeries(sourceId, series, change);
}

std::optional<StoreWriter::Change>
SqliteStoreWriter::putObservation(qint64 seriesId, const Data::Observation &observation)
{
    return m_rows.putObservation(seriesId, observation);
}

std::optional<StoreWriter::Change> SqliteStoreWriter::putFact(qint64 sourceId,
                                                              const Data::Fact &fact)
{
    return m_rows.putFact(sourceId, fact);
}

bool SqliteStoreWriter::finish()
{
    return m_rows.finish();
}

bool SqliteStoreWriter::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_repository.commit())
        return true;
    m_error = m_repository.errorString();
    m_repository.rollback();
    return false;
}

void SqliteStoreWriter::rollback()
{
    if (m_open)
        m_repository.rollback();
    m_open = false;
}

QString SqliteStoreWriter::errorString() const
{
    return m_error.isEmpty() ? m_rows.errorString() : m_error;
}
