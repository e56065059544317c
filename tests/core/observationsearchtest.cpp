// SPDX-License-Identifier: MIT
// The indexed observation search returns exactly what the plain scan of every row returns,
// on a generated store with English, Chinese and Russian labels, in each interface language.
#include "search/observationsearch.h"
#include "format/observationfields.h"
#include "i18n/translation.h"
#include "search/observationsource.h"
#include "search/searchfolding.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"
#include "store/storegenerator.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class ObservationSearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        StoreGenerator generator;
        ASSERT_TRUE(generator.generate(s_dir->filePath(QStringLiteral("g.sqlite")), 40'000))
            << generator.errorString().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        Translation::apply(QStringLiteral("en"));
    }
    static QString store() { return s_dir->filePath(QStringLiteral("g.sqlite")); }

    // Every user row's id, by the indexed path, read in pages of PAGE.
    static QList<qint64> indexed(ObservationSource &source, const QStringList &words,
                                 ObservationQuery::Order order, Qt::SortOrder direction, int page)
    {
        const std::unique_ptr<ObservationQuery> query = source.userQuery(words, order, direction);
        QList<qint64> ids;
        std::optional<ObservationRow> last;
        while (true) {
            const auto rows = query->page(page, last ? &*last : nullptr);
            EXPECT_TRUE(rows) << query->errorString().toStdString();
            if (!rows)
                break;
            for (const ObservationRow &row : *rows)
                ids.append(row.id);
            if (rows->size() < page)
                break;
            last = rows->last();
        }
        return ids;
    }

    // Every row's texts, read once per language for the plain scan below.
    struct ScanRow
    {
        qint64 id;
        qint64 seriesId;
        QStringList texts;
    };
    static QList<ScanRow> readAll(Repository &store, const ObservationSource &source)
    {
        QList<ScanRow> rows;
        QSqlQuery q(store.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, series_id, entity, entity_code, aggregate,"
                                          " period_label, value FROM user.observation")));
        while (q.next()) {
            Data::Observation o;
            o.entity = q.value(2).toString();
            o.entityCode = q.value(3).toString();
            o.aggregate = q.value(4).toBool();
            o.periodLabel = q.value(5).toString();
            o.value = q.value(6).toDouble();
            const Data::Series *series = source.userSeriesById(q.value(1).toLongLong());
            EXPECT_TRUE(series);
            if (series) {
                rows.append(
                    {q.value(0).toLongLong(), series->id, ObservationSearch::rowTexts(*series, o)});
            }
        }
        return rows;
    }

    // The plain-scan definition: ObservationSearch::matches() on every row.
    static QSet<qint64> scanned(const QList<ScanRow> &rows, const ObservationSource &source,
                                const QStringList &words)
    {
        QHash<qint64, QStringList> seriesTexts;
        for (const Data::Series &s : source.userSeries())
            seriesTexts.insert(s.id, ObservationFields::seriesTexts(s));
        QSet<qint64> ids;
        for (const ScanRow &row : rows) {
            if (ObservationSearch::matches(seriesTexts.value(row.seriesId), row.texts, words))
                ids.insert(row.id);
        }
        return ids;
    }

    static inline QTemporaryDir *s_dir = nullptr;
};

TEST_F(ObservationSearchTest, IndexedSearchReturnsExactlyThePlainScanInEveryLanguage)
{
    // Words in every script, in one field or across several, short and long, common and
    // absent, and with GLOB's own characters.
    const QStringList queries{
        QStringLiteral("internet"),
        QStringLiteral("互联网"),
        QStringLiteral("ИНТЕРНЕТ"),
        QStringLiteral("china"),
        QStringLiteral("Китай"),
        QStringLiteral("中国"),
        QStringLiteral("2020"),
        QStringLiteral("19"),
        QStringLiteral("7"),
        QStringLiteral("%"),
        QStringLiteral("india 2010 internet"),
        QStringLiteral("федерация 1999"),
        QStringLiteral("stated"),
        QStringLiteral("a*b"),
        QStringLiteral("OWID_WOR"),
        QStringLiteral("[x"),
        QStringLiteral("generate"),
        QStringLiteral("no such thing zq"),
        QStringLiteral("ab"),
        QStringLiteral("70,5"),
    };
    for (const char *language : {"en", "ru", "zh_CN"}) {
        ASSERT_TRUE(Translation::apply(QString::fromLatin1(language)));
        Repository repository;
        ASSERT_TRUE(repository.open(store(), Repository::UserStore::OpenIfPresent));
        SqliteStore sqlite(repository);
        ObservationSource source(sqlite);
        ASSERT_TRUE(source.open()) << source.errorString().toStdString();
        ASSERT_EQ(source.userQuery({})->count().value_or(-1), 40'000);
        const QList<ScanRow> rows = readAll(repository, source);
        int nonEmpty = 0;
        for (const QString &query : queries) {
            const QStringList words = SearchFolding::terms(query);
            const QList<qint64> ids =
                indexed(source, words, ObservationQuery::Order::Natural, Qt::AscendingOrder, 997);
            const QSet<qint64> found(ids.cbegin(), ids.cend());
            EXPECT_EQ(found.size(), ids.size()) << "a row came twice: " << query.toStdString();
            EXPECT_EQ(found, scanned(rows, source, words))
                << language << ": " << query.toStdString();
            nonEmpty += found.isEmpty() ? 0 : 1;
            EXPECT_EQ(source.userQuery(words)->count().value_or(-1), ids.size());
        }
        EXPECT_GE(nonEmpty, 12) << "most queries find rows in each language";
    }
}

TEST_F(ObservationSearchTest, EverySortOrderPagesThroughEachMatchOnceInOrder)
{
    Repository repository;
    ASSERT_TRUE(repository.open(store(), Repository::UserStore::OpenIfPresent));
    SqliteStore sqlite(repository);
    ObservationSource source(sqlite);
    ASSERT_TRUE(source.open());
    const QStringList words = SearchFolding::terms(QStringLiteral("internet"));
    const QSet<qint64> expected = scanned(readAll(repository, source), source, words);
    ASSERT_GT(expected.size(), 1000);
    for (auto order : {ObservationQuery::Order::Natural, ObservationQuery::Order::Entity,
                       ObservationQuery::Order::Period, ObservationQuery::Order::Value}) {
        for (auto direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QList<qint64> ids = indexed(source, words, order, direction, 250);
            EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
            EXPECT_EQ(ids.size(), expected.size());
        }
    }
    // Values come sorted.
    const std::unique_ptr<ObservationQuery> byValue =
        source.userQuery(words, ObservationQuery::Order::Value, Qt::DescendingOrder);
    const auto top = byValue->page(500);
    ASSERT_TRUE(top);
    for (qsizetype i = 1; i < top->size(); ++i)
        EXPECT_GE(top->at(i - 1).observation.value, top->at(i).observation.value);
    // position() counts the rows in front.
    const auto position = byValue->position(top->at(321));
    EXPECT_EQ(position.value_or(-1), 321);
}

} // namespace
