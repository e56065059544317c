// SPDX-License-Identifier: MIT
#pragma once

#include "postgresconnection.h"
#include "store/repository.h"
#include "store/shadowingrule.h"
#include "store/store.h"

#include <QCoreApplication>

#include <memory>

// The Store of a team store on a PostgreSQL server: the built-in dataset, embedded and read
// through its own SQLite connection, together with the server's tables (schema "sco") over a
// QPSQL connection. Observations and facts are merged across the two connections by the
// composite queries; rows are read and written with the SQLite store's rules, in the server's
// SQL. A server that cannot be reached, or a schema this program cannot use, leaves the store
// out with problem() naming it: the article still loads. A login role without the right to
// write (sco_reader) is shown read-only, and the server refuses its writes whatever a client
// does.
class PostgresStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)

public:
    PostgresStore() = default;

    // Opens the built-in dataset and connects to LOCATION (TEXT as the analyst gave it); false
    // with errorString() when the built-in dataset cannot be opened. With
    // StoreOptions::Access::CreateIfAbsent a database without a team store gets one
    // (PostgresSchema::init), when the login role may create it.
    bool open(const PostgresLocation &location, const QString &text, const StoreOptions &options);

    QString location() const override { return m_text; }
    std::optional<Data::Dataset> load() override;
    std::optional<Data::Dataset> loadBuiltIn() override;
    std::optional<QList<Data::Series>> seriesCatalogue() override;
    std::unique_ptr<ObservationQuery> observationQuery() override;
    std::unique_ptr<FactQuery> factQuery() override;
    bool beginSnapshot() override;
    void endSnapshot() override;
    void setInterruptCheck(std::function<bool()> shouldStop) override;
    std::optional<QList<Data::Observation>> observationsOf(qint64 seriesId) override;
    std::optional<QList<SourceSummary>> sources() override;
    bool removeSource(const QString &idOrKey) override;
    bool removeFact(const QString &key) override;
    bool isWritable() const override { return m_hasStore && m_writable && !m_readerOnly; }
    std::unique_ptr<StoreWriter> beginWrite() override;
    bool hasStore() const override { return m_hasStore; }
    QString problem() const override { return m_problem; }
    QString errorString() const override { return m_error; }

private:
    bool attach(const StoreOptions &options);
    void leaveOut(const QString &problem);
    const ShadowingRule &builtInKeys();
    std::optional<Data::Dataset> readStore(bool observations);
    bool removeInOneWrite(const QStringList &statements, const QVariantList &binds,
                          const QString &notice);
    bool fail(const QString &message);

    QString m_text;
    std::optional<PostgresLocation> m_location;
    Repository m_builtIn; // the embedded dataset alone
    std::unique_ptr<PostgresConnection> m_connection;
    QString m_language = QStringLiteral("en");
    bool m_observationsOnDemand = false;
    bool m_hasStore = false;
    bool m_writable = false;
    bool m_readerOnly = false;
    bool m_snapshotOpen = false;
    std::optional<ShadowingRule> m_builtInKeys;
    QString m_problem;
    QString m_error;
};
