// SPDX-License-Identifier: MIT
// A store is read in full once, and again only when something other than this program wrote it:
// opening is then O(1) in the store's size, and a store damaged behind the program's back is
// still checked in full before the program writes to it.
#include "dashboardbinary.h"
#include "import/importer.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"
#include "store/verifiedstores.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class StoreVerificationTest : public ::testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Imports CSV through REPOSITORY (or a fresh one); false with the importer's error.
    bool import(const QByteArray &csv, Repository *repository = nullptr, QString *error = nullptr)
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_imports));
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(csv);
        file.close();
        Repository own;
        Repository &store = repository ? *repository : own;
        if (!repository && !own.open(store_, Repository::UserStore::CreateIfAbsent))
            return false;
        const auto builtIn = store.loadBuiltIn();
        SqliteStore sqlite(store);
        Importer importer(sqlite, *builtIn);
        const bool ok = importer.run(csvPath, {});
        if (error)
            *error = importer.errorString();
        return ok;
    }

    // Another program's SQL on the store; returns the first column of the last row.
    QVariant otherProgram(const QStringList &statements)
    {
        QVariant last;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(store_);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements) {
                EXPECT_TRUE(q.exec(s)) << s.toStdString();
                if (q.next())
                    last = q.value(0);
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return last;
    }

    Repository::Check checkOnOpen(Repository::UserStore mode = Repository::UserStore::OpenIfPresent)
    {
        Repository repository;
        EXPECT_TRUE(repository.open(store_, mode)) << repository.errorString().toStdString();
        EXPECT_TRUE(repository.hasUserStore()) << repository.userStoreProblem().toStdString();
        return repository.userStoreCheck();
    }

    QTemporaryDir m_dir;
    int m_imports = 0;
    const QString store_ = path("user.sqlite");
    const QByteArray csv_ = "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n";
};

TEST_F(StoreVerificationTest, AStoreIsReadInFullOnceAndThenOnlyItsSchema)
{
    ASSERT_TRUE(import(csv_));
    const QByteArray before = TestSupport::readAll(store_);
    EXPECT_EQ(checkOnOpen(), Repository::Check::Remembered);
    EXPECT_EQ(checkOnOpen(Repository::UserStore::CreateIfAbsent), Repository::Check::Remembered);
    EXPECT_EQ(TestSupport::readAll(store_), before) << "the record is never kept in the store";
    EXPECT_TRUE(TestSupport::readAll(VerifiedStores::defaultFile()).contains(store_.toUtf8()));

    Repository asked;
    asked.setAlwaysCheckInFull(true);
    ASSERT_TRUE(asked.open(store_, Repository::UserStore::OpenIfPresent));
    EXPECT_EQ(asked.userStoreCheck(), Repository::Check::InFull);
}

TEST_F(StoreVerificationTest, ItsOwnImportsKeepAStoreVerified)
{
    ASSERT_TRUE(import(csv_));
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nIndia,IND,2020,43\n"));
    EXPECT_EQ(checkOnOpen(), Repository::Check::Remembered);
}

TEST_F(StoreVerificationTest, AStoreWrittenByAnotherProgramIsReadInFullOnItsNextOpen)
{
    ASSERT_TRUE(import(csv_));
    otherProgram({QStringLiteral("UPDATE source SET title = 'Retitled'")});
    EXPECT_EQ(checkOnOpen(), Repository::Check::InFull);
    EXPECT_EQ(checkOnOpen(), Repository::Check::Remembered);
}

// The store passes its check on open; then another program damages an index page while the
// window has the store open. Only the full check before the write finds it: the import itself
// touches no page of that index.
TEST_F(StoreVerificationTest, AStoreDamagedBehindTheProgramsBackIsReadInFullBeforeAWrite)
{
    ASSERT_TRUE(import(csv_));
    const int rootPage =
        otherProgram({QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 5000) INSERT INTO member_state SELECT "
                                     "'X', printf('%08d', i), 'Member', 1 FROM n"),
                      QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                     "'sqlite_autoindex_member_state_1'")})
            .toInt();
    ASSERT_GT(rootPage, 1);

    Repository window;
    ASSERT_TRUE(window.open(store_, Repository::UserStore::CreateIfAbsent));
    ASSERT_TRUE(window.hasUserStore()) << window.userStoreProblem().toStdString();
    EXPECT_EQ(window.userStoreCheck(), Repository::Check::InFull);
    QFile file(store_);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(qint64(rootPage - 1) * 4096 + 12)); // the interior page's cells
    file.write(QByteArray(64, '\x5a'));
    file.close();
    const QByteArray damaged = TestSupport::readAll(store_);

    QString error;
    EXPECT_FALSE(import("Entity,Code,Year,Users (%)\nIndia,IND,2020,43\n", &window, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("was changed by another program")) &&
                error.contains(QStringLiteral("it is damaged (")) && error.contains(store_))
        << error.toStdString();
    EXPECT_EQ(window.userStoreCheck(), Repository::Check::InFull);
    EXPECT_EQ(TestSupport::readAll(store_), damaged);
}

TEST(VerifiedStoresTest, AnyChangeToTheFileOrItsWalUnverifiesIt)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.sqlite"));
    QFile file(store);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'a'));
    file.close();
    VerifiedStores verified(dir.filePath(QStringLiteral("record.json")));
    EXPECT_FALSE(verified.isVerifiedNow(store, 3));
    verified.rememberNow(store, 3);
    EXPECT_TRUE(verified.isVerifiedNow(store, 3));
    EXPECT_FALSE(verified.isVerifiedNow(store, 4)) << "another schema version checks again";
    const QByteArray record = TestSupport::readAll(dir.filePath(QStringLiteral("record.json")));
    QTest::qWait(5); // a rewrite would carry a later checkedAt
    verified.rememberNow(store, 3);
    EXPECT_EQ(TestSupport::readAll(dir.filePath(QStringLiteral("record.json"))), record)
        << "an unchanged store is not written again";

    QFile wal(store + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    wal.close();
    EXPECT_FALSE(verified.isVerifiedNow(store, 3)) << "a WAL appeared";
    verified.rememberNow(store, 3);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    file.seek(2000);
    file.write("b"); // the same size, and the modification time put back
    file.flush();
    ASSERT_TRUE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    EXPECT_FALSE(verified.isVerifiedNow(store, 3)) << "the status-change time moved";
    verified.forget(store);
    EXPECT_FALSE(verified.isVerifiedNow(store, 3));
}

// A record that is not JSON, or not ours, only costs a full check; the next check replaces it.
TEST(VerifiedStoresTest, ADamagedRecordCountsAsEmptyAndIsReplaced)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.sqlite"));
    QFile file(store);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    const QString recordPath = dir.filePath(QStringLiteral("record.json"));
    QFile record(recordPath);
    ASSERT_TRUE(record.open(QIODevice::WriteOnly));
    record.write("{\"" + store.toUtf8() + "\": [1, 2");
    record.close();
    VerifiedStores verified(recordPath);
    EXPECT_FALSE(verified.isVerifiedNow(store, 3));
    verified.rememberNow(store, 3);
    EXPECT_TRUE(verified.isVerifiedNow(store, 3));
}

TEST(VerifiedStoresTest, TheRecordKeepsTheNewestStoresOnly)
{
    QTemporaryDir dir;
    VerifiedStores verified(dir.filePath(QStringLiteral("record.json")));
    QStringList stores;
    for (int i = 0; i < VerifiedStores::kMaxStores + 3; ++i) {
        stores << dir.filePath(QStringLiteral("s%1.sqlite").arg(i));
        QFile file(stores.last());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        verified.rememberNow(stores.last(), 3);
    }
    EXPECT_FALSE(verified.isVerifiedNow(stores.first(), 3));
    EXPECT_TRUE(verified.isVerifiedNow(stores.at(3), 3));
    EXPECT_TRUE(verified.isVerifiedNow(stores.last(), 3));
}

// `store check` reads every page whatever the record says, and never writes the store.
TEST_F(DashboardBinary, StoreCheckReadsEveryPageAndNamesAProblem)
{
    const QString csv =
        writeFile(QStringLiteral("users.csv"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    const QString store = m_home.filePath(QStringLiteral("mine.sqlite"));
    const QStringList database{QStringLiteral("--database"), store};
    ASSERT_EQ(run(QStringList{QStringLiteral("import"), csv} + database).exitCode, 0);
    const QStringList check =
        QStringList{QStringLiteral("store"), QStringLiteral("check")} + database;
    Result r = run(check);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("%1: every page was read; no problems found.\n").arg(store));

    writeFile(QStringLiteral("mine.sqlite"), "garbage");
    QFile::remove(store + QStringLiteral("-wal"));
    r = run(check);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("Your own data in %1 is not shown: file is not a database. "
                                    "The file was left as it is.\n")
                         .arg(store));
    EXPECT_EQ(TestSupport::readAll(store), QByteArray("garbage"));

    r = run({QStringLiteral("store")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("store needs an action: store check, init or grant.")))
        << r.err.toStdString();
}

} // namespace
