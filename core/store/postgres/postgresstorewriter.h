// SPDX-License-Identifier: MIT
#pragma once

#include "store/storewriter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

class PostgresConnection;
class PostgresCopy;

// A write to a team store, in one server transaction: each row matched on its identity as the
// SQLite store matches it (UserStoreWriter), in PostgreSQL's own SQL, with the search document
// each row's search reads written beside it. Observations, the bulk of an import, go by COPY:
// a series' stored rows are read once, so each put says at once what it changes, and the rows
// to write are sent to a staging table kFlushRows at a time and merged by one INSERT … SELECT
// … ON CONFLICT. Commit sends NOTIFY sco_changes with the source keys written, which the other
// windows on the store read as a hint to re-read.
class PostgresStoreWriter : public StoreWriter
{
public:
    static constexpr int kFlushRows = 50000;

    // CONNECTION's transaction has begun; the writer ends it.
    explicit PostgresStoreWriter(PostgresConnection &connection);
    ~PostgresStoreWriter() override;

    std::optional<qint64> putSource(const Data::Source &source, Change *change) override;
    std::optional<qint64> putSeries(qint64 sourceId, const Data::Series &series,
                                    Change *change) override;
    std::optional<Change> putObservation(qint64 seriesId,
                                         const Data::Observation &observation) override;
    std::optional<Change> putFact(qint64 sourceId, const Data::Fact &fact) override;
    bool finish() override;
    bool commit() override;
    void rollback() override;
    QString errorString() const override { return m_error; }

private:
    QSqlQuery &prepared(const char *sql);
    bool run(QSqlQuery &query, const QVariantList &binds);
    std::optional<QString> unitOfSeries(qint64 seriesId);
    std::optional<qint64> idOfFact(const QString &key);
    // The stored rows of SERIESID by identity (entity, period start), read once per series.
    struct Stored
    {
        double value;
        QDate end;
        QString label;
        QString code;
        bool aggregate;
        bool ours; // put by this writer: a second put of it repeats the file
    };
    using Identity = std::pair<QString, QDate>;
    QHash<Identity, Stored> *storedOf(qint64 seriesId);
    bool flush();
    bool fail(const QString &message);

    PostgresConnection &m_connection;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_queries;
    QList<std::pair<QString, QStringList>> m_pendingInputs;
    QSet<QString> m_factKeys;            // the facts this writer has put
    QHash<qint64, QString> m_seriesUnit; // for the observations' search documents
    QStringList m_sourceKeys;            // written, for the notification
    QHash<qint64, QHash<Identity, Stored>> m_stored;
    std::unique_ptr<PostgresCopy> m_copy;
    bool m_staging = false; // the staging table exists in this transaction
    bool m_open = true;
    QString m_error;
};
