// SPDX-License-Identifier: MIT
// The fact search through the stores' indexes (FactSource over FactQuery) returns exactly what
// the plain scan of every fact returns, over the built-in dataset's facts and a generated
// store's (English, Chinese and Russian sentences) together, in each interface language; every
// order pages through each match once.
#include "search/factsearch.h"
#include "i18n/translation.h"
#include "search/factsource.h"
#include "search/searchfolding.h"
#include "store/storefactory.h"
#include "store/storegenerator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr int kFacts = 3'000;

class FactSearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        StoreGenerator generator;
        ASSERT_TRUE(generator.generate(store(), 0, kFacts))
            << generator.errorString().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        Translation::apply(QStringLiteral("en"));
    }
    static QString store() { return s_dir->filePath(QStringLiteral("facts.sqlite")); }

    static std::unique_ptr<Store> open(const QString &path, const QString &language)
    {
        StoreOptions options;
        options.language = language;
        QString error;
        std::unique_ptr<Store> opened = StoreFactory::open(path, options, &error);
        EXPECT_TRUE(opened) << error.toStdString();
        return opened;
    }

    // The keys of every match by the indexed path, in pages of PAGE.
    static QStringList indexed(Store &store, const QString &query, FactQuery::Order order,
                               Qt::SortOrder direction, int page)
    {
        FactSource source(store);
        EXPECT_TRUE(source.setSearch(query, order, direction))
            << source.errorString().toStdString();
        QStringList keys;
        while (!source.atEnd()) {
            const auto rows = source.next(page);
            EXPECT_TRUE(rows) << source.errorString().toStdString();
            if (!rows)
                break;
            for (const FactRow &row : *rows)
                keys << row.fact.key;
        }
        return keys;
    }

    // The plain scan, the definition: every fact load() gives, in its order.
    static QStringList scanned(const QList<Data::Fact> &facts, const QString &query)
    {
        static QHash<QString, QString> shown; // by language and key: each fact shown once
        const QStringList words = SearchFolding::terms(query);
        QStringList keys;
        for (const Data::Fact &f : facts) {
            QString &text = shown[Translation::current() + u'/' + f.key];
            if (text.isEmpty())
                text = FactSearch::shownText(f);
            if (FactSearch::matches(text, words))
                keys << f.key;
        }
        return keys;
    }

    // Equal lists, or where they part, kept short: a failure names one key, not thousands.
    static ::testing::AssertionResult sameKeys(const QStringList &found,
                                               const QStringList &expected)
    {
        if (found == expected)
            return ::testing::AssertionSuccess();
        qsizetype i = 0;
        while (i < found.size() && i < expected.size() && found.at(i) == expected.at(i))
            ++i;
        return ::testing::AssertionFailure()
               << found.size() << " found, " << expected.size() << " expected; first apart at " << i
               << ": " << found.value(i).toStdString() << " / " << expected.value(i).toStdString();
    }

    static inline QTemporaryDir *s_dir = nullptr;
};

TEST_F(FactSearchTest, IndexedSearchReturnsExactlyThePlainScanInEveryLanguage)
{
    // Words of labels, quotes, units, kinds, citations and values, in every script; common,
    // rare and absent; shorter than a trigram; with GLOB's own characters.
    const QStringList queries{
        QStringLiteral("growth"),       QStringLiteral("互联网"),
        QStringLiteral("торговли"),     QStringLiteral("9.3%"),
        QStringLiteral("9,3"),          QStringLiteral("percent"),
        QStringLiteral("процент"),      QStringLiteral("stated"),
        QStringLiteral("derived"),      QStringLiteral("China Daily"),
        QStringLiteral("outlet 7"),     QStringLiteral("2017"),
        QStringLiteral("pp"),           QStringLiteral("people"),
        QStringLiteral("数字"),         QStringLiteral("Рост"),
        QStringLiteral("of"),           QStringLiteral("a*b [x"),
        QStringLiteral("no such zq"),   QStringLiteral("generated-fact/12"),
        QStringLiteral("year-on-year"), QStringLiteral("同比"),
    };
    for (const char *code : {"en", "zh_CN", "ru"}) {
        const QString language = QString::fromLatin1(code);
        ASSERT_TRUE(Translation::apply(language));
        const std::unique_ptr<Store> opened = open(store(), language);
        ASSERT_TRUE(opened);
        const std::optional<Data::Dataset> all = opened->load();
        ASSERT_TRUE(all) << opened->errorString().toStdString();
        ASSERT_GT(all->facts.size(), kFacts) << "the built-in facts and the store's";
        EXPECT_EQ(opened->factQuery()->count().value_or(-1), all->facts.size());
        int nonEmpty = 0;
        for (const QString &query : queries) {
            const QStringList found =
                indexed(*opened, query, FactQuery::Order::Natural, Qt::AscendingOrder, 97);
            EXPECT_TRUE(sameKeys(found, scanned(all->facts, query)))
                << code << ": " << query.toStdString();
            nonEmpty += found.isEmpty() ? 0 : 1;
        }
        EXPECT_GE(nonEmpty, 14) << "most queries find facts in " << code;
    }
}

TEST_F(FactSearchTest, EveryOrderPagesThroughEachMatchOnceInOrder)
{
    ASSERT_TRUE(Translation::apply(QStringLiteral("ru")));
    const std::unique_ptr<Store> opened = open(store(), QStringLiteral("ru"));
    ASSERT_TRUE(opened);
    const std::optional<Data::Dataset> all = opened->load();
    ASSERT_TRUE(all);
    QHash<QString, Data::Fact> byKey;
    for (const Data::Fact &f : all->facts)
        byKey.insert(f.key, f);
    const auto sortKey = [&](FactQuery::Order order, const QString &key) -> QVariant {
        const Data::Fact &f = byKey[key];
        switch (order) {
        case FactQuery::Order::Label:
            return f.label;
        case FactQuery::Order::Value:
            return f.value;
        case FactQuery::Order::Period:
            return f.periodStart;
        case FactQuery::Order::Natural:
            break;
        }
        return {};
    };
    for (const QString &query : {QString(), QStringLiteral("рост"), QStringLiteral("2019")}) {
        const QStringList expected = scanned(all->facts, query);
        for (const auto order :
             {FactQuery::Order::Label, FactQuery::Order::Value, FactQuery::Order::Period}) {
            for (const auto direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QStringList keys = indexed(*opened, query, order, direction, 31);
                QStringList sortedKeys = keys;
                sortedKeys.sort();
                QStringList expectedSorted = expected;
                expectedSorted.sort();
                ASSERT_TRUE(sameKeys(sortedKeys, expectedSorted))
                    << "each match once: " << query.toStdString() << " " << int(order);
                for (qsizetype i = 1; i < keys.size(); ++i) {
                    const QVariant a = sortKey(order, keys.at(i - 1));
                    const QVariant b = sortKey(order, keys.at(i));
                    const auto c = QVariant::compare(a, b);
                    EXPECT_TRUE(direction == Qt::AscendingOrder ? c <= 0 : c >= 0)
                        << query.toStdString() << " " << int(order) << " at " << i << ": "
                        << a.toString().toStdString() << " / " << b.toString().toStdString();
                }
            }
        }
    }
}

TEST_F(FactSearchTest, AFactWrittenWithoutItsDocumentIsStillFound)
{
    const QString copy = s_dir->filePath(QStringLiteral("tool.sqlite"));
    ASSERT_TRUE(QFile::copy(store(), copy));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tool"));
        db.setDatabaseName(copy);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO fact (key, label, category, value, decimals, unit, period_start,"
            " period_end, period_label, basis, as_written, quote, source_id) VALUES ('by-tool',"
            " 'Written by another tool', 'Trade', 12.5, 1, '%', '2024-01-01', '2024-12-31',"
            " '2024', 'year-on-year', '12.5%', 'Trade rose 12.5% in 2024.', 2)")))
            << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tool"));
    ASSERT_TRUE(Translation::apply(QStringLiteral("en")));
    const std::unique_ptr<Store> opened = open(copy, QStringLiteral("en"));
    ASSERT_TRUE(opened);
    EXPECT_EQ(indexed(*opened, QStringLiteral("another tool"), FactQuery::Order::Natural,
                      Qt::AscendingOrder, 10),
              QStringList{QStringLiteral("by-tool")});
    EXPECT_EQ(indexed(*opened, QStringLiteral("12.5% trade 2024"), FactQuery::Order::Value,
                      Qt::AscendingOrder, 10)
                  .count(QStringLiteral("by-tool")),
              1);
}

} // namespace
