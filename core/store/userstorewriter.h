// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"
#include "data/observation.h"
#include "data/series.h"
#include "data/source.h"
#include "sqlitestatement.h"
#include "storewriter.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

// Writes rows into the user store, matching each on its identity so a re-import adds no
// duplicates: a source and a series by key, an observation by series, entity and period start,
// a fact by key. Each put says whether the row was added, updated or already equal.
//
// The caller owns the transaction (Repository::beginTransaction); the writer only runs
// prepared statements. Errors are values: a failed put returns std::nullopt and sets
// errorString().
class UserStoreWriter
{
public:
    using Change = StoreWriter::Change;

    // SCHEMA is the attached name of the store to write ("user"; "main" for a build tool).
    explicit UserStoreWriter(const QSqlDatabase &db,
                             const QString &schema = QStringLiteral("user"));

    std::optional<qint64> putSource(const Data::Source &source, Change *change = nullptr);
    std::optional<qint64> putSeries(qint64 sourceId, const Data::Series &series,
                                    Change *change = nullptr);
    std::optional<Change> putObservation(qint64 seriesId, const Data::Observation &observation);
    // A derived fact's inputs are linked by finish(), once every fact of the import is in.
    std::optional<Change> putFact(qint64 sourceId, const Data::Fact &fact);
    // Links derived facts to their inputs; an input that is in neither the import nor the
    // store is an error naming both keys.
    bool finish();

    QString errorString() const { return m_error; }

private:
    QSqlQuery &prepared(const char *sql);
    bool run(QSqlQuery &query);
    std::optional<bool> insertObservation(qint64 seriesId, const Data::Observation &o);
    // The fact's id, 0 when there is none, std::nullopt when the query failed.
    std::optional<qint64> idOfFact(const QString &key);

    QSqlDatabase m_db;
    QString m_schema;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_queries;
    QList<std::pair<QString, QList<QString>>> m_pendingInputs;
    QString m_error;
    std::optional<qint64> m_lastIdBefore; // the largest observation id before the first put
    QSet<QString> m_factKeys;             // the facts this writer has put
    SqliteStatement m_insertObservation;  // the one statement a fresh import runs per row
};
