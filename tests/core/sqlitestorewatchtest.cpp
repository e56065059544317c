// SPDX-License-Identifier: MIT
// The watch on the analyst's own SQLite store: another program's commit is seen and said with
// what it added; this process's own writes (an import through the seam, opening the store) are
// not another program's; a store that appears where there was none is seen too. Another program
// is a connection of the test's own, outside the Repository, so this process never marks its
// writes as its own (the end-to-end test e2e.own_store_in_xvfb uses a real second process).
#include "store/sqlite/sqlitestorewatch.h"
#include "store/storefactory.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr int kSeenWithinMs = 4 * SqliteStoreWatch::kCheckMs + 1000;

class SqliteStoreWatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        ASSERT_TRUE(importOwn(m_path, QStringLiteral("own:first.csv")));
    }

    // This process's import of one source with one series, through the seam.
    static bool importOwn(const QString &path, const QString &sourceKey)
    {
        StoreOptions options;
        options.access = StoreOptions::Access::CreateIfAbsent;
        QString error;
        const std::unique_ptr<Store> store = StoreFactory::open(path, options, &error);
        std::unique_ptr<StoreWriter> writer = store ? store->beginWrite() : nullptr;
        if (!writer)
            return false;
        Data::Source source;
        source.key = sourceKey;
        source.publisher = QStringLiteral("Test Publisher");
        source.title = QStringLiteral("Test source");
        source.published = QDate(2025, 8, 29);
        Data::Series series;
        series.key = sourceKey + QStringLiteral("/users");
        series.label = QStringLiteral("Internet users");
        series.unit = QStringLiteral("% of population");
        const std::optional<qint64> sourceId = writer->putSource(source);
        return sourceId && writer->putSeries(*sourceId, series) && writer->finish() &&
               writer->commit();
    }

    // Another program's write: SQL over a connection that is not the Repository's.
    void foreignWrite(const QStringList &statements)
    {
        const QString name = QStringLiteral("another-program");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            for (const QString &sql : statements)
                ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(SqliteStoreWatchTest, AnotherProgramsCommitIsSeenWithWhatItAdded)
{
    SqliteStoreWatch watch(m_path);
    QSignalSpy changed(&watch, &SqliteStoreWatch::changed);
    foreignWrite({QStringLiteral("BEGIN"),
                  QStringLiteral("INSERT INTO source (key, publisher, title, published, "
                                 "imported_at) VALUES ('owid:broadband.csv', 'OWID', "
                                 "'Broadband', '2025-08-29', '2026-12-06T10:00:00Z')"),
                  QStringLiteral("INSERT INTO series (key, label, unit, source_id) SELECT "
                                 "'owid/broadband', 'Fixed broadband', 'per 100 people', id "
                                 "FROM source WHERE key = 'owid:broadband.csv'"),
                  QStringLiteral("COMMIT")});
    ASSERT_TRUE(changed.wait(kSeenWithinMs));
    EXPECT_EQ(changed.first().first().toString(),
              QStringLiteral("Changed by another program: 1 series added from "
                             "owid:broadband.csv"));
    foreignWrite({QStringLiteral("DELETE FROM series WHERE key = 'owid/broadband'"),
                  QStringLiteral("DELETE FROM source WHERE key = 'owid:broadband.csv'")});
    ASSERT_TRUE(changed.wait(kSeenWithinMs));
    EXPECT_EQ(changed.last().first().toString(),
              QStringLiteral("Changed by another program: owid:broadband.csv removed"));
}

TEST_F(SqliteStoreWatchTest, ThisProcesssOwnWritesAreNotAnotherPrograms)
{
    SqliteStoreWatch watch(m_path);
    QSignalSpy changed(&watch, &SqliteStoreWatch::changed);
    ASSERT_TRUE(importOwn(m_path, QStringLiteral("own:second.csv")));
    ASSERT_TRUE(importOwn(m_path, QStringLiteral("own:third.csv")));
    EXPECT_FALSE(changed.wait(kSeenWithinMs)) << changed.first().first().toString().toStdString();
}

TEST_F(SqliteStoreWatchTest, AStoreThatAppearsIsSeenWithItsSources)
{
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
    const QString later = m_dir.filePath(QStringLiteral("later.sqlite"));
    SqliteStoreWatch watch(later); // no store there yet
    QSignalSpy changed(&watch, &SqliteStoreWatch::changed);
    EXPECT_FALSE(changed.wait(2 * SqliteStoreWatch::kCheckMs));
    ASSERT_TRUE(importOwn(elsewhere, QStringLiteral("team:shared.csv")));
    ASSERT_TRUE(QFile::copy(elsewhere, later)); // another program puts a store there
    ASSERT_TRUE(changed.wait(kSeenWithinMs));
    EXPECT_EQ(changed.first().first().toString(),
              QStringLiteral("Changed by another program: 1 series added from team:shared.csv"));
}

} // namespace
