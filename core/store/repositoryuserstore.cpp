// SPDX-License-Identifier: MIT
// Repository's user store: attaching it, checking it, creating and migrating it, and leaving
// it out, untouched, when it cannot be read or written. repository.cpp has the rest.
#include "repository.h"

#include "exclusiverename.h"
#include "readonlystorecopy.h"
#include "search/factsearchdocument.h"
#include "search/searchdocument.h"
#include "sqlitestatement.h"
#include "storeinspector.h"
#include "storeschema.h"
#include "verifiedstores.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcUserStore, "sco.repository")

namespace {

// Forward migrations of the user store: entry i takes user_version i + 1 to i + 2. An entry
// naming a file of resources/data runs that file for the attached store (StoreSchema); the
// fact index's also has the program write every fact's document.
const char *const kMigrations[] = {
    "ALTER TABLE user.source ADD COLUMN imported_at TEXT;"
    "ALTER TABLE user.series ADD COLUMN indicator_code TEXT;"
    "ALTER TABLE user.observation ADD COLUMN entity_code TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE user.observation ADD COLUMN aggregate INTEGER NOT NULL DEFAULT 0"
    " CHECK (aggregate IN (0, 1));"
    "CREATE TABLE user.member_state (organisation TEXT NOT NULL, iso3 TEXT NOT NULL,"
    " name TEXT NOT NULL, source_id INTEGER NOT NULL REFERENCES source(id),"
    " PRIMARY KEY (organisation, iso3));",
    "search.sql",
    "ALTER TABLE user.fact ADD COLUMN search_document TEXT; factsearch.sql",
};
static_assert(std::size(kMigrations) == Repository::kSchemaVersion - 1);
constexpr int kFactSearchVersion = 4;

} // namespace

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
    // Opening may create the store, migrate it or switch its journal: this window's own write.
    const OwnWrites::Scope opening(m_userPath);
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
         SqliteStatement::execScript(
             db,
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
    qCDebug(lcUserStore) << "created user store" << path;
    return true;
}

bool Repository::migrateUserStore(int fromVersion)
{
    sqlite3 *handle = SqliteStatement::handleOf(connection());
    QString error;
    // The version is read again under the write lock: another process starting at the same
    // time may have migrated the store while this one waited.
    int current = fromVersion;
    bool ok = SqliteStatement::execScript(
        handle, "BEGIN; UPDATE user.meta SET value = value WHERE key = 'origin';", &error);
    QSqlQuery query(connection());
    if (ok && query.exec(QStringLiteral("PRAGMA user.user_version")) && query.next())
        current = query.value(0).toInt();
    query.finish();
    QByteArray script;
    for (int v = current; v < kSchemaVersion; ++v) {
        const QByteArray step = kMigrations[v - 1];
        script += step == "search.sql" ? StoreSchema::searchScript("user")
                  : step.endsWith(" factsearch.sql")
                      ? step.chopped(15) + StoreSchema::factSearchScript("user")
                      : step;
    }
    ok = ok && SqliteStatement::execScript(handle, script, &error);
    if (ok && current < kFactSearchVersion)
        ok = FactSearchDocument::writeMissing(handle, "user", &error);
    if (ok && SqliteStatement::execScript(
                  handle,
                  "PRAGMA user.user_version = " + QByteArray::number(kSchemaVersion) + "; COMMIT;",
                  &error))
        return true;
    SqliteStatement::execScript(handle, "ROLLBACK;", &error);
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
    qCDebug(lcUserStore).noquote() << m_userProblem;
    if (m_userAttached)
        exec(QStringLiteral("DETACH DATABASE user"));
    m_userAttached = false;
    m_userReadOnly = false;
}
