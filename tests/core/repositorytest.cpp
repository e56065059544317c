// SPDX-License-Identifier: MIT
#include "store/repository.h"
#include "import/importer.h"
#include "store/factstore.h"
#include "store/sqlite/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class RepositoryTest : public ::testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void importCsv(const QString &store, const QByteArray &csv)
    {
        QFile file(path("in.csv"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        Repository repository;
        ASSERT_TRUE(repository.open(store, Repository::UserStore::CreateIfAbsent));
        const auto builtIn = repository.loadBuiltIn();
        ASSERT_TRUE(builtIn);
        SqliteStore sqlite(repository);
        Importer importer(sqlite, *builtIn);
        ASSERT_TRUE(importer.run(path("in.csv"), {})) << importer.errorString().toStdString();
    }

    void sql(const QString &file, const QStringList &statements)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(file);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    QTemporaryDir m_dir;
};

TEST_F(RepositoryTest, TheArticleLoadsFromTheBinaryWithNoFileWritten)
{
    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("absent.sqlite"), Repository::UserStore::OpenIfPresent);
    ASSERT_TRUE(dataset) << repository.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(path("absent.sqlite")));
    const Data::Fact *revenue =
        dataset->factByKey(QStringLiteral("digital_industry_revenue_growth_2025"));
    ASSERT_NE(revenue, nullptr);
    EXPECT_DOUBLE_EQ(revenue->value, 9.3);
    EXPECT_TRUE(revenue->source.builtIn);
    EXPECT_EQ(dataset->memberStates.size(), 10);
}

TEST_F(RepositoryTest, BuiltInContextSeriesCarriesItsAttribution)
{
    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("absent.sqlite"), Repository::UserStore::OpenIfPresent);
    ASSERT_TRUE(dataset);
    const Data::Series *internet = nullptr;
    for (const Data::Series &s : dataset->series) {
        if (s.label == u"Individuals using the Internet (% of population)")
            internet = &s;
    }
    ASSERT_NE(internet, nullptr);
    EXPECT_EQ(internet->source.publisher,
              QStringLiteral("International Telecommunication Union (via World Bank), processed "
                             "by Our World in Data"));
    EXPECT_EQ(internet->source.licence, QStringLiteral("CC BY 4.0"));
    EXPECT_FALSE(internet->source.importedAt.isValid());
    EXPECT_EQ(internet->observations.size(), 322); // the SCO rows of shared/data's file
    QSet<QString> codes;
    for (const Data::Observation &o : internet->observations)
        codes.insert(o.entityCode);
    EXPECT_EQ(codes.size(), 10);
}

TEST_F(RepositoryTest, UserRowsAppearBesideTheArticleAndNameTheirSource)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("user.sqlite"), Repository::UserStore::OpenIfPresent);
    ASSERT_TRUE(dataset);
    EXPECT_EQ(dataset->facts.size(), TestSupport::embeddedDataset().facts.size());
    const Data::Series &mine = dataset->series.last();
    EXPECT_EQ(mine.source.key, QStringLiteral("owid:in"));
    EXPECT_FALSE(mine.source.builtIn);
    EXPECT_TRUE(mine.source.importedAt.isValid());
    EXPECT_EQ(mine.observations.first().value, 70.0);
}

TEST_F(RepositoryTest, NewStoreIsWalWithTheCurrentSchema)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
    db.setDatabaseName(path("user.sqlite"));
    ASSERT_TRUE(db.open());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Repository::kSchemaVersion);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'origin'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("user"));
    q.finish();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
}

TEST_F(RepositoryTest, DamagedUserStoreIsLeftOutNamedAndUntouched)
{
    QFile file(path("user.sqlite"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray junk("SQLite format 3\0 but then nothing sensible at all", 48);
    file.write(junk.repeated(100));
    file.close();
    const QByteArray before = TestSupport::readAll(path("user.sqlite"));
    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("user.sqlite"), Repository::UserStore::CreateIfAbsent);
    ASSERT_TRUE(dataset) << repository.errorString().toStdString();
    EXPECT_NE(dataset->factByKey(QStringLiteral("manufacturing_share_of_gdp_2025_h1")), nullptr);
    EXPECT_FALSE(repository.hasUserStore());
    EXPECT_TRUE(repository.userStoreProblem().contains(path("user.sqlite")))
        << repository.userStoreProblem().toStdString();
    EXPECT_EQ(TestSupport::readAll(path("user.sqlite")), before);
    SqliteStore sqlite(repository);
    Importer importer(sqlite, *dataset);
    EXPECT_FALSE(importer.run(path("user.sqlite"), {}));
    EXPECT_EQ(TestSupport::readAll(path("user.sqlite")), before);
}

// Reads can pass over a damaged index; quick_check on open catches it before anything writes
// (switching the journal to WAL would already change the header).
TEST_F(RepositoryTest, DamagedIndexPageIsLeftOutBeforeAnyWrite)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    sql(path("user.sqlite"),
        {QStringLiteral("PRAGMA journal_mode = DELETE"),
         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        " WHERE i < 5000) INSERT INTO member_state SELECT 'X', printf('%08d', i),"
                        " 'Member', 1 FROM n")});
    int rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(path("user.sqlite"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'sqlite_autoindex_member_state_1'")) &&
                    q.next());
        rootPage = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
    QFile file(path("user.sqlite"));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(qint64(rootPage - 1) * 4096 + 12)); // the interior page's cell pointers
    file.write(QByteArray(64, '\x5a'));
    file.close();
    const QByteArray before = TestSupport::readAll(path("user.sqlite"));

    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("user.sqlite"), Repository::UserStore::CreateIfAbsent);
    ASSERT_TRUE(dataset) << repository.errorString().toStdString();
    EXPECT_FALSE(repository.hasUserStore());
    EXPECT_TRUE(repository.userStoreProblem().contains(QStringLiteral("it is damaged (")))
        << repository.userStoreProblem().toStdString();
    EXPECT_EQ(TestSupport::readAll(path("user.sqlite")), before);
}

TEST_F(RepositoryTest, DefaultStoreNeverFollowsALinkOutOfTheDataFolder)
{
    importCsv(path("outside.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    const QByteArray before = TestSupport::readAll(path("outside.sqlite"));
    const QString store = Repository::defaultUserStorePath();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(store).absolutePath()));
    QFile::remove(store);
    ASSERT_TRUE(QFile::link(path("outside.sqlite"), store));
    Repository repository;
    const auto dataset = repository.openAndLoad({}, Repository::UserStore::CreateIfAbsent);
    QFile::remove(store);
    ASSERT_TRUE(dataset);
    EXPECT_FALSE(repository.hasUserStore());
    EXPECT_TRUE(repository.userStoreProblem().contains(QStringLiteral("outside the data folder")))
        << repository.userStoreProblem().toStdString();
    EXPECT_EQ(TestSupport::readAll(path("outside.sqlite")), before);
}

TEST_F(RepositoryTest, LinksThatLeadNowhereAreNeverCreatedThrough)
{
    ASSERT_TRUE(QFile::link(path("nowhere.sqlite"), path("dangling.sqlite")));
    ASSERT_TRUE(QFile::link(path("loop.sqlite"), path("loop.sqlite")));
    for (const char *name : {"dangling.sqlite", "loop.sqlite"}) {
        Repository repository;
        ASSERT_TRUE(repository.openAndLoad(path(name), Repository::UserStore::CreateIfAbsent));
        EXPECT_FALSE(repository.hasUserStore()) << name;
        EXPECT_TRUE(repository.userStoreProblem().contains(QStringLiteral("leads to no file")))
            << repository.userStoreProblem().toStdString();
        EXPECT_TRUE(QFileInfo(path(name)).isSymLink()) << name;
    }
    EXPECT_FALSE(QFileInfo::exists(path("nowhere.sqlite")));
}

TEST_F(RepositoryTest, StoreFromANewerProgramIsLeftOut)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    sql(path("user.sqlite"), {QStringLiteral("PRAGMA user_version = 99")});
    Repository repository;
    ASSERT_TRUE(repository.openAndLoad(path("user.sqlite"), Repository::UserStore::OpenIfPresent));
    EXPECT_TRUE(repository.userStoreProblem().contains(QStringLiteral("schema version 99")));
}

TEST_F(RepositoryTest, VersionOneStoreMigratesForwardAndKeepsItsRows)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    // Back to the shape version 1 had.
    sql(path("user.sqlite"), {QStringLiteral("PRAGMA journal_mode = DELETE"),
                              QStringLiteral("DROP TABLE member_state"),
                              QStringLiteral("DROP INDEX observation_by_value"),
                              QStringLiteral("DROP INDEX observation_by_entity"),
                              QStringLiteral("DROP INDEX observation_by_period"),

                              QStringLiteral("ALTER TABLE source DROP COLUMN imported_at"),
                              QStringLiteral("ALTER TABLE series DROP COLUMN indicator_code"),
                              QStringLiteral("ALTER TABLE observation DROP COLUMN entity_code"),
                              QStringLiteral("ALTER TABLE observation DROP COLUMN aggregate"),
                              QStringLiteral("DROP TABLE observation_search"),
                              QStringLiteral("DROP TRIGGER observation_search_insert"),
                              QStringLiteral("DROP TRIGGER observation_search_update"),
                              QStringLiteral("DROP TRIGGER observation_search_delete"),
                              QStringLiteral("DROP TRIGGER observation_search_unit"),
                              QStringLiteral("DROP TABLE fact_search"),
                              QStringLiteral("DROP INDEX fact_by_label"),
                              QStringLiteral("DROP INDEX fact_by_value"),
                              QStringLiteral("DROP INDEX fact_by_period"),
                              QStringLiteral("DROP INDEX fact_by_source"),
                              QStringLiteral("DROP INDEX fact_without_document"),
                              QStringLiteral("DROP TRIGGER fact_search_insert"),
                              QStringLiteral("DROP TRIGGER fact_search_update"),
                              QStringLiteral("DROP TRIGGER fact_search_delete"),
                              QStringLiteral("ALTER TABLE fact DROP COLUMN search_document"),
                              QStringLiteral("PRAGMA user_version = 1")});
    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("user.sqlite"), Repository::UserStore::OpenIfPresent);
    ASSERT_TRUE(dataset);
    EXPECT_TRUE(repository.userStoreProblem().isEmpty())
        << repository.userStoreProblem().toStdString();
    EXPECT_EQ(dataset->series.last().observations.first().value, 70.0);
    EXPECT_EQ(dataset->series.last().observations.first().entity, QStringLiteral("China"));
}

TEST_F(RepositoryTest, UpgradeLeavesTheOldWorkingCopyAndItsRevisionsAsTheyWere)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString legacy = Repository::legacyWorkingCopyPath();
    QFile::remove(legacy);
    QFile::remove(Repository::defaultUserStorePath());
    ASSERT_TRUE(QFile::copy(FactStore::embeddedDatabasePath(), legacy));
    QFile::setPermissions(legacy, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(QFile::copy(legacy, legacy + QStringLiteral(".rev-12345")));
    const QByteArray before = TestSupport::readAll(legacy);
    Repository repository;
    const auto dataset = repository.openAndLoad({}, Repository::UserStore::CreateIfAbsent);
    ASSERT_TRUE(dataset);
    EXPECT_TRUE(QFile::exists(Repository::defaultUserStorePath()));
    EXPECT_EQ(TestSupport::readAll(legacy), before);
    EXPECT_EQ(TestSupport::readAll(legacy + QStringLiteral(".rev-12345")), before);
    EXPECT_EQ(dataset->facts.size(), TestSupport::embeddedDataset().facts.size());
    QFile::remove(legacy);
    QFile::remove(legacy + QStringLiteral(".rev-12345"));
}

} // namespace

// A trigger of the store's own would run inside the program's writes: refused by name before
// the store is attached, and the file is not written.
TEST_F(RepositoryTest, StoreWithATriggerOfItsOwnIsRefusedByNameAndUnchanged)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    sql(path("user.sqlite"), {QStringLiteral("PRAGMA journal_mode = DELETE"),
                              QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON source BEGIN"
                                             " DELETE FROM observation; END")});
    const QByteArray before = TestSupport::readAll(path("user.sqlite"));

    Repository repository;
    const auto dataset =
        repository.openAndLoad(path("user.sqlite"), Repository::UserStore::CreateIfAbsent);
    ASSERT_TRUE(dataset) << repository.errorString().toStdString();
    EXPECT_FALSE(repository.hasUserStore());
    EXPECT_TRUE(repository.isUserStoreLeftOut());
    EXPECT_EQ(repository.userStoreProblem(),
              QStringLiteral("Your own data in %1 is not shown: it holds the trigger 'wipe', which "
                             "this program does not make. The file was left as it is.")
                  .arg(path("user.sqlite")));
    EXPECT_EQ(TestSupport::readAll(path("user.sqlite")), before);
}

TEST_F(RepositoryTest, FileUriIsRefusedBeforeAnythingIsCreated)
{
    Repository repository;
    const QString uri = QStringLiteral("file:") + path("made/u.sqlite");
    EXPECT_FALSE(repository.open(uri, Repository::UserStore::CreateIfAbsent));
    EXPECT_TRUE(repository.errorString().contains(QStringLiteral("is a URI")))
        << repository.errorString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path("made")));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("file:")));
}

// A command that only reads never changes the store: a store in DELETE mode stays so, byte for
// byte, where opening it used to switch it to WAL.
TEST_F(RepositoryTest, ReadingAStoreNeverChangesItsJournalMode)
{
    importCsv(path("user.sqlite"), "Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n");
    sql(path("user.sqlite"), {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QByteArray before = TestSupport::readAll(path("user.sqlite"));
    {
        Repository repository;
        const auto dataset =
            repository.openAndLoad(path("user.sqlite"), Repository::UserStore::OpenIfPresent);
        ASSERT_TRUE(dataset) << repository.errorString().toStdString();
        EXPECT_TRUE(repository.hasUserStore());
        EXPECT_TRUE(repository.userStoreProblem().isEmpty());
    }
    EXPECT_EQ(TestSupport::readAll(path("user.sqlite")), before);
    EXPECT_FALSE(QFileInfo::exists(path("user.sqlite-wal")));
}
