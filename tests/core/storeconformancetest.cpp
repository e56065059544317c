// SPDX-License-Identifier: MIT
// One suite every Store backend passes, through the Store interface alone, as QGIS's provider
// test base does for its data providers: open and create, load with the built-in dataset,
// writes that are all or nothing, matching on identity, sources and their removal, the
// built-in dataset shadowing a stored row, a second reader seeing a commit, and a damaged
// store left out and never written. Expected values come from the rows the tests write and
// from the built-in dataset, never from the backend under test. It runs on SQLite and on
// PostgreSQL, a server each test starts for itself (skipped, visibly, without one).
#include "i18n/translation.h"
#include "search/factsource.h"
#include "store/storefactory.h"
#include "storebackends.h"
#include "testsupport.h"
#include "throwawaypostgres.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace {

using StoreBackends::Backend;
using StoreBackends::Place;

class StoreConformanceTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam().onServer) {
            m_server = std::make_unique<ThrowawayPostgres>();
            if (!m_server->available())
                GTEST_SKIP() << "no PostgreSQL server: " << m_server->why().toStdString();
        }
        m_location = GetParam().newLocation(place());
    }

    Place place() const { return {m_dir, m_server.get()}; }

    std::unique_ptr<Store> open(StoreOptions::Access access = StoreOptions::Access::CreateIfAbsent)
    {
        StoreOptions options;
        options.access = access;
        QString error;
        std::unique_ptr<Store> store = StoreFactory::open(m_location, options, &error);
        EXPECT_NE(store, nullptr) << error.toStdString();
        return store;
    }

    static Data::Source source(const QString &key)
    {
        Data::Source s;
        s.key = key;
        s.publisher = QStringLiteral("Test Publisher");
        s.title = QStringLiteral("Test series of %1").arg(key);
        s.published = QDate(2025, 8, 29);
        s.licence = QStringLiteral("CC BY 4.0");
        return s;
    }

    static Data::Series series(const QString &key)
    {
        Data::Series s;
        s.key = key;
        s.label = QStringLiteral("Broadband subscriptions");
        s.unit = QStringLiteral("per 100 people");
        return s;
    }

    static Data::Observation observation(const QString &seriesKey, const QString &code, int year,
                                         double value)
    {
        Data::Observation o;
        o.seriesKey = seriesKey;
        o.entity = code == u"KAZ" ? QStringLiteral("Kazakhstan") : QStringLiteral("Pakistan");
        o.entityCode = code;
        o.periodStart = QDate(year, 1, 1);
        o.periodEnd = QDate(year, 12, 31);
        o.periodLabel = QString::number(year);
        o.value = value;
        return o;
    }

    // Puts SOURCEKEY and its series SERIESKEY; the series' id, or std::nullopt.
    static std::optional<qint64> putTestSeries(StoreWriter &writer,
                                               const QString &sourceKey = QStringLiteral("t/s"),
                                               const QString &seriesKey = QStringLiteral("t/a"))
    {
        const std::optional<qint64> sourceId = writer.putSource(source(sourceKey));
        return sourceId ? writer.putSeries(*sourceId, series(seriesKey)) : std::nullopt;
    }

    // Writes SOURCEKEY's series SERIESKEY with VALUES for Kazakhstan from 2020; returns what
    // each observation's put changed, or std::nullopt when a put failed.
    static std::optional<QList<StoreWriter::Change>> write(StoreWriter &writer,
                                                           const QString &sourceKey,
                                                           const QString &seriesKey,
                                                           const QList<double> &values)
    {
        const std::optional<qint64> seriesId = putTestSeries(writer, sourceKey, seriesKey);
        if (!seriesId)
            return std::nullopt;
        QList<StoreWriter::Change> changes;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const auto change =
                writer.putObservation(*seriesId, observation(seriesKey, QStringLiteral("KAZ"),
                                                             2020 + int(i), values.at(i)));
            if (!change)
                return std::nullopt;
            changes << *change;
        }
        return changes;
    }

    static const Data::Series *findSeries(const Data::Dataset &dataset, const QString &key)
    {
        const auto it = std::find_if(dataset.series.cbegin(), dataset.series.cend(),
                                     [&key](const Data::Series &s) { return s.key == key; });
        return it == dataset.series.cend() ? nullptr : &*it;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ThrowawayPostgres> m_server;
    QString m_location;
};

TEST_P(StoreConformanceTest, ANewStoreLoadsTheBuiltInDatasetAndCanBeWritten)
{
    const Data::Dataset builtIn = TestSupport::embeddedDataset();
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->location(), m_location);
    const std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->facts.size(), builtIn.facts.size());
    EXPECT_EQ(loaded->series.size(), builtIn.series.size());
    EXPECT_TRUE(store->hasStore());
    EXPECT_TRUE(store->isWritable());
    EXPECT_TRUE(store->problem().isEmpty()) << store->problem().toStdString();
    EXPECT_TRUE(GetParam().exists(place(), m_location));
}

TEST_P(StoreConformanceTest, OpeningToReadMakesNoStore)
{
    const std::unique_ptr<Store> store = open(StoreOptions::Access::ReadOnly);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->load());
    EXPECT_FALSE(store->hasStore());
    EXPECT_FALSE(store->isWritable());
    EXPECT_FALSE(store->isLeftOut());
    EXPECT_EQ(store->beginWrite(), nullptr);
    EXPECT_FALSE(GetParam().exists(place(), m_location));
}

TEST_P(StoreConformanceTest, AWriteIsAllOrNothing)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    {
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer) << store->errorString().toStdString();
        ASSERT_TRUE(
            write(*writer, QStringLiteral("t/rolled-back"), QStringLiteral("t/a"), {1.5, 2.5}));
        writer->rollback();
    }
    {
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(write(*writer, QStringLiteral("t/dropped"), QStringLiteral("t/b"), {9.0}));
        // Destroyed without commit: as if rolled back.
    }
    std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(findSeries(*loaded, QStringLiteral("t/a")), nullptr);
    EXPECT_EQ(findSeries(*loaded, QStringLiteral("t/b")), nullptr);

    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(writer);
    const auto changes =
        write(*writer, QStringLiteral("t/kept"), QStringLiteral("t/a"), {1.5, 2.5, 3.25});
    ASSERT_TRUE(changes);
    EXPECT_EQ(*changes, QList<StoreWriter::Change>(3, StoreWriter::Change::Added));
    ASSERT_TRUE(writer->finish());
    ASSERT_TRUE(writer->commit()) << writer->errorString().toStdString();
    loaded = store->load();
    ASSERT_TRUE(loaded);
    const Data::Series *kept = findSeries(*loaded, QStringLiteral("t/a"));
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->source.key, QStringLiteral("t/kept"));
    EXPECT_EQ(kept->unit, QStringLiteral("per 100 people"));
    ASSERT_EQ(kept->observations.size(), 3);
    EXPECT_DOUBLE_EQ(kept->observations.at(2).value, 3.25);
    EXPECT_EQ(kept->observations.at(2).periodStart, QDate(2022, 1, 1));
    EXPECT_EQ(kept->observations.at(0).entityCode, QStringLiteral("KAZ"));
}

TEST_P(StoreConformanceTest, RowsAreMatchedOnTheirIdentity)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    for (const QList<double> &values : {QList<double>{1.0, 2.0}, QList<double>{1.0, 2.5}}) {
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(writer);
        const auto changes = write(*writer, QStringLiteral("t/s"), QStringLiteral("t/a"), values);
        ASSERT_TRUE(changes);
        if (values.at(1) == 2.5) {
            EXPECT_EQ(*changes, (QList<StoreWriter::Change>{StoreWriter::Change::Unchanged,
                                                            StoreWriter::Change::Updated}));
        }
        ASSERT_TRUE(writer->commit());
    }
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(writer);
    const std::optional<qint64> seriesId = putTestSeries(*writer);
    ASSERT_TRUE(seriesId);
    const Data::Observation twice =
        observation(QStringLiteral("t/a"), QStringLiteral("PAK"), 2021, 4.0);
    EXPECT_EQ(writer->putObservation(*seriesId, twice), StoreWriter::Change::Added);
    EXPECT_EQ(writer->putObservation(*seriesId, twice), StoreWriter::Change::Repeated)
        << "a file that gives a row twice";
    writer->rollback();
    const std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded);
    const Data::Series *a = findSeries(*loaded, QStringLiteral("t/a"));
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->observations.size(), 2) << "no duplicate rows";
    EXPECT_DOUBLE_EQ(a->observations.at(1).value, 2.5);
}

TEST_P(StoreConformanceTest, SourcesAreListedAndRemovedWithTheirRows)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(write(*writer, QStringLiteral("t/s"), QStringLiteral("t/a"), {1.0, 2.0, 3.0}));
    ASSERT_TRUE(writer->commit());
    std::optional<QList<SourceSummary>> sources = store->sources();
    ASSERT_TRUE(sources);
    const auto ours = std::find_if(sources->cbegin(), sources->cend(),
                                   [](const SourceSummary &s) { return s.key == u"t/s"; });
    ASSERT_NE(ours, sources->cend());
    EXPECT_EQ(ours->rows, 3);
    EXPECT_FALSE(ours->builtIn);
    EXPECT_EQ(ours->publisher, QStringLiteral("Test Publisher"));
    EXPECT_TRUE(std::any_of(sources->cbegin(), sources->cend(),
                            [](const SourceSummary &s) { return s.builtIn; }));

    ASSERT_TRUE(store->removeSource(QStringLiteral("t/s"))) << store->errorString().toStdString();
    sources = store->sources();
    ASSERT_TRUE(sources);
    EXPECT_TRUE(std::none_of(sources->cbegin(), sources->cend(),
                             [](const SourceSummary &s) { return s.key == u"t/s"; }));
    const std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(findSeries(*loaded, QStringLiteral("t/a")), nullptr);
    EXPECT_FALSE(store->removeSource(QStringLiteral("t/s"))) << "it is gone";
    EXPECT_FALSE(store->errorString().isEmpty());
}

TEST_P(StoreConformanceTest, ABuiltInSeriesShadowsAStoredOneOfItsKey)
{
    const Data::Dataset builtIn = TestSupport::embeddedDataset();
    ASSERT_FALSE(builtIn.series.isEmpty());
    const Data::Series &shown = builtIn.series.first();
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(write(*writer, QStringLiteral("t/s"), shown.key, {-1.0}));
    ASSERT_TRUE(writer->commit());
    const std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded);
    const auto copies = std::count_if(loaded->series.cbegin(), loaded->series.cend(),
                                      [&](const Data::Series &s) { return s.key == shown.key; });
    EXPECT_EQ(copies, 1);
    const Data::Series *found = findSeries(*loaded, shown.key);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->observations.size(), shown.observations.size());
    EXPECT_TRUE(found->source.builtIn);
}

TEST_P(StoreConformanceTest, ASecondStoreSeesACommittedWrite)
{
    const std::unique_ptr<Store> first = open();
    const std::unique_ptr<Store> second = open(StoreOptions::Access::ReadOnly);
    ASSERT_TRUE(first && second);
    std::unique_ptr<StoreWriter> writer = first->beginWrite();
    ASSERT_TRUE(write(*writer, QStringLiteral("t/s"), QStringLiteral("t/a"), {7.0}));
    std::optional<Data::Dataset> seen = second->load();
    ASSERT_TRUE(seen);
    EXPECT_EQ(findSeries(*seen, QStringLiteral("t/a")), nullptr) << "not before the commit";
    ASSERT_TRUE(writer->commit());
    seen = second->load();
    ASSERT_TRUE(seen);
    const Data::Series *a = findSeries(*seen, QStringLiteral("t/a"));
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(a->observations.value(0).value, 7.0);
}

TEST_P(StoreConformanceTest, AReaderReadsASeriesRowsOnDemand)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(writer) << store->errorString().toStdString();
    const std::optional<qint64> seriesId = putTestSeries(*writer);
    ASSERT_TRUE(seriesId);
    for (const auto &[code, value] : {std::pair{u"PAK"_qs, 12.5}, std::pair{u"KAZ"_qs, 88.0}})
        ASSERT_TRUE(writer->putObservation(*seriesId,
                                           observation(QStringLiteral("t/a"), code, 2023, value)));
    ASSERT_TRUE(writer->commit());

    StoreOptions options;
    options.reader = true;
    QString error;
    const std::unique_ptr<Store> reader = StoreFactory::open(m_location, options, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    const std::optional<QList<Data::Observation>> rows = reader->observationsOf(*seriesId);
    ASSERT_TRUE(rows) << reader->errorString().toStdString();
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).entityCode, QStringLiteral("KAZ")) << "by entity";
    EXPECT_DOUBLE_EQ(rows->at(0).value, 88.0);
    EXPECT_DOUBLE_EQ(rows->at(1).value, 12.5);
    EXPECT_EQ(reader->beginWrite(), nullptr) << "a reader only reads";
}

// Pages of seven through every sort order, both ways, and a word through the store's index:
// each is compared with what the test wrote.
TEST_P(StoreConformanceTest, QueriesPageSortAndSearchWhatWasWritten)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    // The built-in dataset's rows come through the same query, among the store's.
    const std::optional<qint64> builtIn = store->observationQuery()->count();
    ASSERT_TRUE(builtIn);
    ASSERT_GT(*builtIn, 0);
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(writer) << store->errorString().toStdString();
    const std::optional<qint64> seriesId = putTestSeries(*writer);
    ASSERT_TRUE(seriesId);
    QList<Data::Observation> written;
    for (int year = 2000; year < 2030; ++year) {
        for (const QString &code : {u"KAZ"_qs, u"PAK"_qs}) {
            // Values that never contain the text "2021": 0.5 .. 59.5 and 100.25 .. 129.25.
            const double value = code == u"KAZ" ? year - 2000 + 0.5 : year - 1900 + 0.25;
            written << observation(QStringLiteral("t/a"), code, year, value);
            ASSERT_TRUE(writer->putObservation(*seriesId, written.last()));
        }
    }
    ASSERT_TRUE(writer->commit());

    using Order = ObservationQuery::Order;
    for (const Order order : {Order::Natural, Order::Entity, Order::Period, Order::Value}) {
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const std::unique_ptr<ObservationQuery> query = store->observationQuery();
            query->setOrder(order, direction);
            QList<ObservationRow> rows;
            for (std::optional<ObservationRow> last;;) {
                const auto page = query->page(7, last ? &*last : nullptr);
                ASSERT_TRUE(page) << query->errorString().toStdString();
                rows += *page;
                if (page->size() < 7)
                    break;
                last = page->last();
            }
            ASSERT_EQ(rows.size(), written.size() + *builtIn)
                << int(order) << " " << int(direction);
            EXPECT_EQ(std::count_if(rows.cbegin(), rows.cend(),
                                    [](const ObservationRow &r) { return r.builtIn; }),
                      *builtIn);
            EXPECT_EQ(query->count().value_or(-1), written.size() + *builtIn);
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const Data::Observation &a = rows.at(i - 1).observation;
                const Data::Observation &b = rows.at(i).observation;
                const bool ascending = direction == Qt::AscendingOrder;
                const auto inOrder = [ascending](auto x, auto y) {
                    return ascending ? x <= y : x >= y;
                };
                if (order == Order::Value) {
                    EXPECT_TRUE(inOrder(a.value, b.value));
                } else if (order == Order::Period) {
                    EXPECT_TRUE(inOrder(a.periodStart, b.periodStart));
                } else if (order == Order::Entity) {
                    EXPECT_TRUE(inOrder(a.entity, b.entity));
                }
            }
            for (const qsizetype i : {qsizetype(20), rows.size() - 1})
                EXPECT_EQ(query->position(rows.at(i)).value_or(-1), i);
        }
    }

    // By the names a Russian reader sees: Казахстан before Пакистан, the built-in dataset's
    // countries among them, walked entity by entity on either backend.
    for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const std::unique_ptr<ObservationQuery> query = store->observationQuery();
        const std::optional<QList<Data::Observation>> entities = query->entities();
        ASSERT_TRUE(entities);
        QList<std::pair<QString, QString>> shown;
        for (const Data::Observation &o : *entities)
            shown.append({o.entity, o.entityCode == u"KAZ"   ? QStringLiteral("Казахстан")
                                    : o.entityCode == u"PAK" ? QStringLiteral("Пакистан")
                                                             : o.entity});
        const EntityOrder order = EntityOrder::byShownName(shown, QLocale(QLocale::Russian));
        query->setOrder(Order::Entity, direction);
        query->setEntityOrder(order);
        QList<ObservationRow> rows;
        for (std::optional<ObservationRow> last;;) {
            const auto page = query->page(7, last ? &*last : nullptr);
            ASSERT_TRUE(page) << query->errorString().toStdString();
            rows += *page;
            if (page->size() < 7)
                break;
            last = page->last();
        }
        ASSERT_EQ(rows.size(), written.size() + *builtIn) << int(direction);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString &a = rows.at(i - 1).observation.entity;
            const QString &b = rows.at(i).observation.entity;
            EXPECT_FALSE(direction == Qt::AscendingOrder ? order.lessThan(b, a)
                                                         : order.lessThan(a, b))
                << a.toStdString() << " then " << b.toStdString();
        }
    }

    const std::unique_ptr<ObservationQuery> search = store->observationQuery();
    search->setTerms({ObservationTerm{QStringLiteral("2021"), {}, {}, false, false}});
    const auto found = search->page(1000);
    ASSERT_TRUE(found) << search->errorString().toStdString();
    QList<ObservationRow> stored;
    std::copy_if(found->cbegin(), found->cend(), std::back_inserter(stored),
                 [](const ObservationRow &r) { return !r.builtIn; });
    ASSERT_EQ(stored.size(), 2) << "Kazakhstan's and Pakistan's 2021";
    for (const ObservationRow &row : stored)
        EXPECT_EQ(row.observation.periodStart, QDate(2021, 1, 1));
    search->setTerms({ObservationTerm{QStringLiteral("nothing like it"), {}, {}, false, false}});
    EXPECT_EQ(search->count().value_or(-1), 0);
}

// The store gives labels and country names in the language it is opened with, whatever
// language the program happens to have applied: the caller passes it in.
TEST_P(StoreConformanceTest, LabelsComeInTheLanguageTheStoreIsOpenedWith)
{
    const auto loadIn = [this](const QString &language) {
        StoreOptions options;
        options.language = language;
        QString error;
        const std::unique_ptr<Store> store = StoreFactory::open(m_location, options, &error);
        EXPECT_NE(store, nullptr) << error.toStdString();
        return store ? store->load() : std::nullopt;
    };
    ASSERT_EQ(Translation::current(), QStringLiteral("en"));
    const std::optional<Data::Dataset> english = loadIn(QStringLiteral("en"));
    const std::optional<Data::Dataset> russian = loadIn(QStringLiteral("ru"));
    ASSERT_TRUE(english && russian);
    ASSERT_EQ(english->facts.size(), russian->facts.size());
    ASSERT_FALSE(english->facts.isEmpty());
    EXPECT_EQ(english->facts.first().label, QStringLiteral("Digital industry revenue growth"));
    EXPECT_EQ(russian->facts.first().label, QStringLiteral("Рост выручки цифровой индустрии"));
    const auto memberNamed = [](const Data::Dataset &d, const QString &iso3) {
        for (const Data::MemberState &m : d.memberStates) {
            if (m.iso3 == iso3)
                return m.name;
        }
        return QString();
    };
    EXPECT_EQ(memberNamed(*english, QStringLiteral("CHN")), QStringLiteral("China"));
    EXPECT_EQ(memberNamed(*russian, QStringLiteral("CHN")), QStringLiteral("Китай"));
    EXPECT_EQ(Translation::current(), QStringLiteral("en")) << "nothing global changed";
}

TEST_P(StoreConformanceTest, ADamagedStoreIsLeftOutAndNeverWritten)
{
    {
        const std::unique_ptr<Store> store = open();
        ASSERT_TRUE(store);
        std::unique_ptr<StoreWriter> writer = store->beginWrite();
        ASSERT_TRUE(
            write(*writer, QStringLiteral("t/s"), QStringLiteral("t/a"), QList<double>(2000, 1.0)));
        ASSERT_TRUE(writer->commit());
    }
    ASSERT_TRUE(GetParam().damage(place(), m_location));
    const QByteArray before = GetParam().fingerprint(place(), m_location);
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    const std::optional<Data::Dataset> loaded = store->load();
    ASSERT_TRUE(loaded) << "the built-in dataset still loads";
    EXPECT_EQ(loaded->facts.size(), TestSupport::embeddedDataset().facts.size());
    EXPECT_TRUE(store->isLeftOut());
    EXPECT_TRUE(store->problem().contains(GetParam().shown(m_location)))
        << store->problem().toStdString();
    EXPECT_FALSE(store->isWritable());
    EXPECT_EQ(store->beginWrite(), nullptr);
    EXPECT_FALSE(store->removeSource(QStringLiteral("t/s")));
    EXPECT_EQ(GetParam().fingerprint(place(), m_location), before) << "not a byte changed";
}

TEST_P(StoreConformanceTest, FactsArePagedSearchedAndRemovedOneByOne)
{
    const std::unique_ptr<Store> store = open();
    ASSERT_TRUE(store);
    Data::Source source;
    source.key = QStringLiteral("t/article");
    source.publisher = QStringLiteral("Test Publisher");
    source.title = QStringLiteral("Test article");
    source.published = QDate(2025, 8, 28);
    source.importedAt = QDateTime::currentDateTimeUtc();
    QList<Data::Fact> facts;
    for (int n = 1; n <= 3; ++n) {
        Data::Fact f;
        f.key = QStringLiteral("t/fact-%1").arg(n);
        f.label = QStringLiteral("Zebra exports %1").arg(n);
        f.category = QStringLiteral("Trade");
        f.value = n * 1.5;
        f.decimals = 1;
        f.unit = QStringLiteral("%");
        f.periodStart = QDate(2024, 1, 1);
        f.periodEnd = QDate(2024, 12, 31);
        f.periodLabel = QStringLiteral("2024");
        f.asWritten = QLocale::c().toString(f.value, 'f', 1) + QStringLiteral(" percent");
        f.quote = QStringLiteral("Zebra exports rose ") + f.asWritten + u'.';
        facts << f;
    }
    std::unique_ptr<StoreWriter> writer = store->beginWrite();
    ASSERT_TRUE(writer);
    const std::optional<qint64> sourceId = writer->putSource(source);
    ASSERT_TRUE(sourceId);
    for (const Data::Fact &f : std::as_const(facts))
        ASSERT_TRUE(writer->putFact(*sourceId, f)) << writer->errorString().toStdString();
    ASSERT_TRUE(writer->finish() && writer->commit()) << writer->errorString().toStdString();
    writer.reset();

    const auto keysOf = [&](const QString &search) {
        FactSource found(*store);
        EXPECT_TRUE(found.setSearch(search, FactQuery::Order::Value, Qt::DescendingOrder));
        QStringList keys;
        while (!found.atEnd()) {
            const auto rows = found.next(2); // pages of two: every page boundary is crossed
            EXPECT_TRUE(rows) << found.errorString().toStdString();
            if (!rows)
                break;
            for (const FactRow &row : *rows)
                keys << row.fact.key;
        }
        return keys;
    };
    EXPECT_EQ(keysOf(QStringLiteral("zebra")),
              (QStringList{QStringLiteral("t/fact-3"), QStringLiteral("t/fact-2"),
                           QStringLiteral("t/fact-1")}));
    EXPECT_EQ(keysOf(QStringLiteral("zebra 3.0%")), QStringList{QStringLiteral("t/fact-2")});
    const std::optional<Data::Dataset> all = store->load();
    ASSERT_TRUE(all);
    EXPECT_EQ(store->factQuery()->count().value_or(-1), all->facts.size());
    EXPECT_EQ(keysOf(QString()).size(), all->facts.size());

    ASSERT_TRUE(store->removeFact(QStringLiteral("t/fact-2")))
        << store->errorString().toStdString();
    EXPECT_EQ(keysOf(QStringLiteral("zebra")),
              (QStringList{QStringLiteral("t/fact-3"), QStringLiteral("t/fact-1")}));
    EXPECT_FALSE(store->removeFact(QStringLiteral("t/fact-2"))) << "it is gone";
    EXPECT_FALSE(store->removeFact(QStringLiteral("digital_industry_revenue_growth_2025")))
        << "a built-in figure";
    EXPECT_TRUE(store->errorString().contains(QStringLiteral("built-in")))
        << store->errorString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreConformanceTest,
                         ::testing::Values(StoreBackends::kSqlite, StoreBackends::kPostgres),
                         [](const ::testing::TestParamInfo<Backend> &backend) {
                             return std::string(backend.param.name);
                         });

TEST(StoreFactoryTest, AServersLocationIsNeverTakenForAFile)
{
    QTemporaryDir dir;
    const QString current = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.path()));
    for (const QString &location :
         {QStringLiteral("postgresql://analyst@db.example.org/sco?sslmode=verify-full"),
          QStringLiteral("service=team"), QStringLiteral("host=/tmp dbname=sco")}) {
        QString error;
        const std::unique_ptr<Store> store = StoreFactory::open(location, {}, &error);
        // No server answers here: the store is left out (or the location refused), named.
        const QString why = store ? store->problem() : error;
        EXPECT_TRUE(!store || store->isLeftOut()) << location.toStdString();
        EXPECT_FALSE(why.isEmpty()) << location.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
        << "no file was made";
    QDir::setCurrent(current);
}

} // namespace
