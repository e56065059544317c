// SPDX-License-Identifier: MIT
// The indexed observation search returns exactly what the plain scan of every row returns,
// over the built-in dataset's rows and a generated store's together (English, Chinese and
// Russian labels), in each interface language.
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
    void SetUp() override { ASSERT_TRUE(Translation::apply(QStringLiteral("en"))); }
    static QString store() { return s_dir->filePath(QStringLiteral("g.sqlite")); }

    // The generated store and the built-in dataset, read in the current language.
    void openStore()
    {
        m_source.reset();
        m_sqlite.reset();
        m_repository = std::make_unique<Repository>();
        ASSERT_TRUE(m_repository->open(store(), Repository::UserStore::OpenIfPresent));
        m_sqlite = std::make_unique<SqliteStore>(*m_repository);
        m_source = std::make_unique<ObservationSource>(*m_sqlite);
        ASSERT_TRUE(m_source->open()) << m_source->errorString().toStdString();
    }
    void TearDown() override
    {
        m_source.reset();
        m_sqlite.reset();
        m_repository.reset();
    }

    // A row's identity across both stores: the built-in rows' ids negated.
    static qint64 idOf(qint64 id, bool builtIn) { return builtIn ? -id : id; }

    // Every row, by the indexed path, read in pages of PAGE.
    static QList<ObservationRow> indexedRows(ObservationSource &source, const QStringList &words,
                                             ObservationQuery::Order order, Qt::SortOrder direction,
                                             int page)
    {
        const std::unique_ptr<ObservationQuery> query = source.query(words, order, direction);
        QList<ObservationRow> all;
        std::optional<ObservationRow> last;
        while (true) {
            const auto rows = query->page(page, last ? &*last : nullptr);
            EXPECT_TRUE(rows) << query->errorString().toStdString();
            if (!rows)
                break;
            all += *rows;
            if (rows->size() < page)
                break;
            last = rows->last();
        }
        return all;
    }
    static QList<qint64> indexed(ObservationSource &source, const QStringList &words,
                                 ObservationQuery::Order order, Qt::SortOrder direction, int page)
    {
        QList<qint64> ids;
        for (const ObservationRow &row : indexedRows(source, words, order, direction, page))
            ids.append(idOf(row.id, row.builtIn));
        return ids;
    }

    // Every row's texts, built in and stored, read once per language for the plain scan.
    struct ScanRow
    {
        qint64 id;
        QStringList seriesTexts;
        QStringList texts;
    };
    static QList<ScanRow> readAll(Repository &store, const ObservationSource &source)
    {
        QList<ScanRow> rows;
        for (const bool builtIn : {true, false}) {
            QSqlQuery q(store.connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT o.id, o.series_id, o.entity, o.entity_code,"
                                              " o.aggregate, o.period_label, o.value,"
                                              " COALESCE(f.derived, 0) FROM %1.observation o"
                                              " LEFT JOIN %1.fact f ON f.id = o.fact_id")
                                   .arg(builtIn ? u"main" : u"user")));
            while (q.next()) {
                ObservationRow row;
                row.id = q.value(0).toLongLong();
                row.seriesId = q.value(1).toLongLong();
                row.builtIn = builtIn;
                Data::Observation &o = row.observation;
                o.entity = q.value(2).toString();
                o.entityCode = q.value(3).toString();
                o.aggregate = q.value(4).toBool();
                o.periodLabel = q.value(5).toString();
                o.value = q.value(6).toDouble();
                o.derived = q.value(7).toBool();
                const Data::Series *series = source.seriesOf(row);
                EXPECT_TRUE(series);
                if (series) {
                    rows.append({idOf(row.id, builtIn), ObservationFields::seriesTexts(*series),
                                 ObservationSearch::rowTexts(*series, o)});
                }
            }
        }
        return rows;
    }

    // The plain-scan definition: ObservationSearch::matches() on every row.
    static QSet<qint64> scanned(const QList<ScanRow> &rows, const QStringList &words)
    {
        QSet<qint64> ids;
        for (const ScanRow &row : rows) {
            if (ObservationSearch::matches(row.seriesTexts, row.texts, words))
                ids.insert(row.id);
        }
        return ids;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    std::unique_ptr<Repository> m_repository;
    std::unique_ptr<SqliteStore> m_sqlite;
    std::unique_ptr<ObservationSource> m_source;
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
        ASSERT_NO_FATAL_FAILURE(openStore());
        Repository &repository = *m_repository;
        ObservationSource &source = *m_source;
        const QList<ScanRow> rows = readAll(repository, source);
        const auto builtIn = std::count_if(rows.cbegin(), rows.cend(),
                                           [](const ScanRow &row) { return row.id < 0; });
        ASSERT_EQ(builtIn, 324) << "the article's 2 rows and OWID's 322 SCO rows";
        ASSERT_EQ(source.query({})->count().value_or(-1), 40'000 + builtIn);
        int nonEmpty = 0;
        int withBuiltIn = 0;
        for (const QString &query : queries) {
            const QStringList words = SearchFolding::terms(query);
            const QList<qint64> ids =
                indexed(source, words, ObservationQuery::Order::Natural, Qt::AscendingOrder, 997);
            const QSet<qint64> found(ids.cbegin(), ids.cend());
            EXPECT_EQ(found.size(), ids.size()) << "a row came twice: " << query.toStdString();
            EXPECT_EQ(found, scanned(rows, words)) << language << ": " << query.toStdString();
            nonEmpty += found.isEmpty() ? 0 : 1;
            withBuiltIn += std::any_of(ids.cbegin(), ids.cend(), [](qint64 id) { return id < 0; });
            EXPECT_EQ(source.query(words)->count().value_or(-1), ids.size());
        }
        EXPECT_GE(nonEmpty, 12) << "most queries find rows in each language";
        EXPECT_GE(withBuiltIn, 8) << "built-in rows are found by the same queries";
    }
}

TEST_F(ObservationSearchTest, EverySortOrderPagesThroughEachMatchOnceInOrder)
{
    ASSERT_NO_FATAL_FAILURE(openStore());
    Repository &repository = *m_repository;
    ObservationSource &source = *m_source;
    const QStringList words = SearchFolding::terms(QStringLiteral("internet"));
    const QSet<qint64> expected = scanned(readAll(repository, source), words);
    ASSERT_GT(expected.size(), 1000);
    for (auto order : {ObservationQuery::Order::Natural, ObservationQuery::Order::Entity,
                       ObservationQuery::Order::Period, ObservationQuery::Order::Value}) {
        for (auto direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QList<qint64> ids = indexed(source, words, order, direction, 250);
            EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
            EXPECT_EQ(ids.size(), expected.size());
        }
    }
    // Values and periods come sorted across both stores, built-in rows among the others.
    const QList<ObservationRow> byValue =
        indexedRows(source, words, ObservationQuery::Order::Value, Qt::DescendingOrder, 97);
    const QList<ObservationRow> byPeriod =
        indexedRows(source, words, ObservationQuery::Order::Period, Qt::AscendingOrder, 97);
    for (qsizetype i = 1; i < byValue.size(); ++i) {
        EXPECT_GE(byValue.at(i - 1).observation.value, byValue.at(i).observation.value);
        EXPECT_LE(byPeriod.at(i - 1).observation.periodStart,
                  byPeriod.at(i).observation.periodStart);
    }
    const auto firstBuiltIn = std::find_if(byValue.cbegin(), byValue.cend(),
                                           [](const ObservationRow &r) { return r.builtIn; });
    ASSERT_NE(firstBuiltIn, byValue.cend());
    EXPECT_GT(firstBuiltIn - byValue.cbegin(), 0) << "merged by value, not put first";
    // position() counts the rows in front, built in or stored.
    const std::unique_ptr<ObservationQuery> query =
        source.query(words, ObservationQuery::Order::Value, Qt::DescendingOrder);
    for (const qsizetype i : {qsizetype(321), firstBuiltIn - byValue.cbegin(), byValue.size() - 1})
        EXPECT_EQ(query->position(byValue.at(i)).value_or(-1), i);
}

// The window's "show the row" finds a built-in row and a stored one by series key, entity and
// year, and says where each stands in the search.
TEST_F(ObservationSearchTest, FindLocatesBuiltInAndStoredRows)
{
    ASSERT_NO_FATAL_FAILURE(openStore());
    ObservationSource &source = *m_source;
    const QStringList words = SearchFolding::terms(QStringLiteral("internet"));
    const QList<ObservationRow> rows =
        indexedRows(source, words, ObservationQuery::Order::Period, Qt::DescendingOrder, 500);
    const std::unique_ptr<ObservationQuery> query =
        source.query(words, ObservationQuery::Order::Period, Qt::DescendingOrder);
    for (const bool builtIn : {true, false}) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const ObservationRow &r) {
            return r.builtIn == builtIn && !r.observation.entityCode.isEmpty();
        });
        ASSERT_NE(it, rows.cend());
        const Data::Series *series = source.seriesOf(*it);
        ASSERT_TRUE(series);
        const auto found = query->find(series->key, it->observation.entityCode,
                                       it->observation.periodStart.year());
        ASSERT_TRUE(found) << query->errorString().toStdString();
        EXPECT_EQ(found->builtIn, builtIn);
        EXPECT_EQ(found->id, it->id);
        EXPECT_EQ(query->position(*found).value_or(-1), it - rows.cbegin());
    }
}

} // namespace
