// SPDX-License-Identifier: MIT
#include "repository.h"

#include "datasetreader.h"
#include "exclusiverename.h"
#include "factstore.h"
#include "i18n/countrynames.h"
#include "readonlystorecopy.h"
#include "search/searchdocument.h"
#include "sqlite/sqliteobservationquery.h"
#include "sqlitestatement.h"
#include "storeinspector.h"
#include "storeschema.h"
#include "userstorewriter.h"
#include "verifiedstores.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
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

// Forward migrations of the user store: entry i takes user_version i + 1 to i + 2. An empty
// entry is the search index (searchScript()).
const char *const kMigrations[] = {
    "ALTER TABLE user.source ADD COLUMN imported_at TEXT;"
    "ALTER TABLE user.series ADD COLUMN indicator_code TEXT;"
    "ALTER TABLE user.observation ADD COLUMN entity_code TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE user.observation ADD COLUMN aggregate INTEGER NOT NULL DEFAULT 0"
    " CHECK (aggregate IN (0, 1));"
    "CREATE TABLE user.member_state (organisation TEXT NOT NULL, iso3 TEXT NOT NULL,"
    " name TEXT NOT NULL, source_id INTEGER NOT NULL REFERENCES source(id),"
    " PRIMARY KEY (organisation, iso3));",
    "",
};
static_assert(std::size(kMigrations) == Repository::kSchemaVersion - 1);

// Runs a script of several statements, which QSqlQuery cannot.
bool execScript(sqlite3 *db, const QByteArray &script, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

// The user store's rows appended to the built-in ones. A user row never changes the article:
// a source whose key is built in is left out, and so is everything that comes from it, and a
// fact whose key is built in.
void appendUserData(Data::Dataset &into, const Data::Dataset &user)
{
    QSet<QString> builtInSources, builtInFacts, builtInSeries;
    for (const Data::Source &s : into.sources)
        builtInSources.insert(s.key);
    for (const Data::Fact &f : into.facts)
        builtInFacts.insert(f.key);
    for (const Data::Series &s : into.series)
        builtInSeries.insert(s.key);
    for (const Data::Source &s : user.sources) {
        if (!builtInSources.contains(s.key))
            into.sources.append(s);
    }
    for (const Data::Fact &f : user.facts) {
        if (!builtInSources.contains(f.source.key) && !builtInFacts.contains(f.key))
            into.facts.append(f);
    }
    for (const Data::Series &s : user.series) {
        if (!builtInSources.contains(s.source.key) && !builtInSeries.contains(s.key))
            into.series.append(s);
    }
}

// Countries by their ISO 3166-1 code in the interface language; aggregates and unknown codes
// keep the source's name.
void localizeCountryNames(Data::Dataset &dataset, const QString &language)
{
    if (language == u"en")
        return;
    for (Data::Series &series : dataset.series) {
        for (Data::Observation &o : series.observations) {
            if (!o.aggregate && o.entityCode.size() == 3)
                o.entity = CountryNames::localized(o.entityCode, o.entity, language);
        }
    }
    for (Data::MemberState &member : dataset.memberStates)
        member.name = CountryNames::localized(member.iso3, member.name, language);
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

bool Repository::markBuiltIn(const QByteArray &searchSql)
{
    // The dataset gets the search index and sort indexes of a user store, so its rows are
    // found through the same queries (SqliteObservationQuery over "main"). The program
    // deserialises the dataset, which SQLite cannot do for a file in WAL mode.
    QString error;
    if (!exec(QStringLiteral("UPDATE user.source SET imported_at = NULL")) ||
        !execScript(SqliteStatement::handleOf(connection()),
                    StoreSchema::searchScript("user", searchSql), &error))
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

// A link that leads nowhere is never created through, and the default store never follows
// a link out of the data folder: writing there would change a file the user did not name.
QString Repository::linkProblem(const QFileInfo &info) const
{
    if (!info.isSymLink())
        return {};
    if (!info.exists())
        return QCoreApplication::translate("Repository",
                                           "it is a symbolic link that leads to no file (%1)")
            .arg(info.symLinkTarget());
    if (m_userPath != defaultUserStorePath())
        return {};
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath() + u'/';
    if (info.canonicalFilePath().startsWith(folder))
        return {};
    return QCoreApplication::translate("Repository",
                                       "it is a symbolic link to %1, outside the data folder")
        .arg(info.canonicalFilePath());
}

bool Repository::attachUserStore(UserStore mode)
{
    const QFileInfo info(m_userPath);
    if (const QString problem = linkProblem(info); !problem.isEmpty()) {
        leaveOutUserStore(problem);
        return true;
    }
    if (!info.exists()) {
        if (mode == UserStore::OpenIfPresent)
            return true;
        if (!createUserStore(m_userPath))
            return false;
        m_userCreated = true;
    } else if (!info.isFile()) {
        leaveOutUserStore(QCoreApplication::translate("Repository", "it is not a regular file"));
        return true;
    }
    if (m_storeOnly) { // the build's own dataset, not a user store: no inspection
        QSqlError error;
        const std::optional<int> version =
            attachAndReadVersion(m_userPath, Attach::ReadWrite, &error);
        return version ? checkUserStore(*version, mode) : fail(error.databaseText());
    }
    // Checked read-only before anything may write: a store that fails is never attached.
    QString readOnlyReason = writeProblem(info);
    StoreInspector::Verdict verdict;
    if (readOnlyReason.isEmpty()) {
        verdict = inspect(info.absoluteFilePath(), false);
        if (verdict.cannotOpen)
            readOnlyReason = whyNotWritable(info.absolutePath(), verdict.sqliteText);
    }
    if (!readOnlyReason.isEmpty())
        return attachReadOnly(info, readOnlyReason, mode);
    if (!verdict.ok()) {
        leaveOutUserStore(verdict.problem);
        return true;
    }
    QSqlError error;
    const std::optional<int> version =
        attachAndReadVersion(info.absoluteFilePath(), Attach::ReadWrite, &error);
    if (!version && isCannotOpenOrIo(error))
        return attachReadOnly(info, whyNotWritable(info.absolutePath(), error.databaseText()),
                              mode);
    if (!version) {
        leaveOutUserStore(error.databaseText());
        return true;
    }
    m_readPath = info.absoluteFilePath();
    const bool ok = checkUserStore(*version, mode);
    rememberOwnWrite(); // opening may have switched the journal, made the WAL or migrated
    return ok;
}

// Checks the store at PATH in full, or only its schema when it is remembered unchanged since
// it was last checked in full.
StoreInspector::Verdict Repository::inspect(const QString &path, bool immutable)
{
    VerifiedStores verified;
    const std::optional<StoreFingerprint> before = StoreFingerprint::of(path);
    const bool remembered =
        !m_alwaysCheckInFull && before && verified.isVerified(path, *before, kSchemaVersion);
    m_check = remembered ? Check::Remembered : Check::InFull;
    const StoreInspector::Verdict verdict = StoreInspector::inspect(
        path, immutable, kSchemaVersion,
        remembered ? StoreInspector::Depth::SchemaOnly : StoreInspector::Depth::Full);
    if (!verdict.ok())
        verified.forget(path);
    else if (!remembered && before)
        verified.remember(path, *before, kSchemaVersion); // as it was when the check began
    return verdict;
}

// Before a write, under the write lock: a store that anything but this program wrote since it
// was verified is checked in full, through this connection's snapshot, and a damaged one, or
// one given views or triggers of another program's, is not written.
bool Repository::verifyBeforeWrite()
{
    if (!writesUserStore())
        return true;
    VerifiedStores verified;
    const std::optional<StoreFingerprint> now = StoreFingerprint::of(m_readPath);
    if (now && verified.isVerified(m_readPath, *now, kSchemaVersion))
        return true;
    m_check = Check::InFull;
    sqlite3 *handle = SqliteStatement::handleOf(connection());
    QString problem = StoreSchema::problem(handle, "user", kSchemaVersion, kSchemaVersion);
    if (problem.isEmpty())
        problem = StoreInspector::integrityProblem(handle, "user");
    if (problem.isEmpty()) {
        if (now)
            verified.remember(m_readPath, *now, kSchemaVersion);
        return true;
    }
    verified.forget(m_readPath);
    return fail(QCoreApplication::translate("Repository",
                                            "Your own data in %1 was changed by another program "
                                            "and is not written: %2. The file was left as it is.")
                    .arg(m_userPath, problem));
}

// After this program's own write to a verified store: the store stays verified as it is now.
void Repository::rememberOwnWrite()
{
    if (writesUserStore() && m_check != Check::None)
        VerifiedStores().rememberNow(m_readPath, kSchemaVersion);
}

bool Repository::writesUserStore() const
{
    return m_userAttached && !m_userReadOnly && !m_storeOnly && !m_readPath.isEmpty();
}

// A store that cannot be written is shown exactly, its WAL's committed rows included, and
// nothing is left beside it: WAL needs a -shm file, which a read-only folder, a read-only file
// or a full disk cannot give, so a store with a WAL is read from a private copy and one without
// is read as immutable.
bool Repository::attachReadOnly(const QFileInfo &info, const QString &reason, UserStore mode)
{
    QString readPath = info.absoluteFilePath();
    const bool copy = ReadOnlyStoreCopy::needsCopy(readPath);
    QString error;
    if (copy && (readPath = ReadOnlyStoreCopy::of(readPath, &error)).isEmpty()) {
        leaveOutUserStore(error);
        return true;
    }
    StoreInspector::Verdict verdict;
    if (copy) { // a fresh copy each time: nothing to remember
        m_check = Check::InFull;
        verdict = StoreInspector::inspect(readPath, false, kSchemaVersion);
    } else {
        verdict = inspect(readPath, true);
    }
    if (!verdict.ok()) {
        leaveOutUserStore(verdict.problem);
        return true;
    }
    QSqlError sqlError;
    const std::optional<int> version =
        attachAndReadVersion(readPath, copy ? Attach::ReadOnly : Attach::Immutable, &sqlError);
    if (!version) {
        leaveOutUserStore(sqlError.databaseText());
        return true;
    }
    m_readPath = readPath;
    m_userReadOnly = true;
    m_userProblem = QCoreApplication::translate("Repository",
                                                "Your own data in %1 is shown read-only because "
                                                "%2: imports and removals are off until it can be "
                                                "written.")
                        .arg(m_userPath, reason);
    return checkUserStore(*version, mode);
}

// Why the store at INFO cannot be written, before SQLite is asked; empty when it can.
QString Repository::writeProblem(const QFileInfo &info)
{
    const QStorageInfo volume(info.absolutePath());
    if (volume.isReadOnly() || !QFileInfo(info.absolutePath()).isWritable())
        return QCoreApplication::translate("Repository", "its folder is read-only");
    if (!info.isWritable())
        return QCoreApplication::translate("Repository", "the file is read-only");
    return {};
}

// On failure the store is detached again and ERROR says why.
std::optional<int> Repository::attachAndReadVersion(const QString &path, Attach how,
                                                    QSqlError *error)
{
    QUrl uri = QUrl::fromLocalFile(path);
    if (how == Attach::Immutable)
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    else if (how == Attach::ReadOnly)
        uri.setQuery(QStringLiteral("mode=ro"));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS user"));
    query.addBindValue(uri.toString(QUrl::FullyEncoded));
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.exec(QStringLiteral("PRAGMA user.user_version")) || !query.next()) {
        *error = query.lastError();
        query.finish();
        exec(QStringLiteral("DETACH DATABASE user"));
        return std::nullopt;
    }
    const int version = query.value(0).toInt();
    query.finish();
    m_userAttached = true;
    return version;
}

// SQLite says "unable to open database file" or "disk I/O error"; the folder says why.
QString Repository::whyNotWritable(const QString &folder, const QString &sqliteText)
{
    const QStorageInfo volume(folder);
    if (volume.isReadOnly() || !QFileInfo(folder).isWritable())
        return QCoreApplication::translate("Repository", "its folder is read-only");
    if (volume.bytesAvailable() == 0)
        return QCoreApplication::translate("Repository", "the disk is full");
    return QCoreApplication::translate("Repository", "SQLite reports \"%1\"").arg(sqliteText);
}

bool Repository::isCannotOpenOrIo(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary result code
    return code == SQLITE_CANTOPEN || code == SQLITE_IOERR;
}

// The store was inspected before it was attached (StoreInspector); its schema is compared
// again on this connection, in case the file was replaced meanwhile. Then the journal mode
// and migrations, only for a connection that writes.
bool Repository::checkUserStore(int version, UserStore mode)
{
    const QString schemaProblem =
        m_storeOnly ? QString()
        : version > kSchemaVersion || version < 1
            ? QCoreApplication::translate("Repository", "it changed while it was being opened")
            : StoreSchema::problem(SqliteStatement::handleOf(connection()), "user", version,
                                   kSchemaVersion);
    if (!schemaProblem.isEmpty()) {
        leaveOutUserStore(schemaProblem);
        return true;
    }
    if (m_userReadOnly) {
        if (version < kSchemaVersion)
            leaveOutUserStore(QCoreApplication::translate("Repository",
                                                          "it needs migrating to schema version "
                                                          "%1, and its folder cannot be written")
                                  .arg(kSchemaVersion));
        return true;
    }
    if (mode == UserStore::CreateIfAbsent || version < kSchemaVersion)
        exec(QStringLiteral("PRAGMA user.journal_mode = WAL"));
    if (m_storeOnly)
        return true; // the build's dataset keeps the dataset's schema, with no search index
    if (version < kSchemaVersion && !migrateUserStore(version))
        leaveOutUserStore(m_error);
    return true;
}

// Builds the new store beside its final path and renames it into place, so an interrupted
// creation never leaves a half-made store where the program looks for one.
bool Repository::createUserStore(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(
            QCoreApplication::translate("Repository", "Cannot create the folder %1.").arg(folder));
    const QByteArray schema = StoreSchema::creationScript();
    if (schema.isEmpty())
        return fail(QStringLiteral("The schema is missing from this build."));
    // One partial file per process: concurrent first starts each build their own, and the
    // first rename wins (QFile::rename never replaces an existing file).
    const QString partial =
        path + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    sqlite3 *db = nullptr;
    QString error;
    bool ok = sqlite3_open_v2(QFile::encodeName(partial).constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    ok = ok && SearchDocument::registerSqlFunction(db) &&
         execScript(db,
                    "PRAGMA journal_mode = WAL; BEGIN;" + schema +
                        "PRAGMA user_version = " + QByteArray::number(kSchemaVersion) +
                        "; UPDATE meta SET value = 'user' WHERE key = 'origin'; COMMIT;",
                    &error);
    if (!ok && error.isEmpty())
        error = QString::fromUtf8(sqlite3_errmsg(db));
    ok = sqlite3_close(db) == SQLITE_OK && ok;
    ExclusiveRename rename;
    if (ok && rename.rename(partial, path) == ExclusiveRename::Outcome::Failed)
        error = QCoreApplication::translate("Repository", "cannot rename %1 (%2)")
                    .arg(partial, rename.errorString());
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("Repository", "Cannot create the user store %1: %2")
                        .arg(path, error));
    }
    QFile::remove(partial); // another process created the store first: use theirs
    qCDebug(lcRepository) << "created user store" << path;
    return true;
}

bool Repository::migrateUserStore(int fromVersion)
{
    sqlite3 *handle = SqliteStatement::handleOf(connection());
    QString error;
    // The version is read again under the write lock: another process starting at the same
    // time may have migrated the store while this one waited.
    int current = fromVersion;
    bool ok = execScript(handle, "BEGIN; UPDATE user.meta SET value = value WHERE key = 'origin';",
                         &error);
    QSqlQuery query(connection());
    if (ok && query.exec(QStringLiteral("PRAGMA user.user_version")) && query.next())
        current = query.value(0).toInt();
    query.finish();
    QByteArray script;
    for (int v = current; v < kSchemaVersion; ++v)
        script += *kMigrations[v - 1] ? QByteArray(kMigrations[v - 1])
                                      : StoreSchema::searchScript("user");
    script += "PRAGMA user.user_version = " + QByteArray::number(kSchemaVersion) + "; COMMIT;";
    if (ok && execScript(handle, script, &error))
        return true;
    execScript(handle, "ROLLBACK;", &error);
    return fail(QCoreApplication::translate("Repository",
                                            "it needs migrating from schema version %1 to %2, "
                                            "which failed (%3)")
                    .arg(fromVersion)
                    .arg(kSchemaVersion)
                    .arg(error));
}

void Repository::leaveOutUserStore(const QString &problem)
{
    m_userProblem =
        QCoreApplication::translate("Repository", "Your own data in %1 is not shown: %2. The file "
                                                  "was left as it is.")
            .arg(m_userPath, problem);
    qCDebug(lcRepository).noquote() << m_userProblem;
    if (m_userAttached)
        exec(QStringLiteral("DETACH DATABASE user"));
    m_userAttached = false;
    m_userReadOnly = false;
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
        appendUserData(*dataset, *user);
        dataset->userStorePath = m_readPath; // a private copy when the store is read-only
    }
    localizeCountryNames(*dataset, m_language);
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

bool Repository::beginTransaction()
{
    // Takes the user store's write lock first, waiting out another process's import: a
    // transaction that reads first gets SQLITE_BUSY at once when another process commits
    // meanwhile. BEGIN IMMEDIATE cannot be used, because it would also lock the read-only
    // built-in dataset.
    if (!exec(QStringLiteral("BEGIN")) ||
        !(exec(QStringLiteral("UPDATE user.meta SET value = value WHERE key = 'origin'")) ||
          (rollback(), false)))
        return false;
    if (!verifyBeforeWrite()) {
        const QString why = m_error;
        rollback();
        return fail(why);
    }
    QSqlQuery last(connection());
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM user.observation")) ||
        !last.next()) {
        fail(last.lastError().text());
        rollback();
        return false;
    }
    m_lastIndexedId = last.value(0).toLongLong();
    last.finish(); // no statement may read while the indexes are dropped
    m_searchDeferred = 1;
    // A large import touches every page of four indexes: with SQLite's 2 MB default, pages
    // spill to the WAL and are written again and again before the commit.
    exec(QStringLiteral("PRAGMA user.cache_size = -131072"));
    if (!deferSortIndexes()) {
        const QString why = m_error;
        rollback();
        return fail(why);
    }
    return true;
}

// Into a store of few rows, the sort indexes are dropped for the writes and built again by
// commit(), in the same transaction, each in one sorted pass: cheaper than keeping them in
// step row by row. A store of many rows keeps them, so a small import never rebuilds a large
// index. A rollback brings them back with the rows.
bool Repository::deferSortIndexes()
{
    m_deferredIndexes.clear();
    if (m_storeOnly)
        return true;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM user.observation LIMIT %1)")
                    .arg(kBulkIndexRows)) ||
        !q.next())
        return fail(q.lastError().databaseText());
    if (q.value(0).toLongLong() >= kBulkIndexRows)
        return true;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM user.sqlite_master WHERE type = 'index'"
                               " AND tbl_name = 'observation' AND name IN ('observation_by_value',"
                               " 'observation_by_entity', 'observation_by_period')")))
        return fail(q.lastError().databaseText());
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        // As SQLite keeps it, so the rebuilt index reads word for word as schema.sql says.
        m_deferredIndexes << q.value(1).toString().replace(
            QRegularExpression(QStringLiteral("^CREATE INDEX ")),
            QStringLiteral("CREATE INDEX user."));
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP INDEX user.%1").arg(name)))
            return false;
    }
    return true;
}

bool Repository::restoreSortIndexes()
{
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!exec(sql))
            return false;
    }
    m_deferredIndexes.clear();
    return true;
}

bool Repository::commit()
{
    m_searchDeferred = 0;
    if (m_storeOnly) // the build's dataset has no search index
        return exec(QStringLiteral("COMMIT"));
    QSqlQuery index(connection());
    index.prepare(QString::fromUtf8(SearchDocument::indexAddedSql(QStringLiteral("user"))));
    index.addBindValue(m_lastIndexedId);
    index.addBindValue(m_lastIndexedId);
    if (!index.exec()) {
        fail(index.lastError().text());
        rollback();
        return false;
    }
    if (!restoreSortIndexes()) {
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("COMMIT")))
        return false;
    rememberOwnWrite();
    return true;
}

void Repository::rollback()
{
    m_searchDeferred = 0;
    m_deferredIndexes.clear(); // the rollback brings them back
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

bool Repository::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcRepository).noquote() << message;
    return false;
}

std::optional<QList<SourceSummary>> Repository::sources()
{
    QList<SourceSummary> list;
    for (const QString &schema : {QStringLiteral("main"), QStringLiteral("user")}) {
        if (schema == u"user" && !m_userAttached)
            continue;
        QSqlQuery q(connection());
        const QString sql = QStringLiteral(
            "SELECT s.id, s.key, s.publisher, s.title, s.url, s.licence, s.imported_at,"
            " (SELECT COUNT(*) FROM @.fact f WHERE f.source_id = s.id)"
            " + (SELECT COUNT(*) FROM @.observation o JOIN @.series r ON r.id = o.series_id"
            "    WHERE r.source_id = s.id)"
            " FROM @.source s ORDER BY s.id");
        if (!q.exec(QString(sql).replace(QStringLiteral("@."), schema + u'.'))) {
            fail(q.lastError().databaseText());
            return std::nullopt;
        }
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         QDateTime::fromString(q.value(6).toString(), Qt::ISODate),
                         q.value(7).toLongLong(), schema == u"main"});
        }
    }
    return list;
}

bool Repository::removeSource(const QString &idOrKey)
{
    const std::optional<QList<SourceSummary>> all = sources();
    if (!all)
        return false;
    bool isNumber = false;
    const qint64 number = idOrKey.toLongLong(&isNumber);
    for (const SourceSummary &s : *all) {
        if (s.key != idOrKey && !(isNumber && s.id == number && !s.builtIn))
            continue;
        if (s.builtIn)
            return fail(QCoreApplication::translate("Repository",
                                                    "'%1' is part of the built-in dataset and "
                                                    "cannot be removed.")
                            .arg(s.key));
        if (!beginTransaction())
            return false;
        const QString id = QString::number(s.id);
        const QStringList statements{
            QStringLiteral("DELETE FROM user.observation WHERE series_id IN"
                           " (SELECT id FROM user.series WHERE source_id = %1)"),
            QStringLiteral("DELETE FROM user.series WHERE source_id = %1"),
            QStringLiteral("DELETE FROM user.fact_input WHERE fact_id IN"
                           " (SELECT id FROM user.fact WHERE source_id = %1)"),
            QStringLiteral("DELETE FROM user.fact WHERE source_id = %1"),
            QStringLiteral("DELETE FROM user.member_state WHERE source_id = %1"),
            QStringLiteral("DELETE FROM user.source WHERE id = %1")};
        for (const QString &statement : statements) {
            if (!exec(statement.arg(id))) {
                rollback();
                return false;
            }
        }
        return commit();
    }
    return fail(
        QCoreApplication::translate("Repository", "No source '%1'. The sources command lists them.")
            .arg(idOrKey));
}
