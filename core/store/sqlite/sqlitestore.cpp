// SPDX-License-Identifier: MIT
#include "sqlitestore.h"

#include "sqlitestorewriter.h"
#include "store/compositeobservationquery.h"

bool SqliteStore::open(const QString &path, const StoreOptions &options)
{
    m_repository.setUserObservationsOnDemand(options.observationsOnDemand);
    m_repository.setAlwaysCheckInFull(options.checkInFull);
    m_repository.setLanguage(options.language);
    if (options.builtInOnly)
        return m_repository.openBuiltInOnly(path);
    m_readerOnly = options.reader;
    if (options.reader)
        return m_repository.openReader(path);
    return m_repository.open(path, options.access == StoreOptions::Access::CreateIfAbsent
                                       ? Repository::UserStore::CreateIfAbsent
                                       : Repository::UserStore::OpenIfPresent);
}

std::optional<Data::Dataset> SqliteStore::load()
{
    m_error.clear();
    return m_repository.load();
}

std::optional<Data::Dataset> SqliteStore::loadBuiltIn()
{
    m_error.clear();
    std::optional<Data::Dataset> builtIn = m_repository.loadBuiltIn();
    if (builtIn && !m_builtInKeys)
        m_builtInKeys = ShadowingRule(*builtIn); // the composite query's, without a second read
    return builtIn;
}

std::optional<QList<Data::Series>> SqliteStore::seriesCatalogue()
{
    m_error.clear();
    return m_repository.userSeriesCatalogue();
}

std::unique_ptr<ObservationQuery> SqliteStore::observationQuery()
{
    // Unreadable, the built-in dataset shadows nothing; its own query then says why.
    if (!m_builtInKeys && !loadBuiltIn())
        m_builtInKeys = ShadowingRule();
    return std::make_unique<CompositeObservationQuery>(
        m_repository.builtInObservationQuery(),
        m_repository.hasUserStore() ? m_repository.observationQuery() : nullptr, *m_builtInKeys);
}

std::unique_ptr<FactQuery> SqliteStore::factQuery()
{
    if (!m_builtInKeys && !loadBuiltIn())
        m_builtInKeys = ShadowingRule();
    return m_repository.factQuery(*m_builtInKeys);
}

std::optional<QList<Data::Observation>> SqliteStore::observationsOf(qint64 seriesId)
{
    m_error.clear();
    if (!m_repository.hasUserStore())
        return QList<Data::Observation>();
    const std::unique_ptr<ObservationQuery> query = m_repository.observationQuery();
    std::optional<QList<Data::Observation>> rows = query->ofSeries(seriesId);
    if (!rows)
        m_error = query->errorString();
    return rows;
}

std::optional<QList<SourceSummary>> SqliteStore::sources()
{
    m_error.clear();
    return m_repository.sources();
}

bool SqliteStore::removeFact(const QString &key)
{
    m_error.clear();
    return m_repository.removeFact(key);
}

bool SqliteStore::removeSource(const QString &idOrKey)
{
    m_error.clear();
    return m_repository.removeSource(idOrKey);
}

bool SqliteStore::isWritable() const
{
    return !m_readerOnly && m_repository.hasUserStore() && !m_repository.isUserStoreReadOnly();
}

std::unique_ptr<StoreWriter> SqliteStore::beginWrite()
{
    m_error.clear();
    if (!isWritable()) {
        m_error = m_repository.userStoreProblem();
        return nullptr;
    }
    if (!m_repository.beginTransaction())
        return nullptr;
    return std::make_unique<SqliteStoreWriter>(m_repository);
}

QString SqliteStore::errorString() const
{
    return m_error.isEmpty() ? m_repository.errorString() : m_error;
}
