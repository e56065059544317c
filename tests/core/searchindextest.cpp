// SPDX-License-Identifier: MIT
// The user store's search index (resources/data/search.sql) stays in step with its rows:
// imports add and update documents, removals delete them, in the same transaction.
#include "import/importer.h"
#include "search/searchdocument.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace {

class SearchIndexTest : public ::testing::Test
{
protected:
    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    bool import(const QByteArray &csv, QString *error = nullptr)
    {
        QFile file(m_dir.filePath(QStringLiteral("in.csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(csv);
        file.close();
        Repository repository;
        if (!repository.open(storePath(), Repository::UserStore::CreateIfAbsent))
            return false;
        const auto builtIn = repository.loadBuiltIn();
        SqliteStore store(repository);
        Importer importer(store, *builtIn);
        ImportOptions options;
        options.updateSource = true; // every call imports in.csv again
        const bool ok = importer.run(file.fileName(), options);
        if (error)
            *error = importer.errorString() + importer.report().problems.text();
        return ok;
    }

    // Observation id → its indexed document, and the index's own consistency verdict.
    std::map<qint64, QString> documents(bool *consistent)
    {
        Repository repository;
        EXPECT_TRUE(repository.open(storePath(), Repository::UserStore::OpenIfPresent));
        QSqlQuery q(repository.connection());
        std::map<qint64, QString> out;
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT rowid, document FROM user.observation_search")));
        while (q.next())
            out[q.value(0).toLongLong()] = q.value(1).toString();
        // FTS5 compares its index with its stored documents.
        *consistent = q.exec(QStringLiteral("INSERT INTO user.observation_search"
                                            " (observation_search) VALUES ('integrity-check')"));
        std::map<qint64, QString> expected;
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT o.id, o.period_label, o.value, s.unit FROM"
                                          " user.observation o JOIN user.series s"
                                          " ON s.id = o.series_id")));
        while (q.next()) {
            expected[q.value(0).toLongLong()] = SearchDocument::observationText(
                q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString());
        }
        EXPECT_EQ(out, expected) << "the index differs from the rows it indexes";
        return out;
    }

    QTemporaryDir m_dir;
};

TEST_F(SearchIndexTest, DocumentHoldsPeriodAndValueAsEveryLanguageShowsThem)
{
    EXPECT_EQ(SearchDocument::observationText(QStringLiteral("2020"), 70.25, QStringLiteral("%")),
              QStringLiteral("2020\n70.25\n70,25\n70.25%"));
    EXPECT_EQ(SearchDocument::observationText(QStringLiteral("Jan–May 2025"), 1234567.0,
                                              QStringLiteral("people")),
              QStringLiteral("jan-may 2025\n1234567"));
    EXPECT_EQ(SearchDocument::valueText(1234567.5, QLocale(QLocale::Russian)),
              QStringLiteral("1234567,5"));
}

TEST_F(SearchIndexTest, ImportsAddAndUpdateDocumentsAndRemovalDeletesThem)
{
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2020,70.25\nIndia,IND,2020,43\n"));
    bool consistent = false;
    std::map<qint64, QString> docs = documents(&consistent);
    EXPECT_TRUE(consistent);
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs.begin()->second, QStringLiteral("2020\n70.25\n70,25\n70.25%"));

    // A re-import with a new value updates the document; a new row adds one.
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2020,71.5\nChina,CHN,2021,73\n"));
    docs = documents(&consistent);
    EXPECT_TRUE(consistent);
    ASSERT_EQ(docs.size(), 3u);
    EXPECT_EQ(docs.begin()->second, QStringLiteral("2020\n71.5\n71,5\n71.5%"));

    Repository repository;
    ASSERT_TRUE(repository.open(storePath(), Repository::UserStore::OpenIfPresent));
    const auto sources = repository.sources();
    ASSERT_TRUE(sources);
    for (const SourceSummary &s : *sources) {
        if (!s.builtIn) {
            ASSERT_TRUE(repository.removeSource(s.key)) << repository.errorString().toStdString();
        }
    }
    EXPECT_TRUE(documents(&consistent).empty());
    EXPECT_TRUE(consistent);
}

TEST_F(SearchIndexTest, FailedImportLeavesTheIndexAsItWas)
{
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2020,70\n"));
    bool consistent = false;
    const std::map<qint64, QString> before = documents(&consistent);
    QString error;
    EXPECT_FALSE(
        import("Entity,Code,Year,Users (%)\nChina,CHN,2021,71\nIndia,IND,20x1,4\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("20x1"))) << error.toStdString();
    EXPECT_EQ(documents(&consistent), before);
    EXPECT_TRUE(consistent);
}

} // namespace

// A chart reads a series through ofSeries(): a stored infinity or text is left out and counted,
// so no other row takes its place (China's bar never shows Kazakhstan's value).
TEST_F(SearchIndexTest, SeriesReadLeavesOutRowsThatAreNotValidObservations)
{
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2023,92.1\nKazakhstan,KAZ,2023,"
                       "92.8785\nIndia,IND,2023,43\n"));
    Repository repository;
    ASSERT_TRUE(repository.open(storePath(), Repository::UserStore::OpenIfPresent));
    QSqlQuery q(repository.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE user.observation SET value = 1e999"
                                      " WHERE entity = 'China'")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE user.observation SET value = 'abc'"
                                      " WHERE entity = 'India'")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT MIN(series_id) FROM user.observation")) && q.next());
    const qint64 seriesId = q.value(0).toLongLong();
    q.finish();
    const std::unique_ptr<ObservationQuery> query = repository.observationQuery();
    const auto rows = query->ofSeries(seriesId);
    ASSERT_TRUE(rows) << query->errorString().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().entity, QStringLiteral("Kazakhstan"));
    EXPECT_DOUBLE_EQ(rows->first().value, 92.8785);
    EXPECT_EQ(query->leftOut(), 2);
    EXPECT_TRUE(query->firstProblem().contains(QStringLiteral("is not a finite number")))
        << query->firstProblem().toStdString();
}

// The skip scan finds each distinct entity, code and aggregate triple exactly once, as
// SELECT DISTINCT does, with the same name under two codes and a code both ways.
TEST_F(SearchIndexTest, EntitiesAreEveryDistinctEntityCodeAndAggregate)
{
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2022,90\nChina,CHN,2023,92.1\n"
                       "Asia,,2023,70\nWorld,OWID_WRL,2023,67\nKazakhstan,KAZ,2023,92.8\n"));
    Repository repository;
    ASSERT_TRUE(repository.open(storePath(), Repository::UserStore::OpenIfPresent));
    QSqlQuery q(repository.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO user.observation (series_id, entity, entity_code, aggregate, period_start,"
        " period_end, period_label, value) SELECT series_id, entity, v.code, v.aggregate,"
        " v.start, v.start, '1999', 1 FROM user.observation, (SELECT 'CHX' AS code,"
        " 0 AS aggregate, '1998-01-01' AS start UNION ALL SELECT 'CHN', 1, '1999-01-01') v"
        " WHERE entity = 'China' AND period_start = '2023-01-01'")))
        << q.lastError().text().toStdString();
    QStringList expected;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT entity, entity_code, aggregate"
                                      " FROM user.observation ORDER BY 1, 2, 3")));
    while (q.next())
        expected << QStringLiteral("%1/%2/%3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    q.finish();
    const std::unique_ptr<ObservationQuery> query = repository.observationQuery();
    const auto entities = query->entities();
    ASSERT_TRUE(entities) << query->errorString().toStdString();
    QStringList found;
    for (const Data::Observation &o : *entities)
        found << QStringLiteral("%1/%2/%3").arg(o.entity, o.entityCode).arg(int(o.aggregate));
    EXPECT_EQ(found, expected);
    EXPECT_EQ(found.size(), 6) << found.join(u' ').toStdString();
}

// An import into a store of few rows drops the sort indexes and builds them again before it
// commits, word for word; a store of many rows keeps them through a small import.
TEST_F(SearchIndexTest, SortIndexesAreRebuiltWordForWordInTheImportsTransaction)
{
    const auto indexes = [this] {
        Repository repository;
        EXPECT_TRUE(repository.open(storePath(), Repository::UserStore::OpenIfPresent));
        EXPECT_TRUE(repository.hasUserStore()) << repository.userStoreProblem().toStdString();
        QSqlQuery q(repository.connection());
        QStringList sql;
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT sql FROM user.sqlite_master WHERE type ="
                                          " 'index' AND sql IS NOT NULL ORDER BY name")));
        while (q.next())
            sql << q.value(0).toString();
        return sql;
    };
    QByteArray csv = "Entity,Code,Year,Users (%)\n";
    for (int land = 0; land < 170; ++land) {
        for (int year = 1961; year <= 2020; ++year)
            csv += "Land " + QByteArray::number(land) + ",," + QByteArray::number(year) + "," +
                   QByteArray::number((land + year) % 97) + "\n";
    }
    ASSERT_TRUE(import("Entity,Code,Year,Users (%)\nChina,CHN,2022,90\n"));
    const QStringList expected{
        QStringLiteral("CREATE INDEX fact_by_label ON fact(label)"),
        QStringLiteral("CREATE INDEX fact_by_period ON fact(period_start)"),
        QStringLiteral("CREATE INDEX fact_by_source ON fact(source_id)"),
        QStringLiteral("CREATE INDEX fact_by_value ON fact(value)"),
        QStringLiteral("CREATE INDEX fact_without_document ON fact(id) WHERE search_document IS"
                       " NULL"),
        QStringLiteral("CREATE INDEX observation_by_entity ON observation(entity, entity_code, "
                       "aggregate)"),
        QStringLiteral("CREATE INDEX observation_by_period ON observation(period_start)"),
        QStringLiteral("CREATE INDEX observation_by_value ON observation(value)")};
    EXPECT_EQ(indexes(), expected);
    QString error;
    ASSERT_TRUE(import(csv, &error)) << error.toStdString(); // into one row: the bulk path
    EXPECT_EQ(indexes(), expected);
    bool consistent = false;
    EXPECT_EQ(documents(&consistent).size(), 10201u); // the first import's row stays
    EXPECT_TRUE(consistent);
    ASSERT_TRUE(import(
        "Entity,Code,Year,Users (%)\nIndia,IND,2022,43\n")); // into 10,201 rows: indexes kept
    EXPECT_EQ(indexes(), expected);
}
