// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "factquery.h"
#include "observationquery.h"
#include "ownwrites.h"
#include "sourcesummary.h"
#include "storeinspector.h"

class ShadowingRule;

#include <QByteArray>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// The one class that speaks SQL to the dashboard's two files, over one connection:
// - "main" is the article's dataset, deserialised read-only from the bytes built into the
//   binary, so a program update always shows the current figures and nothing is copied;
// - "user" is the analyst's own store, a read-write SQLite file in WAL mode with a busy
//   timeout, its own user_version and forward migrations. It is ATTACHed when it exists.
//
// A user store that cannot be read (not SQLite, too new, damaged) is left out: the article
// still loads, userStoreProblem() names the file and the problem, and the file is never
// written, replaced or deleted. Errors are values: failing calls return false or std::nullopt
// and set errorString().
//
// One class in three files, by concern: repository.cpp opens and reads, repositoryuserstore.cpp
// attaches, checks, creates and migrates the user store, repositorywrites.cpp writes.
class Repository
{
public:
    static constexpr int kSchemaVersion =
        4; // the user store's; 3 added search.sql, 4 factsearch.sql
    enum class UserStore {
        OpenIfPresent,  // commands that only read
        CreateIfAbsent, // the window and import
    };

    Repository();
    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // The user store in QStandardPaths::AppDataLocation.
    static QString defaultUserStorePath();
    // The working copy that builds before the user store kept; read once to carry rows over.
    static QString legacyWorkingCopyPath();

    // Opens the built-in dataset (a failure here is an error) and attaches the user store at
    // PATH, or at defaultUserStorePath() when PATH is empty.
    bool open(const QString &userStorePath, UserStore mode);
    // The built-in dataset alone, remembering PATH (or the default) as userStorePath(): for a
    // window that paints the article first and opens a large user store after.
    bool openBuiltInOnly(const QString &userStorePath);

    // For the build: opens PATH, a compiled dataset, as the store to write, with no built-in
    // dataset beside it. markBuiltIn() then clears the import times, so what was imported reads
    // as part of the dataset, and indexes every row with SEARCHSQL (resources/data/search.sql).
    bool openStoreOnly(const QString &path);
    bool markBuiltIn(const QByteArray &searchSql, const QByteArray &factSearchSql);

    // A second connection, for another thread: the built-in dataset and the user store at
    // PATH, which a primary connection has already checked and migrated. Reads only; a store
    // whose folder cannot take WAL's files is read as immutable.
    bool openReader(const QString &userStorePath);
    // SHOULDSTOP is asked now and then while a statement runs; true interrupts it, and the
    // statement fails. For a search whose answer nobody waits for any more.
    void setInterruptCheck(std::function<bool()> shouldStop);

    // With ON, load() reads the user store's series as a catalogue (Data::Series::onDemand)
    // and leaves their observations in the store: the window of a large store.
    void setUserObservationsOnDemand(bool on) { m_observationsOnDemand = on; }
    // The language load() gives the dataset's labels and country names in; "en" by default.
    void setLanguage(const QString &language) { m_language = language; }

    std::optional<Data::Dataset> load();
    // open() and load() in one step.
    std::optional<Data::Dataset> openAndLoad(const QString &userStorePath, UserStore mode);
    // The built-in dataset alone: what an import needs, without reading a large user store.
    std::optional<Data::Dataset> loadBuiltIn();
    // The user store alone, as values; std::nullopt when it is not attached.
    std::optional<Data::Dataset> loadUserStore();
    // The user store's series, with their sources and ids but without observations: those
    // are read a page at a time through observationQuery().
    std::optional<QList<Data::Series>> userSeriesCatalogue();
    // The user store's observations, and the built-in dataset's, each through its own index.
    std::unique_ptr<ObservationQuery> observationQuery() const;
    std::unique_ptr<ObservationQuery> builtInObservationQuery() const;
    // The built-in facts and the user store's together, RULE leaving out the shadowed.
    std::unique_ptr<FactQuery> factQuery(const ShadowingRule &rule) const;
    std::optional<QList<SourceSummary>> sources();
    // Removes an imported source (by key or numeric id) and every row it brought.
    bool removeSource(const QString &idOrKey);
    // Removes the user store's fact KEY; never a built-in one, nor one a formula reads.
    bool removeFact(const QString &key);

    // One read transaction across the statements that follow, until endSnapshot(): they read
    // one state of both files, whatever other processes commit meanwhile. Inside a write
    // transaction it does nothing, which is already one state.
    bool beginSnapshot();
    void endSnapshot();

    enum class Check {
        None,      // not opened, or opened by openReader() after a primary connection
        InFull,    // every page was read (PRAGMA quick_check)
        Remembered // unchanged since this program checked it (VerifiedStores): schema only
    };
    // How open() checked the user store. A store is checked in full on its first open, after
    // anything but this program wrote to it, and before this program writes to a store that
    // changed behind its back.
    Check userStoreCheck() const { return m_check; }
    // With ON, open() checks the user store in full even when it is remembered unchanged.
    void setAlwaysCheckInFull(bool on) { m_alwaysCheckInFull = on; }

    bool hasUserStore() const { return m_userAttached; }
    // Attached as immutable because its folder or disk cannot take WAL's files:
    // userStoreProblem() says so, and imports and removals refuse.
    bool isUserStoreReadOnly() const { return m_userReadOnly; }
    QString userStorePath() const { return m_userPath; }
    QString userStoreProblem() const { return m_userProblem; }
    // A user store was named or found but cannot be read: a command then prints
    // userStoreProblem() and no rows, where the window shows the article with a banner.
    bool isUserStoreLeftOut() const { return !m_userAttached && !m_userProblem.isEmpty(); }
    QString errorString() const { return m_error; }

    // For UserStoreWriter only: the connection, with the user store attached as "user".
    QSqlDatabase connection() const;
    // One write to the user store. The search index of the rows it adds is written in one
    // statement by commit(), which is many times faster than row by row for a large import.
    bool beginTransaction();
    bool commit();
    void rollback();

private:
    bool openBuiltIn();
    bool acceptsPath(const QString &userStorePath);
    bool attachUserStore(UserStore mode);
    QString linkProblem(const QFileInfo &info) const;
    enum class Attach { ReadWrite, ReadOnly, Immutable };
    std::optional<int> attachAndReadVersion(const QString &path, Attach how, QSqlError *error);
    bool attachReadOnly(const QFileInfo &info, const QString &reason, UserStore mode);
    static QString writeProblem(const QFileInfo &info);
    static bool isCannotOpenOrIo(const QSqlError &error);
    static QString whyNotWritable(const QString &folder, const QString &sqliteText);
    bool checkUserStore(int version, UserStore mode);
    StoreInspector::Verdict inspect(const QString &path, bool immutable);
    bool verifyBeforeWrite();
    void rememberOwnWrite();
    bool writesUserStore() const;
    bool deferSortIndexes();
    bool restoreSortIndexes();
    bool createUserStore(const QString &path);
    bool migrateUserStore(int fromVersion);
    void leaveOutUserStore(const QString &problem);
    bool exec(const QString &sql);
    bool fail(const QString &message);

    QString m_connectionName;
    QByteArray m_builtInBytes; // must outlive the connection: sqlite reads it in place
    QString m_userPath;
    QString m_readPath; // the file attached: the user store, or its private read-only copy
    bool m_userAttached = false;
    bool m_userCreated = false;
    bool m_userReadOnly = false;
    bool m_storeOnly = false;
    bool m_observationsOnDemand = false;
    QString m_language = QStringLiteral("en");
    bool m_alwaysCheckInFull = false;
    Check m_check = Check::None;
    bool m_snapshotOpen = false;
    std::unique_ptr<OwnWrites::Scope> m_ownWrite; // from beginTransaction() to its end
    QString m_userProblem;
    QString m_error;
    std::function<bool()> m_shouldStop;
    int m_searchDeferred = 0; // read by the store's triggers through sco_search_deferred()
    qint64 m_lastIndexedId = 0;
    QStringList m_deferredIndexes; // CREATE INDEX statements commit() runs again
    static constexpr qint64 kBulkIndexRows = 10000;
};
