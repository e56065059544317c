// SPDX-License-Identifier: MIT
#include "postgresstore.h"

#include "i18n/countrynames.h"
#include "postgresfactquery.h"
#include "postgresobservationquery.h"
#include "postgresschema.h"
#include "postgresstorewriter.h"
#include "store/compositefactquery.h"
#include "store/compositeobservationquery.h"
#include "store/datasetreader.h"

#include <QSqlError>
#include <QSqlQuery>

bool PostgresStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

void PostgresStore::leaveOut(const QString &problem)
{
    m_hasStore = false;
    m_problem = problem;
}

bool PostgresStore::open(const PostgresLocation &location, const QString &text,
                         const StoreOptions &options)
{
    m_text = text;
    m_location = location;
    m_language = options.language;
    m_observationsOnDemand = options.observationsOnDemand;
    m_readerOnly = options.reader;
    m_builtIn.setLanguage(options.language);
    if (!m_builtIn.openBuiltInOnly(QString()))
        return fail(m_builtIn.errorString());
    if (!options.builtInOnly)
        attach(options);
    return true;
}

// Connects, checks the schema (or creates it), and asks the server what this role may do.
bool PostgresStore::attach(const StoreOptions &options)
{
    m_connection = std::make_unique<PostgresConnection>(*m_location);
    if (!m_connection->open())
        return leaveOut(m_connection->errorString()), false;
    const QString where = m_location->display();
    PostgresSchema schema(*m_connection);
    const int version = schema.version();
    if (version < 0)
        return leaveOut(schema.errorString()), false;
    if (version == 0) {
        if (options.access != StoreOptions::Access::CreateIfAbsent || options.reader)
            return false; // no team store here yet, and nothing is made to read
        if (!schema.init())
            return leaveOut(
                       tr("%1: cannot create the team store: %2").arg(where, schema.errorString())),
                   false;
    } else if (!schema.check()) {
        return leaveOut(where + QStringLiteral(": ") + schema.errorString()), false;
    } else if (version < PostgresSchema::kVersion) {
        // An older schema this program still reads by migrating it: the window does so when
        // its role owns the store; otherwise the owner runs store init.
        const bool migrated = options.access == StoreOptions::Access::CreateIfAbsent &&
                              !options.reader && schema.init();
        if (!migrated)
            return leaveOut(tr("%1 holds a team store of schema %2, older than this program reads "
                               "(%3); its owner brings it forward with: sco-dashboard store init "
                               "--database LOCATION")
                                .arg(where)
                                .arg(version)
                                .arg(PostgresSchema::kVersion)),
                   false;
    }
    const std::optional<QVariant> writable = m_connection->scalar(
        QStringLiteral("SELECT has_table_privilege('sco.observation', 'INSERT')"
                       " AND has_table_privilege('sco.fact', 'INSERT')"));
    if (!writable)
        return leaveOut(m_connection->errorString()), false;
    m_hasStore = true;
    m_writable = writable->toBool();
    if (!m_writable)
        m_problem = tr("%1 is read-only: your role may read the team store but not change it "
                       "(its owner can run: store grant USER editor).")
                        .arg(where);
    return true;
}

const ShadowingRule &PostgresStore::builtInKeys()
{
    if (!m_builtInKeys) {
        const std::optional<Data::Dataset> builtIn = m_builtIn.loadBuiltIn();
        // Unreadable, the built-in dataset shadows nothing; its own query then says why.
        m_builtInKeys = builtIn ? ShadowingRule(*builtIn) : ShadowingRule();
    }
    return *m_builtInKeys;
}

std::optional<Data::Dataset> PostgresStore::loadBuiltIn()
{
    m_error.clear();
    std::optional<Data::Dataset> builtIn = m_builtIn.loadBuiltIn();
    if (!builtIn)
        fail(m_builtIn.errorString());
    else if (!m_builtInKeys)
        m_builtInKeys = ShadowingRule(*builtIn);
    return builtIn;
}

// The server's rows as values; a store that cannot be read is left out, naming why.
std::optional<Data::Dataset> PostgresStore::readStore(bool observations)
{
    DatasetReader reader(m_connection->database(), QStringLiteral("sco"), m_language);
    reader.setTeamStore(true);
    reader.setReadObservations(observations);
    std::optional<Data::Dataset> stored = reader.read();
    if (!stored)
        leaveOut(m_location->display() + QStringLiteral(": ") + reader.errorString().simplified());
    return stored;
}

std::optional<Data::Dataset> PostgresStore::load()
{
    const bool ownSnapshot = !m_snapshotOpen && m_hasStore && beginSnapshot();
    std::optional<Data::Dataset> dataset = loadBuiltIn();
    const std::optional<Data::Dataset> stored =
        dataset && m_hasStore ? readStore(!m_observationsOnDemand) : std::nullopt;
    if (ownSnapshot)
        endSnapshot();
    if (!dataset)
        return std::nullopt;
    if (stored) {
        builtInKeys().appendUnshadowed(*dataset, *stored);
        dataset->userStorePath = m_text;
    }
    CountryNames::localize(*dataset, m_language);
    return dataset;
}

std::optional<QList<Data::Series>> PostgresStore::seriesCatalogue()
{
    m_error.clear();
    if (!m_hasStore)
        return QList<Data::Series>();
    const std::optional<Data::Dataset> stored = readStore(false);
    if (!stored)
        return fail(m_problem), std::nullopt;
    return stored->series;
}

std::unique_ptr<ObservationQuery> PostgresStore::observationQuery()
{
    std::unique_ptr<ObservationQuery> stored;
    if (m_hasStore)
        stored = std::make_unique<PostgresObservationQuery>(m_connection->database());
    return std::make_unique<CompositeObservationQuery>(m_builtIn.builtInObservationQuery(),
                                                       std::move(stored), builtInKeys());
}

std::unique_ptr<FactQuery> PostgresStore::factQuery()
{
    std::unique_ptr<FactQuery> stored;
    if (m_hasStore)
        stored = std::make_unique<PostgresFactQuery>(m_connection->database(), builtInKeys());
    return std::make_unique<CompositeFactQuery>(m_builtIn.factQuery(builtInKeys()),
                                                std::move(stored));
}

// The built-in dataset never changes; the server's rows are read in one repeatable-read
// transaction.
bool PostgresStore::beginSnapshot()
{
    if (!m_hasStore || m_snapshotOpen)
        return true;
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return fail(q.lastError().text().simplified());
    m_snapshotOpen = true;
    return true;
}

void PostgresStore::endSnapshot()
{
    if (!m_snapshotOpen)
        return;
    m_snapshotOpen = false;
    QSqlQuery(m_connection->database()).exec(QStringLiteral("COMMIT"));
}

// The built-in dataset's reads stop when asked; the server's end at the statement timeout.
void PostgresStore::setInterruptCheck(std::function<bool()> shouldStop)
{
    m_builtIn.setInterruptCheck(std::move(shouldStop));
}

std::optional<QList<Data::Observation>> PostgresStore::observationsOf(qint64 seriesId)
{
    m_error.clear();
    if (!m_hasStore)
        return QList<Data::Observation>();
    PostgresObservationQuery query(m_connection->database());
    std::optional<QList<Data::Observation>> rows = query.ofSeries(seriesId);
    if (!rows)
        fail(query.errorString());
    return rows;
}

std::optional<QList<SourceSummary>> PostgresStore::sources()
{
    m_error.clear();
    std::optional<QList<SourceSummary>> list = m_builtIn.sources();
    if (!list)
        return fail(m_builtIn.errorString()), std::nullopt;
    if (!m_hasStore)
        return list;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.key, s.publisher, s.title, COALESCE(s.url, ''),"
            " COALESCE(s.licence, ''), s.imported_at,"
            " (SELECT COUNT(*) FROM sco.fact f WHERE f.source_id = s.id)"
            " + (SELECT COUNT(*) FROM sco.observation o JOIN sco.series r ON r.id = o.series_id"
            "    WHERE r.source_id = s.id)"
            " FROM sco.source s ORDER BY s.id")))
        return fail(q.lastError().text().simplified()), std::nullopt;
    while (q.next())
        list->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toDateTime(), q.value(7).toLongLong(), false});
    return list;
}

// STATEMENTS, each with BINDS, in one transaction that tells the other windows (NOTICE).
bool PostgresStore::removeInOneWrite(const QStringList &statements, const QVariantList &binds,
                                     const QString &notice)
{
    if (!m_connection->begin())
        return fail(m_connection->errorString());
    for (const QString &statement : statements) {
        if (!m_connection->exec(statement, binds)) {
            const QString why = m_connection->errorString();
            m_connection->rollback();
            return fail(why);
        }
    }
    if (m_connection->exec(QStringLiteral("SELECT pg_notify('sco_changes', ?)"), {notice}) &&
        m_connection->commit())
        return true;
    const QString why = m_connection->errorString();
    m_connection->rollback();
    return fail(why);
}

bool PostgresStore::removeSource(const QString &idOrKey)
{
    m_error.clear();
    const std::optional<QList<SourceSummary>> all = sources();
    if (!all)
        return false;
    QString why;
    const SourceSummary *s = SourceSummary::removable(*all, idOrKey, &why);
    if (!s)
        return fail(why);
    if (!isWritable())
        return fail(m_problem);
    return removeInOneWrite({QStringLiteral("DELETE FROM sco.observation WHERE series_id IN"
                                            " (SELECT id FROM sco.series WHERE source_id = ?)"),
                             QStringLiteral("DELETE FROM sco.series WHERE source_id = ?"),
                             QStringLiteral("DELETE FROM sco.fact_input WHERE fact_id IN"
                                            " (SELECT id FROM sco.fact WHERE source_id = ?)"),
                             QStringLiteral("DELETE FROM sco.fact WHERE source_id = ?"),
                             QStringLiteral("DELETE FROM sco.source WHERE id = ?")},
                            {s->id}, s->key);
}

bool PostgresStore::removeFact(const QString &key)
{
    m_error.clear();
    if (builtInKeys().factKeys().contains(key))
        return fail(QCoreApplication::translate("Repository",
                                                "'%1' is a figure of the built-in dataset and "
                                                "cannot be removed.")
                        .arg(key));
    if (!m_hasStore)
        return fail(
            QCoreApplication::translate("Repository", "Your store has no figure '%1'.").arg(key));
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sco.fact WHERE key = ?),"
                             " (SELECT f.key FROM sco.fact_input i"
                             " JOIN sco.fact f ON f.id = i.fact_id"
                             " JOIN sco.fact u ON u.id = i.input_fact_id"
                             " WHERE u.key = ? LIMIT 1)"));
    for (int i = 0; i < 2; ++i)
        q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text().simplified());
    if (!q.value(0).toBool())
        return fail(
            QCoreApplication::translate("Repository", "Your store has no figure '%1'.").arg(key));
    if (!q.value(1).isNull())
        return fail(QCoreApplication::translate("Repository",
                                                "'%1' is read by the formula of '%2'; remove "
                                                "that figure first.")
                        .arg(key, q.value(1).toString()));
    q.finish();
    if (!isWritable())
        return fail(m_problem);
    return removeInOneWrite({QStringLiteral("DELETE FROM sco.fact_input WHERE fact_id ="
                                            " (SELECT id FROM sco.fact WHERE key = ?)"),
                             QStringLiteral("DELETE FROM sco.fact WHERE key = ?")},
                            {key}, key);
}

std::unique_ptr<StoreWriter> PostgresStore::beginWrite()
{
    m_error.clear();
    if (!isWritable()) {
        fail(!m_problem.isEmpty() ? m_problem
                                  : tr("%1 holds no team store yet; create it with: "
                                       "sco-dashboard store init --database LOCATION")
                                        .arg(m_location ? m_location->display() : m_text));
        return nullptr;
    }
    endSnapshot();
    if (!m_connection->begin()) {
        fail(m_connection->errorString());
        return nullptr;
    }
    return std::make_unique<PostgresStoreWriter>(*m_connection);
}
