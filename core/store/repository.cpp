// SPDX-License-Identifier: MIT
#include "repository.h"

#include "datasetreader.h"
#include "factstore.h"
#include "i18n/countrynames.h"
#include "search/factsearchdocument.h"
#include "search/searchdocument.h"
#include "shadowingrule.h"
#include "sqlite/sqlitefactquery.h"
#include "sqlite/sqliteobservationquery.h"
#include "sqlitestatement.h"
#include "storeinspector.h"
#include "storeschema.h"
#include "verifiedstores.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcRepository, "sco.repository")

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sco-repository-%1").arg(++counter);
}

} // namespace

Repository::Repository()
    : m_connectionName(nextConnectionName())
{
}

// The last connection to a WAL store checkpoints it on close, which changes the file: a store
// that was verified until then stays verified as the close left it.
Repository::~Repository()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    std::optional<OwnWrites::Scope> closing; // the last connection's checkpoint is a write
    if (m_userAttached && !m_storeOnly)
        closing.emplace(m_userPath);
    const bool verified =
        writesUserStore() && VerifiedStores().isVerifiedNow(m_readPath, kSchemaVersion);
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (verified)
        VerifiedStores().rememberNow(m_readPath, kSchemaVersion);
}

QString Repository::defaultUserStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/user-data.sqlite");
}

QString Repository::legacyWorkingCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sco-dashboard.sqlite");
}

QSqlDatabase Repository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Repository::open(const QString &userStorePath, UserStore mode)
{
    if (!acceptsPath(userStorePath))
        return false;
    m_userPath = userStorePath.isEmpty() ? defaultUserStorePath() : userStorePath;
    if (!openBuiltIn())
        return false;
    return attachUserStore(mode);
}

bool Repository::openReader(const QString &userStorePath)
{
    m_userPath = userStorePath;
    if (!openBuiltIn())
        return false;
    // A reader's first read makes the WAL when the last close removed it: this window's own.
    const OwnWrites::Scope opening(m_userPath);
    const QFileInfo info(m_userPath);
    if (!info.isFile() || !linkProblem(info).isEmpty())
        return true;
    m_readPath = info.absoluteFilePath();
    QSqlError error;
    if (writeProblem(info).isEmpty() && attachAndReadVersion(m_readPath, Attach::ReadWrite, &error))
        return true;
    m_userReadOnly = true;
    return attachAndReadVersion(m_readPath, Attach::Immutable, &error) ||
           fail(error.databaseText());
}

void Repository::setInterruptCheck(std::function<bool()> shouldStop)
{
    m_shouldStop = std::move(shouldStop);
    sqlite3_progress_handler(
        SqliteStatement::handleOf(connection()), m_shouldStop ? 4000 : 0,
        [](void *self) { return static_cast<Repository *>(self)->m_shouldStop() ? 1 : 0; }, this);
}

bool Repository::openBuiltInOnly(const QString &userStorePath)
{
    if (!acceptsPath(userStorePath))
        return false;
    m_userPath = userStorePath.isEmpty() ? defaultUserStorePath() : userStorePath;
    return openBuiltIn();
}

bool Repository::openStoreOnly(const QString &path)
{
    m_userPath = path;
    m_storeOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    if (!db.open())
        return fail(db.lastError().text());
    // markBuiltIn() indexes the rows for search the way a user store's triggers do.
    SearchDocument::registerSqlFunction(SqliteStatement::handleOf(db), &m_searchDeferred);
    attachUserStore(UserStore::OpenIfPresent);
    return m_userAttached || fail(m_userProblem);
}

bool Repository::markBuiltIn(const QByteArray &searchSql, const QByteArray &factSearchSql)
{
    // The dataset gets the search index and sort indexes of a user store, so its rows are
    // found through the same queries (SqliteObservationQuery over "main"). The program
    // deserialises the dataset, which SQLite cannot do for a file in WAL mode.
    QString error;
    sqlite3 *handle = SqliteStatement::handleOf(connection());
    if (!exec(QStringLiteral("UPDATE user.source SET imported_at = NULL")) ||
        !SqliteStatement::execScript(handle,
                                     StoreSchema::searchScript("user", searchSql) +
                                         StoreSchema::searchScript("user", factSearchSql),
                                     &error) ||
        !FactSearchDocument::writeMissing(handle, "user", &error))
        return fail(error.isEmpty() ? m_error : error);
    // The program reads the dataset and never writes it: the index is complete, and without
    // the triggers that keep a user store's in step any SQLite tool can edit a copy.
    QSqlQuery triggers(connection());
    QStringList names;
    if (!triggers.exec(
            QStringLiteral("SELECT name FROM user.sqlite_schema WHERE type = 'trigger'")))
        return fail(triggers.lastError().text());
    while (triggers.next())
        names << triggers.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP TRIGGER user.\"%1\"").arg(name)))
            return false;
    }
    return exec(QStringLiteral("PRAGMA user.journal_mode = DELETE"));
}

bool Repository::openBuiltIn()
{
    QFile embedded(FactStore::embeddedDatabasePath());
    if (!embedded.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Repository",
                                                "The built-in dataset is missing from this build "
                                                "(%1).")
                        .arg(FactStore::embeddedDatabasePath()));
    m_builtInBytes = embedded.readAll();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    // Readers never wait in WAL mode; a writer waits for another process's import to finish.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=120000"));
    sqlite3 *handle = db.open() ? SqliteStatement::handleOf(db) : nullptr;
    SearchDocument::registerSqlFunction(handle, &m_searchDeferred); // the store's triggers
    if (handle)
        StoreInspector::harden(handle);
    const auto size = sqlite3_int64(m_builtInBytes.size());
    if (!handle || sqlite3_deserialize(handle, "main",
                                       reinterpret_cast<unsigned char *>(m_builtInBytes.data()),
                                       size, size, SQLITE_DESERIALIZE_READONLY) != SQLITE_OK)
        return fail(
            QCoreApplication::translate("Repository", "Cannot open the built-in dataset: %1")
                .arg(handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : db.lastError().text()));
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

// A URI would be taken as a relative path and made into folders: refused before anything is
// created.
bool Repository::acceptsPath(const QString &userStorePath)
{
    if (!userStorePath.startsWith(u"file:"))
        return true;
    return fail(QCoreApplication::translate("Repository",
                                            "'%1' is a URI; give the store as a file path, for "
                                            "example %2.")
                    .arg(userStorePath, QUrl(userStorePath).toLocalFile()));
}

bool Repository::beginSnapshot()
{
    if (!sqlite3_get_autocommit(SqliteStatement::handleOf(connection())))
        return true; // already inside a transaction, which is one snapshot
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    // A deferred transaction takes each file's snapshot at its first read.
    QSqlQuery read(connection());
    const bool ok =
        read.exec(QStringLiteral("SELECT COUNT(*) FROM main.meta")) &&
        (!m_userAttached || read.exec(QStringLiteral("SELECT COUNT(*) FROM user.meta")));
    read.finish();
    if (!ok) {
        fail(read.lastError().databaseText());
        rollback();
        return false;
    }
    m_snapshotOpen = true;
    return true;
}

void Repository::endSnapshot()
{
    if (!m_snapshotOpen)
        return;
    m_snapshotOpen = false;
    QSqlQuery(connection()).exec(QStringLiteral("COMMIT"));
}

std::optional<Data::Dataset> Repository::load()
{
    const bool ownSnapshot = !m_snapshotOpen && beginSnapshot();
    std::optional<Data::Dataset> dataset = loadBuiltIn();
    const std::optional<Data::Dataset> user = dataset ? loadUserStore() : std::nullopt;
    if (ownSnapshot)
        endSnapshot();
    if (!dataset)
        return std::nullopt;
    if (user) {
        const ShadowingRule rule(*dataset);
        rule.appendUnshadowed(*dataset, *user);
        dataset->userStorePath = m_readPath; // a private copy when the store is read-only
    }
    CountryNames::localize(*dataset, m_language);
    return dataset;
}

std::optional<Data::Dataset> Repository::loadBuiltIn()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        fail(QCoreApplication::translate("Repository", "No database is open."));
        return std::nullopt;
    }
    DatasetReader builtIn(connection(), QStringLiteral("main"), m_language);
    std::optional<Data::Dataset> dataset = builtIn.read();
    if (!dataset) {
        fail(QCoreApplication::translate("Repository", "Cannot read the built-in dataset: %1")
                 .arg(builtIn.errorString()));
        return std::nullopt;
    }
    for (Data::Source &s : dataset->sources)
        s.builtIn = true;
    for (Data::Fact &f : dataset->facts)
        f.source.builtIn = true;
    for (Data::Series &s : dataset->series)
        s.source.builtIn = true;
    return dataset;
}

std::unique_ptr<ObservationQuery> Repository::observationQuery() const
{
    return std::make_unique<SqliteObservationQuery>(connection());
}

std::unique_ptr<ObservationQuery> Repository::builtInObservationQuery() const
{
    return std::make_unique<SqliteObservationQuery>(connection(), QStringLiteral("main"));
}

std::unique_ptr<FactQuery> Repository::factQuery(const ShadowingRule &rule) const
{
    return std::make_unique<SqliteFactQuery>(connection(), m_userAttached, rule, m_language);
}

std::optional<Data::Dataset> Repository::openAndLoad(const QString &userStorePath, UserStore mode)
{
    return open(userStorePath, mode) ? load() : std::nullopt;
}

std::optional<QList<Data::Series>> Repository::userSeriesCatalogue()
{
    if (!m_userAttached)
        return QList<Data::Series>();
    DatasetReader reader(connection(), QStringLiteral("user"), m_language);
    reader.setReadObservations(false);
    std::optional<Data::Dataset> user = reader.read();
    if (!user) {
        fail(reader.errorString());
        return std::nullopt;
    }
    return user->series;
}

std::optional<Data::Dataset> Repository::loadUserStore()
{
    if (!m_userAttached)
        return std::nullopt;
    DatasetReader reader(connection(), QStringLiteral("user"), m_language);
    reader.setReadObservations(!m_observationsOnDemand);
    std::optional<Data::Dataset> user = reader.read();
    if (!user)
        leaveOutUserStore(reader.errorString());
    return user;
}

bool Repository::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    return fail(query.lastError().databaseText());
}

bool Repository::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcRepository).noquote() << message;
    return false;
}
